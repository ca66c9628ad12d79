// ESM jest: the @actions/* packages ship ESM only, so tests run with --experimental-vm-modules.
// The tests come in four tiers (README, "Develop"), each a jest project:
//   unit      fast, no outside program but the shell's: what `npm test` runs
//   pipeline  the whole pipeline and the command line on the Buildroot-shaped fixture tree
//   real      real tools: Buildroot (BUILDROOT_SRC), the kernel's Kconfig (LINUX_SRC), QEMU,
//             sshd, shellcheck, genimage, systemd-analyze, ccache with redis-server and nginx
//   e2e       the bundled dist/ as the runner starts it, against Azurite and the results service
const common = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }] }
}

const tests = paths => paths.map(p => `<rootDir>/__tests__/${p}`)

const PIPELINE = tests([
  'pipeline.test.ts',
  'dl-repair.test.ts',
  'smoke/smoke-command.test.ts',
  'pipeline-faults.test.ts',
  'pipeline-runtimes.test.ts',
  'no-change-rebuild.test.ts',
  'sbom-cve.test.ts',
  'cli.test.ts',
  'stages/size-trend.test.ts'
])
const REAL = tests([
  'buildroot-real.test.ts',
  'buildroot-download-hash.test.ts',
  'check/check-mode.test.ts',
  'check/kernel-scratch.test.ts',
  'check/kernel-fragments.test.ts',
  'configs/**/*.test.ts',
  'fleet/ccache-remote.test.ts',
  'fleet/mirror.test.ts',
  'fleet/parallel-build.test.ts',
  'node/**/*.test.ts',
  'smoke/stand-in-boot.test.ts',
  'smoke/firmware-boot.test.ts',
  'smoke/image-checks.test.ts',
  'stages/collect-images.test.ts'
])
const E2E = tests(['e2e/**/*.test.ts'])

export default {
  verbose: false,
  // A global option: projects do not take it.
  testTimeout: 60000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: tests(['**/*.test.ts']),
      testPathIgnorePatterns: [...PIPELINE, ...REAL, ...E2E].map(glob =>
        glob
          .replace('<rootDir>', '')
          .replace(/\*\*\/\*\.test\.ts$/, '')
          .replace(/\./g, '\\.')
      )
    },
    { ...common, displayName: 'pipeline', testMatch: PIPELINE },
    { ...common, displayName: 'real', testMatch: REAL },
    { ...common, displayName: 'e2e', testMatch: E2E }
  ]
}
