// Why a requested symbol did not land in .config: the dependency that is not met (and what
// selects it when it cannot be set by hand), or, for a name Kconfig does not know, the
// closest known names. Build mode's configure stage and check mode report the same findings.
import { describeUnmet } from '../kconfig/defconfig.js'
import {
  closestSymbols,
  explainUnmetDependency,
  findKconfigFiles,
  indexKconfig,
  type KconfigIndex
} from '../kconfig/dependencies.js'
import type { ConfiguredTree } from './configure.js'
import type { Finding } from './findings.js'
import type { BuildrootTree } from './make.js'
import { echo } from '../util/text.js'

function indexBuildrootKconfig(tree: BuildrootTree): KconfigIndex {
  return indexKconfig([
    ...findKconfigFiles(tree.sourceDir, /^Config\.in/),
    ...tree.externalTrees.flatMap(dir => findKconfigFiles(dir, /^Config\.in/))
  ])
}

/**
 * One error per requested symbol that did not land. Buildroot's Kconfig files (over 3,000) are
 * read only when there is one to explain.
 */
export function explainUnmet(configured: ConfiguredTree): Finding[] {
  if (!configured.unmet.length) return []
  const index = indexBuildrootKconfig(configured.tree)
  return configured.unmet.map(unmet => {
    const { symbol } = unmet.requested
    let why = describeUnmet(unmet)
    if (!index.has(symbol)) {
      // A release that builds a program for the build machine only (host skopeo, say).
      const host = symbol.replace(/^BR2_PACKAGE_/, 'BR2_PACKAGE_HOST_')
      const close = closestSymbols(index, symbol)
      const hint =
        host !== symbol && index.has(host)
          ? `; it has ${host} only, which builds the program for the build machine, not for the image.`
          : close.length
            ? `; did you mean ${close.join(' or ')}?`
            : '.'
      why = `${echo(symbol)}=${echo(unmet.requested.value)}: no such option in Buildroot ${configured.buildrootVersion} or the BR2_EXTERNAL trees${hint}`
    } else {
      const because = explainUnmetDependency(
        index,
        symbol,
        configured.dotConfig,
        configured.tree.sourceDir
      )
      if (because) {
        why = `${echo(symbol)}=${echo(unmet.requested.value)} did not land: ${because}. Enable what it depends on, or drop this line.`
      }
    }
    const { file, line } = unmet.requested
    return {
      level: 'error',
      message: why,
      at: { file, line: line || undefined, title: 'Symbol did not land' }
    }
  })
}
