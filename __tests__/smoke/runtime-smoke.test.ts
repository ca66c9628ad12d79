// The smoke test of a CRI-O image: the same checks judged against a manifest that lists
// cri-o, the runtime on the start line held to the manifest's, and the image script's CRI-O
// part (the runtime it reads from crictl.yaml, its pod and container through crictl, its image
// put into CRI-O's store by skopeo) run in a shell with recording stand-ins for the programs.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import type { PackageInfo } from '../../src/buildroot/show-info.js'
import { RUNTIME, RUNTIMES } from '../../src/runtimes.js'
import { findSmokeImages } from '../../src/smoke/images.js'
import { checksFor, parseSmokeLine, type SmokeEvent } from '../../src/smoke/protocol.js'
import { judgeBoot } from '../../src/smoke/verdict.js'
import { versionsOf } from '../../src/stages/collect-images.js'

const REPO = path.resolve(import.meta.dirname, '..', '..')
const SCRIPT = path.join(
  REPO,
  'configs/external/board/common/rootfs-overlay/usr/libexec/k8s-node/smoke'
)

const pkg = (name: string, version: string): PackageInfo => ({
  name,
  version,
  type: 'target',
  virtual: false,
  downloads: []
})
/** manifest.json's versions of a CRI-O image, as "Collect images" makes them. */
const crioComponents = versionsOf(
  [
    pkg('cri-o', '1.36.3'),
    pkg('skopeo', '1.22.0'),
    pkg('kubernetes-node', '1.36.4'),
    pkg('crictl', '1.36.0'),
    pkg('systemd', '258.7'),
    pkg('cni-plugins', '1.7.1')
  ],
  '2026.02.3'
)
const containerdComponents = versionsOf(
  [
    pkg('containerd', '2.0.11'),
    pkg('runc', '1.3.6'),
    pkg('docker-engine', '28.5.2'),
    pkg('kubernetes-node', '1.36.4'),
    pkg('crictl', '1.36.0'),
    pkg('systemd', '258.7')
  ],
  '2026.02.3'
)

const start = (runtime?: string): SmokeEvent => ({
  kind: 'start',
  level: 'basic',
  kernel: '6.12.91',
  arch: 'x86_64',
  ...(runtime && { runtime })
})
const result = (check: string, status: 'pass' | 'skip' | 'fail'): SmokeEvent => ({
  kind: 'result',
  check,
  status,
  seconds: 1,
  detail: 'd'
})
/** One boot's events: every basic check passing but those given. */
const boot = (runtime: string | undefined, except: Record<string, 'skip' | 'fail'> = {}) => [
  start(runtime),
  ...checksFor('basic').map(check => result(check.name, except[check.name] ?? 'pass'))
]
const OTHER_RUNTIME_SKIPS = {
  containerd: { 'cri-o': 'skip', 'cri-o-run': 'skip' },
  'cri-o': { containerd: 'skip', runc: 'skip', docker: 'skip' }
} as const

describe('the start line', () => {
  it('says which runtime the image has; an older script says none', () => {
    expect(
      parseSmokeLine('K8S-SMOKE v1 start level=basic kernel=6.12.91 arch=x86_64 runtime=cri-o')
    ).toEqual(start('cri-o'))
    expect(parseSmokeLine('K8S-SMOKE v1 start level=basic kernel=6.12.91 arch=x86_64')).toEqual(
      start()
    )
  })
})

describe('judging a boot of each runtime', () => {
  it('the manifest of a CRI-O image lists cri-o and skopeo, not containerd, runc or Docker', () => {
    expect(crioComponents).toMatchObject({ 'cri-o': '1.36.3', skopeo: '1.22.0' })
    for (const absent of ['containerd', 'runc', 'docker-engine']) {
      expect(crioComponents[absent]).toBeUndefined()
    }
  })

  it.each(RUNTIMES)('%s: the other runtime’s checks may skip, its own must pass', runtime => {
    const components = runtime === 'cri-o' ? crioComponents : containerdComponents
    const skips = OTHER_RUNTIME_SKIPS[runtime]
    const passing = judgeBoot({ level: 'basic', events: boot(runtime, skips), components, runtime })
    expect(passing).toMatchObject({ ok: true, failedChecks: [] })
    for (const check of Object.keys(skips)) {
      expect(passing.rows.find(row => row.check === check)?.detail).toMatch(
        /the image's manifest lists no /
      )
    }
    // Its own runtime check skipping (crio or containerd missing) fails the test.
    const own = RUNTIME[runtime].component
    const failing = judgeBoot({
      level: 'basic',
      events: boot(runtime, { ...skips, [own]: 'skip' }),
      components,
      runtime
    })
    expect(failing.failedChecks).toEqual([own])
  })

  it('cri-o-run may skip on a CRI-O image without skopeo (Buildroot 2025.02), not with it', () => {
    const withoutSkopeo = { ...crioComponents }
    delete withoutSkopeo.skopeo
    const events = boot('cri-o', { ...OTHER_RUNTIME_SKIPS['cri-o'], 'cri-o-run': 'skip' })
    const without = judgeBoot({
      level: 'basic',
      events,
      components: withoutSkopeo,
      runtime: 'cri-o'
    })
    expect(without.ok).toBe(true)
    expect(without.rows.find(row => row.check === 'cri-o-run')?.detail).toBe(
      "d (the image's manifest lists no skopeo, which this check uses)"
    )
    const withIt = judgeBoot({
      level: 'basic',
      events,
      components: crioComponents,
      runtime: 'cri-o'
    })
    expect(withIt.failedChecks).toEqual(['cri-o-run'])
  })

  it('fails when the image does not run the runtime its manifest names', () => {
    const skips = OTHER_RUNTIME_SKIPS['cri-o']
    // A containerd image's console judged against a CRI-O manifest (or the other way round).
    const wrong = judgeBoot({
      level: 'basic',
      events: boot('containerd', skips),
      components: crioComponents,
      runtime: 'cri-o'
    })
    expect(wrong.ok).toBe(false)
    expect(wrong.failedChecks[0]).toBe('runtime')
    expect(wrong.rows[0]).toMatchObject({
      check: 'runtime',
      status: 'fail',
      detail:
        "the image's manifest.json says runtime cri-o, but its CRI runtime is containerd (/etc/crictl.yaml): these are not the images that manifest describes"
    })
    // A script that does not say is no proof either.
    expect(
      judgeBoot({
        level: 'basic',
        events: boot(undefined, skips),
        components: crioComponents,
        runtime: 'cri-o'
      }).failedChecks
    ).toEqual(['runtime'])
    // A manifest that names a runtime but lists no package of it (a stand-in image): the
    // component checks judge it, not the runtime row.
    expect(
      judgeBoot({
        level: 'basic',
        events: boot('none', {
          ...OTHER_RUNTIME_SKIPS.containerd,
          containerd: 'skip',
          runc: 'skip',
          docker: 'skip'
        }),
        components: { linux: '6.12.91' },
        runtime: 'containerd'
      }).ok
    ).toBe(true)
    // A manifest from before runtimes names none: nothing to hold the image to.
    expect(
      judgeBoot({
        level: 'basic',
        events: boot('none', OTHER_RUNTIME_SKIPS.containerd),
        components: containerdComponents
      }).ok
    ).toBe(true)
  })
})

describe('the images folder of a CRI-O build', () => {
  let dir: string
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'smoke-crio-images-'))
  })
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('finds its ISO by its own name and reads the runtime from manifest.json', () => {
    fs.writeFileSync(path.join(dir, 'buildroot-k8s-amd64-cri-o.iso'), '')
    fs.writeFileSync(
      path.join(dir, 'manifest.json'),
      JSON.stringify({ target: 'amd64', runtime: 'cri-o', versions: { 'cri-o': '1.36.3' } })
    )
    expect(findSmokeImages(dir, 'amd64')).toEqual({
      iso: path.join(dir, 'buildroot-k8s-amd64-cri-o.iso'),
      components: { 'cri-o': '1.36.3' },
      runtime: 'cri-o'
    })
  })
})

describe("the image script's CRI-O part, with recording stand-ins for crictl, skopeo and crio", () => {
  let root: string
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'smoke-crio-guest-'))
  })
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }))

  /** The script's functions (everything before "---- main ----"), then `body`, in sh. */
  function runFunctions(body: string, env: Record<string, string> = {}) {
    const script = fs.readFileSync(SCRIPT, 'utf8')
    const functions = script.slice(0, script.indexOf('# ---- main ----'))
    expect(functions.length).toBeGreaterThan(1000)
    fs.writeFileSync(path.join(root, 'functions.sh'), functions)
    return spawnSync('/bin/sh', ['-c', `. "${root}/functions.sh"\n${body}`], {
      encoding: 'utf8',
      env: { PATH: `${root}/bin:${process.env.PATH}`, HOME: root, ...env }
    })
  }

  /** A program on PATH that logs its arguments, then runs `script` (sh). */
  function program(name: string, script: string) {
    fs.mkdirSync(path.join(root, 'bin'), { recursive: true })
    fs.writeFileSync(
      path.join(root, 'bin', name),
      `#!/bin/sh\necho "${name} $*" >> "${root}/calls"\n${script}\n`,
      { mode: 0o755 }
    )
  }
  const calls = () => fs.readFileSync(path.join(root, 'calls'), 'utf8').trim().split('\n')

  it.each([
    ['runtime-endpoint: unix:///var/run/crio/crio.sock\n', 'cri-o'],
    ['runtime-endpoint: "unix:///var/run/crio/crio.sock"\ntimeout: 0\n', 'cri-o'],
    ['runtime-endpoint: unix:///run/containerd/containerd.sock\n', 'containerd'],
    ['timeout: 10\n', 'none']
  ])('reads the runtime from crictl.yaml: %j is %s', (yaml, runtime) => {
    const config = path.join(root, 'crictl.yaml')
    fs.writeFileSync(config, yaml)
    const out = runFunctions('image_runtime', { K8S_SMOKE_CRICTL_CONFIG: config })
    expect([out.stdout.trim(), out.stderr]).toEqual([runtime, ''])
  })

  it('cri-o-run: skopeo copies the OCI archive made here into containers-storage, crictl runs it in a pod of its own', () => {
    const id = 'a'.repeat(64)
    program('crio', 'exit 0')
    // skopeo: the source must be an OCI archive (an OCI layout in a tar).
    program(
      'skopeo',
      `archive=\${2#oci-archive:}\ntar -tf "$archive" | sort | tr '\\n' ' ' > "${root}/archive-files"`
    )
    // crictl: run checks that both configurations are JSON and says what the container runs;
    // inspect reports it ended; logs prints what the command prints as PID 1 of its namespace.
    program(
      'crictl',
      `case $1 in
run)
	node -e 'const fs = require("fs"); const c = JSON.parse(fs.readFileSync(process.argv[1])); const p = JSON.parse(fs.readFileSync(process.argv[2])); fs.writeFileSync(process.argv[3], JSON.stringify({ c, p }))' "$2" "$3" "${root}/configs.json" || exit 1
	echo ${id} ;;
inspect) echo CONTAINER_EXITED ;;
logs) node -e 'const { c } = JSON.parse(require("fs").readFileSync(process.argv[1])); console.log(require("child_process").execFileSync(c.command[0], c.command.slice(1), { encoding: "utf8" }).replace(/pid=\\d+/, "pid=1").trim())' "${root}/configs.json" ;;
pods) echo 0123456789ab ;;
esac`
    )
    const out = runFunctions(
      `RUNTIME=cri-o FACTOR=1 WORK="${root}/work"; mkdir -p "$WORK"; LOG="$WORK/log"; : >"$LOG"\n` +
        'check_crio_run; status=$?; echo "status=$status detail=$DETAIL"'
    )
    expect(out.stdout.trim().split('\n').pop()).toMatch(
      /^status=0 detail=.*ran an image built here through CRI-O \(skopeo into containers-storage, overlay\)$/
    )
    expect(calls()).toEqual([
      'skopeo copy oci-archive:' +
        path.join(root, 'work', 'k8s-smoke.tar') +
        ' containers-storage:docker.io/library/k8s-smoke:latest',
      `crictl run ${root}/work/container.json ${root}/work/pod.json`,
      `crictl inspect -o go-template --template {{.status.state}} ${id}`,
      `crictl logs ${id}`,
      'crictl pods -q --name k8s-smoke',
      'crictl rmp -f 0123456789ab'
    ])
    expect(fs.readFileSync(path.join(root, 'archive-files'), 'utf8')).toMatch(
      /^blobs\/ .*index\.json manifest\.json oci-layout $/
    )
    const { c, p } = JSON.parse(fs.readFileSync(path.join(root, 'configs.json'), 'utf8'))
    expect(c.image).toEqual({ image: 'docker.io/library/k8s-smoke:latest' })
    expect(c.command).toEqual(['/bin/sh', '-c', 'echo "k8s-smoke container pid=$$"'])
    // Host network (no CNI before a cluster), a PID namespace of the container's own (no
    // pause image, which would need a registry).
    expect(p.linux.security_context.namespace_options).toEqual({ network: 2, pid: 1 })
    expect(c.linux.security_context.namespace_options).toEqual({ pid: 1 })
  })

  it('cri-o-run skips without crio or without skopeo, saying which', () => {
    // Nothing on PATH but the stand-ins: the checks for the programs come first.
    const run = () =>
      runFunctions(
        `RUNTIME=cri-o FACTOR=1 WORK="${root}/work"; LOG=/dev/null\n` +
          'check_crio_run; echo "status=$? detail=$DETAIL"',
        { PATH: path.join(root, 'bin') }
      ).stdout.trim()
    fs.mkdirSync(path.join(root, 'bin'))
    expect(run()).toBe('status=2 detail=CRI-O is not installed')
    program('crio', 'exit 0')
    expect(run()).toBe(
      "status=2 detail=skopeo is not installed: an image made here cannot be put into CRI-O's store"
    )
  })
})
