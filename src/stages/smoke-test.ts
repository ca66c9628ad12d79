// Stage: smoke test. Runs the smoke test of src/smoke/run.ts on the collected images, built or
// restored (the command line's `smoke` runs the same on a downloaded artifact,
// src/smoke/command.ts). A failed smoke test fails the run, after the images are uploaded.
import path from 'node:path'
import { runSmokeTest, smokeFailureMessage } from '../smoke/run.js'
import type { SmokeReport } from '../smoke/summary.js'
import { imagesSlot } from './collect-images.js'
import { slot, type Stage } from './stage.js'

export const smokeSlot = slot<SmokeReport>('smoke test')

export const smokeTestStage: Stage = {
  title: 'Smoke test',
  modes: ['build'],
  onImageCacheHit: 'run',
  needs: [imagesSlot],
  provides: [smokeSlot],
  async run(run) {
    const { inputs } = run
    const smoke = await runSmokeTest(run.reporter, {
      mode: inputs.smokeTest,
      level: inputs.smokeTestLevel,
      target: inputs.target,
      imagesDir: run.get(imagesSlot).dir,
      workDir: path.join(inputs.outputDir, 'smoke'),
      env: run.context.env
    })
    run.set(smokeSlot, smoke)
    run.output('smoke-test', smoke.outcome)
    if (smoke.outcome === 'failed') {
      // The images and the console are still uploaded for the user to look at.
      const failedBoot = smoke.boots.find(boot => !boot.ok)
      run.fail(
        smokeFailureMessage(smoke),
        failedBoot && { file: failedBoot.consoleLog, title: 'Smoke test failed' }
      )
    }
  }
}
