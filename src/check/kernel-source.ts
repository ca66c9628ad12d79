// The kernel tree to check kernel_defconfig against, when linux-src is not given: the tarball
// of the configured kernel, from where Buildroot would fetch it (its mirrors included),
// verified against the sha256 Buildroot itself would check (its linux/ hash files, or linux.hash
// under BR2_GLOBAL_PATCH_DIR), unpacked once into the tool cache folder.
import dns from 'node:dns/promises'
import fs from 'node:fs'
import path from 'node:path'
import type { Reporter, ToolCache } from '../platform/types.js'
import { unquote } from '../kconfig/defconfig.js'
import { errorMessage } from '../util/errors.js'
import { sha256File } from '../util/hash.js'
import { capture } from '../util/run.js'
import { expandPath } from './references.js'

/**
 * Where Buildroot would download the configured kernel from, in its order (package/pkg-download.mk):
 * BR2_PRIMARY_SITE, then upstream (see linux/linux.mk), then BR2_BACKUP_SITE
 * (sources.buildroot.net by default, which keeps a copy of every source it knows the hash of).
 */
export function kernelTarball(
  dotConfig: Map<string, string>
): { urls: string[]; file: string } | undefined {
  let upstream: string
  if (dotConfig.get('BR2_LINUX_KERNEL_CUSTOM_TARBALL') === 'y') {
    upstream = unquote(dotConfig.get('BR2_LINUX_KERNEL_CUSTOM_TARBALL_LOCATION')).replace(
      /\$\(call github,([^,]+),([^,]+),([^)]+)\)/g,
      'https://github.com/$1/$2/archive/$3'
    )
  } else {
    const version =
      dotConfig.get('BR2_LINUX_KERNEL_CUSTOM_VERSION') === 'y'
        ? unquote(dotConfig.get('BR2_LINUX_KERNEL_CUSTOM_VERSION_VALUE'))
        : unquote(dotConfig.get('BR2_LINUX_KERNEL_VERSION'))
    if (!/^\d+\.\d+/.test(version)) return undefined
    const mirror = unquote(dotConfig.get('BR2_KERNEL_MIRROR')) || 'https://cdn.kernel.org/pub'
    upstream = `${mirror}/linux/kernel/v${version.split('.')[0]}.x/linux-${version}.tar.xz`
  }
  const file = path.basename(upstream)
  const site = (symbol: string): string[] => {
    const base = unquote(dotConfig.get(symbol)).replace(/\/+$/, '')
    return base ? [`${base}/linux/${file}`, `${base}/${file}`] : []
  }
  const onlyPrimary = dotConfig.get('BR2_PRIMARY_SITE_ONLY') === 'y'
  const urls = [
    ...site('BR2_PRIMARY_SITE'),
    ...(onlyPrimary ? [] : [upstream, ...site('BR2_BACKUP_SITE')])
  ]
  return { urls, file }
}

/**
 * The sha256 Buildroot checks for `file`, from the hash files it reads (LINUX_HASH_FILES in
 * package/pkg-generic.mk): in its linux/ folder, then in each BR2_GLOBAL_PATCH_DIR's linux/,
 * <version>/linux.hash where that exists (2026.02.x keeps its kernel hashes so), else linux.hash.
 */
export function expectedKernelHash(
  file: string,
  dotConfig: Map<string, string>,
  buildrootDir: string,
  externals: Map<string, string>
): { sha256: string; hashFile: string } | undefined {
  const patchDirs = unquote(dotConfig.get('BR2_GLOBAL_PATCH_DIR'))
    .split(/\s+/)
    .filter(Boolean)
    .map(dir => expandPath(dir, externals, buildrootDir))
    .filter((dir): dir is string => Boolean(dir))
  const version = unquote(dotConfig.get('BR2_LINUX_KERNEL_VERSION'))
  const hashFiles = [
    path.join(buildrootDir, 'linux'),
    ...patchDirs.map(dir => path.join(dir, 'linux'))
  ].map(dir => {
    const ofVersion = path.join(dir, version, 'linux.hash')
    return version && fs.existsSync(ofVersion) ? ofVersion : path.join(dir, 'linux.hash')
  })
  for (const hashFile of hashFiles.filter(f => fs.existsSync(f))) {
    for (const line of fs.readFileSync(hashFile, 'utf8').split('\n')) {
      const match = /^sha256\s+([0-9a-f]{64})\s+(\S+)\s*$/.exec(line.trim())
      if (match && match[2] === file) return { sha256: match[1], hashFile }
    }
  }
  return undefined
}

/** DNS answers that mean the host cannot be reached by name now: no such host, or no DNS. */
const DNS_FAILURES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME', 'ENODATA'])

type Lookup = (host: string) => Promise<unknown>

/** The DNS error code when the URL's host cannot be resolved; undefined when it can (or for file URLs). */
export async function unresolvable(
  url: string,
  lookup: Lookup = dns.lookup
): Promise<string | undefined> {
  const host = new URL(url).hostname
  if (!host) return undefined
  try {
    await lookup(host)
    return undefined
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? ''
    return DNS_FAILURES.has(code) ? code : undefined
  }
}

export async function downloadKernelSource(
  reporter: Reporter,
  options: {
    dotConfig: Map<string, string>
    buildrootDir: string
    externals: Map<string, string>
    cacheDir: string
    tools: ToolCache
  },
  lookup: Lookup = dns.lookup
): Promise<string> {
  const tarball = kernelTarball(options.dotConfig)
  if (!tarball) {
    throw new Error(
      'the configuration names no kernel version to check against; set linux-src to a kernel tree'
    )
  }
  const dir = path.join(options.cacheDir, 'linux-src', tarball.file.replace(/\.tar\.\w+$/, ''))
  if (fs.existsSync(path.join(dir, '.complete'))) return dir
  const expected = expectedKernelHash(
    tarball.file,
    options.dotConfig,
    options.buildrootDir,
    options.externals
  )
  if (!expected) {
    throw new Error(
      `no sha256 for ${tarball.file} in Buildroot's linux/ hash files or under BR2_GLOBAL_PATCH_DIR, and the check downloads nothing unverified: add the hash (from a source you can cite) in <BR2_GLOBAL_PATCH_DIR>/linux/linux.hash, or set linux-src.`
    )
  }
  const partial = path.join(options.cacheDir, `${tarball.file}.part`)
  const failures: string[] = []
  let file: string | undefined
  const unresolved: string[] = []
  for (const url of tarball.urls) {
    // The runner's tool cache retries every failed download (3 tries, 10-20 s apart), which
    // an offline machine waits out for every URL: a host that does not resolve is skipped.
    const dnsError = await unresolvable(url, lookup)
    if (dnsError) {
      unresolved.push(new URL(url).hostname)
      failures.push(`${url}: the host cannot be resolved (${dnsError})`)
      continue
    }
    reporter.info(`Downloading ${url} to check kernel_defconfig against it`)
    fs.rmSync(partial, { force: true })
    try {
      const downloaded = await options.tools.download(url, partial)
      const actual = await sha256File(downloaded)
      if (actual === expected.sha256) {
        file = downloaded
        break
      }
      failures.push(`${url}: sha256 ${actual} does not match`)
    } catch (error) {
      failures.push(`${url}: ${errorMessage(error)}`)
    }
  }
  if (!file) {
    fs.rmSync(partial, { force: true })
    if (unresolved.length === tarball.urls.length) {
      throw new Error(
        `cannot download ${tarball.file}: none of its hosts resolves (${[...new Set(unresolved)].join(', ')}), so this machine is offline or has no DNS. ` +
          "Set linux-src to a kernel tree to check kernel_defconfig against (e.g. Debian's linux-source-6.12 unpacked), or run where the network works."
      )
    }
    throw new Error(
      `no download of ${tarball.file} matches ${expected.hashFile} (sha256 ${expected.sha256}):\n` +
        failures.map(line => `  ${line}`).join('\n') +
        '\nBuildroot would fail the same way. Set linux-src to a kernel tree to check against instead.'
    )
  }
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
  await capture('tar', ['-xf', file, '-C', dir, '--strip-components=1'])
  fs.rmSync(file, { force: true })
  fs.writeFileSync(path.join(dir, '.complete'), `${tarball.file}\n${expected.sha256}\n`)
  return dir
}
