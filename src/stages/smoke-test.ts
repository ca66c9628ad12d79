// Stage: smoke test. The stage runs the smoke test of src/smoke/run.ts on the collected images
// (the CLI's `smoke` command runs the same on a downloaded artifact, src/smoke/command.ts).
export {
  BOOT_TIMEOUT_ENV,
  emulationArtifact,
  runSmokeTest,
  smokeFailureMessage,
  type SmokeTestOptions
} from '../smoke/run.js'
