// Reading Kconfig files as Kconfig reads them: a line it would drop is an error at its line,
// and a file that is no Kconfig file is never quoted back.
import { describe, expect, it } from '@jest/globals'
import { KconfigSyntaxError, parseKconfig } from '../../src/kconfig/defconfig.js'

const fails = (text: string) => {
  try {
    parseKconfig(text, 'kernel_defconfig', 'CONFIG_')
  } catch (error) {
    if (error instanceof KconfigSyntaxError) return { line: error.line, detail: error.detail }
    throw error
  }
  return undefined
}

describe('parseKconfig', () => {
  it('refuses a byte order mark, which Kconfig would read as part of the first symbol and drop', () => {
    expect(fails('\uFEFFCONFIG_OVERLAY_FS=y\nCONFIG_VETH=m\n')).toEqual({
      line: 1,
      detail: expect.stringMatching(/^starts with a byte order mark \(U\+FEFF\)/)
    })
  })

  it('refuses a stray character outside a quoted value (a no-break space), at its line', () => {
    expect(fails('CONFIG_VETH=m\nCONFIG_OVERLAY_FS=y\u00a0\n')).toEqual({
      line: 2,
      detail: expect.stringMatching(/^holds the character U\+00A0 outside a quoted value/)
    })
    expect(fails('CONFIG_VETH=m\nCONFIG_X=y\u0007\n')?.detail).toMatch(/U\+0007/)
  })

  it('takes UTF-8 inside a quoted value and in comments', () => {
    expect(
      parseKconfig('# Réseau\nCONFIG_DEFAULT_HOSTNAME="nœud"\n', 'kernel_defconfig', 'CONFIG_')
    ).toEqual([
      { symbol: 'CONFIG_DEFAULT_HOSTNAME', value: '"nœud"', file: 'kernel_defconfig', line: 2 }
    ])
  })

  it('does not quote the first line of a file that is no Kconfig file (a link to a secret)', () => {
    const secret = 'ghp_abcdefghijklmnopqrstuvwxyz0123456789'
    const failure = fails(`${secret}\n`)
    expect(failure?.detail).toBe(
      'is not a Kconfig file: its first setting is not SYMBOL=value or "# SYMBOL is not set" (the line is not shown, in case it holds a secret)'
    )
    expect(JSON.stringify(failure)).not.toContain('ghp_')
    // A typo after real settings is quoted, to be found.
    expect(fails('CONFIG_VETH=m\nCONFIG_OVERLAY_FS y\n')?.detail).toMatch(
      /^"CONFIG_OVERLAY_FS y" is not a Kconfig assignment/
    )
  })
})
