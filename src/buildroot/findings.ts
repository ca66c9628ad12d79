import type { SourceLocation } from '../platform/types.js'

/** One problem or remark a check found, with where it points. */
export interface Finding {
  level: 'error' | 'warning' | 'notice'
  message: string
  at?: SourceLocation
}
