// Bundles each entry point with @vercel/ncc into dist/<name>/ (what action.yml and the
// package's bin run). The whole dist/ is committed: ncc may write chunk files beside index.js.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'

const entries = {
  main: 'src/entry/action-main.ts',
  post: 'src/entry/action-post.ts',
  cli: 'src/entry/cli.ts',
  // Runs each @actions/cache call in a process group of its own (src/platform/github.ts).
  'cache-worker': 'src/platform/github-cache-worker.ts'
}
// ncc names modules by their paths from the project: a node_modules that is a symlink to another
// checkout gives other module ids than the clean clone CI bundles in, and dist/ would look stale.
if (fs.lstatSync('node_modules', { throwIfNoEntry: false })?.isSymbolicLink()) {
  console.error(
    'node_modules is a symlink: the bundle would differ from the one CI builds. Run `npm ci` here instead.'
  )
  process.exit(1)
}
fs.rmSync('dist', { recursive: true, force: true })
for (const [name, source] of Object.entries(entries)) {
  execFileSync(
    'npx',
    ['ncc', 'build', source, '-o', `dist/${name}`, '--license', 'licenses.txt', '--quiet'],
    {
      stdio: 'inherit'
    }
  )
}
fs.chmodSync('dist/cli/index.js', 0o755)
