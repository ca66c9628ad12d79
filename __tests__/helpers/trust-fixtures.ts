// What the SBOM and CVE report tests need beside the Buildroot-shaped fixture: Buildroot's own
// tools (copied at test time from the real tree in BUILDROOT_SRC: never committed), a small
// SPDX license list in place of the one the SBOM tool downloads, and a small NVD feed: a git
// repository laid out as the one cve-check clones, holding real NVD records cut down to the
// fields the tools read.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

export const BUILDROOT_TOOLS = [
  'utils/generate-cyclonedx',
  'support/scripts/cve-check',
  'support/scripts/cve.py'
]

/** Copies Buildroot's SBOM and CVE tools into a fixture tree; false without BUILDROOT_SRC. */
export function installBuildrootTools(buildrootDir: string): boolean {
  const source = process.env.BUILDROOT_SRC
  if (!source || !BUILDROOT_TOOLS.every(tool => fs.existsSync(path.join(source, tool)))) {
    return false
  }
  for (const tool of BUILDROOT_TOOLS) {
    fs.mkdirSync(path.dirname(path.join(buildrootDir, tool)), { recursive: true })
    fs.copyFileSync(path.join(source, tool), path.join(buildrootDir, tool))
  }
  return true
}

/**
 * Puts the SPDX license list where generate-cyclonedx looks before downloading it
 * ($BR2_DL_DIR/cyclonedx/spdx-1.6.schema.json). Its only field the tool reads is `enum`; these
 * identifiers are a subset of that list in CycloneDX/specification, schema/spdx.schema.json
 * (commit 09f4dd990de75940b0409c1b245dd19788cd86af).
 */
export function writeSpdxLicenseList(licenseListDir: string): string {
  const file = path.join(licenseListDir, 'cyclonedx', 'spdx-1.6.schema.json')
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(
    file,
    JSON.stringify({ enum: ['Apache-2.0', 'GPL-2.0', 'GPL-2.0+', 'GPL-3.0+', 'LGPL-2.1+'] })
  )
  return file
}

const cpeMatch = (product: string, range: Record<string, string>) => ({
  vulnerable: true,
  criteria: `cpe:2.3:a:linuxfoundation:${product}:*:*:*:*:*:*:*:*`,
  ...range
})

/**
 * NVD records as fkie-cad/nvd-json-data-feeds holds them, cut down to what cve-check reads.
 * CVE-2024-21626: CVE-2024/CVE-2024-216xx/CVE-2024-21626.json at commit
 * 03768e070a0ece93e7675890f1b22b9d86a55438 (runc before 1.1.12; also a Fedora node, a product
 * no fixture package has). CVE-2024-40635: CVE-2024/CVE-2024-406xx/CVE-2024-40635.json at
 * commit 401849e658b743bd853fd10b23020e8760e51bae (containerd before 1.6.38, 1.7.27, 2.0.4).
 */
export const NVD_RECORDS: Record<string, object> = {
  'CVE-2024-21626': {
    id: 'CVE-2024-21626',
    published: '2024-01-31T22:15:53.780',
    lastModified: '2026-08-18T12:16:50.010',
    descriptions: [
      {
        lang: 'en',
        value:
          'runc is a CLI tool for spawning and running containers on Linux according to the OCI specification. In runc 1.1.11 and earlier, due to an internal file descriptor leak, an attacker could cause a newly-spawned container process (from runc exec) to have a working directory in the host filesystem namespace, allowing for a container escape by giving access to the host filesystem ("attack 2").'
      }
    ],
    metrics: {
      cvssMetricV31: [
        {
          source: 'nvd@nist.gov',
          type: 'Primary',
          cvssData: {
            version: '3.1',
            vectorString: 'CVSS:3.1/AV:L/AC:L/PR:N/UI:R/S:C/C:H/I:H/A:H',
            baseScore: 8.6,
            baseSeverity: 'HIGH'
          }
        }
      ]
    },
    weaknesses: [
      { source: 'nvd@nist.gov', type: 'Secondary', description: [{ lang: 'en', value: 'CWE-668' }] }
    ],
    configurations: [
      {
        nodes: [
          {
            operator: 'OR',
            negate: false,
            cpeMatch: [cpeMatch('runc', { versionEndExcluding: '1.1.12' })]
          }
        ]
      },
      {
        nodes: [
          {
            operator: 'OR',
            negate: false,
            cpeMatch: [
              { vulnerable: true, criteria: 'cpe:2.3:o:fedoraproject:fedora:39:*:*:*:*:*:*:*' }
            ]
          }
        ]
      }
    ],
    references: [
      {
        url: 'https://github.com/opencontainers/runc/security/advisories/GHSA-xr7r-f8xq-vfvv',
        source: 'security-advisories@github.com',
        tags: ['Exploit', 'Vendor Advisory']
      }
    ]
  },
  'CVE-2024-40635': {
    id: 'CVE-2024-40635',
    published: '2025-03-17T22:15:13.150',
    lastModified: '2025-09-23T15:09:09.430',
    descriptions: [
      {
        lang: 'en',
        value:
          'containerd is an open-source container runtime. A bug was found in containerd prior to versions 1.6.38, 1.7.27, and 2.0.4 where containers launched with a User set as a `UID:GID` larger than the maximum 32-bit signed integer can cause an overflow condition where the container ultimately runs as root (UID 0).'
      }
    ],
    metrics: {
      cvssMetricV31: [
        {
          source: 'security-advisories@github.com',
          type: 'Secondary',
          cvssData: {
            version: '3.1',
            vectorString: 'CVSS:3.1/AV:L/AC:L/PR:H/UI:N/S:C/C:L/I:L/A:N',
            baseScore: 4.6,
            baseSeverity: 'MEDIUM'
          }
        },
        {
          source: 'nvd@nist.gov',
          type: 'Primary',
          cvssData: {
            version: '3.1',
            vectorString: 'CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H',
            baseScore: 7.8,
            baseSeverity: 'HIGH'
          }
        }
      ]
    },
    configurations: [
      {
        nodes: [
          {
            operator: 'OR',
            negate: false,
            cpeMatch: [
              cpeMatch('containerd', { versionEndExcluding: '1.6.38' }),
              cpeMatch('containerd', {
                versionStartIncluding: '1.7.0',
                versionEndExcluding: '1.7.27'
              }),
              cpeMatch('containerd', {
                versionStartIncluding: '2.0.0',
                versionEndExcluding: '2.0.4'
              })
            ]
          }
        ]
      }
    ],
    references: []
  }
}

export interface NvdFeed {
  /** A file:// URL: what BUILDROOT_K8S_NVD_URL takes. */
  url: string
  /** Commits one more record, as the feed's bi-hourly sync does. */
  add(record: { id: string }): void
}

const gitIn = (dir: string, ...args: string[]) =>
  execFileSync('git', ['-C', dir, ...args], {
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'nvd fixture',
      GIT_AUTHOR_EMAIL: 'nvd@example.invalid',
      GIT_COMMITTER_NAME: 'nvd fixture',
      GIT_COMMITTER_EMAIL: 'nvd@example.invalid'
    },
    stdio: 'pipe'
  })

/** A git repository laid out as the NVD feed: CVE-<year>/CVE-<year>-<NNN>xx/<id>.json. */
export function createNvdFeed(dir: string, records: object[]): NvdFeed {
  fs.mkdirSync(dir, { recursive: true })
  gitIn(dir, 'init', '--quiet', '--initial-branch', 'main')
  const add = (record: { id: string }) => {
    const [, year, number] = record.id.split('-')
    const folder = path.join(dir, `CVE-${year}`, `CVE-${year}-${number.slice(0, -2)}xx`)
    fs.mkdirSync(folder, { recursive: true })
    fs.writeFileSync(path.join(folder, `${record.id}.json`), JSON.stringify(record, null, 2))
    gitIn(dir, 'add', '.')
    gitIn(dir, 'commit', '--quiet', '-m', `Add ${record.id}`)
  }
  for (const record of records) add(record as { id: string })
  return { url: `file://${dir}`, add }
}
