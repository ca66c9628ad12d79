#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 567:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D0: () => (/* binding */ configureTree),
/* harmony export */   Fg: () => (/* binding */ readRequestedConfig),
/* harmony export */   KD: () => (/* binding */ inputLines),
/* harmony export */   Tb: () => (/* binding */ isInputLine),
/* harmony export */   Uj: () => (/* binding */ configExternalTree),
/* harmony export */   cC: () => (/* binding */ loadDefconfig),
/* harmony export */   jE: () => (/* binding */ readBuildroot),
/* harmony export */   mA: () => (/* binding */ locateConfigFiles),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony exports FRAGMENT_SOURCE, PARALLEL_BUILD_SOURCE, refusedExternalTree */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _kconfig_defconfig_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(769);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(82);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(674);
/* harmony import */ var _download_hashes_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(808);
/* harmony import */ var _make_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(621);
/* harmony import */ var _show_info_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(955);
// Configuring a Buildroot tree, for build and check mode alike: merges the target's
// buildroot_defconfig with the user's fragment, points the kernel at kernel_defconfig, runs
// `make defconfig` on a merged copy (Buildroot never writes into the user's config folder) and
// finds every requested symbol that did not land.









/** A mistake in the configuration, annotated on its file and line when known. */
class ConfigError extends _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo {
}
/**
 * The BR2_EXTERNAL tree that goes with a config folder: its own `external/` when it has one
 * (a copy of configs/ keeps the defconfigs and their packages together), else the action's.
 */
function configExternalTree(configDir, ownExternalTree) {
    const beside = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(configDir, 'external');
    return node_fs__WEBPACK_IMPORTED_MODULE_1___default().existsSync(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(beside, 'external.desc')) ? beside : ownExternalTree;
}
/** Where a target's two config files live; a clear error when either is missing. */
function locateConfigFiles(configDir, target) {
    const files = {
        buildrootDefconfig: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(configDir, target, 'buildroot_defconfig'),
        kernelDefconfig: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(configDir, target, 'kernel_defconfig')
    };
    for (const file of Object.values(files)) {
        if (!node_fs__WEBPACK_IMPORTED_MODULE_1___default().existsSync(file)) {
            const folder = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file);
            const present = node_fs__WEBPACK_IMPORTED_MODULE_1___default().existsSync(folder)
                ? `it holds: ${node_fs__WEBPACK_IMPORTED_MODULE_1___default().readdirSync(folder).join(', ') || 'nothing'}`
                : `${folder} does not exist`;
            throw new ConfigError(`${file} not found (${present}). config-dir must hold <target>/buildroot_defconfig and <target>/kernel_defconfig for target ${target}.`);
        }
    }
    return files;
}
/** Name under which the config-fragment input is reported in file:line messages. */
const FRAGMENT_SOURCE = 'config-fragment';
/** Name under which the parallel-build input's line is reported. */
const PARALLEL_BUILD_SOURCE = 'parallel-build';
/**
 * Lines an input adds to the configuration, after the fragment (so the input wins):
 * parallel-build: per-package turns on per-package directories, which top-level parallel
 * builds need (Buildroot's manual, "Top-level parallel build"). Check mode loads them too.
 */
function inputLines(inputs) {
    return inputs.parallelBuild === 'per-package'
        ? [{ symbol: 'BR2_PER_PACKAGE_DIRECTORIES', value: 'y', file: PARALLEL_BUILD_SOURCE, line: 0 }]
        : [];
}
/** Whether a requested line came from an input rather than a file of the configuration. */
const isInputLine = (entry) => entry.file === FRAGMENT_SOURCE || entry.file === PARALLEL_BUILD_SOURCE;
/**
 * Reads and merges the target's configuration; throws ConfigError with file:line on bad lines.
 * `patchSeries` is the sha256 of the Buildroot patch series ('' without one); `fromInputs` the
 * lines inputs add (inputLines).
 */
function readRequestedConfig(files, fragment, patchSeries = '', fromInputs = []) {
    const defconfig = (0,_kconfig_defconfig_js__WEBPACK_IMPORTED_MODULE_3__/* .parseKconfig */ .Ps)(node_fs__WEBPACK_IMPORTED_MODULE_1___default().readFileSync(files.buildrootDefconfig, 'utf8'), files.buildrootDefconfig, 'BR2_');
    const kernelText = node_fs__WEBPACK_IMPORTED_MODULE_1___default().readFileSync(files.kernelDefconfig, 'utf8');
    (0,_kconfig_defconfig_js__WEBPACK_IMPORTED_MODULE_3__/* .parseKconfig */ .Ps)(kernelText, files.kernelDefconfig, 'CONFIG_');
    // The kernel always follows the target's kernel_defconfig, wherever config-dir is.
    const kernelPointer = [
        { symbol: 'BR2_LINUX_KERNEL_USE_CUSTOM_CONFIG', value: 'y' },
        {
            symbol: 'BR2_LINUX_KERNEL_CUSTOM_CONFIG_FILE',
            value: JSON.stringify(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(files.kernelDefconfig))
        }
    ].map(e => ({ ...e, file: files.buildrootDefconfig, line: 0 }));
    const requested = (0,_kconfig_defconfig_js__WEBPACK_IMPORTED_MODULE_3__/* .mergeKconfig */ .cU)(defconfig, kernelPointer, (0,_kconfig_defconfig_js__WEBPACK_IMPORTED_MODULE_3__/* .parseKconfig */ .Ps)(fragment, FRAGMENT_SOURCE, 'BR2_'), fromInputs);
    const mergedText = (0,_kconfig_defconfig_js__WEBPACK_IMPORTED_MODULE_3__/* .renderKconfig */ .Se)(requested);
    const hash = node_crypto__WEBPACK_IMPORTED_MODULE_0___default().createHash('sha256').update(mergedText).update('\0').update(kernelText);
    // Without a series the hash stays what it was before series existed.
    if (patchSeries)
        hash.update('\0').update(`buildroot-patches ${patchSeries}`);
    const configHash = hash.digest('hex');
    return { files, requested, configHash, mergedText };
}
/** Runs `make defconfig` on the merged configuration (a second or so: no package makefile is read). */
async function loadDefconfig(tree, config) {
    node_fs__WEBPACK_IMPORTED_MODULE_1___default().mkdirSync(tree.outputDir, { recursive: true });
    const mergedDefconfig = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(tree.outputDir, 'buildroot-k8s_defconfig');
    node_fs__WEBPACK_IMPORTED_MODULE_1___default().writeFileSync(mergedDefconfig, config.mergedText);
    try {
        await (0,_make_js__WEBPACK_IMPORTED_MODULE_6__/* .captureMake */ .b4)(tree, ['defconfig'], [`BR2_DEFCONFIG=${mergedDefconfig}`]);
    }
    catch (error) {
        const refused = refusedExternalTree((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error), tree.externalTrees);
        if (refused)
            throw refused;
        throw new ConfigError(`Buildroot could not load ${config.files.buildrootDefconfig}: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error)}`, config.files.buildrootDefconfig);
    }
    const dotConfig = (0,_kconfig_defconfig_js__WEBPACK_IMPORTED_MODULE_3__/* .readDotConfig */ .il)(node_fs__WEBPACK_IMPORTED_MODULE_1___default().readFileSync(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(tree.outputDir, '.config'), 'utf8'));
    return {
        ...config,
        tree,
        mergedDefconfig,
        dotConfig,
        unmet: (0,_kconfig_defconfig_js__WEBPACK_IMPORTED_MODULE_3__/* .findUnmetRequests */ .PS)(config.requested, dotConfig)
    };
}
/**
 * Buildroot checks each BR2_EXTERNAL tree (support/scripts/br2-external) and stops with
 * `Makefile:NNN: *** '<tree or its file>': <what is wrong>.  Stop.`: no external.desc, no name,
 * a name another tree already uses... That is about the tree, not the defconfig: the error
 * names the tree and points at its external.desc when there is one.
 */
function refusedExternalTree(output, trees) {
    const match = /\*\*\* '([^']+)': (.*?)\.?\s+Stop\./.exec(output);
    if (!match)
        return undefined;
    const [, where, what] = match;
    const tree = trees.find(t => where === t || where.startsWith(`${t}/`));
    if (!tree)
        return undefined;
    const desc = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(tree, 'external.desc');
    let line;
    if (node_fs__WEBPACK_IMPORTED_MODULE_1___default().existsSync(desc)) {
        const index = node_fs__WEBPACK_IMPORTED_MODULE_1___default().readFileSync(desc, 'utf8')
            .split('\n')
            .findIndex(l => l.startsWith('name:'));
        line = index >= 0 ? index + 1 : undefined;
    }
    const advice = /already used/.test(what)
        ? 'Each BR2_EXTERNAL tree needs a name of its own (the name: line of its external.desc).'
        : /external\.desc|name/.test(what)
            ? 'A BR2_EXTERNAL tree needs an external.desc with a name: line (Buildroot\'s manual, "Layout of a br2-external tree").'
            : 'Check the br2-external input: each line must be a BR2_EXTERNAL tree.';
    return new ConfigError(`Buildroot refuses the BR2_EXTERNAL tree ${tree}: ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_8__/* .echo */ .WI)(what)}. ${advice}`, node_fs__WEBPACK_IMPORTED_MODULE_1___default().existsSync(desc) ? desc : undefined, line);
}
/**
 * One full parse of Buildroot's makefiles for everything build and check mode need from them:
 * the version, the package list and the hash variables (and, for check mode, savedefconfig).
 * It also surfaces Makefile errors now rather than an hour into the build.
 */
async function readBuildroot(loaded, options = {}) {
    let answers;
    try {
        answers = await (0,_make_js__WEBPACK_IMPORTED_MODULE_6__/* .queryBuildroot */ .Be)(loaded.tree, {
            vars: ['BR2_VERSION', ..._download_hashes_js__WEBPACK_IMPORTED_MODULE_5__/* .HASH_VARIABLES */ .Ho],
            showInfo: true,
            saveDefconfig: options.saveDefconfig
        });
    }
    catch (error) {
        throw new ConfigError(`Buildroot's makefiles do not parse with this configuration (make printvars show-info): ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error)}`, loaded.files.buildrootDefconfig);
    }
    const showInfo = answers.showInfo ?? '{}';
    // Kept beside the build: the SBOM is made from it (stages/sbom.ts).
    node_fs__WEBPACK_IMPORTED_MODULE_1___default().writeFileSync((0,_show_info_js__WEBPACK_IMPORTED_MODULE_7__/* .showInfoFile */ .Gl)(loaded.tree), showInfo);
    return {
        ...loaded,
        buildrootVersion: answers.vars.get('BR2_VERSION') ?? 'unknown',
        packages: (0,_show_info_js__WEBPACK_IMPORTED_MODULE_7__/* .parseShowInfo */ .bv)(showInfo),
        hashVariables: answers.vars
    };
}
/** `make defconfig`, then the one parse of the makefiles. */
async function configureTree(tree, config) {
    return readBuildroot(await loadDefconfig(tree, config));
}


/***/ }),

/***/ 808:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ho: () => (/* binding */ HASH_VARIABLES),
/* harmony export */   _G: () => (/* binding */ verifyDownload),
/* harmony export */   xr: () => (/* binding */ downloadHashFindings),
/* harmony export */   yf: () => (/* binding */ packageHashFiles)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _kconfig_defconfig_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(769);
/* harmony import */ var _util_fs_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(966);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(325);
// Every file the build downloads must pass Buildroot's hash check (support/download/check-hash):
// once one of a package's .hash files exists, it must list the file, unless the file is in
// BR_NO_CHECK_HASH_FOR, which BR2_DOWNLOAD_FORCE_CHECK_HASHES empties. A miss stops the build
// only when that package downloads, often an hour in; Buildroot's own variables
// (<PKG>_HASH_FILES, BR_NO_CHECK_HASH_FOR) let us find it in seconds.





/** Buildroot's variable prefix for a package: host-go-bin → HOST_GO_BIN. */
const variablePrefix = (name) => name.toUpperCase().replace(/[^A-Z0-9]/g, '_');
function listsFile(hashFile, file) {
    return node_fs__WEBPACK_IMPORTED_MODULE_0___default().readFileSync(hashFile, 'utf8')
        .split('\n')
        .some(line => {
        const [type, , name] = line.trim().split(/\s+/);
        return Boolean(type) && !type.startsWith('#') && name === file;
    });
}
/** The Buildroot variables the hash rule needs, read in the same parse as the package list. */
const HASH_VARIABLES = ['%_HASH_FILES', 'BR_NO_CHECK_HASH_FOR'];
/** Every download of the configured package list that its package's .hash files would refuse. */
function downloadHashFindings(configured) {
    const vars = configured.hashVariables;
    const { tree } = configured;
    const force = configured.dotConfig.get('BR2_DOWNLOAD_FORCE_CHECK_HASHES') === 'y';
    const exempt = new Set(force ? [] : (vars.get('BR_NO_CHECK_HASH_FOR') ?? '').split(/\s+/));
    const findings = [];
    for (const pkg of configured.packages) {
        const listed = vars.get(`${variablePrefix(pkg.name)}_HASH_FILES`);
        if (listed === undefined)
            continue;
        const hashFiles = packageHashFiles(pkg, vars, tree.sourceDir);
        const downloads = pkg.downloads.map(download => node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(download));
        if (hashFiles.length === 0) {
            // No .hash file at all: Buildroot only warns, and downloads the files unchecked, even with
            // BR2_DOWNLOAD_FORCE_CHECK_HASHES (a custom kernel version on 2026.02.x, whose own kernel
            // hashes live in linux/before-6.17/ and linux/from-6.17/, is such a case).
            const rawName = pkg.name.replace(/^host-/, '');
            if (force && downloads.length) {
                findings.push({
                    level: 'warning',
                    message: `${pkg.name} ${pkg.version} downloads ${downloads.join(', ')} with no .hash file to check it against ` +
                        `(Buildroot looks for ${listed.split(/\s+/).filter(Boolean).join(', ')}): Buildroot only warns and uses the download unchecked. ` +
                        `Add its hash (from a source you can cite) in <BR2_GLOBAL_PATCH_DIR>/${rawName}/${rawName}.hash.`,
                    at: { file: configured.files.buildrootDefconfig, title: 'No hash file for a download' }
                });
            }
            continue;
        }
        for (const file of downloads) {
            if (exempt.has(file) || hashFiles.some(hashFile => listsFile(hashFile, file)))
                continue;
            // Hash files outside the Buildroot tree (BR2_GLOBAL_PATCH_DIR) by their own path.
            const shown = hashFiles
                .map(f => ((0,_util_fs_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .FK)(tree.sourceDir, f) ? node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(tree.sourceDir, f) : f))
                .join(', ');
            const rawName = pkg.name.replace(/^host-/, '');
            const ownHashFile = hashFiles.find(hashFile => tree.externalTrees.some(dir => (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .FK)(dir, hashFile)));
            // The line that picks this version (a custom kernel version, a tarball location), if any.
            const versionLine = configured.requested.find(entry => {
                const value = (0,_kconfig_defconfig_js__WEBPACK_IMPORTED_MODULE_2__/* .unquote */ ._n)(entry.value);
                return value === pkg.version || value.endsWith(`/${file}`);
            });
            findings.push({
                level: 'error',
                message: `${pkg.name} ${pkg.version} downloads ${file}, but ${shown} has no hash for it: Buildroot stops when it downloads it` +
                    `${force ? ' (BR2_DOWNLOAD_FORCE_CHECK_HASHES=y)' : ''}. Choose a version that file lists, or add its hash ` +
                    `(from a source you can cite) to ${ownHashFile ?? `<BR2_GLOBAL_PATCH_DIR>/${rawName}/${rawName}.hash`}.`,
                at: {
                    file: versionLine?.file ?? ownHashFile ?? configured.files.buildrootDefconfig,
                    line: versionLine?.line || undefined,
                    title: 'No hash for a download'
                }
            });
        }
    }
    return findings;
}
/** A package's .hash files that exist (<PKG>_HASH_FILES, relative to the Buildroot tree). */
function packageHashFiles(pkg, hashVariables, sourceDir) {
    return (hashVariables.get(`${variablePrefix(pkg.name)}_HASH_FILES`) ?? '')
        .split(/\s+/)
        .filter(Boolean)
        .map(file => node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(sourceDir, file))
        .filter(file => node_fs__WEBPACK_IMPORTED_MODULE_0___default().existsSync(file));
}
/** The hash types Buildroot's support/download/check-hash knows. */
const HASH_TYPES = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'];
/**
 * Buildroot's own rule for a downloaded file (support/download/check-hash): every line of the
 * package's .hash files that names `base` must match; a .hash file that names no line for it
 * is an error unless `base` is exempt (BR_NO_CHECK_HASH_FOR). Where Buildroot would only warn
 * (no .hash file at all) or let a file through unchecked (exempt), this says no: nothing is
 * vouched for that was not checked.
 */
function verifyDownload(file, base, hashFiles) {
    if (!hashFiles.length) {
        return { ok: false, problem: 'no-hash-file', why: 'its package has no .hash file' };
    }
    const expected = [];
    for (const hashFile of hashFiles) {
        for (const line of node_fs__WEBPACK_IMPORTED_MODULE_0___default().readFileSync(hashFile, 'utf8').split('\n')) {
            const [type, hash, name] = line.trim().split(/\s+/);
            if (!type || type.startsWith('#') || name !== base)
                continue;
            expected.push({ type, hash, from: hashFile });
        }
    }
    if (!expected.length) {
        return {
            ok: false,
            problem: 'no-hash',
            why: `no line of ${hashFiles.map(f => node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(f)).join(', ')} names it`
        };
    }
    const unknown = expected.find(entry => !HASH_TYPES.includes(entry.type));
    if (unknown) {
        return {
            ok: false,
            problem: 'unknown-type',
            why: `${unknown.from} gives it a hash of unknown type ${unknown.type}`
        };
    }
    const digests = (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_4__/* .fileDigests */ .KQ)(file, [...new Set(expected.map(entry => entry.type))]);
    const wrong = expected.find(entry => digests.get(entry.type) !== entry.hash);
    if (wrong) {
        return {
            ok: false,
            problem: 'mismatch',
            why: `its ${wrong.type} is ${digests.get(wrong.type)}, not ${wrong.hash} as ${wrong.from} says`
        };
    }
    return { ok: true, checked: [...digests.keys()] };
}


/***/ }),

/***/ 621:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Be: () => (/* binding */ queryBuildroot),
/* harmony export */   Gy: () => (/* binding */ runMake),
/* harmony export */   b4: () => (/* binding */ captureMake)
/* harmony export */ });
/* unused harmony exports makeArgs, buildrootEnv, parsePrintvars */
/* harmony import */ var _util_run_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(133);
// How everything calls Buildroot's make: one place that knows the source tree, the output
// folder and the BR2_EXTERNAL list, so configure, check and build cannot disagree.

function makeArgs(tree, targets, variables = []) {
    const args = ['-C', tree.sourceDir, `O=${tree.outputDir}`];
    if (tree.externalTrees.length)
        args.push(`BR2_EXTERNAL=${tree.externalTrees.join(':')}`);
    return [...args, ...variables, ...targets];
}
/** Buildroot refuses to run with some variables set (see support/dependencies/dependencies.sh). */
function buildrootEnv(tree) {
    const env = { ...process.env, ...tree.env };
    for (const name of ['PERL_MM_OPT', 'CROSS_COMPILE', 'ARCH', 'MAKEFLAGS', 'MFLAGS', 'MAKELEVEL']) {
        delete env[name];
    }
    return env;
}
function runMake(tree, targets, variables = [], options = {}) {
    return (0,_util_run_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .eF)('make', makeArgs(tree, targets, variables), { env: buildrootEnv(tree), ...options });
}
/** Runs a make target that must succeed and returns its stdout. */
async function captureMake(tree, targets, variables = []) {
    try {
        return await (0,_util_run_js__WEBPACK_IMPORTED_MODULE_0__/* .capture */ .Fg)('make', makeArgs(tree, targets, variables), { env: buildrootEnv(tree) });
    }
    catch (error) {
        if (error instanceof _util_run_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandError */ .Qd) {
            throw new _util_run_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandError */ .Qd(`make ${[...variables, ...targets].join(' ')}`, error.result);
        }
        throw error;
    }
}
/**
 * Asks Buildroot several things in one `make` call. Every call that reads .config parses all
 * of Buildroot's makefiles (some 10 s of CPU), so printvars, show-info and savedefconfig asked
 * together cost one parse instead of one each. The top Makefile is .NOTPARALLEL: the goals run
 * in the order given, savedefconfig (silent but for the output Makefile's GEN line), then
 * printvars (NAME='value', a value may span lines), then show-info (one line of JSON, last).
 */
async function queryBuildroot(tree, query) {
    const targets = [
        ...(query.saveDefconfig ? ['savedefconfig'] : []),
        'printvars',
        ...(query.showInfo ? ['show-info'] : [])
    ];
    const variables = [`VARS=${query.vars.join(' ')}`, 'QUOTED_VARS=YES', '-s'];
    if (query.saveDefconfig)
        variables.push(`BR2_DEFCONFIG=${query.saveDefconfig}`);
    let out = await captureMake(tree, targets, variables);
    let showInfo;
    if (query.showInfo) {
        const start = out.lastIndexOf('\n{') + 1;
        if (!out.startsWith('{', start)) {
            throw new Error(`make show-info printed no JSON; its output ends with: ${out.slice(-300)}`);
        }
        showInfo = out.slice(start);
        out = out.slice(0, start);
    }
    return { vars: parsePrintvars(out), showInfo };
}
/** `make printvars QUOTED_VARS=YES` output: NAME='value', with ' written as '\'' (and newlines kept). */
function parsePrintvars(out) {
    const values = new Map();
    for (const match of out.matchAll(/^([A-Za-z0-9_]+)='((?:[^']|'\\'')*)'$/gm)) {
        values.set(match[1], match[2].replace(/'\\''/g, "'"));
    }
    return values;
}


/***/ }),

/***/ 968:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bb: () => (/* binding */ fillMirror),
/* harmony export */   Cs: () => (/* binding */ lookUpMirror),
/* harmony export */   bD: () => (/* binding */ mirrorFiles),
/* harmony export */   h5: () => (/* binding */ downloadSiteVariables),
/* harmony export */   qH: () => (/* binding */ siteSymbolsOf)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(82);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(325);
/* harmony import */ var _util_net_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(21);
/* harmony import */ var _download_hashes_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(808);
// Download sites: where Buildroot fetches sources from, and a mirror of them. Buildroot tries
// BR2_PRIMARY_SITE first (as <site>/<package dl subdir>/<file>, then <site>/<file>), then the
// package's own site and BR2_BACKUP_SITE, both skipped with BR2_PRIMARY_SITE_ONLY
// (package/pkg-download.mk, DOWNLOAD_URIS); every file it fetches, from wherever, is checked
// against the package's .hash before it lands in dl/ (support/download/dl-wrapper): a mirror is
// a cache, not a trust anchor. The sites are Kconfig options, but not part of the
// configuration here: they change where files come from, not what is built, so they are given
// on make's command line (which overrides .config's values) and stay out of the config hash.






/** A make command-line value: `$` would start a make variable. */
const makeValue = (value) => value.replace(/\$/g, '$$$$');
/** make's command-line assignments for download-mirror, download-mirror-only and backup-site. */
function downloadSiteVariables(inputs) {
    const variables = [];
    if (inputs.downloadMirror) {
        variables.push(`BR2_PRIMARY_SITE=${makeValue(inputs.downloadMirror.url)}`);
        if (inputs.downloadMirrorOnly)
            variables.push('BR2_PRIMARY_SITE_ONLY=y');
    }
    if (inputs.backupSite === 'none')
        variables.push('BR2_BACKUP_SITE=');
    else if (typeof inputs.backupSite === 'object') {
        variables.push(`BR2_BACKUP_SITE=${makeValue(inputs.backupSite.url)}`);
    }
    return variables;
}
/** The symbols the download-site inputs set, for the notice when a configuration sets one too. */
function siteSymbolsOf(inputs) {
    return new Map(downloadSiteVariables(inputs).map(assignment => {
        const at = assignment.indexOf('=');
        return [assignment.slice(0, at), inputNameOf(assignment.slice(0, at))];
    }));
}
function inputNameOf(symbol) {
    return symbol === 'BR2_PRIMARY_SITE'
        ? 'download-mirror'
        : symbol === 'BR2_PRIMARY_SITE_ONLY'
            ? 'download-mirror-only'
            : 'backup-site';
}
/** Every file of the packages' downloads, each once. */
function mirrorFiles(packages) {
    const seen = new Set();
    const files = [];
    for (const pkg of packages) {
        for (const download of pkg.downloads) {
            if (seen.has(download))
                continue;
            seen.add(download);
            files.push({
                package: pkg.name,
                subdir: node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(download),
                file: node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(download)
            });
        }
    }
    return files;
}
const LOOKUP_TIMEOUT_MS = 10_000;
const LOOKUPS_AT_ONCE = 8;
/** Whether a mirror holds a file where Buildroot looks for it: <site>/<subdir>/<file>, <site>/<file>. */
async function holds(site, entry) {
    const name = encodeURIComponent(entry.file);
    for (const url of [`${site}/${entry.subdir}/${name}`, `${site}/${name}`]) {
        let status = await (0,_util_net_js__WEBPACK_IMPORTED_MODULE_4__/* .httpStatus */ .nG)(url, { timeoutMs: LOOKUP_TIMEOUT_MS });
        // A server that takes no HEAD is asked with GET (its body is never read).
        if (status === 405 || status === 501) {
            status = await (0,_util_net_js__WEBPACK_IMPORTED_MODULE_4__/* .httpStatus */ .nG)(url, { method: 'GET', timeoutMs: LOOKUP_TIMEOUT_MS });
        }
        if (status >= 200 && status < 300)
            return true;
    }
    return false;
}
/**
 * Which files of the download list the mirror lacks, asked with HEAD requests (file:// by
 * looking); not asked when it cannot be reached, asks for credentials, or is an scp:// or
 * ftp:// site (only HTTP answers a HEAD).
 */
async function lookUpMirror(site, files) {
    const scheme = site.url.slice(0, site.url.indexOf(':')).toLowerCase();
    if (scheme === 'file') {
        const dir = decodeURIComponent(site.url.slice('file://'.length));
        if (!node_fs__WEBPACK_IMPORTED_MODULE_0___default().existsSync(dir))
            return { checked: false, why: `${dir} does not exist here` };
        const missing = files.filter(entry => !node_fs__WEBPACK_IMPORTED_MODULE_0___default().existsSync(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, entry.subdir, entry.file)) &&
            !node_fs__WEBPACK_IMPORTED_MODULE_0___default().existsSync(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, entry.file)));
        return { checked: true, missing, total: files.length };
    }
    if (scheme !== 'http' && scheme !== 'https') {
        return { checked: false, why: `a ${scheme}:// site answers no HEAD request` };
    }
    // Any answer of its root is one (many servers list no folder: 403, 404), but a request for
    // credentials: the files would all look missing.
    try {
        const status = await (0,_util_net_js__WEBPACK_IMPORTED_MODULE_4__/* .httpStatus */ .nG)(`${site.url}/`, { timeoutMs: LOOKUP_TIMEOUT_MS });
        if (status === 401 || status === 407) {
            return { checked: false, why: `it asks for credentials (HTTP ${status})` };
        }
    }
    catch (error) {
        return { checked: false, why: `it cannot be reached from here (${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)})` };
    }
    const missing = [];
    let next = 0;
    const worker = async () => {
        while (next < files.length) {
            const entry = files[next++];
            if (!(await holds(site.url, entry).catch(() => false)))
                missing.push(entry);
        }
    };
    await Promise.all(Array.from({ length: LOOKUPS_AT_ONCE }, worker));
    missing.sort((a, b) => a.file.localeCompare(b.file));
    return { checked: true, missing, total: files.length };
}
/** Copies `source` to `target` unless `target` exists: never replaces a file. Returns whether it wrote. */
function writeNew(source, target) {
    node_fs__WEBPACK_IMPORTED_MODULE_0___default().mkdirSync(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(target), { recursive: true });
    const partial = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(target), `.${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(target)}.mirror-partial-${process.pid}`);
    node_fs__WEBPACK_IMPORTED_MODULE_0___default().copyFileSync(source, partial);
    try {
        node_fs__WEBPACK_IMPORTED_MODULE_0___default().chmodSync(partial, 0o644);
        // A hard link does not replace what is there (EEXIST), where a rename would.
        node_fs__WEBPACK_IMPORTED_MODULE_0___default().linkSync(partial, target);
        return true;
    }
    catch (error) {
        if (error.code === 'EEXIST')
            return false;
        throw error;
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_0___default().rmSync(partial, { force: true });
    }
}
/**
 * Fills a mirror folder from a dl/ folder: each file of the download list that passes its
 * package's .hash goes into the folder, flat (<out>/<file>, as Buildroot looks for it on a
 * primary site); when two packages download different files of the same name, the second goes
 * to <out>/<subdir>/<file>, which Buildroot tries first. Nothing in the folder is replaced or
 * removed.
 */
function fillMirror(options) {
    const report = { written: [], present: [], conflicts: [], refused: [], missing: [] };
    node_fs__WEBPACK_IMPORTED_MODULE_0___default().mkdirSync(options.outDir, { recursive: true });
    /** What each flat name holds, once written or found by this run. */
    const flatContent = new Map();
    const byName = new Map(options.packages.map(pkg => [pkg.name, pkg]));
    for (const entry of mirrorFiles(options.packages)) {
        const source = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(options.dlDir, entry.subdir, entry.file);
        if (!node_fs__WEBPACK_IMPORTED_MODULE_0___default().existsSync(source)) {
            report.missing.push(entry);
            continue;
        }
        const pkg = byName.get(entry.package);
        const verdict = (0,_download_hashes_js__WEBPACK_IMPORTED_MODULE_5__/* .verifyDownload */ ._G)(source, entry.file, (0,_download_hashes_js__WEBPACK_IMPORTED_MODULE_5__/* .packageHashFiles */ .yf)(pkg, options.hashVariables, options.tree.sourceDir));
        if (!verdict.ok) {
            report.refused.push({
                file: node_path__WEBPACK_IMPORTED_MODULE_1___default().join(entry.subdir, entry.file),
                package: entry.package,
                why: verdict.why,
                mismatch: verdict.problem === 'mismatch'
            });
            continue;
        }
        const sha = (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256FileSync */ .hb)(source);
        // The flat name holds another package's file of the same name: this one goes in its folder.
        const placed = flatContent.get(entry.file);
        if (placed === sha)
            continue;
        const target = placed === undefined
            ? node_path__WEBPACK_IMPORTED_MODULE_1___default().join(options.outDir, entry.file)
            : node_path__WEBPACK_IMPORTED_MODULE_1___default().join(options.outDir, entry.subdir, entry.file);
        const shown = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(options.outDir, target);
        if (writeNew(source, target))
            report.written.push(shown);
        else if ((0,_util_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256FileSync */ .hb)(target) === sha)
            report.present.push(shown);
        else {
            report.conflicts.push({
                file: shown,
                why: `it holds other content than ${entry.package}'s ${entry.file}, which passes its .hash`
            });
            continue;
        }
        if (placed === undefined)
            flatContent.set(entry.file, sha);
    }
    return report;
}


/***/ }),

/***/ 279:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E_: () => (/* binding */ runPythonTool),
/* harmony export */   IV: () => (/* binding */ CVE_CHECK),
/* harmony export */   Zu: () => (/* binding */ buildrootTool),
/* harmony export */   kr: () => (/* binding */ GENERATE_CYCLONEDX)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_run_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(133);
// Buildroot's own Python tools (utils/generate-cyclonedx, support/scripts/cve-check), run from
// the Buildroot tree in use with the runner's python3. They come with Buildroot: a tree without
// one is an older release, which is said, not an error.



const GENERATE_CYCLONEDX = 'utils/generate-cyclonedx';
const CVE_CHECK = 'support/scripts/cve-check';
/** The tool's path in the tree, or undefined when this Buildroot has none. */
function buildrootTool(buildrootDir, tool) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(buildrootDir, tool);
    return node_fs__WEBPACK_IMPORTED_MODULE_0___default().existsSync(file) ? file : undefined;
}
/**
 * Runs `python3 <script> <args>`. Bytecode caches are not written (they would land in the
 * Buildroot tree, whose files are part of the inputs hash); make variables Buildroot refuses
 * are removed, and `env` is added.
 */
async function runPythonTool(script, args, env = {}) {
    const base = { ...process.env };
    for (const name of ['MAKEFLAGS', 'MFLAGS', 'MAKELEVEL', 'PYTHONPATH'])
        delete base[name];
    const result = await (0,_util_run_js__WEBPACK_IMPORTED_MODULE_2__/* .run */ .eF)('python3', [script, ...args], {
        env: { ...base, PYTHONDONTWRITEBYTECODE: '1', ...env },
        keepLastLines: 20
    });
    const lines = result.lastLines.filter(line => line.trim() !== '');
    return result.exitCode === 0
        ? { ok: true, lastLines: lines }
        : {
            ok: false,
            reason: lines.at(-1) ?? `python3 exited with code ${result.exitCode}`,
            lastLines: lines
        };
}


/***/ }),

/***/ 955:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gl: () => (/* binding */ showInfoFile),
/* harmony export */   R2: () => (/* binding */ downloadList),
/* harmony export */   bv: () => (/* binding */ parseShowInfo),
/* harmony export */   qH: () => (/* binding */ buildablePackages)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
// What Buildroot will build and download, from `make show-info` (JSON, read in the same parse
// as the other variables: see readBuildroot in configure.ts). Cache keys, build progress and
// the image manifest all come from this one list, and the SBOM from the JSON itself.

function parseShowInfo(json) {
    const info = JSON.parse(json);
    return Object.entries(info).map(([key, entry]) => ({
        name: entry.name ?? key,
        version: entry.version ?? '',
        type: entry.type ?? 'unknown',
        virtual: entry.virtual ?? false,
        downloads: (entry.downloads ?? [])
            .map(download => download.source)
            .filter((source) => Boolean(source))
            .map(source => `${entry.dl_dir ?? key}/${source}`)
    }));
}
/** Where `make show-info`'s JSON is kept, in the output folder: the SBOM is made from it. */
const showInfoFile = (tree) => node_path__WEBPACK_IMPORTED_MODULE_0___default().join(tree.outputDir, 'show-info.json');
/** Every file the build downloads, sorted, each once. */
function downloadList(packages) {
    return [...new Set(packages.flatMap(p => p.downloads))].sort();
}
/** Packages that go through build steps (virtual packages only point at a provider). */
function buildablePackages(packages) {
    return packages.filter(p => !p.virtual);
}


/***/ }),

/***/ 792:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ explainUnmet)
/* harmony export */ });
/* harmony import */ var _kconfig_defconfig_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(769);
/* harmony import */ var _kconfig_dependencies_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(299);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(674);
// Why a requested symbol did not land in .config: the dependency that is not met (and what
// selects it when it cannot be set by hand), or, for a name Kconfig does not know, the
// closest known names. Build mode's configure stage and check mode report the same findings.



function indexBuildrootKconfig(tree) {
    return (0,_kconfig_dependencies_js__WEBPACK_IMPORTED_MODULE_1__/* .indexKconfig */ .mf)([
        ...(0,_kconfig_dependencies_js__WEBPACK_IMPORTED_MODULE_1__/* .findKconfigFiles */ .or)(tree.sourceDir, /^Config\.in/),
        ...tree.externalTrees.flatMap(dir => (0,_kconfig_dependencies_js__WEBPACK_IMPORTED_MODULE_1__/* .findKconfigFiles */ .or)(dir, /^Config\.in/))
    ]);
}
/**
 * One error per requested symbol that did not land. Buildroot's Kconfig files (over 3,000) are
 * read only when there is one to explain.
 */
function explainUnmet(configured) {
    if (!configured.unmet.length)
        return [];
    const index = indexBuildrootKconfig(configured.tree);
    return configured.unmet.map(unmet => {
        const { symbol } = unmet.requested;
        let why = (0,_kconfig_defconfig_js__WEBPACK_IMPORTED_MODULE_0__/* .describeUnmet */ .TY)(unmet);
        if (!index.has(symbol)) {
            const close = (0,_kconfig_dependencies_js__WEBPACK_IMPORTED_MODULE_1__/* .closestSymbols */ .Xl)(index, symbol);
            why = `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .echo */ .WI)(symbol)}=${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .echo */ .WI)(unmet.requested.value)}: no such option in Buildroot ${configured.buildrootVersion} or the BR2_EXTERNAL trees${close.length ? `; did you mean ${close.join(' or ')}?` : '.'}`;
        }
        else {
            const because = (0,_kconfig_dependencies_js__WEBPACK_IMPORTED_MODULE_1__/* .explainUnmetDependency */ .yv)(index, symbol, configured.dotConfig, configured.tree.sourceDir);
            if (because) {
                why = `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .echo */ .WI)(symbol)}=${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .echo */ .WI)(unmet.requested.value)} did not land: ${because}. Enable what it depends on, or drop this line.`;
            }
        }
        const { file, line } = unmet.requested;
        return {
            level: 'error',
            message: why,
            at: { file, line: line || undefined, title: 'Symbol did not land' }
        };
    });
}


/***/ }),

/***/ 274:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ saveOne),
/* harmony export */   n: () => (/* binding */ restoreOne)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(82);
/* harmony import */ var _util_fs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(966);


async function restoreOne(platform, label, dir, key, restoreKeys, 
/** What a failed restore means for the run. */
withoutIt = 'The build goes on without it (slower).') {
    try {
        const matchedKey = await platform.cache.restore([dir], key, restoreKeys);
        if (!matchedKey) {
            platform.reporter.info(`${label}: no cache entry for ${key} or its prefix ${restoreKeys.join(', ')}; starting empty.`);
            return { result: 'miss' };
        }
        const exact = matchedKey === key;
        platform.reporter.info(`${label} restored from ${matchedKey}${exact ? ' (exact match)' : ''}.`);
        return { matchedKey, result: `${exact ? 'hit' : 'restored from'} \`${matchedKey}\`` };
    }
    catch (error) {
        platform.reporter.warning(`${label} could not be restored from ${platform.cache.description}: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}. ${withoutIt}`);
        return { result: `unavailable: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}` };
    }
}
async function saveOne(platform, name, dir, key) {
    const size = (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_1__/* .directorySize */ .RG)(dir);
    try {
        await platform.cache.save([dir], key);
        platform.reporter.info(`${name} saved as ${key}.`);
        return { name, key, result: 'saved', size };
    }
    catch (error) {
        platform.reporter.warning(`${name} could not be saved to ${platform.cache.description} as ${key}: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`);
        return { name, key, result: `not saved: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`, size };
    }
}


/***/ }),

/***/ 732:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ actionRoot)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/**
 * The folder holding action.yml and configs/. The bundles run from dist/<entry>/index.js and
 * the sources from src/entry/, so this walks up from the running file until it finds them.
 */
function actionRoot(runningFile) {
    let dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(runningFile);
    while (!node_fs__WEBPACK_IMPORTED_MODULE_0___default().existsSync(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'action.yml'))) {
        const parent = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dir);
        if (parent === dir)
            throw new Error(`action.yml not found above ${runningFile}`);
        dir = parent;
    }
    return dir;
}


/***/ }),

/***/ 414:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CI: () => (/* binding */ usage),
/* harmony export */   Lo: () => (/* binding */ COMMANDS),
/* harmony export */   W8: () => (/* binding */ DEPRECATED_FLAGS),
/* harmony export */   cz: () => (/* binding */ optionsOf)
/* harmony export */ });
/* unused harmony export CLI_OPTIONS */
/* harmony import */ var _inputs_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(330);
// The command line's commands and options. `build` and `check` take every action input as a
// flag of the same name (inputs/schema.ts: the input `mode` is the command itself), plus a few
// options of the command line's own; `smoke` takes what a smoke test needs, `mirror` the inputs
// that shape the download list. Each command has its own --help, built from the same tables.

const COMMANDS = [
    'build',
    'check',
    'smoke',
    'mirror',
    'node-config',
    'version',
    'help'
];
const RUN_COMMANDS = ['build', 'check'];
/** An input's value as --help shows it: its values (amd64|arm64), or its placeholder. */
function valueOf(spec) {
    return spec.values ? spec.values.join('|') : (spec.placeholder ?? 'VALUE');
}
function inputOption(spec, commands) {
    const shown = (0,_inputs_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .defaultShown */ .rU)(spec).replace(/`/g, '');
    return {
        flag: spec.name,
        value: valueOf(spec),
        multiple: spec.multiple,
        help: `${spec.help}${shown ? ` (default: ${shown})` : ''}`,
        input: spec,
        commands
    };
}
const INPUT_OPTIONS = _inputs_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUTS */ .mc.filter(spec => spec.name !== 'mode').map(spec => inputOption(spec, RUN_COMMANDS));
const specNamed = (name) => {
    const spec = _inputs_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUTS */ .mc.find(s => s.name === name);
    if (!spec)
        throw new Error(`internal: no input ${name}`);
    return spec;
};
/** smoke: the smoke test of the action, on an images folder. */
const SMOKE_OPTIONS = [
    inputOption(specNamed('target'), ['smoke']),
    {
        flag: 'images',
        value: 'DIR',
        help: 'the folder of the images to boot (a downloaded artifact)',
        commands: ['smoke']
    },
    {
        flag: 'output-dir',
        value: 'DIR',
        help: 'where the console logs and summary.md go (default: ./buildroot-k8s-smoke-<target>)',
        commands: ['smoke']
    },
    inputOption(specNamed('smoke-test-level'), ['smoke'])
];
/** mirror: the inputs that shape the download list, and the folders to fill and read. */
const MIRROR_OPTIONS = [
    ...[
        'target',
        'buildroot-version',
        'buildroot-src',
        'buildroot-patches',
        'config-dir',
        'br2-external',
        'config-fragment',
        'output-dir'
    ].map(name => inputOption(specNamed(name), ['mirror'])),
    {
        flag: 'out',
        value: 'DIR',
        help: 'the mirror folder to fill; nothing in it is replaced or removed',
        commands: ['mirror']
    },
    {
        flag: 'dl-dir',
        value: 'DIR',
        help: 'the dl/ folder to fill it from (default: the dl/ cache entry a build of this configuration restores)',
        commands: ['mirror']
    }
];
/** Options of the command line's own: local folders in place of GitHub's services. */
const OWN_OPTIONS = [
    {
        flag: 'config-fragment-file',
        value: 'FILE',
        help: 'a file of Kconfig lines, merged before the --config-fragment lines',
        commands: [...RUN_COMMANDS, 'mirror']
    },
    {
        flag: 'cache-dir',
        value: 'DIR',
        help: 'local cache, tools and output folders (default: ~/.cache/buildroot-k8s)',
        commands: [...RUN_COMMANDS, 'mirror']
    },
    {
        flag: 'cache-max-size',
        value: 'SIZE',
        help: "the local cache is pruned to this size (default: 10G, GitHub's quota per repository)",
        commands: RUN_COMMANDS
    },
    {
        flag: 'cache-max-age',
        value: 'DAYS',
        help: 'entries unused this long are removed (default: 30)',
        commands: RUN_COMMANDS
    },
    {
        flag: 'artifacts-dir',
        value: 'DIR',
        help: 'where artifacts are copied (default: ./buildroot-k8s-artifacts)',
        commands: RUN_COMMANDS
    },
    { flag: 'help', help: 'this text', commands: ['build', 'check', 'smoke', 'mirror', 'help'] }
];
const CLI_OPTIONS = [
    ...INPUT_OPTIONS,
    ...SMOKE_OPTIONS,
    ...MIRROR_OPTIONS,
    ...OWN_OPTIONS
];
/** Old spellings, still read, each with what to write instead. */
const DEPRECATED_FLAGS = {
    output: { value: 'DIR', instead: '--output-dir' },
    'no-upload': { instead: '--upload false' },
    verbose: { instead: 'nothing: the command line no longer runs libraries that print debug lines' }
};
function optionsOf(command) {
    return CLI_OPTIONS.filter(option => option.commands.includes(command));
}
const SYNOPSIS = {
    build: 'buildroot-k8s build --target amd64|arm64 [options]    build, test and keep the images',
    check: 'buildroot-k8s check --target amd64|arm64 [options]    validate the configuration',
    smoke: 'buildroot-k8s smoke --target amd64|arm64 --images DIR    boot images in QEMU and test them',
    mirror: 'buildroot-k8s mirror --target amd64|arm64 --out DIR      fill a download-mirror folder from dl/',
    'node-config': "buildroot-k8s node-config --out DIR [options]         a node's k8s-node/ folder"
};
function optionLines(options) {
    const label = (o) => `${o.flag === 'help' ? '-h, ' : ''}--${o.flag}${o.value ? ` ${o.value}` : ''}`;
    const width = Math.max(...options.map(o => label(o).length));
    return options.map(o => `  ${label(o).padEnd(width)}  ${o.help}`);
}
/** The overview (`buildroot-k8s --help`), or one command's help. */
function usage(command) {
    if (!command || command === 'help' || command === 'version' || command === 'node-config') {
        return [
            'Usage:',
            ...Object.values(SYNOPSIS).map(line => `  ${line}`),
            '  buildroot-k8s version                                  the version of this tool',
            '',
            'buildroot-k8s COMMAND --help shows the options of a command. The options of build and',
            "check are the action's inputs, with the same names and values."
        ].join('\n');
    }
    const own = optionsOf(command).filter(o => !o.input);
    const inputs = optionsOf(command).filter(o => o.input);
    const lines = [`Usage: ${SYNOPSIS[command]}`, ''];
    if (command === 'smoke' || command === 'mirror') {
        lines.push('Options:', ...optionLines(optionsOf(command)));
    }
    else {
        lines.push("The action's inputs, with the same names and values (the input mode is the command):", ...optionLines(inputs), '', 'Command line only:', ...optionLines(own));
    }
    return lines.join('\n');
}


/***/ }),

/***/ 893:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _inputs_schema_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(330);
/* harmony import */ var _inputs_values_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(276);
/* harmony import */ var _node_config_command_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(462);
/* harmony import */ var _pipeline_context_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(836);
/* harmony import */ var _pipeline_main_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(146);
/* harmony import */ var _pipeline_post_js__WEBPACK_IMPORTED_MODULE_10__ = __nccwpck_require__(392);
/* harmony import */ var _platform_local_js__WEBPACK_IMPORTED_MODULE_11__ = __nccwpck_require__(582);
/* harmony import */ var _smoke_summary_js__WEBPACK_IMPORTED_MODULE_12__ = __nccwpck_require__(282);
/* harmony import */ var _stages_smoke_test_js__WEBPACK_IMPORTED_MODULE_13__ = __nccwpck_require__(382);
/* harmony import */ var _targets_js__WEBPACK_IMPORTED_MODULE_14__ = __nccwpck_require__(402);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_15__ = __nccwpck_require__(82);
/* harmony import */ var _util_process_groups_js__WEBPACK_IMPORTED_MODULE_16__ = __nccwpck_require__(365);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_19__ = __nccwpck_require__(674);
/* harmony import */ var _action_layout_js__WEBPACK_IMPORTED_MODULE_17__ = __nccwpck_require__(732);
/* harmony import */ var _cli_options_js__WEBPACK_IMPORTED_MODULE_18__ = __nccwpck_require__(414);
// Command-line front-end: the same pipeline as the action, with local folders in place of
// GitHub's cache and artifact services. Its options are the action's inputs (cli-options.ts).
//   buildroot-k8s build --target amd64 [--buildroot-src DIR] [--output-dir DIR] ...
//   buildroot-k8s check --target arm64 --linux-src DIR ...
//   buildroot-k8s smoke --target amd64 --images DIR [--smoke-test-level cluster]
//   buildroot-k8s mirror --target amd64 --out DIR [--dl-dir DIR] (a download-mirror folder)
//   buildroot-k8s node-config --out DIR ... (src/node-config: a node's first-boot folder)




















/** The Node the action runs on GitHub (action.yml: runs.using node24) and the tests use. */
const TESTED_NODE_MAJOR = 24;
function say(line) {
    process.stderr.write(`${line}\n`);
}
/** Says once which Node runs this, and when it is older than the one the action is built for. */
function sayNode() {
    const major = Number(process.versions.node.split('.')[0]);
    say(`buildroot-k8s on Node ${process.version} (${process.execPath})` +
        (major < TESTED_NODE_MAJOR
            ? `: older than Node ${TESTED_NODE_MAJOR}, which the action runs on and is tested with; if something fails, run it with Node ${TESTED_NODE_MAJOR}.`
            : ''));
}
/** A mistake in how the command was called: exit code 2, with the usage of the command. */
class UsageError extends _inputs_values_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz {
    command;
    constructor(message, command) {
        super(message);
        this.command = command;
    }
}
/** Reads `args` as `command`'s options: unknown flags and single flags given twice are refused. */
function parseOptions(command, args) {
    const options = {};
    const known = (0,_cli_options_js__WEBPACK_IMPORTED_MODULE_18__/* .optionsOf */ .cz)(command);
    for (const option of known) {
        // Every value flag is read as multiple, so that a repeated one can be refused, not dropped.
        options[option.flag] = option.value
            ? { type: 'string', multiple: true }
            : { type: 'boolean', ...(option.flag === 'help' ? { short: 'h' } : {}) };
    }
    if (command === 'build' || command === 'check') {
        for (const [flag, old] of Object.entries(_cli_options_js__WEBPACK_IMPORTED_MODULE_18__/* .DEPRECATED_FLAGS */ .W8)) {
            options[flag] = old.value ? { type: 'string', multiple: true } : { type: 'boolean' };
        }
    }
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_4__.parseArgs)({ args, options, allowPositionals: true, strict: true });
    }
    catch (error) {
        const unknown = /Unknown option '(--?[^']+)'/.exec((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_15__/* .errorMessage */ .gJ)(error))?.[1];
        if (unknown) {
            const name = unknown.replace(/^-+/, '').split('=')[0];
            const near = (0,_inputs_values_js__WEBPACK_IMPORTED_MODULE_6__/* .closest */ .kp)(name, known.map(o => o.flag));
            const elsewhere = _cli_options_js__WEBPACK_IMPORTED_MODULE_18__/* .COMMANDS */ .Lo.filter(other => other !== command && (0,_cli_options_js__WEBPACK_IMPORTED_MODULE_18__/* .optionsOf */ .cz)(other).some(o => o.flag === name));
            throw new UsageError(`${unknown} is not an option of ${command}` +
                (near
                    ? `: did you mean --${near}?`
                    : elsewhere.length
                        ? ` (it is one of ${elsewhere.join(', ')})`
                        : '') +
                ` (buildroot-k8s ${command} --help lists them)`, command);
        }
        throw new UsageError((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_15__/* .errorMessage */ .gJ)(error), command);
    }
    if (parsed.positionals.length) {
        throw new UsageError(`unexpected argument ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_19__/* .quote */ .hD)(parsed.positionals[0])} after ${command}: every value belongs to a --flag`, command);
    }
    const values = parsed.values;
    for (const option of known) {
        const given = values[option.flag];
        if (!option.multiple && Array.isArray(given) && given.length > 1) {
            throw new UsageError(`--${option.flag} is given ${given.length} times (${given.map(v => (0,_util_text_js__WEBPACK_IMPORTED_MODULE_19__/* .quote */ .hD)(v)).join(', ')}): give it once`, command);
        }
    }
    return values;
}
const single = (values, flag) => {
    const given = values[flag];
    return Array.isArray(given) ? given[0] : undefined;
};
const many = (values, flag) => {
    const given = values[flag];
    return Array.isArray(given) ? given : [];
};
/** --config-fragment-file, then each --config-fragment line (later lines win, as in a fragment). */
function configFragment(values) {
    const lines = [];
    const readFragment = (name) => {
        try {
            return node_fs__WEBPACK_IMPORTED_MODULE_0___default().readFileSync(name, 'utf8');
        }
        catch (error) {
            throw new _inputs_values_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(`the config fragment file ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_19__/* .quote */ .hD)(name)} cannot be read: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_15__/* .errorMessage */ .gJ)(error)}`);
        }
    };
    const file = single(values, 'config-fragment-file');
    if (file)
        lines.push(readFragment(file));
    for (const value of many(values, 'config-fragment')) {
        // Before the flags matched the inputs, --config-fragment took a file.
        if (!value.includes('=') && !value.trimStart().startsWith('#') && node_fs__WEBPACK_IMPORTED_MODULE_0___default().existsSync(value)) {
            say(`buildroot-k8s: --config-fragment ${value} reads a file; write --config-fragment-file ${value} (--config-fragment now takes the lines themselves, as the input does).`);
            lines.push(readFragment(value));
        }
        else {
            lines.push(value);
        }
    }
    return lines.join('\n');
}
/** The version of this tool: package.json's, and the Buildroot release it builds by default. */
function version(root) {
    const pkg = JSON.parse(node_fs__WEBPACK_IMPORTED_MODULE_0___default().readFileSync(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, 'package.json'), 'utf8'));
    return `buildroot-k8s ${pkg.version} (Buildroot ${_inputs_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_BUILDROOT_VERSION */ .IG} by default)`;
}
async function main(argv) {
    const root = (0,_action_layout_js__WEBPACK_IMPORTED_MODULE_17__/* .actionRoot */ .X)((0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(import.meta.url));
    const [first, ...rest] = argv;
    if (first === undefined || first === 'help' || first === '--help' || first === '-h') {
        const command = first === 'help' && _cli_options_js__WEBPACK_IMPORTED_MODULE_18__/* .COMMANDS */ .Lo.includes(rest[0]) ? rest[0] : undefined;
        process.stdout.write(`${(0,_cli_options_js__WEBPACK_IMPORTED_MODULE_18__/* .usage */ .CI)(command)}\n`);
        return first === undefined ? 2 : 0;
    }
    if (first === 'version' || first === '--version' || first === '-V') {
        process.stdout.write(`${version(root)}\n`);
        return 0;
    }
    if (!_cli_options_js__WEBPACK_IMPORTED_MODULE_18__/* .COMMANDS */ .Lo.includes(first)) {
        const near = (0,_inputs_values_js__WEBPACK_IMPORTED_MODULE_6__/* .closest */ .kp)(first, _cli_options_js__WEBPACK_IMPORTED_MODULE_18__/* .COMMANDS */ .Lo);
        throw new UsageError(first.startsWith('-')
            ? `the command comes first: buildroot-k8s build|check|smoke|mirror|node-config ${first} ...`
            : `unknown command ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_19__/* .quote */ .hD)(first)}${near ? `: did you mean ${near}?` : ''} (commands: ${_cli_options_js__WEBPACK_IMPORTED_MODULE_18__/* .COMMANDS */ .Lo.join(', ')})`);
    }
    const command = first;
    if (command === 'node-config')
        return (0,_node_config_command_js__WEBPACK_IMPORTED_MODULE_7__/* .nodeConfigCommand */ .G)(rest);
    const values = parseOptions(command, rest);
    if (values.help) {
        process.stdout.write(`${(0,_cli_options_js__WEBPACK_IMPORTED_MODULE_18__/* .usage */ .CI)(command)}\n`);
        return 0;
    }
    sayNode();
    if (command === 'smoke')
        return smoke(values);
    if (command === 'mirror')
        return mirror(values, root);
    return runCommand(command, values, root);
}
/** --cache-dir, or ~/.cache/buildroot-k8s. */
function cacheDirOf(values) {
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(single(values, 'cache-dir') ??
        node_path__WEBPACK_IMPORTED_MODULE_2___default().join(process.env.XDG_CACHE_HOME ?? node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_os__WEBPACK_IMPORTED_MODULE_1___default().homedir(), '.cache'), 'buildroot-k8s'));
}
/** The inputs of the options `command` takes, parsed as the action parses its inputs. */
function commandInputs(command, mode, values, root, cacheDir, reporter) {
    const raw = { mode };
    for (const option of (0,_cli_options_js__WEBPACK_IMPORTED_MODULE_18__/* .optionsOf */ .cz)(command)) {
        const spec = option.input;
        if (!spec || spec.name === 'mode')
            continue;
        raw[spec.name] = spec.multiple ? many(values, spec.name).join('\n') : single(values, spec.name);
    }
    raw['config-fragment'] = configFragment(values);
    raw['output-dir'] ??= single(values, 'output');
    if (values['no-upload'])
        raw.upload = 'false';
    return (0,_inputs_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .parseInputs */ .TL)(raw, {
        configDir: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, 'configs'),
        // Output folders live with the caches, out of the clone and the current folder.
        workDir: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(cacheDir, 'output'),
        baseDir: process.cwd(),
        actionDir: root,
        runner: 'local',
        warn: message => reporter.warning(message),
        notice: message => reporter.notice(message)
    });
}
/** What a long-running command says on a first and a second Ctrl-C: `what` it stops, and then. */
function sayOnStop(what) {
    (0,_util_process_groups_js__WEBPACK_IMPORTED_MODULE_16__/* .handleStopSignals */ .Yr)((signal, first) => say(first
        ? `\n${signal}: stopping ${what} (${signal === 'SIGINT' ? 'Ctrl-C' : signal} again to stop at once${what.includes('saved') ? ', without saving them' : ''}).`
        : `\n${signal}: stopping at once.`));
}
/**
 * `mirror`: a folder to serve as download-mirror, filled from a dl/ folder (--dl-dir) or the
 * local cache's dl/ entry for the configuration, each file checked against its .hash.
 */
async function mirror(values, root) {
    const out = single(values, 'out');
    if (!out)
        throw new UsageError('mirror needs --out DIR, the folder to fill', 'mirror');
    const dlDir = single(values, 'dl-dir');
    const cacheDir = cacheDirOf(values);
    const reporter = (0,_platform_local_js__WEBPACK_IMPORTED_MODULE_11__/* .terminalReporter */ .CO)();
    const inputs = commandInputs('mirror', 'build', values, root, cacheDir, reporter);
    const summaryFile = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(inputs.outputDir, 'mirror-summary.md');
    const platform = (0,_platform_local_js__WEBPACK_IMPORTED_MODULE_11__/* .localPlatform */ .hJ)({
        cacheDir,
        artifactsDir: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(cacheDir, 'tmp', 'mirror-artifacts'),
        summaryFile,
        reporter
    });
    sayOnStop('filling the mirror');
    const ok = await (0,_pipeline_main_js__WEBPACK_IMPORTED_MODULE_9__/* .runMirror */ .v)(platform, inputs, (0,_pipeline_context_js__WEBPACK_IMPORTED_MODULE_8__/* .runContext */ .p)({
        actionRoot: root,
        cacheRoot: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(cacheDir, 'work', inputs.target),
        runId: new Date().toISOString().replace(/[-:.]/g, ''),
        startedAt: Date.now(),
        startedFrom: 'the start of this command',
        runner: 'local',
        fillMirror: { outDir: node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(out), dlDir: dlDir ? node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(dlDir) : undefined }
    }));
    process.stdout.write(`mirror=${node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(out)}\n`);
    if (platform.summaryWritten())
        say(`Summary: ${summaryFile}`);
    return ok ? 0 : 1;
}
async function runCommand(mode, values, root) {
    for (const [flag, old] of Object.entries(_cli_options_js__WEBPACK_IMPORTED_MODULE_18__/* .DEPRECATED_FLAGS */ .W8)) {
        if (values[flag] !== undefined)
            say(`buildroot-k8s: --${flag} is an old spelling: write ${old.instead}.`);
    }
    const cacheDir = cacheDirOf(values);
    const reporter = (0,_platform_local_js__WEBPACK_IMPORTED_MODULE_11__/* .terminalReporter */ .CO)();
    const inputs = commandInputs(mode, mode, values, root, cacheDir, reporter);
    const cacheMaxSize = single(values, 'cache-max-size');
    const cacheMaxAge = single(values, 'cache-max-age');
    const platform = (0,_platform_local_js__WEBPACK_IMPORTED_MODULE_11__/* .localPlatform */ .hJ)({
        cacheDir,
        artifactsDir: node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(single(values, 'artifacts-dir') ?? 'buildroot-k8s-artifacts'),
        summaryFile: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(inputs.outputDir, 'summary.md'),
        reporter,
        cacheLimits: {
            maxBytes: cacheMaxSize === undefined
                ? _platform_local_js__WEBPACK_IMPORTED_MODULE_11__/* .DEFAULT_CACHE_LIMITS */ .gl.maxBytes
                : (0,_inputs_values_js__WEBPACK_IMPORTED_MODULE_6__/* .binaryBytes */ .NX)((0,_inputs_values_js__WEBPACK_IMPORTED_MODULE_6__/* .parseSize */ .DB)(cacheMaxSize, '--cache-max-size', '500M or 10G')),
            maxAgeDays: cacheMaxAge === undefined
                ? _platform_local_js__WEBPACK_IMPORTED_MODULE_11__/* .DEFAULT_CACHE_LIMITS */ .gl.maxAgeDays
                : (0,_inputs_values_js__WEBPACK_IMPORTED_MODULE_6__/* .positiveNumber */ .Ly)(cacheMaxAge, '--cache-max-age')
        }
    });
    sayOnStop('the build; the caches are saved next');
    const ok = await (0,_pipeline_main_js__WEBPACK_IMPORTED_MODULE_9__/* .runMain */ .V)(platform, inputs, (0,_pipeline_context_js__WEBPACK_IMPORTED_MODULE_8__/* .runContext */ .p)({
        actionRoot: root,
        // One work folder per target: before saving, the post step prunes dl/ to this target's
        // download list, which must not touch the files of another target building beside it.
        cacheRoot: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(cacheDir, 'work', inputs.target),
        runId: new Date().toISOString().replace(/[-:.]/g, ''),
        startedAt: Date.now(),
        startedFrom: 'the start of this command',
        runner: 'local'
    }));
    if (mode === 'build')
        await (0,_pipeline_post_js__WEBPACK_IMPORTED_MODULE_10__/* .runPost */ .a)(platform);
    for (const [name, value] of platform.outputs)
        process.stdout.write(`${name}=${value}\n`);
    if (platform.summaryWritten())
        say(`Summary: ${node_path__WEBPACK_IMPORTED_MODULE_2___default().join(inputs.outputDir, 'summary.md')}`);
    return ok ? 0 : 1;
}
/**
 * `smoke`: the smoke-test stage on an images folder (a downloaded artifact), as the action runs
 * it after a build; QEMU missing is an error here. Console logs and summary.md go to --output-dir.
 */
async function smoke(values) {
    const target = (0,_inputs_values_js__WEBPACK_IMPORTED_MODULE_6__/* .oneOf */ .yL)(single(values, 'target') ?? '', _targets_js__WEBPACK_IMPORTED_MODULE_14__/* .TARGETS */ .dW, 'target', _targets_js__WEBPACK_IMPORTED_MODULE_14__/* .targetAlias */ .OE);
    const images = single(values, 'images');
    if (!images) {
        throw new UsageError('smoke needs --images DIR, the folder of the images (a downloaded artifact)', 'smoke');
    }
    const level = (0,_inputs_values_js__WEBPACK_IMPORTED_MODULE_6__/* .oneOf */ .yL)(single(values, 'smoke-test-level') || 'basic', _inputs_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .SMOKE_LEVELS */ .qm, 'smoke-test-level');
    const outputDir = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(single(values, 'output-dir') ?? `buildroot-k8s-smoke-${target}`);
    const report = await (0,_stages_smoke_test_js__WEBPACK_IMPORTED_MODULE_13__/* .runSmokeTest */ .pb)((0,_platform_local_js__WEBPACK_IMPORTED_MODULE_11__/* .terminalReporter */ .CO)(), {
        mode: 'true',
        level,
        target,
        imagesDir: node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(images),
        workDir: outputDir
    });
    node_fs__WEBPACK_IMPORTED_MODULE_0___default().mkdirSync(outputDir, { recursive: true });
    const summary = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(outputDir, 'summary.md');
    node_fs__WEBPACK_IMPORTED_MODULE_0___default().writeFileSync(summary, `${(0,_smoke_summary_js__WEBPACK_IMPORTED_MODULE_12__/* .renderSmokeSection */ .$)(report)}\n`);
    process.stdout.write(`smoke-test=${report.outcome}\n`);
    if (report.outcome === 'failed')
        process.stderr.write(`${(0,_stages_smoke_test_js__WEBPACK_IMPORTED_MODULE_13__/* .smokeFailureMessage */ .zS)(report)}\n`);
    process.stderr.write(`Summary: ${summary}\n`);
    return report.outcome === 'passed' ? 0 : 1;
}
try {
    process.exitCode = await main(process.argv.slice(2));
}
catch (error) {
    const command = error instanceof UsageError ? error.command : undefined;
    const usageText = error instanceof UsageError || error instanceof _inputs_values_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz
        ? `\n\n${command === 'node-config' ? _node_config_command_js__WEBPACK_IMPORTED_MODULE_7__/* .NODE_CONFIG_USAGE */ .I : (0,_cli_options_js__WEBPACK_IMPORTED_MODULE_18__/* .usage */ .CI)(command ?? inferCommand())}`
        : '';
    const prefix = error instanceof _inputs_values_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz && !(error instanceof UsageError) ? 'invalid input: ' : '';
    say(`buildroot-k8s: ${prefix}${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_15__/* .errorMessage */ .gJ)(error)}${usageText}`);
    process.exitCode = usageText ? 2 : 1;
}
/** The command of this invocation, for the usage after an input error. */
function inferCommand() {
    const first = process.argv[2];
    return _cli_options_js__WEBPACK_IMPORTED_MODULE_18__/* .COMMANDS */ .Lo.includes(first) ? first : undefined;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 330:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  IG: () => (/* binding */ DEFAULT_BUILDROOT_VERSION),
  mc: () => (/* binding */ INPUTS),
  Py: () => (/* binding */ NO_PATCHES),
  qm: () => (/* binding */ SMOKE_LEVELS),
  rU: () => (/* binding */ defaultShown),
  TL: () => (/* binding */ parseInputs),
  Fj: () => (/* binding */ secretsOf)
});

// UNUSED EXPORTS: ARTIFACT_NAME_MAX, BUILD_LOG_SUFFIX, CACHE_MODES, CVE_REPORT_MODES, DEFAULT_COMPRESSION_LEVEL, DEFAULT_TIME_LIMIT_SECONDS, FREE_DISK_SPACE_MODES, HOSTED_JOB_LIMIT_SECONDS, InputError, MODES, NO_BACKUP_SITE, PARALLEL_BUILD_MODES, REBUILD_MODES, SMOKE_TEST_MODES, inputSpec, maxJobs

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/targets.ts
var targets = __nccwpck_require__(402);
// EXTERNAL MODULE: ./src/util/fs.ts
var fs = __nccwpck_require__(966);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __nccwpck_require__(674);
// EXTERNAL MODULE: ./src/util/secrets.ts
var util_secrets = __nccwpck_require__(984);
// EXTERNAL MODULE: ./src/inputs/values.ts
var values = __nccwpck_require__(276);
;// CONCATENATED MODULE: ./src/inputs/urls.ts
// URLs the user hands over for a bigger build: ccache's remote storage (ccache-remote-storage)
// and Buildroot's download sites (download-mirror, backup-site). Each is checked here, so that a
// typo fails in the first second rather than in every compiler call (ccache stops a compile on
// a URL it cannot parse, printing the URL), and each carries the form logs show: credentials
// replaced by ***, with the credentials themselves kept for the masks (platform/masking.ts).


/** ccache's remote storage backends (its manual, "Remote storage backends"). */
const REMOTE_STORAGE_KINDS = ['redis', 'redis+unix', 'http', 'file'];
const decode = (text) => {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
};
/**
 * Splits the userinfo (`user:password@`) off a URL: ccache's Redis backend reads a lone name as
 * the password (redis://PASSWORD@HOST), HTTP sends it as the user of basic authentication;
 * either way it is masked, and so is a password. The user name before a colon is shown masked
 * but not hunted for elsewhere (it is often a common word such as "default").
 */
function credentials(location) {
    const match = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)@/i.exec(location);
    if (!match)
        return { shown: location, secrets: [] };
    const userinfo = match[2];
    const colon = userinfo.indexOf(':');
    const secret = colon >= 0 ? userinfo.slice(colon + 1) : userinfo;
    return {
        shown: `${match[1]}${util_secrets/* MASK */.v5}@${location.slice(match[0].length)}`,
        secrets: secret ? [secret, decode(secret)] : []
    };
}
const SECRET_ATTRIBUTES = ['bearer-token'];
/** One backend of ccache-remote-storage: URL|attribute|key=value... */
function parseRemoteStorageEntry(entry) {
    const [location, ...attributeTexts] = entry.split('|');
    const { shown: shownLocation, secrets } = credentials(location);
    const attributes = new Map();
    const shownAttributes = [];
    for (const text of attributeTexts) {
        const match = /^([a-z][a-z0-9-]*)(?:=(.*))?$/.exec(text);
        if (!match) {
            throw new values/* InputError */.dz(`ccache-remote-storage: the attribute ${JSON.stringify(SECRET_ATTRIBUTES.some(a => text.startsWith(`${a}=`)) ? `${text.split('=')[0]}=${util_secrets/* MASK */.v5}` : text)} of ${shownLocation} is not key=value or key (ccache's manual, "Remote storage backends")`);
        }
        const [, key, value = 'true'] = match;
        attributes.set(key, value);
        if (SECRET_ATTRIBUTES.includes(key)) {
            secrets.push(value, decode(value));
            shownAttributes.push(`${key}=${util_secrets/* MASK */.v5}`);
        }
        else {
            shownAttributes.push(text);
        }
    }
    const shown = [shownLocation, ...shownAttributes].join('|');
    const refuse = (why) => {
        throw new values/* InputError */.dz(`ccache-remote-storage ${shown} ${why}`);
    };
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(location)?.[1].toLowerCase();
    if (!scheme) {
        refuse('is not a URL: write redis://HOST, redis+unix:/SOCKET, http://HOST/PATH or file:/DIRECTORY');
    }
    if (scheme === 'https') {
        refuse('uses https, which ccache\'s HTTP storage does not speak (its manual: "HTTPS is not supported"): use http:// to a server on a trusted network, or a redis:// server');
    }
    const kind = REMOTE_STORAGE_KINDS.find(k => k === scheme);
    if (!kind) {
        refuse(`has the scheme ${scheme}:, which ccache does not know: use one of ${REMOTE_STORAGE_KINDS.map(k => `${k}:`).join(', ')}`);
    }
    let url;
    try {
        url = new URL(location);
    }
    catch {
        return refuse('is not a valid URL (a port must be a number from 1 to 65535; characters such as space, % and | in a password must be percent-encoded)');
    }
    if ((kind === 'redis' || kind === 'http') && !url.hostname) {
        refuse(`names no host: write ${kind}://HOST[:PORT]`);
    }
    if ((kind === 'redis+unix' || kind === 'file') && !url.pathname.startsWith('/')) {
        refuse(`names no absolute path: write ${kind}:/ABSOLUTE/PATH`);
    }
    return { kind: kind, url: entry, location, shown, secrets, attributes };
}
/** ccache-remote-storage: backends separated by spaces, as ccache's remote_storage option. */
function parseRemoteStorage(value) {
    return value
        .split(/\s+/)
        .filter(Boolean)
        .map(entry => parseRemoteStorageEntry(entry));
}
/** What Buildroot can download a source from (its Config.in, BR2_PRIMARY_SITE's help). */
const SITE_SCHEMES = ['http', 'https', 'ftp', 'ftps', 'scp', 'file'];
/**
 * A download site: an http(s):// or ftp(s):// URL, scp://[user@]host:path, or file:///path of a
 * folder, without a trailing slash (Buildroot appends /<file> and /<package>/<file>).
 */
function parseSiteUrl(value, name) {
    const trimmed = value.replace(/\/+$/, '');
    const { shown, secrets } = credentials(trimmed);
    const refuse = (why) => {
        throw new values/* InputError */.dz(`${name} ${shown} ${why}`);
    };
    const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(trimmed)?.[1].toLowerCase();
    if (!scheme || !SITE_SCHEMES.includes(scheme)) {
        refuse('is not a download site Buildroot can use: write https://HOST/PATH (or http, ftp, ftps), scp://[USER@]HOST:PATH or file:///ABSOLUTE/PATH');
    }
    if (scheme === 'scp') {
        if (!/^scp:\/\/([^@/]+@)?[^:/@]+:.+$/.test(trimmed)) {
            refuse("is not of the form scp://[USER@]HOST:PATH (Buildroot's BR2_PRIMARY_SITE help)");
        }
    }
    else if (scheme === 'file') {
        if (!trimmed.startsWith('file:///'))
            refuse('is not of the form file:///ABSOLUTE/PATH');
    }
    else {
        let host;
        try {
            host = new URL(trimmed).hostname;
        }
        catch {
            return refuse('is not a valid URL');
        }
        if (!host)
            refuse('names no host');
    }
    return { url: trimmed, shown, secrets };
}

;// CONCATENATED MODULE: ./src/inputs/schema.ts
// The action's inputs: one table gives each its name (the action.yml input and the command
// line's --flag), default, accepted values, description and parser. action.yml's inputs and the
// README's input table are generated from it (npm run generate; a test fails when they differ),
// the command line's options and --help are built from it, and values are parsed once, here.








const MODES = ['build', 'check'];
const CACHE_MODES = ['read-write', 'read-only', 'off'];
const REBUILD_MODES = ['auto', 'always'];
const CVE_REPORT_MODES = ['off', 'report', 'fail-on-high'];
/** auto: boot the images when QEMU is installed; true: QEMU missing is an error; off. */
const SMOKE_TEST_MODES = (/* unused pure expression or super */ null && (['auto', 'true', 'off']));
const SMOKE_LEVELS = ['basic', 'cluster'];
/** auto: on a GitHub-hosted runner when the free-space check would fail; true: always; false. */
const FREE_DISK_SPACE_MODES = ['auto', 'true', 'false'];
/** off: one package at a time (Buildroot's default); per-package: top-level parallel build. */
const PARALLEL_BUILD_MODES = ['off', 'per-package'];
/** The value of backup-site that turns Buildroot's backup site off. */
const NO_BACKUP_SITE = 'none';
/** The Buildroot LTS release the action is tested with. */
const DEFAULT_BUILDROOT_VERSION = '2025.02.16';
/** The value of the buildroot-patches input that turns the patch series off. */
const NO_PATCHES = 'none';
/** xz preset for the images (see docs/image.md, "Compression", for the measurements). */
const DEFAULT_COMPRESSION_LEVEL = 6;
/**
 * time-limit on GitHub when the input is empty: 5 h 45 min, which leaves 15 min of the 6 h
 * that hosted runners give a job (and of the default timeout-minutes, 360) for the upload, the
 * summary and the post step that saves the caches.
 */
const DEFAULT_TIME_LIMIT_SECONDS = (/* unused pure expression or super */ null && ((5 * 60 + 45) * 60));
/** GitHub-hosted runners end every job at 6 h (GitHub's usage limits). */
const HOSTED_JOB_LIMIT_SECONDS = 6 * 3600;
/**
 * The artifact service takes names of 1 to 256 characters ("name invalid length for artifact
 * name: must be between 1 and 256 characters", its 400 answer, as quoted in graalvm/mandrel#731).
 * A failed build also uploads `<artifact-name>-build-log`, which must fit too.
 */
const ARTIFACT_NAME_MAX = 256;
const BUILD_LOG_SUFFIX = '-build-log';
/** Declares one input; keeps the parser's type tied to its key. */
function input(spec) {
    return spec;
}
const optionalPath = ({ value, resolve }) => value ? resolve(value) : undefined;
/**
 * An input whose value is one of a list: parsed from the spec's own name, values and default, so
 * the three cannot disagree.
 */
function choice(spec) {
    return {
        ...spec,
        parse: ({ value }) => (value === '' && spec.default !== undefined
            ? spec.default
            : (0,values/* oneOf */.yL)(value, spec.values, spec.name))
    };
}
/** Every input, in the order action.yml and the README list them (target first: defaults use it). */
const INPUTS = [
    input({
        name: 'target',
        key: 'target',
        required: true,
        values: targets/* TARGETS */.dW,
        description: `Image to build: amd64 (${targets/* TARGET */.Qn.amd64.describe}) or arm64 (${targets/* TARGET */.Qn.arm64.describe}).`,
        help: 'image to build or check',
        parse: ({ value }) => (0,values/* oneOf */.yL)(value, targets/* TARGETS */.dW, 'target', targets/* targetAlias */.OE)
    }),
    choice({
        name: 'mode',
        key: 'mode',
        default: 'build',
        values: MODES,
        description: 'build: build, test and upload the images. check: validate the configuration without building (for pull requests).',
        help: 'the command: build or check'
    }),
    input({
        name: 'buildroot-version',
        key: 'buildrootVersion',
        default: DEFAULT_BUILDROOT_VERSION,
        placeholder: 'VERSION',
        description: `Buildroot release to download from buildroot.org, verified by sha256 (${DEFAULT_BUILDROOT_VERSION} against a pinned hash, other releases against the SHA256 line of their .sign statement). Ignored when buildroot-src is set.`,
        help: 'Buildroot release to download',
        parse: ({ value }) => {
            const version = value || DEFAULT_BUILDROOT_VERSION;
            if (!/^\d{4}\.\d{2}(\.\d+)?(-rc\d+)?$/.test(version)) {
                throw new values/* InputError */.dz(`buildroot-version ${(0,util_text/* quote */.hD)(version)} is not a Buildroot release name such as ${DEFAULT_BUILDROOT_VERSION}`);
            }
            return version;
        }
    }),
    input({
        name: 'buildroot-src',
        key: 'buildrootSrc',
        placeholder: 'DIR',
        description: 'An existing Buildroot source tree; nothing is downloaded. It is only read: Buildroot runs from a copy or with its output elsewhere.',
        help: 'an existing Buildroot tree; nothing is downloaded',
        parse: optionalPath
    }),
    input({
        name: 'buildroot-patches',
        key: 'buildrootPatches',
        defaultText: '`<config-dir>/buildroot-patches`',
        placeholder: 'DIR|none',
        description: "A folder of *.patch files applied in name order to a copy of the Buildroot tree, or none. Default: config-dir's buildroot-patches/ when it exists, else this action's own series for the default Buildroot release.",
        see: { title: 'Buildroot patch series', anchor: 'buildroot-patch-series' },
        help: 'folder of *.patch files for the Buildroot tree, or none',
        parse: ({ value, resolve }) => value.toLowerCase() === NO_PATCHES
            ? { kind: 'none' }
            : value
                ? { kind: 'folder', dir: resolve(value) }
                : { kind: 'default' }
    }),
    input({
        name: 'linux-src',
        key: 'linuxSrc',
        placeholder: 'DIR',
        description: 'check mode: a kernel source tree to check kernel_defconfig against, instead of downloading the configured kernel.',
        help: 'check: kernel tree to check against (default: download the configured kernel)',
        parse: optionalPath
    }),
    input({
        name: 'config-dir',
        key: 'configDir',
        defaultText: "the action's `configs/`",
        placeholder: 'DIR',
        description: 'Folder holding <target>/buildroot_defconfig and <target>/kernel_defconfig; relative paths are from the workspace. It is only read.',
        help: 'folder with <target>/buildroot_defconfig and kernel_defconfig',
        parse: ({ value, resolve, context }) => (value ? resolve(value) : context.configDir)
    }),
    input({
        name: 'br2-external',
        key: 'br2External',
        placeholder: 'DIR',
        multiple: true,
        description: "Extra BR2_EXTERNAL trees, one path a line, used beside the action's own; no colons or spaces in a path (Buildroot splits paths at them).",
        help: 'extra BR2_EXTERNAL tree (repeat for more)',
        parse: ({ value, resolve }) => br2ExternalTrees(value).map(resolve)
    }),
    input({
        name: 'config-fragment',
        key: 'configFragment',
        placeholder: 'LINE',
        multiple: true,
        description: 'Extra Kconfig lines (e.g. BR2_PACKAGE_HTOP=y) merged over the defconfig; later lines win.',
        help: 'Kconfig line merged over the defconfig, e.g. BR2_PACKAGE_HTOP=y (repeat for more)',
        // Kept as written: its lines are annotated by number.
        parse: ({ value }) => value
    }),
    input({
        name: 'output-dir',
        key: 'outputDir',
        defaultText: '`$RUNNER_TEMP/buildroot-k8s-<target>`',
        placeholder: 'DIR',
        description: "Buildroot's O= folder: a new or empty folder, or one this action built in before (it leaves .buildroot-k8s-output.json there). Never the workspace, config-dir, buildroot-src or a system folder; not /tmp (on new runners a small RAM disk).",
        see: { title: 'Output folder', anchor: 'output-folder' },
        help: 'Buildroot output folder',
        parse: ({ value, resolve, context, parsed }) => value ? resolve(value) : external_node_path_default().join(context.workDir, `buildroot-k8s-${parsed.target}`)
    }),
    input({
        name: 'free-disk-space',
        key: 'freeDiskSpace',
        default: 'auto',
        values: FREE_DISK_SPACE_MODES,
        description: "Remove the runner's large preinstalled toolchains that a Buildroot build never uses (.NET, Android, Haskell, CodeQL, Swift, Julia, PowerShell, browsers: a fixed list), and say how much space that gave. auto: on a GitHub-hosted runner, when the free-space check would fail. true: always, on any runner. false: never. Nothing outside the list is touched.",
        see: { title: 'Bigger builds', anchor: 'bigger-builds' },
        help: "remove the runner's unused preinstalled toolchains (auto: on hosted runners short of space)",
        parse: ({ value }) => {
            if (value === '' || value === 'auto')
                return 'auto';
            try {
                return (0,values/* parseBoolean */.yG)(value, 'free-disk-space') ? 'true' : 'false';
            }
            catch {
                throw new values/* InputError */.dz(`free-disk-space ${(0,util_text/* quote */.hD)(value)} is not valid: use auto, true or false`);
            }
        }
    }),
    choice({
        name: 'cache',
        key: 'cache',
        default: 'read-write',
        values: CACHE_MODES,
        description: 'read-write: restore and save dl/, ccache and the image cache. read-only: restore, never save (pull requests). off: no caching.',
        see: { title: 'How the caches work', anchor: 'how-the-caches-work' },
        help: 'what to do with the cache'
    }),
    input({
        name: 'ccache-max-size',
        key: 'ccacheMaxSize',
        default: '3G',
        placeholder: 'SIZE',
        description: "Largest ccache to keep, in ccache's syntax (500M, 3G); two targets' ccache plus dl/ must fit the repository's 10 GB cache quota.",
        help: "ccache's size limit",
        parse: ({ value }) => (0,values/* parseSize */.DB)(value || '3G', 'ccache-max-size', "500M or 3G (ccache's --max-size syntax)")
    }),
    input({
        name: 'ccache-remote-storage',
        key: 'ccacheRemoteStorage',
        placeholder: 'URL',
        description: "ccache's remote storage, shared by every runner of a fleet: redis://[PASSWORD@]HOST[:PORT], redis+unix:/SOCKET, http://HOST[:PORT]/PATH or file:/DIRECTORY, several separated by spaces (ccache's remote_storage syntax, |attributes included). Credentials are masked in logs, summaries and artifacts. A backend that cannot be reached is one warning; the build goes on with the local ccache.",
        see: { title: 'Bigger builds', anchor: 'bigger-builds' },
        help: "ccache's remote storage (redis://, redis+unix:, http://, file:), e.g. redis://cache.lan",
        parse: ({ value }) => parseRemoteStorage(value)
    }),
    input({
        name: 'ccache-remote-only',
        key: 'ccacheRemoteOnly',
        default: 'false',
        values: ['true', 'false'],
        description: 'true: use only ccache-remote-storage, with no local ccache (nothing restored or written locally: for runners short of disk). false: the local ccache first, then the remote storage.',
        see: { title: 'Bigger builds', anchor: 'bigger-builds' },
        help: 'use only the remote ccache, no local one',
        parse: ({ value, parsed, context }) => {
            const only = value === '' ? false : (0,values/* parseBoolean */.yG)(value, 'ccache-remote-only');
            // An empty ccache-remote-storage is often a secret this run is not given (a pull request
            // from a fork): the build goes on with the local ccache rather than fail.
            if (only && !parsed.ccacheRemoteStorage?.length) {
                context.warn?.('ccache-remote-only is true, but ccache-remote-storage is empty (a secret this run is not given?): the local ccache is used.');
                return false;
            }
            return only;
        }
    }),
    input({
        name: 'download-mirror',
        key: 'downloadMirror',
        placeholder: 'URL',
        description: "Buildroot's primary download site (BR2_PRIMARY_SITE), tried before each package's own: an http(s):// URL, scp://[USER@]HOST:PATH or file:///PATH of a flat folder of source archives (the command line's mirror command fills one). Every file is still checked against its package's .hash; check mode lists what the mirror lacks.",
        see: { title: 'Bigger builds', anchor: 'bigger-builds' },
        help: 'download site tried first (BR2_PRIMARY_SITE)',
        parse: ({ value }) => (value ? parseSiteUrl(value, 'download-mirror') : undefined)
    }),
    input({
        name: 'download-mirror-only',
        key: 'downloadMirrorOnly',
        default: 'false',
        values: ['true', 'false'],
        description: "true: download from download-mirror only, never from the packages' own sites or the backup site (BR2_PRIMARY_SITE_ONLY).",
        see: { title: 'Bigger builds', anchor: 'bigger-builds' },
        help: 'download from download-mirror only (BR2_PRIMARY_SITE_ONLY)',
        parse: ({ value, parsed, context }) => {
            const only = value === '' ? false : (0,values/* parseBoolean */.yG)(value, 'download-mirror-only');
            if (only && !parsed.downloadMirror) {
                context.warn?.("download-mirror-only is true, but download-mirror is empty (a secret this run is not given?): Buildroot downloads from the packages' own sites.");
                return false;
            }
            return only;
        }
    }),
    input({
        name: 'backup-site',
        key: 'backupSite',
        defaultText: "Buildroot's (`https://sources.buildroot.net`)",
        placeholder: 'URL|none',
        description: "Buildroot's backup download site (BR2_BACKUP_SITE), tried after a package's own site: a URL as for download-mirror, or none.",
        see: { title: 'Bigger builds', anchor: 'bigger-builds' },
        help: 'download site tried last (BR2_BACKUP_SITE), or none',
        parse: ({ value, parsed, context }) => {
            if (value === '')
                return 'default';
            if (parsed.downloadMirrorOnly) {
                context.notice?.('backup-site is set, but download-mirror-only is true: Buildroot then tries no site but download-mirror.');
            }
            return value.toLowerCase() === NO_BACKUP_SITE
                ? NO_BACKUP_SITE
                : parseSiteUrl(value, 'backup-site');
        }
    }),
    input({
        name: 'jobs',
        key: 'jobs',
        defaultText: 'CPUs + 1',
        placeholder: 'N',
        description: 'Parallel jobs for the build (BR2_JLEVEL), at most 4 per CPU.',
        help: 'make parallelism',
        parse: ({ value }) => {
            const cpus = external_node_os_default().availableParallelism();
            if (value === '')
                return cpus + 1;
            return (0,values/* wholeNumber */.rD)(value, 'jobs', 1, maxJobs(cpus), `at most 4 per CPU; this machine has ${cpus}`);
        }
    }),
    choice({
        name: 'parallel-build',
        key: 'parallelBuild',
        default: 'off',
        values: PARALLEL_BUILD_MODES,
        description: "off: Buildroot builds one package at a time, each with jobs in parallel. per-package: BR2_PER_PACKAGE_DIRECTORIES=y and a top-level make -j<jobs>, so packages that do not depend on each other build at the same time (Buildroot's top-level parallel build, still experimental upstream; it uses more disk).",
        see: { title: 'Bigger builds', anchor: 'bigger-builds' },
        help: 'per-package: build independent packages at the same time (experimental in Buildroot)'
    }),
    input({
        name: 'compression-level',
        key: 'compressionLevel',
        default: String(DEFAULT_COMPRESSION_LEVEL),
        placeholder: '0-9',
        description: 'xz preset for rootfs.ext4.xz and the SD card image, 0 (fastest) to 9 (smallest); the measured trade-off is in docs/image.md, "Compression".',
        help: 'xz preset for the root filesystem and SD card images',
        parse: ({ value }) => {
            if (value === '')
                return DEFAULT_COMPRESSION_LEVEL;
            if (!/^\d$/.test(value)) {
                throw new values/* InputError */.dz(`compression-level ${(0,util_text/* quote */.hD)(value)} is not an xz preset: use a number from 0 (fastest, largest) to 9 (slowest, smallest); the default is ${DEFAULT_COMPRESSION_LEVEL}`);
            }
            return Number(value);
        }
    }),
    input({
        name: 'upload',
        key: 'upload',
        default: 'true',
        values: ['true', 'false'],
        description: 'Upload the images as a workflow artifact (on the command line: copy them to --artifacts-dir).',
        help: 'upload the images',
        parse: ({ value }) => (value === '' ? true : (0,values/* parseBoolean */.yG)(value, 'upload'))
    }),
    input({
        name: 'artifact-name',
        key: 'artifactName',
        defaultText: '`buildroot-k8s-<target>`',
        placeholder: 'NAME',
        description: `Artifact name, unique within a workflow run (a re-run attempt replaces its earlier upload); at most ${ARTIFACT_NAME_MAX - BUILD_LOG_SUFFIX.length} characters, none of " : < > | * ? \\ / or a line break.`,
        help: 'artifact name',
        parse: ({ value, parsed }) => artifactName(value || `buildroot-k8s-${parsed.target}`)
    }),
    input({
        name: 'retention-days',
        key: 'retentionDays',
        defaultText: "the repository's setting",
        placeholder: 'DAYS',
        description: "Days to keep the artifact: 1 to 90 (or up to the repository's setting when that is longer).",
        help: 'days to keep the artifact (the local folder keeps everything until you delete it)',
        parse: ({ value, context }) => value ? retentionDays(value, context.maxRetentionDays) : undefined
    }),
    input({
        name: 'time-limit',
        key: 'timeLimitSeconds',
        defaultText: "`5h45m` from the job's start on GitHub; none on the command line",
        placeholder: 'DURATION',
        description: "Stop the run cleanly after this long, counted from the job's start, so that the caches are still saved and a re-run continues from ccache: minutes (345) or hours and minutes (5h45m). The default leaves 15 min of the 6 h a hosted job may run; with another timeout-minutes, set it to that less 15 min.",
        see: { title: 'Time limit and cancelling', anchor: 'time-limit-and-cancelling' },
        help: 'stop cleanly after this long, e.g. 5h45m or 90 (minutes)',
        parse: ({ value, context }) => (value ? timeLimit(value, context) : undefined)
    }),
    choice({
        name: 'rebuild',
        key: 'rebuild',
        default: 'auto',
        values: REBUILD_MODES,
        description: 'auto: when nothing that shapes the images changed (the inputs hash), restore the images of the build that had these inputs instead of building. always: build anyway.',
        see: { title: 'No-change rebuilds', anchor: 'no-change-rebuilds' },
        help: 'always: build even when the image cache has images for these inputs'
    }),
    choice({
        name: 'cve-report',
        key: 'cveReport',
        default: 'report',
        values: CVE_REPORT_MODES,
        description: "report: list the image's unfixed CVEs (Buildroot's cve-check against the NVD) in the summary and the artifact. fail-on-high: also fail on any rated high or critical. off: no report.",
        see: { title: 'SBOM and CVE report', anchor: 'sbom-and-cve-report' },
        help: 'CVE report from the SBOM'
    }),
    input({
        name: 'size-change-warning',
        key: 'sizeChangeWarning',
        default: '10%',
        placeholder: 'PERCENT|off',
        description: 'Warn when an image grew or shrank by more than this against the last successful build of the same target (e.g. 10%), or off.',
        help: "warn when an image's size changed by more than this since the last build",
        parse: ({ value }) => (0,values/* percentOrOff */.KC)(value || '10%', 'size-change-warning')
    }),
    input({
        name: 'smoke-test',
        key: 'smokeTest',
        default: 'auto',
        values: ['auto', 'true', 'false'],
        description: 'Boot the images in QEMU and test them as a Kubernetes node, after they are collected. auto: when QEMU is installed, else a notice. true: QEMU missing is an error. false (or off): no smoke test.',
        see: { title: 'Smoke test', anchor: 'smoke-test-every-image-boots-and-works-as-a-node' },
        help: 'boot the images in QEMU and test them as a node',
        parse: ({ value }) => {
            if (value === '' || value === 'auto')
                return 'auto';
            if (value === 'off')
                return 'off';
            try {
                return (0,values/* parseBoolean */.yG)(value, 'smoke-test') ? 'true' : 'off';
            }
            catch {
                throw new values/* InputError */.dz(`smoke-test ${(0,util_text/* quote */.hD)(value)} is not valid: use auto, true or false (off is read as false)`);
            }
        }
    }),
    choice({
        name: 'smoke-test-level',
        key: 'smokeTestLevel',
        default: 'basic',
        values: SMOKE_LEVELS,
        description: 'basic: systemd, kernel config, modules, sysctls, containerd, runc, docker, kubeadm preflight, first boot with a data disk, without network. cluster: also kubeadm init over QEMU user networking, node Ready, a pod runs.',
        help: 'basic, or cluster: also kubeadm init, node Ready, a pod runs'
    })
];
/** The spec of an input by its name. */
function inputSpec(name) {
    return INPUTS.find(spec => spec.name === name);
}
/** How README and --help show an input's default. */
function defaultShown(spec) {
    if (spec.required)
        return '(required)';
    if (spec.default !== undefined)
        return `\`${spec.default}\``;
    return spec.defaultText ?? '';
}
/** The credentials the inputs hold: masked in every log line, summary and artifact. */
function secretsOf(inputs) {
    const urls = [
        ...inputs.ccacheRemoteStorage,
        inputs.downloadMirror,
        typeof inputs.backupSite === 'object' ? inputs.backupSite : undefined
    ];
    return [...new Set(urls.flatMap(url => url?.secrets ?? []))];
}
/** Parses every input once; throws InputError naming the input and what to write instead. */
function parseInputs(raw, context) {
    const parsed = {};
    const resolve = (p) => external_node_path_default().resolve(context.baseDir, p);
    for (const spec of INPUTS) {
        // config-fragment keeps its own whitespace and line numbers.
        const given = raw[spec.name] ?? '';
        const value = spec.key === 'configFragment' ? given : given.trim();
        parsed[spec.key] = spec.parse({ value, context, parsed, resolve });
    }
    const inputs = parsed;
    checkOutputDirPlace(inputs, context);
    return inputs;
}
/**
 * make's parallelism. More than 4 jobs a CPU only adds memory pressure (every job is a compiler
 * or a Go build), and a typo such as 100000 would start that many processes hours into a build.
 */
function maxJobs(cpus = external_node_os_default().availableParallelism()) {
    return 4 * cpus;
}
/** GitHub keeps artifacts 1 to 90 days; a repository can set a longer retention for itself. */
function retentionDays(value, repositoryMax) {
    const max = Math.max(90, repositoryMax ?? 0);
    return (0,values/* wholeNumber */.rD)(value, 'retention-days', 1, max, max > 90 ? "this repository's artifact retention setting" : "GitHub's artifact retention range");
}
/** A time limit past a hosted runner's 6 h never fires: the runner ends the job first. */
function timeLimit(value, context) {
    const seconds = (0,values/* parseDuration */.E9)(value, 'time-limit');
    if (seconds > HOSTED_JOB_LIMIT_SECONDS) {
        if (context.runner === 'github-hosted') {
            context.warn?.(`time-limit ${value} is longer than the 6 h a GitHub-hosted runner gives a job: the runner ends the job first, without saving the caches. Set time-limit to 5h45m or less.`);
        }
        else if (context.runner === 'self-hosted') {
            context.notice?.(`time-limit ${value} is longer than 6 h: raise the job's timeout-minutes (default 360) above it too, or the job ends first.`);
        }
    }
    return seconds;
}
/**
 * The characters @actions/artifact refuses in a name (validateArtifactName in its
 * internal/upload/path-and-artifact-name-validation), checked here so that a bad name fails in
 * the first second, not after the build.
 */
const ARTIFACT_NAME_FORBIDDEN = ['"', ':', '<', '>', '|', '*', '?', '\r', '\n', '\\', '/'];
function artifactName(value) {
    const bad = ARTIFACT_NAME_FORBIDDEN.find(character => value.includes(character));
    if (bad !== undefined) {
        throw new values/* InputError */.dz(`artifact-name ${(0,util_text/* quote */.hD)(value)} contains ${JSON.stringify(bad)}, which artifact names cannot hold (nor any of ${ARTIFACT_NAME_FORBIDDEN.map(c => JSON.stringify(c)).join(' ')})`);
    }
    if (value === '.' || value === '..') {
        throw new values/* InputError */.dz(`artifact-name ${(0,util_text/* quote */.hD)(value)} is not a name: it would mean a folder, not an artifact`);
    }
    const max = ARTIFACT_NAME_MAX - BUILD_LOG_SUFFIX.length;
    if (value.length > max) {
        throw new values/* InputError */.dz(`artifact-name is ${value.length} characters long (${(0,util_text/* quote */.hD)(value, 40)}): GitHub takes at most ${ARTIFACT_NAME_MAX}, and ${max} leaves room for the ${BUILD_LOG_SUFFIX} artifact of a failed build`);
    }
    return value;
}
/**
 * br2-external: one tree a line. Buildroot splits BR2_EXTERNAL at colons and spaces, so
 * `a:b` on one line would silently become two trees, and a path with a space two wrong ones.
 */
function br2ExternalTrees(value) {
    const lines = value
        .split(/\r?\n/)
        .map(line => line.trim())
        .filter(line => line !== '');
    for (const line of lines) {
        if (/[:\s]/.test(line)) {
            throw new values/* InputError */.dz(`br2-external line ${(0,util_text/* quote */.hD)(line)} holds a ${line.includes(':') ? 'colon' : 'space'}, which Buildroot reads as a separator between trees: give one tree a line, and a path without colons or spaces`);
        }
    }
    return lines;
}
/** Folders of the system that are never a build folder, nor is anything inside them. */
const SYSTEM_TREES = ['/bin', '/boot', '/dev', '/etc', '/lib', '/lib32', '/lib64', '/libx32']
    .concat(['/proc', '/sbin', '/sys', '/usr/bin', '/usr/include', '/usr/lib', '/usr/sbin'])
    .concat(['/usr/share']);
/** Folders that hold other things: never a build folder themselves (a folder inside is fine). */
const SHARED_FOLDERS = [
    '/',
    '/home',
    '/media',
    '/mnt',
    '/opt',
    '/root',
    '/run',
    '/srv',
    '/tmp'
].concat(['/usr', '/usr/local', '/usr/src', '/var', '/var/lib', '/var/tmp']);
/**
 * Buildroot writes .config, Makefile, build/, host/, target/ and images/ straight into its
 * output folder, so output-dir must be a folder of its own: never a system folder, the
 * workspace, the home folder, or a folder that holds the configuration or the sources (the
 * README promises config-dir is never written). What is in an existing folder is checked when
 * the run starts (stages/output-folder.ts).
 */
function checkOutputDirPlace(inputs, context) {
    const dir = inputs.outputDir;
    const refuse = (why) => {
        throw new values/* InputError */.dz(`output-dir ${(0,util_text/* quote */.hD)(dir)} ${why}. Buildroot writes .config, build/, host/ and images/ straight into it: give it a folder of its own, such as ${external_node_path_default().join(context.workDir, `buildroot-k8s-${inputs.target}`)}.`);
    };
    const tree = SYSTEM_TREES.find(system => (0,fs/* isInside */.FK)(system, dir));
    if (tree)
        refuse(tree === dir ? 'is a system folder' : `is inside the system folder ${tree}`);
    if (SHARED_FOLDERS.includes(dir) || dir === external_node_os_default().homedir())
        refuse('is a folder shared by many things');
    const kept = [
        ['the workspace', context.baseDir],
        ['config-dir', inputs.configDir],
        ["the action's own folder", context.actionDir],
        ['buildroot-src', inputs.buildrootSrc],
        ['linux-src', inputs.linuxSrc],
        ...inputs.br2External.map((tree) => ['a br2-external tree', tree])
    ];
    for (const [name, folder] of kept)
        if (folder === dir)
            refuse(`is ${name}`);
    for (const [name, folder] of kept) {
        if (folder && (0,fs/* isInside */.FK)(dir, folder))
            refuse(`holds ${name} (${folder})`);
    }
    // Inside buildroot-src, every run would copy the last run's output into its patched tree.
    if (inputs.buildrootSrc && (0,fs/* isInside */.FK)(inputs.buildrootSrc, dir)) {
        refuse(`is inside buildroot-src (${inputs.buildrootSrc}), which is only read`);
    }
    // A folder of its own beside the configs is fine; not among a target's config files.
    const targetConfigs = external_node_path_default().join(inputs.configDir, inputs.target);
    if ((0,fs/* isInside */.FK)(targetConfigs, dir))
        refuse(`is inside ${targetConfigs}, which is never written`);
}


/***/ }),

/***/ 276:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DB: () => (/* binding */ parseSize),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   KC: () => (/* binding */ percentOrOff),
/* harmony export */   Ly: () => (/* binding */ positiveNumber),
/* harmony export */   NX: () => (/* binding */ binaryBytes),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   h$: () => (/* binding */ ccacheBytes),
/* harmony export */   kp: () => (/* binding */ closest),
/* harmony export */   rD: () => (/* binding */ wholeNumber),
/* harmony export */   yG: () => (/* binding */ parseBoolean),
/* harmony export */   yL: () => (/* binding */ oneOf)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(82);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(674);
// Parsers for the kinds of value inputs and flags take: one each, shared by the action's inputs
// and the command line's own flags, so a size or a boolean reads the same everywhere.


class InputError extends _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
}
/**
 * GitHub reads `with:` values as YAML 1.2 core-schema booleans (as core.getBooleanInput does):
 * these six spellings and no others, so `yes` is refused rather than guessed.
 */
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
function parseBoolean(value, name) {
    if (TRUE.includes(value))
        return true;
    if (FALSE.includes(value))
        return false;
    throw new InputError(`${name} ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(value)} is not a boolean: write true or false (GitHub reads booleans as YAML 1.2: ${[...TRUE, ...FALSE].join(', ')})`);
}
/** The closest allowed value by edit distance, when it is close enough to be a typo. */
function closest(value, allowed) {
    let best;
    for (const word of allowed) {
        // The distance is at least the difference in length: a long value is no typo of a short word.
        if (Math.abs(value.length - word.length) > Math.max(1, Math.floor(word.length / 3)))
            continue;
        const distance = editDistance(value.toLowerCase(), word.toLowerCase());
        if (!best || distance < best.distance)
            best = { word, distance };
    }
    return best && best.distance <= Math.max(1, Math.floor(best.word.length / 3))
        ? best.word
        : undefined;
}
/** Edits between two words (insert, delete, change, or swap two neighbours: amd46 → amd64 is 1). */
function editDistance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const change = a[i - 1] === b[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + change);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
            }
        }
    }
    return d[a.length][b.length];
}
/**
 * One of `allowed`. `suggest` maps other names people use to an allowed value (x86_64 → amd64);
 * otherwise a near miss is offered as "did you mean".
 */
function oneOf(value, allowed, name, suggest) {
    if (allowed.includes(value))
        return value;
    if (value === '')
        throw new InputError(`${name} is required: use one of ${allowed.join(', ')}`);
    const meant = suggest?.(value) ?? closest(value, allowed);
    throw new InputError(`${name} ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(value)} is not valid: ${meant ? `did you mean ${meant}? ` : ''}use one of ${allowed.join(', ')}`);
}
function wholeNumber(value, name, min, max, why) {
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
        throw new InputError(`${name} ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(value)} must be a whole number from ${min} to ${max} (${why})`);
    }
    return Number(value);
}
/** ccache's size syntax: a number with an optional K, M, G or T suffix (500M, 3G); above 0. */
function parseSize(value, name, example = '500M or 3G') {
    const match = /^(\d+(?:\.\d+)?)([KMGT]?)$/i.exec(value);
    if (!match) {
        throw new InputError(`${name} ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(value)} is not a size such as ${example}`);
    }
    if (Number(match[1]) === 0) {
        throw new InputError(`${name} ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(value)} is no size at all (ccache reads 0 as "no limit"): give a size such as ${example}`);
    }
    return value.toUpperCase();
}
/** A size in binary units (G = GiB), as the summary shows sizes. */
function binaryBytes(size) {
    const match = /^(\d+(?:\.\d+)?)([KMGT]?)$/i.exec(size);
    if (!match)
        return 0;
    return Number(match[1]) * 1024 ** ['', 'K', 'M', 'G', 'T'].indexOf(match[2].toUpperCase());
}
/** A size in decimal units, as ccache reads its own (500M = 500,000,000 bytes). */
function ccacheBytes(size) {
    const match = /^(\d+(?:\.\d+)?)([KMGT]?)$/i.exec(size);
    if (!match)
        return 0;
    return Number(match[1]) * 1000 ** ['', 'K', 'M', 'G', 'T'].indexOf(match[2].toUpperCase());
}
/** Self-hosted runners run a job for at most 5 days (GitHub's usage limits); nothing needs more. */
const MAX_DURATION_SECONDS = 5 * 24 * 3600;
/** A duration: `345` (minutes), or hours and minutes such as `5h45m`, `5h`, `90m`. */
function parseDuration(value, name) {
    const match = /^(?:(\d+)\s*h)?\s*(?:(\d+)\s*(?:m|min)?)?$/i.exec(value.trim());
    const seconds = match && (match[1] || match[2])
        ? (Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0)) * 60
        : NaN;
    if (!(seconds > 0) || seconds > MAX_DURATION_SECONDS) {
        throw new InputError(`${name} ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(value)} is not a duration from 1 minute to 5 days: write minutes (345) or hours and minutes (5h45m)`);
    }
    return seconds;
}
/** `10%` (or `10`) → 10; `off` → undefined. */
function percentOrOff(value, name) {
    if (/^off$/i.test(value))
        return undefined;
    const match = /^(\d+(?:\.\d+)?)\s*%?$/.exec(value);
    if (!match) {
        throw new InputError(`${name} ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(value)} is not a percentage such as 10% (or off)`);
    }
    return Number(match[1]);
}
function positiveNumber(value, name) {
    if (!/^\d+(\.\d+)?$/.test(value) || Number(value) <= 0) {
        throw new InputError(`${name} ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(value)} must be a positive number`);
    }
    return Number(value);
}


/***/ }),

/***/ 769:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BZ: () => (/* binding */ KconfigSyntaxError),
/* harmony export */   PS: () => (/* binding */ findUnmetRequests),
/* harmony export */   Ps: () => (/* binding */ parseKconfig),
/* harmony export */   Se: () => (/* binding */ renderKconfig),
/* harmony export */   TY: () => (/* binding */ describeUnmet),
/* harmony export */   _n: () => (/* binding */ unquote),
/* harmony export */   cU: () => (/* binding */ mergeKconfig),
/* harmony export */   il: () => (/* binding */ readDotConfig)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(82);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(674);
// Reading, merging and comparing Kconfig files (Buildroot defconfigs, kernel configs, .config).
// Kconfig itself drops unknown symbols and symbols with unmet dependencies without a word,
// so every requested line is kept with its file and line to say exactly which one did not land.


/** A Kconfig string value without its quotes and escapes ("a b" → a b); others as they are. */
function unquote(value) {
    const text = value ?? '';
    return /^".*"$/.test(text) ? text.slice(1, -1).replace(/\\(.)/g, '$1') : text;
}
class KconfigSyntaxError extends _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    what;
    constructor(file, line, 
    /** What is wrong, without the location (annotations carry that themselves). */
    what) {
        super(`${file}:${line}: ${what}`, file, line);
        this.what = what;
    }
    get detail() {
        return this.what;
    }
}
const SYMBOL = '[A-Za-z0-9_]+';
const ASSIGNMENT = new RegExp(`^(${SYMBOL})=(.*)$`);
const NOT_SET = new RegExp(`^#\\s*(${SYMBOL}) is not set\\s*$`);
const VALUE = /^(?:[ynm]|-?\d+|0[xX][0-9a-fA-F]+|"(?:[^"\\]|\\.)*")$/;
/**
 * Parses Kconfig assignments. `prefix` (e.g. `BR2_` or `CONFIG_`) is required on every
 * symbol when given: a line without it is almost always a typo or a file of the wrong kind.
 */
function parseKconfig(text, file, prefix) {
    const entries = [];
    text.split(/\r?\n/).forEach((raw, index) => {
        const line = index + 1;
        const trimmed = raw.trim();
        const notSet = NOT_SET.exec(trimmed);
        let entry;
        if (notSet) {
            entry = { symbol: notSet[1], value: 'n', file, line };
        }
        else if (trimmed === '' || trimmed.startsWith('#')) {
            return;
        }
        else {
            const assignment = ASSIGNMENT.exec(trimmed);
            if (!assignment) {
                throw new KconfigSyntaxError(file, line, `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(trimmed)} is not a Kconfig assignment; expected SYMBOL=value or "# SYMBOL is not set"`);
            }
            const value = assignment[2];
            if (!VALUE.test(value)) {
                throw new KconfigSyntaxError(file, line, `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .echo */ .WI)(assignment[1])} has the value ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .echo */ .WI)(value)}, which is not y, n, m, a number or a "quoted string"`);
            }
            entry = { symbol: assignment[1], value, file, line };
        }
        if (prefix && !entry.symbol.startsWith(prefix)) {
            throw new KconfigSyntaxError(file, line, `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .echo */ .WI)(entry.symbol)} does not start with ${prefix}; this file takes ${prefix}* symbols only`);
        }
        entries.push(entry);
    });
    return entries;
}
/** Merges layers in order: a symbol set again in a later layer replaces the earlier value. */
function mergeKconfig(...layers) {
    const merged = new Map();
    for (const entry of layers.flat()) {
        merged.delete(entry.symbol);
        merged.set(entry.symbol, entry);
    }
    return [...merged.values()];
}
function renderKconfig(entries) {
    return entries
        .map(e => (e.value === 'n' ? `# ${e.symbol} is not set` : `${e.symbol}=${e.value}`))
        .join('\n')
        .concat('\n');
}
/** Symbol → value of a generated `.config` ('n' for "is not set"). */
function readDotConfig(text) {
    return new Map(parseKconfig(text, '.config').map(e => [e.symbol, e.value]));
}
/**
 * The requested entries that did not land. A symbol absent from `.config` is unknown to
 * this tree or hidden by an unmet dependency; either way the request had no effect.
 */
function findUnmetRequests(requested, dotConfig) {
    return requested
        .filter(entry => !landed(entry.value, dotConfig.get(entry.symbol)))
        .map(entry => ({ requested: entry, actual: dotConfig.get(entry.symbol) }));
}
function landed(wanted, actual) {
    if (wanted === 'n')
        return actual === undefined || actual === 'n';
    if (actual === undefined)
        return false;
    // A module request that something else forced built-in still provides the feature.
    if (wanted === 'm')
        return actual === 'm' || actual === 'y';
    if (/^0x/i.test(wanted) && /^0x/i.test(actual))
        return BigInt(wanted) === BigInt(actual);
    return wanted === actual;
}
/** A one-line explanation of why a request did not land, for annotations. */
function describeUnmet({ requested, actual }) {
    const asked = `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .echo */ .WI)(requested.symbol)}=${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .echo */ .WI)(requested.value)}`;
    if (actual === undefined) {
        return `${asked} did not land in .config: the symbol is unknown to this tree or one of its dependencies is not met`;
    }
    const got = actual === 'n' ? 'is not set' : `=${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .echo */ .WI)(actual)}`;
    return `${asked} did not land in .config: it ended up ${got} (a dependency or a conflicting option overrides it)`;
}


/***/ }),

/***/ 299:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Xl: () => (/* binding */ closestSymbols),
/* harmony export */   _P: () => (/* binding */ selectOnlyHint),
/* harmony export */   mf: () => (/* binding */ indexKconfig),
/* harmony export */   or: () => (/* binding */ findKconfigFiles),
/* harmony export */   yv: () => (/* binding */ explainUnmetDependency)
/* harmony export */ });
/* unused harmony exports evaluate, unmetDependencies, selectorsOf */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _defconfig_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(769);
// Why a symbol did not land: where it is defined, what it depends on (its own `depends on`
// lines plus the enclosing `if`, `menu ... depends on` and `choice ... depends on`), and which
// of those the generated .config does not meet. For an unknown symbol, the closest known names.



/** Kconfig files under `root` whose names match `pattern` (Config.in* for Buildroot, Kconfig* for Linux). */
function findKconfigFiles(root, pattern) {
    if (!node_fs__WEBPACK_IMPORTED_MODULE_0___default().existsSync(root))
        return [];
    return node_fs__WEBPACK_IMPORTED_MODULE_0___default().readdirSync(root, { withFileTypes: true, recursive: true })
        .filter(entry => entry.isFile() && pattern.test(entry.name))
        .map(entry => node_path__WEBPACK_IMPORTED_MODULE_1___default().join(entry.parentPath, entry.name))
        .filter(file => !file.includes(`${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}.git${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`));
}
/**
 * The lines of a Kconfig file with backslash continuations joined, each with the index of its
 * first physical line: `select A \⏎ if (B || \⏎ C)` is one line, not an `if` block.
 */
function logicalLines(text) {
    const lines = [];
    let pending;
    text.split('\n').forEach((line, i) => {
        const joined = pending
            ? [`${pending[0]} ${line.trim()}`, pending[1]]
            : [line, i];
        if (/\\\s*$/.test(line))
            pending = [joined[0].replace(/\\\s*$/, ''), joined[1]];
        else {
            lines.push(joined);
            pending = undefined;
        }
    });
    if (pending)
        lines.push(pending);
    return lines;
}
function indexKconfig(files) {
    const index = new Map();
    for (const file of files) {
        const blocks = [];
        let current;
        let opened;
        logicalLines(node_fs__WEBPACK_IMPORTED_MODULE_0___default().readFileSync(file, 'utf8')).forEach(([raw, i]) => {
            const text = raw.replace(/#.*$/, '').trim();
            const [word] = text.split(/\s+/);
            const rest = text.slice(word.length).trim();
            const conditions = () => blocks.map(b => b.condition).filter((c) => Boolean(c));
            switch (word) {
                case 'config':
                case 'menuconfig':
                    current = {
                        symbol: rest,
                        file,
                        line: i + 1,
                        dependsOn: conditions(),
                        prompt: false,
                        selects: []
                    };
                    index.set(rest, [...(index.get(rest) ?? []), current]);
                    opened = undefined;
                    return;
                case 'if':
                    blocks.push({ kind: 'if', condition: rest });
                    current = undefined;
                    return;
                case 'menu':
                case 'choice':
                    blocks.push({ kind: word });
                    opened = { kind: word, index: blocks.length - 1 };
                    current = undefined;
                    return;
                case 'endif':
                case 'endmenu':
                case 'endchoice':
                    blocks.pop();
                    current = undefined;
                    opened = undefined;
                    return;
                case 'source':
                case 'comment':
                case 'mainmenu':
                    current = undefined;
                    opened = undefined;
                    return;
                case 'bool':
                case 'tristate':
                case 'string':
                case 'int':
                case 'hex':
                case 'prompt':
                    if (current && /^"/.test(rest))
                        current.prompt = true;
                    return;
                case 'select':
                    if (current)
                        current.selects.push(rest.split(/\s+/)[0]);
                    return;
                case 'depends':
                    if (!rest.startsWith('on '))
                        return;
                    if (current)
                        current.dependsOn.push(rest.slice(3).trim());
                    else if (opened) {
                        const block = blocks[opened.index];
                        block.condition = block.condition
                            ? `(${block.condition}) && (${rest.slice(3).trim()})`
                            : rest.slice(3).trim();
                    }
                    return;
            }
        });
    }
    return index;
}
function tokenize(expression) {
    return expression.match(/"(?:[^"\\]|\\.)*"|&&|\|\||!=|[!=()<>]=?|[A-Za-z0-9_$.\-/]+/g) ?? [];
}
const TRISTATE = { n: 0, m: 1, y: 2 };
/** Evaluates a Kconfig expression against .config values (tristate: n=0, m=1, y=2). */
function evaluate(expression, values) {
    const tokens = tokenize(expression);
    let position = 0;
    // String values are quoted in .config and in expressions alike: compare them unquoted.
    // A token past the end (an expression this reader does not parse) counts as unset.
    const valueOf = (token) => token === undefined
        ? 'n'
        : (0,_defconfig_js__WEBPACK_IMPORTED_MODULE_2__/* .unquote */ ._n)(token.startsWith('"') || token in TRISTATE ? token : (values.get(token) ?? 'n'));
    const atom = () => {
        const token = tokens[position++];
        if (token === '!')
            return 2 - atom();
        if (token === '(') {
            const value = or();
            position++; // ')'
            return value;
        }
        const next = tokens[position];
        if (next === '=' || next === '!=') {
            position++;
            const other = tokens[position++];
            const equal = valueOf(token) === valueOf(other);
            return (next === '=') === equal ? 2 : 0;
        }
        return TRISTATE[valueOf(token)] ?? 0;
    };
    const and = () => {
        let value = atom();
        while (tokens[position] === '&&') {
            position++;
            value = Math.min(value, atom());
        }
        return value;
    };
    const or = () => {
        let value = and();
        while (tokens[position] === '||') {
            position++;
            value = Math.max(value, and());
        }
        return value;
    };
    return tokens.length ? or() : 2;
}
/** Symbols in an expression that are not set in .config. */
function unsetSymbols(expression, values) {
    return tokenize(expression).filter(token => /^[A-Z][A-Z0-9_]*$/.test(token) && !(token in TRISTATE) && (values.get(token) ?? 'n') === 'n');
}
/**
 * The dependencies of `symbol` that `values` does not meet, for each of its definitions.
 * `values` is keyed by the names the Kconfig files use (BR2_X for Buildroot, X for Linux).
 */
function unmetDependencies(index, symbol, values) {
    return (index.get(symbol) ?? []).flatMap(definition => definition.dependsOn
        .filter(expression => evaluate(expression, values) === 0)
        .map(expression => ({ definition, expression, unset: unsetSymbols(expression, values) })));
}
/** Symbols whose definitions `select` `symbol`. */
function selectorsOf(index, symbol) {
    return [...index.values()]
        .flat()
        .filter(definition => definition.selects.includes(symbol))
        .map(definition => definition.symbol)
        .filter((name, i, all) => all.indexOf(name) === i)
        .sort();
}
/**
 * Why a known symbol did not land, in words: its first unmet dependency with where it is
 * written, and for each unset symbol that has no prompt, the options that select it (they are
 * what to enable). Undefined when every dependency holds.
 */
function explainUnmetDependency(index, symbol, values, sourceRoot) {
    const [first] = unmetDependencies(index, symbol, values);
    if (!first)
        return undefined;
    const { unset, definition } = first;
    const parts = [
        `it depends on ${first.expression}${unset.length ? `, and ${unset.join(', ')} ${unset.length > 1 ? 'are' : 'is'} not set` : ''} (${node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(sourceRoot, definition.file)}:${definition.line})`
    ];
    for (const name of unset) {
        const hint = selectOnlyHint(index, name);
        if (hint)
            parts.push(hint);
    }
    return parts.join('; ');
}
/**
 * For a symbol without a prompt (only `select`ed), the options that select it, in words;
 * undefined for a symbol a user can set, or one nothing selects.
 */
function selectOnlyHint(index, symbol) {
    const definitions = index.get(symbol) ?? [];
    if (definitions.length === 0 || definitions.some(d => d.prompt))
        return undefined;
    const selectors = selectorsOf(index, symbol);
    if (!selectors.length)
        return undefined;
    const shown = selectors.slice(0, 4).join(', ');
    return `${symbol} cannot be set by hand: enable one of ${shown}${selectors.length > 4 ? ` (or ${selectors.length - 4} more)` : ''}, which select it`;
}
function editDistance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let previous = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const saved = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
            previous = saved;
        }
    }
    return row[b.length];
}
/** Known symbols closest to an unknown one (at most `limit`, within a few edits). */
function closestSymbols(index, symbol, limit = 3) {
    const maxDistance = Math.max(2, Math.floor(symbol.length / 8));
    return [...index.keys()]
        .map(known => ({ known, distance: editDistance(symbol, known) }))
        .filter(candidate => candidate.distance <= maxDistance)
        .sort((a, b) => a.distance - b.distance || a.known.localeCompare(b.known))
        .slice(0, limit)
        .map(candidate => candidate.known);
}


/***/ }),

/***/ 462:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  I: () => (/* binding */ NODE_CONFIG_USAGE),
  G: () => (/* binding */ nodeConfigCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(975);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
var external_node_fs_default = /*#__PURE__*/__nccwpck_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __nccwpck_require__(82);
;// CONCATENATED MODULE: ./src/node-config/index.ts
// `buildroot-k8s node-config`: writes the k8s-node/ folder that a node reads at boot
// (configs/external/board/common/rootfs-overlay/usr/libexec/k8s-node/apply-config), and for
// virtual machines a small disk image labelled K8SNODE holding it. Every file is checked the
// way the node checks it, so that a mistake shows here and not on the node's console.





/** A mistake in what the user asked for: the message says what and how to fix it. */
class NodeConfigError extends errors/* UserError */.yo {
}
/** The kinds `kubeadm init --config` reads; ClusterConfiguration alone also means init. */
const INIT_KINDS = ['InitConfiguration', 'ClusterConfiguration'];
/** The kind `kubeadm join --config` reads. */
const JOIN_KINDS = ['JoinConfiguration'];
/** Component configurations kubeadm passes on to kubelet and kube-proxy. */
const COMPONENT_KINDS = ['KubeletConfiguration', 'KubeProxyConfiguration'];
const ACCEPTED_KINDS = [...INIT_KINDS, ...JOIN_KINDS, ...COMPONENT_KINDS];
/** QEMU refuses fw_cfg names over 55 characters (FW_CFG_MAX_FILE_PATH is 56 with the NUL). */
const FW_CFG_PREFIX = 'opt/buildroot-k8s/k8s-node/';
const FW_CFG_MAX_NAME = 55;
/** Top-level `kind:` values of a YAML stream, the only thing read from a kubeadm file. */
function kubeadmKinds(text) {
    const kinds = new Set();
    for (const line of text.replace(/\r/g, '').split('\n')) {
        const match = /^kind:\s*["']?([A-Za-z0-9]*)["']?\s*$/.exec(line);
        if (match)
            kinds.add(match[1]);
    }
    return [...kinds];
}
/** init or join, from the kinds of a kubeadm configuration file; the node applies the same rule. */
function kubeadmMode(text, where) {
    const kinds = kubeadmKinds(text);
    const accepted = ACCEPTED_KINDS.join(', ');
    if (kinds.length === 0) {
        throw new NodeConfigError(`${where}: no "kind:" line; kubeadm init/join read ${accepted}`);
    }
    const unknown = kinds.filter(kind => !ACCEPTED_KINDS.includes(kind));
    if (unknown.length > 0) {
        throw new NodeConfigError(`${where}: ${unknown.join(', ')} ${unknown.length > 1 ? 'are' : 'is'} not kubeadm init/join configuration; accepted: ${accepted}`);
    }
    const init = kinds.some(kind => INIT_KINDS.includes(kind));
    const join = kinds.some(kind => JOIN_KINDS.includes(kind));
    if (init && join) {
        throw new NodeConfigError(`${where}: has both JoinConfiguration and InitConfiguration/ClusterConfiguration: a node either starts a cluster (init) or joins one; write one file per node`);
    }
    if (!init && !join) {
        throw new NodeConfigError(`${where}: only ${kinds.join(', ')}; add an InitConfiguration (kubeadm init) or a JoinConfiguration (kubeadm join)`);
    }
    return init ? 'init' : 'join';
}
const KEY_LINE = /(^|\s)(ssh-(ed25519|rsa|dss)|ecdsa-sha2-nistp(256|384|521)|sk-ssh-ed25519@openssh\.com|sk-ecdsa-sha2-nistp256@openssh\.com)(-cert-v01@openssh\.com)?\s+AAAA/;
/** An authorized_keys text with a public key on every line that is not blank or a comment. */
function checkAuthorizedKeys(text, where) {
    const lines = text.replace(/\r/g, '').split('\n');
    const bad = lines.flatMap((line, index) => /^\s*(#|$)/.test(line) || KEY_LINE.test(line) ? [] : [index + 1]);
    if (bad.length > 0) {
        throw new NodeConfigError(`${where}: line(s) ${bad.join(', ')} are not SSH public keys (expected e.g. "ssh-ed25519 AAAA... you@laptop", one per line; the .pub file, never the private key)`);
    }
    if (!lines.some(line => KEY_LINE.test(line))) {
        throw new NodeConfigError(`${where}: no public key in it`);
    }
    return lines.join('\n').replace(/\n*$/, '\n');
}
/** A Kubernetes node name: a lowercase RFC 1123 subdomain. */
function checkHostname(name) {
    const label = '[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?';
    if (!new RegExp(`^${label}(\\.${label})*$`).test(name) || name.length > 253) {
        throw new NodeConfigError(`--hostname "${name}" is not a valid node name: lowercase letters, digits, '-' and '.', each label 1-63 characters, not starting or ending with '-'`);
    }
    return name;
}
function checkNetworkFile(file, text) {
    const name = external_node_path_default().basename(file);
    if (!/^[A-Za-z0-9_.@-]+\.network$/.test(name)) {
        throw new NodeConfigError(`--network ${file}: the name must end in .network and have only letters, digits and _.@-`);
    }
    if (!/^\s*\[Match\]\s*$/m.test(text.replace(/\r/g, ''))) {
        throw new NodeConfigError(`--network ${file}: no [Match] section, so it would apply to every interface (systemd.network(5))`);
    }
}
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const isIp = (text) => IPV4.test(text) || (text.includes(':') && /^[0-9a-fA-F:]+$/.test(text));
/** A systemd-networkd file with a static address, ahead of the image's DHCP default. */
function staticNetwork(ip) {
    const [address, prefix, ...rest] = ip.address.split('/');
    const bits = Number(prefix);
    if (rest.length > 0 ||
        !isIp(address) ||
        !/^\d+$/.test(prefix ?? '') ||
        bits < 1 ||
        bits > (address.includes(':') ? 128 : 32)) {
        throw new NodeConfigError(`--static-ip "${ip.address}" is not an address with its prefix length, e.g. 192.168.1.10/24`);
    }
    for (const [flag, value] of [
        ...(ip.gateway ? [['--gateway', ip.gateway]] : []),
        ...ip.dns.map(d => ['--dns', d])
    ]) {
        if (!isIp(value))
            throw new NodeConfigError(`${flag} "${value}" is not an IP address`);
    }
    if (ip.interface !== undefined && !/^[A-Za-z0-9_.:*-]+$/.test(ip.interface)) {
        throw new NodeConfigError(`--interface "${ip.interface}" is not an interface name (e.g. eth0, enp1s0, en*)`);
    }
    return [
        '# Written by buildroot-k8s node-config: a static address instead of DHCP.',
        '[Match]',
        `Name=${ip.interface ?? 'en* eth*'}`,
        'Type=ether',
        '',
        '[Network]',
        `Address=${ip.address}`,
        ...(ip.gateway ? [`Gateway=${ip.gateway}`] : []),
        ...ip.dns.map(d => `DNS=${d}`),
        ''
    ].join('\n');
}
function checkDataDisk(name) {
    if (!/^\/dev\/disk\/by-id\/[^/]+$/.test(name) || name.endsWith('/..') || name.endsWith('/.')) {
        throw new NodeConfigError(`--data-disk "${name}" must name one disk by id, /dev/disk/by-id/<id> (ls -l /dev/disk/by-id/ on the node; QEMU: -drive ...,if=none,id=d -device virtio-blk-pci,drive=d,serial=k8sdata gives /dev/disk/by-id/virtio-k8sdata)`);
    }
    return name;
}
function readInput(file, flag) {
    try {
        return external_node_fs_default().readFileSync(file, 'utf8');
    }
    catch (error) {
        throw new NodeConfigError(`${flag} ${file}: cannot read it (${error.code ?? error})`);
    }
}
/** Writes <out>/k8s-node/ from the options, all checked before anything is written. */
function writeNodeConfig(options) {
    const files = new Map();
    let kubeadm;
    if (options.authorizedKeys) {
        const where = `--authorized-keys ${options.authorizedKeys}`;
        files.set('authorized_keys', checkAuthorizedKeys(readInput(options.authorizedKeys, '--authorized-keys'), where));
    }
    if (options.hostname !== undefined)
        files.set('hostname', `${checkHostname(options.hostname)}\n`);
    for (const file of options.networks ?? []) {
        const text = readInput(file, '--network');
        checkNetworkFile(file, text);
        files.set(external_node_path_default().basename(file), text);
    }
    if (options.staticIp) {
        if (files.has('static.network'))
            throw new NodeConfigError('--static-ip writes static.network, which a --network file is also named');
        files.set('static.network', staticNetwork(options.staticIp));
    }
    if (options.kubeadm) {
        const text = readInput(options.kubeadm, '--kubeadm');
        kubeadm = kubeadmMode(text, `--kubeadm ${options.kubeadm}`);
        files.set('kubeadm.yaml', text);
    }
    if (options.dataDisk !== undefined)
        files.set('data-disk', `${checkDataDisk(options.dataDisk)}\n`);
    if (files.size === 0) {
        throw new NodeConfigError('nothing to write: give at least one of --authorized-keys, --hostname, --network, --static-ip, --kubeadm, --data-disk');
    }
    if (options.diskImage)
        checkImageTools(options.diskImage.format);
    const folder = external_node_path_default().join(options.out, 'k8s-node');
    external_node_fs_default().mkdirSync(folder, { recursive: true, mode: 0o700 });
    for (const [name, text] of files) {
        // kubeadm.yaml may hold a bootstrap token.
        external_node_fs_default().writeFileSync(external_node_path_default().join(folder, name), text, { mode: 0o600 });
    }
    const result = { folder, files: [...files.keys()], kubeadmMode: kubeadm };
    if (options.diskImage) {
        writeDiskImage(folder, options.diskImage.file, options.diskImage.format);
        result.diskImage = options.diskImage.file;
    }
    return result;
}
const IMAGE_TOOLS = {
    vfat: {
        tools: ['mkfs.vfat', 'mmd', 'mcopy'],
        install: 'dosfstools and mtools (apt-get install dosfstools mtools)'
    },
    iso9660: { tools: ['xorriso'], install: 'xorriso (apt-get install xorriso)' }
};
function checkImageTools(format) {
    const { tools, install } = IMAGE_TOOLS[format];
    const missing = tools.filter(tool => !findProgram(tool));
    if (missing.length > 0) {
        throw new NodeConfigError(`--disk-image (${format}) needs ${missing.join(', ')}, not found on PATH: install ${install}` +
            (format === 'vfat'
                ? ', or use --disk-format iso9660 (xorriso)'
                : ', or use --disk-format vfat'));
    }
}
function findProgram(name) {
    const dirs = [...(process.env.PATH ?? '').split((external_node_path_default()).delimiter), '/usr/sbin', '/sbin'];
    return dirs
        .map(dir => external_node_path_default().join(dir, name))
        .find(file => {
        try {
            external_node_fs_default().accessSync(file, (external_node_fs_default()).constants.X_OK);
            return true;
        }
        catch {
            return false;
        }
    });
}
function run(program, args) {
    const result = (0,external_node_child_process_.spawnSync)(findProgram(program) ?? program, args, {
        encoding: 'utf8',
        env: { ...process.env, MTOOLS_SKIP_CHECK: '1' }
    });
    if (result.status !== 0) {
        throw new NodeConfigError(`${program} ${args.join(' ')} failed: ${(result.stderr || result.error?.message || '').trim()}`);
    }
}
/** A disk image labelled K8SNODE whose k8s-node/ folder is a copy of `folder`. */
function writeDiskImage(folder, file, format) {
    const names = external_node_fs_default().readdirSync(folder);
    external_node_fs_default().rmSync(file, { force: true });
    if (format === 'iso9660') {
        // Rock Ridge keeps the file names as they are (plain ISO 9660 would upper-case them).
        const staging = external_node_fs_default().mkdtempSync(external_node_path_default().join(external_node_os_default().tmpdir(), 'k8snode-'));
        try {
            external_node_fs_default().cpSync(folder, external_node_path_default().join(staging, 'k8s-node'), { recursive: true });
            run('xorriso', ['-as', 'mkisofs', '-quiet', '-R', '-J', '-V', 'K8SNODE', '-o', file, staging]);
        }
        finally {
            external_node_fs_default().rmSync(staging, { recursive: true, force: true });
        }
        return;
    }
    const bytes = names.reduce((sum, name) => sum + external_node_fs_default().statSync(external_node_path_default().join(folder, name)).size, 0);
    const kib = Math.max(2048, Math.ceil((bytes * 2) / 1024) + 1024);
    run('mkfs.vfat', ['-C', '-n', 'K8SNODE', file, String(kib)]);
    run('mmd', ['-i', file, '::/k8s-node']);
    for (const name of names)
        run('mcopy', ['-i', file, external_node_path_default().join(folder, name), `::/k8s-node/${name}`]);
}
/** What to tell QEMU: the disk image, or the same files as fw_cfg entries. */
function qemuHints(result) {
    const lines = [];
    if (result.diskImage) {
        lines.push(`QEMU: -drive file=${result.diskImage},format=raw,if=virtio,readonly=on`);
    }
    const fwCfg = result.files.map(name => ({ name, entry: `${FW_CFG_PREFIX}${name}` }));
    lines.push(`QEMU, without a disk: ${fwCfg.map(({ name, entry }) => `-fw_cfg name=${entry},file=${external_node_path_default().join(result.folder, name)}`).join(' ')}`);
    for (const { name, entry } of fwCfg.filter(({ entry }) => entry.length > FW_CFG_MAX_NAME)) {
        lines.push(`note: fw_cfg name ${entry} is ${entry.length} characters; QEMU takes at most ${FW_CFG_MAX_NAME}: rename ${name} (at most ${FW_CFG_MAX_NAME - FW_CFG_PREFIX.length} characters) or use the disk image`);
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/node-config/command.ts
// The `node-config` subcommand of the command line: flags in, k8s-node/ folder out.



const NODE_CONFIG_USAGE = `Usage: buildroot-k8s node-config --out DIR [options]

Writes DIR/k8s-node/, the folder a node applies at boot (docs/first-boot.md). Copy it to the
Raspberry Pi SD card's boot partition (K8SNODE), or attach --disk-image to a VM.

  --out DIR                 where k8s-node/ is written (required)
  --authorized-keys FILE    SSH public keys for root (authorized_keys)
  --hostname NAME           the node's name (hostname); default: unique, from its machine-id
  --static-ip CIDR          a static address, e.g. 192.168.1.10/24 (static.network), with
    --gateway IP  --dns IP (repeatable)  --interface NAME (default: every wired interface)
  --network FILE            a systemd-networkd .network file, copied (repeatable)
  --kubeadm FILE            kubeadm's configuration (kubeadm.yaml): InitConfiguration and/or
                            ClusterConfiguration -> kubeadm init; JoinConfiguration -> kubeadm
                            join; KubeletConfiguration and KubeProxyConfiguration may go along
  --data-disk /dev/disk/by-id/ID
                            an empty disk the node may format as K8SDATA (data-disk)
  --disk-image FILE         also write a disk image labelled K8SNODE holding k8s-node/
  --disk-format vfat|iso9660
                            vfat (default; needs mkfs.vfat and mtools) or iso9660 (xorriso)
  -h, --help`;
const OPTIONS = {
    out: { type: 'string' },
    'authorized-keys': { type: 'string' },
    hostname: { type: 'string' },
    'static-ip': { type: 'string' },
    gateway: { type: 'string' },
    dns: { type: 'string', multiple: true },
    interface: { type: 'string' },
    network: { type: 'string', multiple: true },
    kubeadm: { type: 'string' },
    'data-disk': { type: 'string' },
    'disk-image': { type: 'string' },
    'disk-format': { type: 'string' },
    help: { type: 'boolean', short: 'h' }
};
function parseNodeConfigArgs(argv) {
    try {
        return (0,external_node_util_.parseArgs)({ args: argv, allowPositionals: true, options: OPTIONS });
    }
    catch (error) {
        // An unknown flag or a flag without its value: say it with this command's usage.
        throw new NodeConfigError(error.message);
    }
}
/** Runs `node-config` with its arguments; returns the exit code. */
function nodeConfigCommand(argv) {
    const { values, positionals } = parseNodeConfigArgs(argv);
    if (values.help) {
        process.stdout.write(`${NODE_CONFIG_USAGE}\n`);
        return 0;
    }
    if (positionals.length > 0)
        throw new NodeConfigError(`unexpected argument "${positionals[0]}"`);
    if (!values.out)
        throw new NodeConfigError('--out DIR is required: the folder k8s-node/ is written into');
    const format = values['disk-format'] ?? 'vfat';
    if (format !== 'vfat' && format !== 'iso9660') {
        throw new NodeConfigError(`--disk-format "${format}": use vfat or iso9660`);
    }
    if (values['disk-format'] && !values['disk-image']) {
        throw new NodeConfigError('--disk-format goes with --disk-image FILE');
    }
    const staticOnly = ['gateway', 'dns', 'interface'].filter(flag => values[flag] !== undefined);
    if (!values['static-ip'] && staticOnly.length > 0) {
        throw new NodeConfigError(`--${staticOnly[0]} goes with --static-ip`);
    }
    const result = writeNodeConfig({
        out: external_node_path_default().resolve(values.out),
        authorizedKeys: values['authorized-keys'],
        hostname: values.hostname,
        networks: values.network,
        staticIp: values['static-ip']
            ? {
                address: values['static-ip'],
                gateway: values.gateway,
                dns: values.dns ?? [],
                interface: values.interface
            }
            : undefined,
        kubeadm: values.kubeadm,
        dataDisk: values['data-disk'],
        diskImage: values['disk-image']
            ? { file: external_node_path_default().resolve(values['disk-image']), format }
            : undefined
    });
    process.stdout.write(`Wrote ${result.folder}: ${result.files.join(', ')}\n`);
    if (result.kubeadmMode) {
        process.stdout.write(`kubeadm.yaml: the node runs "kubeadm ${result.kubeadmMode}" once at first boot\n`);
    }
    if (result.diskImage)
        process.stdout.write(`Wrote ${result.diskImage} (label K8SNODE)\n`);
    for (const line of qemuHints(result))
        process.stdout.write(`${line}\n`);
    return 0;
}


/***/ }),

/***/ 836:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ runContext)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
// The run context, built once from what the front-end knows and the environment both front-ends
// read the same way.

function runContext(front, env = process.env) {
    return {
        ...front,
        ownExternalTree: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(front.actionRoot, 'configs', 'external'),
        ownPatchSeries: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(front.actionRoot, 'configs', 'buildroot-patches'),
        mirror: env.BUILDROOT_K8S_MIRROR || undefined,
        spaceNeeded: env.BUILDROOT_K8S_SPACE_CHECK === 'off' ? false : undefined,
        nvdUrl: env.BUILDROOT_K8S_NVD_URL || undefined,
        runnerRoot: env.BUILDROOT_K8S_RUNNER_ROOT || undefined,
        env
    };
}


/***/ }),

/***/ 146:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  V: () => (/* binding */ runMain),
  v: () => (/* binding */ runMirror)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
var external_node_fs_default = /*#__PURE__*/__nccwpck_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/buildroot/make.ts
var make = __nccwpck_require__(621);
;// CONCATENATED MODULE: ./src/buildroot/build.ts
// The Buildroot build. Runs `make` with its output streamed: every byte goes to the log file, the
// console shows one collapsible group per package with Buildroot's `>>> package version step`
// lines and the progress. On failure it names the package and step that failed.



/** `>>> busybox 1.37.0 Building` (the version is empty for some, e.g. host-skeleton); Buildroot may wrap it in terminal highlighting. */
const STEP_LINE = /^>>> (\S+) (\S*) (.+)$/;
// eslint-disable-next-line no-control-regex
const TERMINAL_CODES = /\x1b\[[0-9;]*[A-Za-z]|\x1b\([A-Z0-9]/g;
const ESC = 0x1b;
const GT = 0x3e;
/**
 * Whether a line of raw output may be one of Buildroot's `>>>` lines: `>>>` at its start, after
 * any terminal codes (the same codes as TERMINAL_CODES). Only these lines are decoded.
 */
function mayBeStepLine(buffer, start, end) {
    let at = start;
    while (at < end && buffer[at] === ESC) {
        const kind = buffer[at + 1];
        if (kind === 0x5b /* [ */) {
            at += 2;
            while (at < end && ((buffer[at] >= 0x30 && buffer[at] <= 0x39) || buffer[at] === 0x3b)) {
                at += 1;
            }
            const final = buffer[at] | 0x20; // a letter, either case
            if (!(final >= 0x61 && final <= 0x7a))
                return false;
            at += 1;
        }
        else if (kind === 0x28 /* ( */) {
            const set = buffer[at + 2];
            if (!((set >= 0x41 && set <= 0x5a) || (set >= 0x30 && set <= 0x39)))
                return false;
            at += 3;
        }
        else {
            return false;
        }
    }
    return end - at >= 3 && buffer[at] === GT && buffer[at + 1] === GT && buffer[at + 2] === GT;
}
function parseStepLine(line) {
    const match = STEP_LINE.exec(line.replace(TERMINAL_CODES, '').trimEnd());
    return match ? { package: match[1], version: match[2], step: match[3] } : undefined;
}
/**
 * make's arguments for the build: BR2_JLEVEL, each package's own parallelism; with per-package
 * directories also a top-level -j<jobs>, which builds packages that do not depend on each other
 * at the same time (Buildroot's manual, "Top-level parallel build": enable
 * BR2_PER_PACKAGE_DIRECTORIES, and use make -jN; without it, its Makefile is .NOTPARALLEL).
 */
function buildVariables(options) {
    return [
        ...(options.parallel ? [`-j${options.jobs}`] : []),
        `BR2_JLEVEL=${options.jobs}`,
        ...(options.variables ?? [])
    ];
}
/** `make[1]: *** [package/pkg-generic.mk:283: /out/build/busybox-1.37.0/.stamp_built] Error 2` */
const FAILED_STAMP = /\*\*\* \[[^\]]*\/build\/([^/\]]+)\/\.stamp_[a-z_]+\] Error/;
/** The build folder (name-version) of the package whose step make reports as failed, if any. */
function failedBuildDir(lines) {
    for (const line of lines) {
        const match = FAILED_STAMP.exec(line);
        if (match)
            return match[1];
    }
    return undefined;
}
async function runBuild(reporter, options) {
    external_node_fs_default().mkdirSync(external_node_path_default().dirname(options.logFile), { recursive: true });
    external_node_fs_default().writeFileSync(options.logFile, '');
    const started = Date.now();
    const seen = new Set();
    /** Each package's last step, by its build folder's name (name-version). */
    const lastStep = new Map();
    let current;
    let groupOpen = false;
    const closeGroup = () => {
        if (groupOpen)
            reporter.endGroup();
        groupOpen = false;
    };
    reporter.info(`Building with ${options.jobs} jobs${options.parallel ? `, and up to ${options.jobs} packages at a time` : ''}; full log: ${options.logFile}`);
    const result = await (0,make/* runMake */.Gy)(options.tree, [], buildVariables(options), {
        logFile: options.logFile,
        keepLastLines: 40,
        wants: mayBeStepLine,
        onLine: line => {
            const step = parseStepLine(line);
            if (step) {
                lastStep.set(step.version ? `${step.package}-${step.version}` : step.package, step);
                seen.add(step.package);
                const total = Math.max(options.packageCount, seen.size);
                if (options.parallel) {
                    // Packages build side by side: their lines interleave, so no group per package.
                    current = step;
                    reporter.info(`[${seen.size}/${total}] >>> ${step.package} ${step.version} ${step.step}`.replace(/\s+/g, ' '));
                    return;
                }
                if (step.package !== current?.package) {
                    closeGroup();
                    reporter.startGroup(`[${seen.size}/${total}] ${step.package} ${step.version}`.trimEnd());
                    groupOpen = true;
                }
                current = step;
                reporter.info(`>>> ${step.package} ${step.version} ${step.step}`.replace(/\s+/g, ' '));
            }
            else {
                // `>>>   Finalizing target directory` and the like: Buildroot's own steps.
                closeGroup();
                current = undefined;
                reporter.info(line.replace(TERMINAL_CODES, '').trimEnd());
            }
        }
    });
    closeGroup();
    const seconds = Math.round((Date.now() - started) / 1000);
    if (result.exitCode === 0)
        return { ok: true, seconds, logFile: options.logFile };
    // make names the package whose step failed; in a parallel build the last line seen may be
    // another package's.
    const failedDir = failedBuildDir(result.lastLines);
    const failed = (failedDir && lastStep.get(failedDir)) || current;
    return {
        ok: false,
        seconds,
        logFile: options.logFile,
        failure: {
            package: failed?.package,
            version: failed?.version,
            step: failed?.step,
            progress: { started: seen.size, total: Math.max(options.packageCount, seen.size) },
            lastLines: outputOfStep(result.lastLines.map(line => line.replace(TERMINAL_CODES, '')), failed?.package)
        }
    };
}
/**
 * The failing package's own output: the tail from its last step line on, when that line is
 * still in the tail (so make's preamble and earlier packages don't crowd the annotation).
 */
function outputOfStep(lastLines, pkg) {
    const start = lastLines.findLastIndex(line => parseStepLine(line)?.package === pkg);
    return pkg && start >= 0 ? lastLines.slice(start) : lastLines;
}
function describeFailure(failure) {
    const where = failure.package
        ? `package ${failure.package} ${failure.version ?? ''} failed during "${failure.step ?? 'unknown step'}"`
        : 'the build failed before any package step started';
    return `Buildroot build failed: ${where.replace(/\s+/g, ' ')}.\nLast lines of output:\n${failure.lastLines.join('\n')}`;
}
/**
 * Time per package from Buildroot's build/build-time.log, whose lines read
 * `<epoch seconds>:<start|end >:<step padded>: <package>`.
 */
function slowestPackages(buildTimeLog, count) {
    const open = new Map();
    const totals = new Map();
    for (const line of buildTimeLog.split('\n')) {
        const fields = line.split(':');
        if (fields.length < 4)
            continue;
        const time = Number(fields[0]);
        const edge = fields[1].trim();
        const step = fields[2].trim();
        const pkg = fields.slice(3).join(':').trim();
        const id = `${pkg}\0${step}`;
        if (edge === 'start')
            open.set(id, time);
        else if (edge === 'end' && open.has(id)) {
            totals.set(pkg, (totals.get(pkg) ?? 0) + time - (open.get(id) ?? time));
            open.delete(id);
        }
    }
    return [...totals]
        .map(([pkg, seconds]) => ({ package: pkg, seconds }))
        .sort((a, b) => b.seconds - a.seconds)
        .slice(0, count);
}

// EXTERNAL MODULE: ./src/util/errors.ts
var util_errors = __nccwpck_require__(82);
// EXTERNAL MODULE: ./src/util/fs.ts
var fs = __nccwpck_require__(966);
// EXTERNAL MODULE: ./src/util/net.ts + 3 modules
var net = __nccwpck_require__(21);
;// CONCATENATED MODULE: ./src/buildroot/ccache.ts
// ccache as Buildroot runs it. Buildroot exports BR_CACHE_DIR (from BR2_CCACHE_DIR) and its
// host-ccache reads that instead of CCACHE_DIR (package/ccache/ccache.mk patches Config.cpp); it
// puts ccache in front of the host compiler (HOSTCC = $(CCACHE) $(HOSTCC_NOCCACHE)) and of the
// cross compiler (toolchain/toolchain-wrapper.c execs ccache with the environment it was given,
// adding only CCACHE_COMPILERCHECK and CCACHE_BASEDIR). Its Makefile unexports no CCACHE_*
// variable, so every other ccache setting reaches every compiler call through make's
// environment: remote storage (CCACHE_REMOTE_STORAGE, CCACHE_REMOTE_ONLY) and the stats log
// (CCACHE_STATSLOG), which records the counters of each call: this build's own, whatever the
// restored cache's counters say. Buildroot 2025.02's host-ccache is 4.10.2, built with hiredis
// and cpp-httplib (package/ccache/ccache.mk: DEP_HIREDIS, DEP_CPPHTTPLIB).




/**
 * ccache's settings for every compiler call of the build. remote_only is set either way: ccache
 * refuses "false" as a value (CCACHE_REMOTE_ONLY takes only true; false is CCACHE_NOREMOTE_ONLY),
 * and a ccache.conf in the cache folder must not turn it on behind the input's back.
 */
function ccacheEnvironment(settings) {
    const env = { CCACHE_STATSLOG: settings.statsLog };
    if (!settings.remote.length)
        return env;
    return {
        ...env,
        CCACHE_REMOTE_STORAGE: settings.remote.map(remote => remote.url).join(' '),
        CCACHE_REMOTE_ONLY: settings.remoteOnly ? 'true' : undefined,
        CCACHE_NOREMOTE_ONLY: settings.remoteOnly ? undefined : 'true'
    };
}
/**
 * The stats log: for each compiler call a line `# <input file>`, then the ID of each counter
 * the call raised, one a line (ccache's test/suites/stats_log.bash; the IDs are those of
 * `ccache --print-stats`, the same in 4.7 and 4.10).
 */
function parseStatsLog(text) {
    const counts = new Map();
    let calls = 0;
    for (const line of text.split('\n')) {
        if (line.startsWith('# '))
            calls += 1;
        else if (line.trim())
            counts.set(line.trim(), (counts.get(line.trim()) ?? 0) + 1);
    }
    const count = (id) => counts.get(id) ?? 0;
    return {
        calls,
        hits: count('direct_cache_hit') + count('preprocessed_cache_hit'),
        misses: count('cache_miss'),
        local: { hits: count('local_storage_hit'), misses: count('local_storage_miss') },
        remote: {
            hits: count('remote_storage_hit'),
            misses: count('remote_storage_miss'),
            errors: count('remote_storage_error'),
            timeouts: count('remote_storage_timeout')
        }
    };
}
/** The counters of a build, or undefined when no compiler call went through ccache. */
function readStatsLog(file) {
    return external_node_fs_default().existsSync(file) ? parseStatsLog(external_node_fs_default().readFileSync(file, 'utf8')) : undefined;
}
const PROBE_TIMEOUT_MS = 5000;
/** The user and password of a URL's userinfo, as ccache reads them for its backend. */
function userinfo(remote) {
    const given = /^[^:]+:\/\/([^/?#]*)@/.exec(remote.location)?.[1];
    if (given === undefined)
        return {};
    const colon = given.indexOf(':');
    // redis://PASSWORD@HOST: a lone name is the password (ccache's manual, "Redis storage backend").
    if (colon < 0)
        return remote.kind === 'http'
            ? { user: decodeURIComponent(given) }
            : { password: decodeURIComponent(given) };
    return {
        user: decodeURIComponent(given.slice(0, colon)) || undefined,
        password: decodeURIComponent(given.slice(colon + 1))
    };
}
/**
 * Asks a backend what ccache will ask it, once, before the build: a Redis server AUTH and PING,
 * an HTTP server a HEAD of its URL (any answer but 401, 403 or 5xx is one), a file: folder
 * whether it can be written. Sharded URLs (`*`) name no single server and are not asked.
 */
async function probeRemoteStorage(remote) {
    if (remote.location.includes('*')) {
        return { reachable: undefined, why: 'sharded (shards=...): each shard is asked by ccache' };
    }
    const url = new URL(remote.location);
    try {
        if (remote.kind === 'redis' || remote.kind === 'redis+unix') {
            const target = remote.kind === 'redis'
                ? { host: url.hostname, port: Number(url.port || 6379) }
                : { path: url.pathname };
            await (0,net/* redisPing */.st)(target, userinfo(remote), PROBE_TIMEOUT_MS);
        }
        else if (remote.kind === 'http') {
            const token = remote.attributes.get('bearer-token');
            const status = await (0,net/* httpStatus */.nG)(remote.location, {
                timeoutMs: PROBE_TIMEOUT_MS,
                headers: token ? { Authorization: `Bearer ${token}` } : undefined
            });
            if (status === 401 || status === 403) {
                return { reachable: false, why: `it refused the credentials (HTTP ${status})` };
            }
            if (status >= 500)
                return { reachable: false, why: `it answered HTTP ${status}` };
        }
        else {
            const why = (0,fs/* whyNotWritable */.Gn)(url.pathname);
            if (why)
                return { reachable: false, why: `the folder cannot be written (${why.code})` };
        }
    }
    catch (error) {
        return { reachable: false, why: (0,util_errors/* errorMessage */.gJ)(error) };
    }
    return { reachable: true };
}
/**
 * The one warning about remote storage a build gets: a backend that did not answer before the
 * build was said then; errors during the build (a server that went away) are said after it,
 * with how many compiler calls they touched. ccache itself goes on with the local cache.
 */
function remoteErrorWarning(stats, shown, warnedBefore) {
    const failed = stats.remote.errors + stats.remote.timeouts;
    if (!failed || warnedBefore)
        return undefined;
    const what = [
        stats.remote.errors && `${stats.remote.errors} error(s)`,
        stats.remote.timeouts && `${stats.remote.timeouts} timeout(s)`
    ]
        .filter(Boolean)
        .join(' and ');
    return (`ccache's remote storage (${shown.join(' ')}) failed during the build: ${what} in ${stats.calls} compiler call(s). ` +
        'ccache compiled those without it, with the local cache, and the build went on; the results it could not store are compiled again by the next build. Check the server.');
}

// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __nccwpck_require__(674);
;// CONCATENATED MODULE: ./src/buildroot/download-failure.ts

const download_failure_URL = /\b(?:https?|ftps?|git|svn|scp|sftp):\/\/[^\s'"<>]+/g;
const WRONG_HASH = /^ERROR: (\S+) has wrong (\w+) hash:/;
/** The URLs the failing download tried, in order, each once. */
function triedUrls(lines) {
    const urls = lines.flatMap(line => line.match(download_failure_URL) ?? []);
    return [...new Set(urls.map(url => url.replace(/[.,;:)]+$/, '')))];
}
function describeDownloadFailure(failure, dlDir, sites = { mirrorOnly: false }) {
    const urls = triedUrls(failure.lastLines);
    const tried = urls.length
        ? `Tried: ${urls
            .slice(0, 5)
            .map(url => (0,util_text/* echo */.WI)(url))
            .join(', ')}${urls.length > 5 ? ', ...' : ''}.`
        : 'The log above shows what was tried.';
    const wrong = failure.lastLines.map(line => WRONG_HASH.exec(line)).find(Boolean);
    const lines = [
        `Buildroot could not download the sources of ${failure.package ?? 'a package'}. ${tried}`
    ];
    if (wrong) {
        lines.push(`A site served ${(0,util_text/* echo */.WI)(wrong[1])} with the wrong ${wrong[2]} (its package's .hash says otherwise): a damaged or different file${sites.mirror ? `, e.g. on the mirror ${sites.mirror}: replace it there (buildroot-k8s mirror fills a folder with checked files only)` : ''}.`);
    }
    if (sites.mirrorOnly) {
        lines.push(`Ways out: put the file on the mirror ${sites.mirror ?? ''} (download-mirror-only: no other site is tried), or drop download-mirror-only;`);
    }
    else {
        lines.push('Ways out: check that this machine reaches those hosts (network, proxy, DNS);', 'or point Buildroot at a mirror that has the file with the input download-mirror (BR2_PRIMARY_SITE, tried first; backup-site, sources.buildroot.net by default, is tried last);');
    }
    lines.push(`or put the file into the download folder ${dlDir} (a dl/ cache restored from an earlier build holds it) and run again.`);
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/buildroot/mirror.ts
var mirror = __nccwpck_require__(968);
// EXTERNAL MODULE: ./src/inputs/schema.ts + 1 modules
var schema = __nccwpck_require__(330);
// EXTERNAL MODULE: ./src/buildroot/show-info.ts
var show_info = __nccwpck_require__(955);
// EXTERNAL MODULE: ./src/util/format.ts
var format = __nccwpck_require__(678);
;// CONCATENATED MODULE: ./src/util/disk.ts
// Disk space: a full disk shows up as ENOSPC from Node or "No space left on device" in a tool's
// output, wherever it happens (make, tar, a compiler, our own writes). Whoever sees it first
// would blame what it was doing (the defconfig, the kernel tree); this names the folder that
// is full and how much is free instead.




/** Free space of the file system holding `dir` (or its nearest existing parent). */
function spaceAt(dir) {
    let existing = external_node_path_default().resolve(dir);
    while (!external_node_fs_default().existsSync(existing)) {
        const parent = external_node_path_default().dirname(existing);
        if (parent === existing)
            return undefined;
        existing = parent;
    }
    try {
        const stats = external_node_fs_default().statfsSync(existing);
        return {
            free: stats.bavail * stats.bsize,
            total: stats.blocks * stats.bsize,
            device: external_node_fs_default().statSync(existing).dev
        };
    }
    catch {
        return undefined;
    }
}
const NO_SPACE = /No space left on device|ENOSPC|Disk quota exceeded|EDQUOT/;
/** Whether an error (or a command's output within it) says the disk is full. */
function isDiskFull(error) {
    for (let e = error; e; e = e.cause) {
        const code = e.code;
        if (code === 'ENOSPC' || code === 'EDQUOT')
            return true;
        if (NO_SPACE.test((0,util_errors/* errorMessage */.gJ)(e)))
            return true;
    }
    return false;
}
/** How to make room: the README's clean-up step on hosted runners, or a larger disk. */
const FREE_SPACE_ADVICE = 'On GitHub-hosted runners, free-disk-space (auto by default) removes the runner\'s unused toolchains when the space falls short (README, "Bigger builds"); set it to true on another runner, or point output-dir at a larger disk; ' +
    'on your own machine, delete old output folders or lower ccache-max-size.';
/** "<name> <dir>: X free of Y" for each file system among `folders`, the fullest first. */
function describeSpace(folders) {
    const byDevice = new Map();
    for (const folder of folders) {
        const space = spaceAt(folder.dir);
        if (!space)
            continue;
        const entry = byDevice.get(space.device) ?? { space, folders: [] };
        entry.folders.push(folder);
        byDevice.set(space.device, entry);
    }
    return [...byDevice.values()]
        .sort((a, b) => a.space.free - b.space.free)
        .map(({ space, folders: on }) => `${on.map(f => `${f.name} (${f.dir})`).join(', ')}: ${(0,format/* formatBytes */.z3)(space.free)} free of ${(0,format/* formatBytes */.z3)(space.total)}`);
}
/** The message for a full disk: which folders are on which file system, and what is free. */
function diskFullMessage(folders, during) {
    const lines = describeSpace(folders);
    return [
        `No space left on device during ${during}.`,
        ...(lines.length ? [`Free space now: ${lines.join('; ')}.`] : []),
        FREE_SPACE_ADVICE
    ].join(' ');
}

// EXTERNAL MODULE: ./src/util/secrets.ts
var util_secrets = __nccwpck_require__(984);
// EXTERNAL MODULE: ./src/util/process-groups.ts
var process_groups = __nccwpck_require__(365);
// EXTERNAL MODULE: ./src/stages/buildroot-patches.ts + 1 modules
var buildroot_patches = __nccwpck_require__(733);
// EXTERNAL MODULE: ./src/stages/package-list.ts
var package_list = __nccwpck_require__(607);
// EXTERNAL MODULE: ./src/stages/restore-caches.ts
var restore_caches = __nccwpck_require__(694);
// EXTERNAL MODULE: ./src/stages/stage.ts
var stages_stage = __nccwpck_require__(444);
;// CONCATENATED MODULE: ./src/stages/build.ts
// Stage: build. Runs Buildroot's make (buildroot/build.ts) with dl/ and ccache in the cache
// folders, ccache's remote storage and the download sites of the inputs, and on failure says one
// thing that matters most: that the run was stopped (and how far it got), that the disk is
// full, or which package failed, with a download's ways out. What ccache did goes to the summary.

















const buildSlot = (0,stages_stage/* slot */.NI)('build');
const buildStage = {
    title: 'Build',
    modes: ['build'],
    onImageCacheHit: 'skip',
    needs: [buildroot_patches/* treeSlot */.BC, package_list/* packagesSlot */.Uf, restore_caches/* cachePlanSlot */.ef],
    provides: [buildSlot],
    async run(run) {
        const { inputs } = run;
        const plan = run.get(restore_caches/* cachePlanSlot */.ef);
        const tree = run.get(buildroot_patches/* treeSlot */.BC);
        const statsLog = external_node_path_default().join(inputs.outputDir, 'ccache-stats.log');
        external_node_fs_default().rmSync(statsLog, { force: true });
        const remoteWarned = await announceRemoteStorage(run);
        // Buildroot reads both folders from its environment (its Makefile lets it win); ccache
        // reads its own settings there, in every compiler call (buildroot/ccache.ts).
        tree.env = {
            BR2_DL_DIR: plan.dlDir,
            BR2_CCACHE_DIR: plan.ccacheDir,
            CCACHE_MAXSIZE: inputs.ccacheMaxSize,
            ...ccacheEnvironment({
                remote: inputs.ccacheRemoteStorage,
                remoteOnly: inputs.ccacheRemoteOnly,
                statsLog
            })
        };
        const result = await runBuild(run.reporter, {
            tree,
            jobs: inputs.jobs,
            parallel: inputs.parallelBuild === 'per-package',
            variables: (0,mirror/* downloadSiteVariables */.h5)(inputs),
            packageCount: (0,show_info/* buildablePackages */.qH)(run.get(package_list/* packagesSlot */.Uf)).length,
            logFile: external_node_path_default().join(inputs.outputDir, 'build.log')
        });
        // What printed a credential (a build system echoing its environment, `ccache -p`, a
        // download tool) wrote it into the log, which is uploaded when the build fails.
        (0,util_secrets/* redactFile */.it)(result.logFile, (0,schema/* secretsOf */.Fj)(inputs));
        const buildTimeLog = external_node_path_default().join(inputs.outputDir, 'build', 'build-time.log');
        const slowest = external_node_fs_default().existsSync(buildTimeLog)
            ? slowestPackages(external_node_fs_default().readFileSync(buildTimeLog, 'utf8'), 10)
            : [];
        const ccache = readStatsLog(statsLog);
        run.set(buildSlot, { ...result, slowest, ccache });
        if (ccache)
            reportCcache(run, ccache, remoteWarned);
        if (!result.ok)
            throw new util_errors/* ReportedError */.SS(reportBuildFailure(run, result, plan));
    }
};
/**
 * Names the remote storage the build uses and asks each backend once: one that does not answer
 * is one warning now (ccache then goes on without it in every call, silently). Returns whether
 * it warned.
 */
async function announceRemoteStorage(run) {
    const { inputs, reporter } = run;
    if (!inputs.ccacheRemoteStorage.length)
        return false;
    const probes = await Promise.all(inputs.ccacheRemoteStorage.map(probeRemoteStorage));
    let warned = false;
    for (const [index, remote] of inputs.ccacheRemoteStorage.entries()) {
        const probe = probes[index];
        if (probe.reachable === false) {
            warned = true;
            reporter.warning(`ccache's remote storage ${remote.shown} cannot be used: ${probe.why}. The build goes on with${inputs.ccacheRemoteOnly ? 'out a compiler cache (ccache-remote-only)' : ' the local ccache'}; ccache tries it again in each compiler call, without a word.`);
        }
        else {
            reporter.info(`ccache's remote storage: ${remote.shown} (${probe.reachable ? 'answers' : `not asked: ${probe.why}`}${inputs.ccacheRemoteOnly ? '; remote only, no local cache' : '; after the local cache'}).`);
        }
    }
    return warned;
}
/** The build's ccache counters in the log, and a warning when the remote storage failed. */
function reportCcache(run, stats, remoteWarned) {
    const { inputs, reporter } = run;
    const remote = inputs.ccacheRemoteStorage.length
        ? `; remote: ${stats.remote.hits} hits, ${stats.remote.misses} misses, ${stats.remote.errors + stats.remote.timeouts} errors`
        : '';
    reporter.info(`ccache: ${stats.calls} compiler calls, ${stats.hits} hits, ${stats.misses} misses; local: ${stats.local.hits} hits, ${stats.local.misses} misses${remote}.`);
    const warning = remoteErrorWarning(stats, inputs.ccacheRemoteStorage.map(r => r.shown), remoteWarned);
    if (warning)
        reporter.warning(warning);
}
/** Reports the one error for a build that did not finish; returns its text. */
function reportBuildFailure(run, build, plan) {
    const { reporter, inputs } = run;
    const failure = build.failure ?? { lastLines: [] };
    const stopped = (0,process_groups/* cancellation */.WN)();
    if (stopped) {
        const message = describeStop(stopped, failure, build.seconds, (0,stages_stage/* timeLimitOf */.qn)(inputs, run.context));
        const title = stopped.reason === 'time-limit' ? 'Stopped at the time limit' : 'Build cancelled';
        reporter.error(message, { file: build.logFile, title });
        return message;
    }
    if (isDiskFull(failure.lastLines.join('\n'))) {
        const folders = [
            { name: 'output-dir', dir: inputs.outputDir },
            { name: 'dl/', dir: plan.dlDir },
            { name: 'ccache', dir: plan.ccacheDir }
        ];
        const during = `the build of ${failure.package ?? 'Buildroot'}`;
        const message = `${diskFullMessage(folders, during)}\n${describeFailure(failure)}`;
        reporter.error(message);
        return message;
    }
    let message = describeFailure(failure);
    if (failure.step === 'Downloading') {
        message += `\n${describeDownloadFailure(failure, plan.dlDir, {
            mirror: inputs.downloadMirror?.shown,
            mirrorOnly: inputs.downloadMirrorOnly
        })}`;
    }
    reporter.error(message, { file: build.logFile, title: 'Buildroot build failed' });
    return message;
}
/** "Cancelled (SIGINT) after 42 min of building, during busybox 1.37.0 "Building" (package 37 of 120)." */
function describeStop(stopped, failure, seconds, limit) {
    const during = failure.package
        ? `during ${`${failure.package} ${failure.version ?? ''}`.trim()} "${failure.step ?? 'unknown step'}"`
        : 'before the first package';
    const progress = failure.progress
        ? ` (package ${failure.progress.started} of ${failure.progress.total})`
        : '';
    const what = stopped.reason === 'time-limit'
        ? `Stopped at the time limit${limit ? ` (${(0,stages_stage/* describeTimeLimit */.IL)(limit)})` : ''}`
        : `Cancelled (${stopped.signal ?? 'signal'})`;
    return (`${what} after ${(0,format/* formatDuration */.a3)(seconds)} of building, ${during}${progress}. ` +
        'The post step saves ccache (and dl/ only once it is complete), so a re-run continues from where this one got.');
}

// EXTERNAL MODULE: ./src/buildroot/configure.ts
var configure = __nccwpck_require__(567);
// EXTERNAL MODULE: ./src/buildroot/unmet-symbols.ts
var unmet_symbols = __nccwpck_require__(792);
// EXTERNAL MODULE: ./src/kconfig/defconfig.ts
var defconfig = __nccwpck_require__(769);
// EXTERNAL MODULE: ./src/kconfig/dependencies.ts
var dependencies = __nccwpck_require__(299);
;// CONCATENATED MODULE: ./src/check/buildroot.ts
// Check mode's own Buildroot findings, beside the unmet symbols it shares with build mode: no
// legacy option is selected, and whether the file is what savedefconfig would write.





/** Options from Config.in.legacy that the configuration selects (Buildroot then refuses to build). */
function legacyFindings(configured) {
    if (configured.dotConfig.get('BR2_LEGACY') !== 'y')
        return [];
    const legacyFile = external_node_path_default().join(configured.tree.sourceDir, 'Config.in.legacy');
    const legacy = (0,dependencies/* indexKconfig */.mf)(external_node_fs_default().existsSync(legacyFile) ? [legacyFile] : []);
    const selected = [...legacy.keys()].filter(symbol => symbol !== 'BR2_LEGACY' && configured.dotConfig.get(symbol) === 'y');
    return selected.map(symbol => {
        const entry = configured.requested.find(e => e.symbol === symbol);
        return {
            level: 'error',
            message: `${symbol} is a legacy option: Buildroot ${configured.buildrootVersion} removed or renamed it and refuses to build while it is set. Its help text in Config.in.legacy says what replaces it.`,
            at: entry
                ? { file: entry.file, line: entry.line || undefined }
                : { file: configured.files.buildrootDefconfig }
        };
    });
}
/**
 * Compares the user's defconfig with what `make savedefconfig` wrote for it (`saved`, from the
 * same make call as the package list): a notice, never a failure. The action's own lines
 * (kernel pointer) and the lines of inputs (the fragment, parallel-build) are left out.
 */
function normalizationFinding(configured, saved) {
    // The kernel pointer is the action's, and fragment lines are not the file's to normalize.
    const notTheFiles = new Set([
        'BR2_LINUX_KERNEL_USE_CUSTOM_CONFIG',
        'BR2_LINUX_KERNEL_CUSTOM_CONFIG_FILE',
        ...configured.requested.filter(configure/* isInputLine */.Tb).map(e => e.symbol)
    ]);
    const ownLines = (entries) => entries
        .filter(e => !notTheFiles.has(e.symbol))
        .map(e => (e.value === 'n' ? `# ${e.symbol} is not set` : `${e.symbol}=${e.value}`));
    const file = configured.files.buildrootDefconfig;
    const wanted = ownLines((0,defconfig/* parseKconfig */.Ps)(external_node_fs_default().readFileSync(saved, 'utf8'), saved));
    const have = ownLines((0,defconfig/* parseKconfig */.Ps)(external_node_fs_default().readFileSync(file, 'utf8'), file));
    const missing = wanted.filter(line => !have.includes(line));
    const extra = have.filter(line => !wanted.includes(line));
    if (!missing.length && !extra.length)
        return undefined;
    const diff = [...extra.map(l => `- ${l}`), ...missing.map(l => `+ ${l}`)].join('\n');
    return {
        level: 'notice',
        message: `${external_node_path_default().basename(file)} is not what savedefconfig writes (lines with - are defaults or redundant, + are needed to keep the same result):\n${diff}`,
        at: { file, title: 'defconfig not normalized' }
    };
}

;// CONCATENATED MODULE: ./src/stages/check.ts
// Check mode's stages share this: each check is a stage whose work returns findings (or why it
// was skipped); its findings are reported (errors fail the run, the next checks still run), and
// it gets a row in the check summary. A check may start early, beside another (the kernel's
// olddefconfig beside Buildroot's parse), and keep what it says until its own group opens.






const checkReportSlot = (0,stages_stage/* slot */.NI)('check report');
const CHECK_ICON = {
    pass: '✅',
    fail: '❌',
    warn: '⚠️',
    skip: '⏭️'
};
/** Runs a check's work now; the check's stage reports it when its turn comes. Never rejects. */
function startCheck(work) {
    const started = Date.now();
    const seconds = () => (Date.now() - started) / 1000;
    // After a cancel, the checks not yet started are skipped rather than run.
    const stopped = (0,process_groups/* cancellation */.WN)();
    if (stopped) {
        return Promise.resolve({
            result: `skipped: ${new process_groups/* CancelledError */.cc(stopped).message}`,
            seconds: 0
        });
    }
    return work().then(result => ({ result, seconds: seconds() }), (error) => ({ error, seconds: seconds() }));
}
/**
 * A reporter for work started early: it keeps what the work says until `release`, so that it
 * shows in the work's own group rather than in the group open at the time.
 */
function heldReporter(reporter) {
    let held = [];
    const pass = (say) => (...args) => {
        if (held)
            held.push(() => say(...args));
        else
            say(...args);
    };
    return {
        info: pass(message => reporter.info(message)),
        notice: pass((message, at) => reporter.notice(message, at)),
        warning: pass((message, at) => reporter.warning(message, at)),
        error: pass((message, at) => reporter.error(message, at)),
        startGroup: pass(title => reporter.startGroup(title)),
        endGroup: pass(() => reporter.endGroup()),
        release() {
            for (const say of held ?? [])
                say();
            held = undefined;
        }
    };
}
/** Turns how a check ended into its findings and row, and reports them. */
function recordCheck(run, name, settled) {
    const report = run.get(checkReportSlot);
    let outcome;
    if ('result' in settled) {
        const { result } = settled;
        outcome = typeof result === 'string' ? { findings: [], detail: result, skipped: true } : result;
    }
    else {
        const { error } = settled;
        // A full disk is news about the disk, not about the file that was being read.
        const message = isDiskFull(error)
            ? `${diskFullMessage([
                { name: 'output-dir', dir: run.inputs.outputDir },
                { name: 'the tool cache', dir: run.platform.tools.dir }
            ], name)}\n${(0,util_errors/* errorMessage */.gJ)(error)}`
            : (0,util_errors/* errorDetail */.m2)(error);
        outcome = {
            findings: [
                { level: 'error', message, at: isDiskFull(error) ? undefined : (0,util_errors/* errorLocation */.yr)(error) }
            ],
            detail: 'could not run'
        };
    }
    for (const finding of outcome.findings) {
        if (finding.level === 'error')
            run.fail(finding.message, finding.at);
        else
            run.reporter[finding.level](finding.message, finding.at);
    }
    report.findings.push(...outcome.findings);
    const errors = outcome.findings.filter(f => f.level === 'error').length;
    const warnings = outcome.findings.filter(f => f.level === 'warning').length;
    const status = outcome.skipped
        ? 'skip'
        : errors
            ? 'fail'
            : warnings
                ? 'warn'
                : 'pass';
    const counts = [errors && `${errors} error(s)`, warnings && `${warnings} warning(s)`]
        .filter(Boolean)
        .join(', ');
    const detail = counts ? `${counts}; ${outcome.detail}` : outcome.detail;
    report.rows.push({ name, status, detail, seconds: settled.seconds });
    run.reporter.info(`${CHECK_ICON[status]} ${name}: ${detail} (${(0,format/* formatDuration */.a3)(settled.seconds)})`);
}
/**
 * A check-mode stage: `work` returns what runs (or what was started earlier, with the reporter
 * whose held lines to release in this stage's group). It never throws: a check that cannot run
 * is an error finding, and the next checks still run.
 */
function checkStage(spec) {
    const modes = ['check'];
    return {
        title: spec.title,
        modes,
        onImageCacheHit: 'run',
        needs: spec.needs ?? [checkReportSlot],
        provides: spec.provides ?? [],
        async run(run) {
            const work = spec.work(run);
            let settled;
            if (typeof work === 'function') {
                settled = await startCheck(work);
            }
            else {
                work.release();
                settled = await work.started;
            }
            recordCheck(run, spec.title, settled);
        }
    };
}
const checkedConfigSlot = (0,stages_stage/* slot */.NI)('checked config');
/** Scratch space of the checks (their O= folders), inside output-dir. */
function checkScratch(run) {
    return external_node_path_default().join(run.inputs.outputDir, `check-${run.inputs.target}`);
}

;// CONCATENATED MODULE: ./src/stages/check-buildroot.ts
// Check mode: the merged configuration loaded by Buildroot's own Kconfig; every requested
// symbol that did not land is named at its file and line with why (a typo, an unmet
// dependency and what would select it); legacy options; whether the defconfig is normalized.






/** Buildroot's view of the checked configuration, when it loaded. */
const checkedTreeSlot = (0,stages_stage/* slot */.NI)('checked Buildroot tree');
const checkBuildrootStage = checkStage({
    title: 'Buildroot configuration',
    needs: [checkedConfigSlot],
    provides: [checkedTreeSlot],
    work(run) {
        const checked = run.get(checkedConfigSlot);
        run.set(checkedTreeSlot, undefined);
        return async () => {
            if (!checked.requested || !checked.loading) {
                return 'skipped: the config files could not be read';
            }
            // savedefconfig rides along in the same make call as the package list.
            const saved = external_node_path_default().join(checked.tree.outputDir, 'savedefconfig');
            const configured = await (0,configure/* readBuildroot */.jE)(await checked.loading, { saveDefconfig: saved });
            run.set(checkedTreeSlot, configured);
            const findings = [...(0,unmet_symbols/* explainUnmet */.b)(configured), ...legacyFindings(configured)];
            const normalized = findings.length ? undefined : normalizationFinding(configured, saved);
            if (normalized)
                findings.push(normalized);
            const landed = configured.requested.length - configured.unmet.length;
            return {
                findings,
                detail: `${landed} of ${configured.requested.length} requested symbols landed in Buildroot ${configured.buildrootVersion}; makefiles parse${normalized ? '; not normalized (see notice)' : ''}`
            };
        };
    }
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(598);
var external_node_crypto_default = /*#__PURE__*/__nccwpck_require__.n(external_node_crypto_);
// EXTERNAL MODULE: ./src/targets.ts
var targets = __nccwpck_require__(402);
// EXTERNAL MODULE: ./src/util/run.ts + 1 modules
var run = __nccwpck_require__(133);
;// CONCATENATED MODULE: ./src/check/references.ts
// Files the defconfig names must exist, and every package of the BR2_EXTERNAL trees that
// downloads something must have a .hash file (Buildroot only warns without one, and then
// checks nothing). Whether the .hash files list each download is download-hashes.ts's job.



/** Options whose value is a space-separated list of files or folders. */
const PATH_OPTIONS = [
    'BR2_ROOTFS_OVERLAY',
    'BR2_ROOTFS_POST_BUILD_SCRIPT',
    'BR2_ROOTFS_POST_FAKEROOT_SCRIPT',
    'BR2_ROOTFS_POST_IMAGE_SCRIPT',
    'BR2_ROOTFS_USERS_TABLES',
    'BR2_ROOTFS_DEVICE_TABLE',
    'BR2_ROOTFS_STATIC_DEVICE_TABLE',
    'BR2_GLOBAL_PATCH_DIR',
    'BR2_LINUX_KERNEL_CUSTOM_CONFIG_FILE',
    'BR2_LINUX_KERNEL_CONFIG_FRAGMENT_FILES',
    'BR2_LINUX_KERNEL_CUSTOM_DTS_PATH',
    'BR2_LINUX_KERNEL_PATCH',
    'BR2_TARGET_ROOTFS_ISO9660_BOOT_MENU',
    'BR2_TARGET_GRUB2_BUILTIN_CONFIG_PC',
    'BR2_TARGET_GRUB2_BUILTIN_CONFIG_EFI',
    'BR2_TARGET_UBOOT_CUSTOM_CONFIG_FILE',
    'BR2_PACKAGE_BUSYBOX_CONFIG',
    'BR2_PACKAGE_BUSYBOX_CONFIG_FRAGMENT_FILES',
    'BR2_TARGET_GENERIC_ISSUE_FILE'
];
/** `name:` of each tree's external.desc → its folder, for $(BR2_EXTERNAL_<name>_PATH). */
function externalTreeNames(trees) {
    const names = new Map();
    for (const tree of trees) {
        const desc = external_node_path_default().join(tree, 'external.desc');
        const name = external_node_fs_default().existsSync(desc)
            ? /^name:\s*(\S+)/m.exec(external_node_fs_default().readFileSync(desc, 'utf8'))?.[1]
            : undefined;
        if (name)
            names.set(name, tree);
    }
    return names;
}
/** Expands $(BR2_EXTERNAL_<NAME>_PATH) and $(TOPDIR); undefined when another variable is left. */
function expandPath(value, externals, topDir) {
    const expanded = value
        .replace(/\$\(BR2_EXTERNAL_([A-Za-z0-9_]+)_PATH\)/g, (whole, name) => externals.get(name) ?? whole)
        .replace(/\$\(TOPDIR\)/g, topDir ?? '$(TOPDIR)');
    if (expanded.includes('$('))
        return undefined;
    if (external_node_path_default().isAbsolute(expanded))
        return expanded;
    return topDir ? external_node_path_default().join(topDir, expanded) : undefined;
}
function referenceFindings(options) {
    const externals = externalTreeNames(options.externalTrees);
    const findings = [];
    for (const entry of options.requested) {
        const value = entry.value.startsWith('"') ? (0,defconfig/* unquote */._n)(entry.value) : undefined;
        if (!value)
            continue;
        const candidates = PATH_OPTIONS.includes(entry.symbol)
            ? value.split(/\s+/).filter(Boolean)
            : entry.symbol === 'BR2_ROOTFS_POST_SCRIPT_ARGS'
                ? value.split(/\s+/).filter(token => token.includes('$(BR2_EXTERNAL_'))
                : [];
        for (const reference of candidates) {
            const file = expandPath(reference, externals, options.buildrootDir);
            if (file && !external_node_fs_default().existsSync(file)) {
                findings.push({
                    level: 'error',
                    message: `${entry.symbol} names ${reference}, which does not exist (${file}).`,
                    at: { file: entry.file, line: entry.line || undefined, title: 'Missing file' }
                });
            }
        }
    }
    return findings;
}
function packageMakefiles(tree) {
    const dir = external_node_path_default().join(tree, 'package');
    if (!external_node_fs_default().existsSync(dir))
        return [];
    return external_node_fs_default().readdirSync(dir, { withFileTypes: true, recursive: true })
        .filter(entry => entry.isFile() && entry.name.endsWith('.mk'))
        .map(entry => external_node_path_default().join(entry.parentPath, entry.name));
}
/** Every downloading package of the BR2_EXTERNAL trees has a .hash file. */
function hashFindings(externalTrees) {
    const findings = [];
    for (const makefile of externalTrees.flatMap(packageMakefiles)) {
        const text = external_node_fs_default().readFileSync(makefile, 'utf8');
        const pkg = external_node_path_default().basename(makefile, '.mk');
        const prefix = pkg.toUpperCase().replace(/-/g, '_');
        const variable = (name) => new RegExp(`^${prefix}_${name}\\s*[:+]?=\\s*(.*)$`, 'm').exec(text)?.[1]?.trim();
        if (!variable('SITE') || variable('SITE_METHOD') === 'local')
            continue;
        if (external_node_fs_default().existsSync(external_node_path_default().join(external_node_path_default().dirname(makefile), `${pkg}.hash`)))
            continue;
        const line = text.split('\n').findIndex(l => l.startsWith(`${prefix}_SITE`)) + 1;
        findings.push({
            level: 'error',
            message: `package ${pkg} downloads from ${variable('SITE')} but has no ${pkg}.hash, so Buildroot checks nothing it downloads: add one with the upstream hash (and a comment naming where it comes from).`,
            at: { file: makefile, line, title: 'Missing .hash' }
        });
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/check/kernel.ts
// Kernel config check: the kernel's own `make olddefconfig` on kernel_defconfig and the config
// fragments Buildroot applies after it (in a kept scratch O= folder, so the kernel tree is never
// written), then the result against the requirement list.









async function commandExists(name) {
    try {
        await (0,run/* capture */.Fg)('sh', ['-c', 'command -v "$1"', 'sh', name]);
        return true;
    }
    catch {
        return false;
    }
}
/** VERSION.PATCHLEVEL.SUBLEVEL plus EXTRAVERSION, as the tree's top Makefile declares it. */
function treeVersion(linuxDir) {
    const makefile = external_node_path_default().join(linuxDir, 'Makefile');
    const text = external_node_fs_default().existsSync(makefile) ? external_node_fs_default().readFileSync(makefile, 'utf8').slice(0, 2000) : '';
    const field = (name) => new RegExp(`^${name}\\s*=[ \\t]*(\\S*)`, 'm').exec(text)?.[1] ?? '';
    return ['VERSION', 'PATCHLEVEL', 'SUBLEVEL'].map(field).join('.') + field('EXTRAVERSION');
}
/**
 * The kernel's O= folder under `scratchRoot`, kept between runs: a cold olddefconfig first
 * builds the kernel's config tools, about half of its time. It is one folder per kernel tree
 * (and its version), ARCH and CROSS_COMPILE, so another tree or architecture never reuses a
 * stale one; folders for other keys are removed.
 */
function kernelScratchDir(scratchRoot, linuxDir, arch, crossCompile) {
    const key = external_node_crypto_default().createHash('sha256')
        .update([external_node_fs_default().realpathSync(linuxDir), treeVersion(linuxDir), arch, crossCompile ?? ''].join('\0'))
        .digest('hex')
        .slice(0, 16);
    const name = `${arch}-${key}`;
    if (external_node_fs_default().existsSync(scratchRoot)) {
        for (const other of external_node_fs_default().readdirSync(scratchRoot).filter(entry => entry !== name)) {
            external_node_fs_default().rmSync(external_node_path_default().join(scratchRoot, other), { recursive: true, force: true });
        }
    }
    return external_node_path_default().join(scratchRoot, name);
}
/**
 * The config fragments Buildroot merges over kernel_defconfig (BR2_LINUX_KERNEL_CONFIG_FRAGMENT_FILES),
 * as files. A path relative to the Buildroot tree cannot be read without one: a notice, and the
 * check runs without it. A path that does not exist is left to the referenced-files check.
 */
function kernelConfigFragments(requested, externals, buildrootDir) {
    const files = [];
    const findings = [];
    const entry = requested.findLast(e => e.symbol === 'BR2_LINUX_KERNEL_CONFIG_FRAGMENT_FILES');
    if (!entry)
        return { files, findings };
    for (const reference of (0,defconfig/* unquote */._n)(entry.value).split(/\s+/).filter(Boolean)) {
        const file = expandPath(reference, externals, buildrootDir);
        if (file === undefined) {
            findings.push({
                level: 'notice',
                message: `BR2_LINUX_KERNEL_CONFIG_FRAGMENT_FILES names ${reference}, which cannot be read here (a path in the Buildroot tree needs buildroot-src): the kernel check runs without this fragment, which the build applies after kernel_defconfig.`,
                at: { file: entry.file, line: entry.line || undefined, title: 'Kernel config fragment' }
            });
        }
        else if (external_node_fs_default().existsSync(file))
            files.push(file);
    }
    return { files, findings };
}
/**
 * Runs olddefconfig for the target's ARCH on kernel_defconfig followed by `fragments`, whose
 * lines win as in Buildroot's merge_config.sh; warns when the cross compiler is missing.
 */
async function olddefconfig(linuxDir, kernelDefconfig, target, scratchRoot, fragments = []) {
    const findings = [];
    const { arch, crossCompile } = targets/* TARGET */.Qn[target].kernelArch;
    let useCrossCompile;
    if (crossCompile) {
        if (await commandExists(`${crossCompile}gcc`))
            useCrossCompile = crossCompile;
        else {
            findings.push({
                level: 'warning',
                message: `${crossCompile}gcc is not installed: options that depend on the compiler's abilities may be dropped in this check (on Debian/Ubuntu: apt-get install gcc-aarch64-linux-gnu).`
            });
        }
    }
    const scratchDir = kernelScratchDir(scratchRoot, linuxDir, arch, useCrossCompile);
    const args = ['-C', linuxDir, `O=${scratchDir}`, `ARCH=${arch}`];
    if (useCrossCompile)
        args.push(`CROSS_COMPILE=${useCrossCompile}`);
    const attempt = async () => {
        external_node_fs_default().mkdirSync(scratchDir, { recursive: true });
        // Kconfig reads a later assignment of a symbol over an earlier one.
        const text = [kernelDefconfig, ...fragments]
            .map(file => external_node_fs_default().readFileSync(file, 'utf8').replace(/\n?$/, '\n'))
            .join('');
        external_node_fs_default().writeFileSync(external_node_path_default().join(scratchDir, '.config'), text);
        await (0,run/* capture */.Fg)('make', [...args, 'olddefconfig']);
    };
    const kept = external_node_fs_default().existsSync(scratchDir);
    try {
        try {
            await attempt();
        }
        catch (error) {
            if (!kept)
                throw error;
            // A kept folder left broken (an interrupted run, a changed host compiler) must not fail
            // the check: once more from an empty folder, whose failure is the tree's own.
            external_node_fs_default().rmSync(scratchDir, { recursive: true, force: true });
            await attempt();
        }
    }
    catch (error) {
        const detail = error instanceof run/* CommandError */.Qd ? error.result.lastLines.join('\n') : String(error);
        throw new Error(`make olddefconfig failed in ${linuxDir} for ARCH=${arch}:\n${detail}`, {
            cause: error
        });
    }
    return {
        dotConfig: (0,defconfig/* readDotConfig */.il)(external_node_fs_default().readFileSync(external_node_path_default().join(scratchDir, '.config'), 'utf8')),
        findings
    };
}
const isOn = (value) => value === 'y' || value === 'm';
/** The release of a kernel tree (6.12.117), from its top-level Makefile; undefined if unknown. */
function kernelTreeVersion(linuxDir) {
    const makefile = external_node_path_default().join(linuxDir, 'Makefile');
    if (!external_node_fs_default().existsSync(makefile))
        return undefined;
    const text = external_node_fs_default().readFileSync(makefile, 'utf8');
    const field = (name) => new RegExp(`^${name}\\s*=\\s*(\\d+)\\s*$`, 'm').exec(text)?.[1];
    const [version, patchlevel, sublevel] = ['VERSION', 'PATCHLEVEL', 'SUBLEVEL'].map(field);
    if (!version || !patchlevel)
        return undefined;
    return [version, patchlevel, sublevel].filter(Boolean).join('.');
}
/**
 * Requirements not met by the resolved config, and kernel_defconfig lines that did not land.
 * `overrideTree`: the tree is not the configured kernel source (linux-src), so a symbol it
 * does not know may exist in the configured one: a warning, not an error.
 */
function checkKernelConfig(options) {
    const { requested, dotConfig, kernelDefconfig } = options;
    const findings = [];
    const lineOf = (names) => requested.find(entry => names.some(name => entry.symbol === `CONFIG_${name}`))?.line;
    let index;
    const kconfig = () => (index ??= (0,dependencies/* indexKconfig */.mf)((0,dependencies/* findKconfigFiles */.or)(options.linuxDir, /^Kconfig/)));
    const version = kernelTreeVersion(options.linuxDir);
    const thisKernel = version ? `this kernel (Linux ${version})` : 'this kernel tree';
    for (const requirement of options.requirements) {
        if (requirement.options.some(option => isOn(dotConfig.get(`CONFIG_${option}`))))
            continue;
        if (requirement.since && !requirement.options.some(option => kconfig().has(option))) {
            // Not a miss: the option is younger than this kernel.
            findings.push({
                level: 'notice',
                message: `CONFIG_${requirement.options[0]} is not in ${thisKernel}: it came with Linux ${requirement.since}, ` +
                    `so ${requirement.reason} is not available on this image (${requirement.source}). ` +
                    `With a kernel of ${requirement.since} or later, set CONFIG_${requirement.options[0]}=y in kernel_defconfig.`,
                at: { file: kernelDefconfig, title: `Kernel: ${requirement.options[0]}` }
            });
            continue;
        }
        const names = requirement.options.map(o => `CONFIG_${o}`).join(' or ');
        // A symbol without a prompt (XFRM_OFFLOAD, INET_XFRM_TUNNEL) comes only from what selects it.
        const selectOnly = (0,dependencies/* selectOnlyHint */._P)(kconfig(), requirement.options[0]);
        findings.push({
            level: requirement.level === 'required' ? 'error' : 'warning',
            message: `${names} is ${requirement.level === 'required' ? 'required' : 'recommended'} but not enabled after olddefconfig: ${requirement.reason} (${requirement.source}). ` +
                (selectOnly
                    ? `${selectOnly} (set in kernel_defconfig).`
                    : `Set ${`CONFIG_${requirement.options[0]}`}=y (or =m) in kernel_defconfig, with what it depends on.`),
            at: {
                file: kernelDefconfig,
                line: lineOf(requirement.options),
                title: `Kernel: ${requirement.options[0]}`
            }
        });
    }
    const unmet = (0,defconfig/* findUnmetRequests */.PS)(requested, dotConfig);
    if (unmet.length) {
        const index = kconfig();
        const values = new Map([...dotConfig].map(([symbol, value]) => [symbol.replace(/^CONFIG_/, ''), value]));
        for (const { requested: entry, actual } of unmet) {
            const name = entry.symbol.replace(/^CONFIG_/, '');
            const asked = `${(0,util_text/* echo */.WI)(entry.symbol)}=${(0,util_text/* echo */.WI)(entry.value)}`;
            let message;
            let level = options.overrideTree ? 'warning' : 'error';
            const since = options.requirements.find(r => r.since && r.options.includes(name))?.since;
            if (!index.has(name) && since) {
                // Known, but younger than this kernel: Kconfig drops it without a word.
                message = `${asked}: ${thisKernel} has no such option; it came with Linux ${since}, so this line has no effect here.`;
                level = 'warning';
            }
            else if (!index.has(name)) {
                message = `${asked}: this kernel tree has no such option${options.overrideTree ? ' (the configured kernel source may have it)' : '; check the spelling'}.`;
            }
            else {
                const why = (0,dependencies/* explainUnmetDependency */.yv)(index, name, values, options.linuxDir) ??
                    `it ended up ${actual === undefined || actual === 'n' ? 'not set' : `=${actual}`} (selected or overridden by another option)`;
                message = `${asked} did not land: ${why}.`;
                if (entry.value === 'n')
                    level = 'warning';
            }
            findings.push({
                level,
                message,
                at: { file: entry.file, line: entry.line, title: 'Kernel option did not land' }
            });
        }
    }
    return findings;
}

;// CONCATENATED MODULE: external "node:dns/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns/promises");
var promises_default = /*#__PURE__*/__nccwpck_require__.n(promises_namespaceObject);
// EXTERNAL MODULE: ./src/util/hash.ts
var hash = __nccwpck_require__(325);
;// CONCATENATED MODULE: ./src/check/kernel-source.ts
// The kernel tree to check kernel_defconfig against, when linux-src is not given: the tarball
// of the configured kernel, from where Buildroot would fetch it (its mirrors included),
// verified against the sha256 Buildroot itself would check (its linux/ hash files, or linux.hash
// under BR2_GLOBAL_PATCH_DIR), unpacked once into the tool cache folder.








/**
 * Where Buildroot would download the configured kernel from, in its order (package/pkg-download.mk):
 * BR2_PRIMARY_SITE, then upstream (see linux/linux.mk), then BR2_BACKUP_SITE
 * (sources.buildroot.net by default, which keeps a copy of every source it knows the hash of).
 */
function kernelTarball(dotConfig) {
    let upstream;
    if (dotConfig.get('BR2_LINUX_KERNEL_CUSTOM_TARBALL') === 'y') {
        upstream = (0,defconfig/* unquote */._n)(dotConfig.get('BR2_LINUX_KERNEL_CUSTOM_TARBALL_LOCATION')).replace(/\$\(call github,([^,]+),([^,]+),([^)]+)\)/g, 'https://github.com/$1/$2/archive/$3');
    }
    else {
        const version = dotConfig.get('BR2_LINUX_KERNEL_CUSTOM_VERSION') === 'y'
            ? (0,defconfig/* unquote */._n)(dotConfig.get('BR2_LINUX_KERNEL_CUSTOM_VERSION_VALUE'))
            : (0,defconfig/* unquote */._n)(dotConfig.get('BR2_LINUX_KERNEL_VERSION'));
        if (!/^\d+\.\d+/.test(version))
            return undefined;
        const mirror = (0,defconfig/* unquote */._n)(dotConfig.get('BR2_KERNEL_MIRROR')) || 'https://cdn.kernel.org/pub';
        upstream = `${mirror}/linux/kernel/v${version.split('.')[0]}.x/linux-${version}.tar.xz`;
    }
    const file = external_node_path_default().basename(upstream);
    const site = (symbol) => {
        const base = (0,defconfig/* unquote */._n)(dotConfig.get(symbol)).replace(/\/+$/, '');
        return base ? [`${base}/linux/${file}`, `${base}/${file}`] : [];
    };
    const onlyPrimary = dotConfig.get('BR2_PRIMARY_SITE_ONLY') === 'y';
    const urls = [
        ...site('BR2_PRIMARY_SITE'),
        ...(onlyPrimary ? [] : [upstream, ...site('BR2_BACKUP_SITE')])
    ];
    return { urls, file };
}
/**
 * The sha256 Buildroot checks for `file`, from the hash files it reads (LINUX_HASH_FILES in
 * package/pkg-generic.mk): in its linux/ folder, then in each BR2_GLOBAL_PATCH_DIR's linux/,
 * <version>/linux.hash where that exists (2026.02.x keeps its kernel hashes so), else linux.hash.
 */
function expectedKernelHash(file, dotConfig, buildrootDir, externals) {
    const patchDirs = (0,defconfig/* unquote */._n)(dotConfig.get('BR2_GLOBAL_PATCH_DIR'))
        .split(/\s+/)
        .filter(Boolean)
        .map(dir => expandPath(dir, externals, buildrootDir))
        .filter((dir) => Boolean(dir));
    const version = (0,defconfig/* unquote */._n)(dotConfig.get('BR2_LINUX_KERNEL_VERSION'));
    const hashFiles = [
        external_node_path_default().join(buildrootDir, 'linux'),
        ...patchDirs.map(dir => external_node_path_default().join(dir, 'linux'))
    ].map(dir => {
        const ofVersion = external_node_path_default().join(dir, version, 'linux.hash');
        return version && external_node_fs_default().existsSync(ofVersion) ? ofVersion : external_node_path_default().join(dir, 'linux.hash');
    });
    for (const hashFile of hashFiles.filter(f => external_node_fs_default().existsSync(f))) {
        for (const line of external_node_fs_default().readFileSync(hashFile, 'utf8').split('\n')) {
            const match = /^sha256\s+([0-9a-f]{64})\s+(\S+)\s*$/.exec(line.trim());
            if (match && match[2] === file)
                return { sha256: match[1], hashFile };
        }
    }
    return undefined;
}
/** DNS answers that mean the host cannot be reached by name now: no such host, or no DNS. */
const DNS_FAILURES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME', 'ENODATA']);
/** The DNS error code when the URL's host cannot be resolved; undefined when it can (or for file URLs). */
async function unresolvable(url, lookup = (promises_default()).lookup) {
    const host = new URL(url).hostname;
    if (!host)
        return undefined;
    try {
        await lookup(host);
        return undefined;
    }
    catch (error) {
        const code = error.code ?? '';
        return DNS_FAILURES.has(code) ? code : undefined;
    }
}
async function downloadKernelSource(reporter, options, lookup = (promises_default()).lookup) {
    const tarball = kernelTarball(options.dotConfig);
    if (!tarball) {
        throw new Error('the configuration names no kernel version to check against; set linux-src to a kernel tree');
    }
    const dir = external_node_path_default().join(options.cacheDir, 'linux-src', tarball.file.replace(/\.tar\.\w+$/, ''));
    if (external_node_fs_default().existsSync(external_node_path_default().join(dir, '.complete')))
        return dir;
    const expected = expectedKernelHash(tarball.file, options.dotConfig, options.buildrootDir, options.externals);
    if (!expected) {
        throw new Error(`no sha256 for ${tarball.file} in Buildroot's linux/ hash files or under BR2_GLOBAL_PATCH_DIR, and the check downloads nothing unverified: add the hash (from a source you can cite) in <BR2_GLOBAL_PATCH_DIR>/linux/linux.hash, or set linux-src.`);
    }
    const partial = external_node_path_default().join(options.cacheDir, `${tarball.file}.part`);
    const failures = [];
    let file;
    const unresolved = [];
    for (const url of tarball.urls) {
        // The runner's tool cache retries every failed download (3 tries, 10-20 s apart), which
        // an offline machine waits out for every URL: a host that does not resolve is skipped.
        const dnsError = await unresolvable(url, lookup);
        if (dnsError) {
            unresolved.push(new URL(url).hostname);
            failures.push(`${url}: the host cannot be resolved (${dnsError})`);
            continue;
        }
        reporter.info(`Downloading ${url} to check kernel_defconfig against it`);
        external_node_fs_default().rmSync(partial, { force: true });
        try {
            const downloaded = await options.tools.download(url, partial);
            const actual = await (0,hash/* sha256File */.Q3)(downloaded);
            if (actual === expected.sha256) {
                file = downloaded;
                break;
            }
            failures.push(`${url}: sha256 ${actual} does not match`);
        }
        catch (error) {
            failures.push(`${url}: ${(0,util_errors/* errorMessage */.gJ)(error)}`);
        }
    }
    if (!file) {
        external_node_fs_default().rmSync(partial, { force: true });
        if (unresolved.length === tarball.urls.length) {
            throw new Error(`cannot download ${tarball.file}: none of its hosts resolves (${[...new Set(unresolved)].join(', ')}), so this machine is offline or has no DNS. ` +
                "Set linux-src to a kernel tree to check kernel_defconfig against (e.g. Debian's linux-source-6.12 unpacked), or run where the network works.");
        }
        throw new Error(`no download of ${tarball.file} matches ${expected.hashFile} (sha256 ${expected.sha256}):\n` +
            failures.map(line => `  ${line}`).join('\n') +
            '\nBuildroot would fail the same way. Set linux-src to a kernel tree to check against instead.');
    }
    external_node_fs_default().rmSync(dir, { recursive: true, force: true });
    external_node_fs_default().mkdirSync(dir, { recursive: true });
    await (0,run/* capture */.Fg)('tar', ['-xf', file, '-C', dir, '--strip-components=1']);
    external_node_fs_default().rmSync(file, { force: true });
    external_node_fs_default().writeFileSync(external_node_path_default().join(dir, '.complete'), `${tarball.file}\n${expected.sha256}\n`);
    return dir;
}

;// CONCATENATED MODULE: ./src/kconfig/kernel-requirements.ts
const SV = 'kubernetes/system-validators validators/types_unix.go';
const runtime = 'runtime need of this image';
// The CNIs' own lists, as read (repository, path, commit).
const CILIUM = 'cilium/cilium Documentation/operations/system_requirements.rst (commit 00c88111b78b)';
const CILIUM_BASE = `${CILIUM}, "Base Requirements"`;
const CILIUM_MASQUERADE = `${CILIUM}, "Requirements for Iptables-based Masquerading"`;
const CILIUM_TUNNEL = `${CILIUM}, "Requirements for Tunneling and Routing"`;
const CILIUM_L7 = `${CILIUM}, "Requirements for L7 and FQDN Policies"`;
const CILIUM_IPSEC = `${CILIUM}, "Requirements for IPsec"`;
const CILIUM_BANDWIDTH = `${CILIUM}, "Requirements for the Bandwidth Manager"`;
const CILIUM_NETKIT = `${CILIUM}, "Requirements for Netkit Device Mode"`;
const CALICO = 'tigera/docs calico/_includes/partials/_system-requirements.mdx (commit 1bbcbaeda8a6), "Kernel Dependencies"';
const FELIX = 'projectcalico/calico felix/ipsets/ipset_defs.go (commit 87c15906f20c), IPSetTypeHashNetNet';
const SCTP = 'kubernetes/enhancements keps/sig-network/614-SCTP-support/README.md (commit 4adea33212d5)';
const required = (options, reason, source = runtime) => ({
    options,
    level: 'required',
    reason,
    source
});
const optional = (options, reason, source = runtime) => ({
    options,
    level: 'optional',
    reason,
    source
});
const KERNEL_REQUIREMENTS = [
    // kubeadm SystemVerification: Required
    required(['NAMESPACES'], 'namespaces isolate containers', `${SV} Required`),
    required(['NET_NS'], 'each pod gets its own network namespace', `${SV} Required`),
    required(['PID_NS'], 'containers get their own process IDs', `${SV} Required`),
    required(['IPC_NS'], 'containers get their own IPC namespace', `${SV} Required`),
    required(['UTS_NS'], 'containers get their own hostname', `${SV} Required`),
    required(['CPUSETS'], 'cgroup v2 cpuset controller', `${SV} Required, CgroupsV2 cpuset`),
    required(['MEMCG'], 'cgroup v2 memory controller: memory limits and eviction', `${SV} Required, CgroupsV2 memory`),
    required(['INET'], 'TCP/IP networking', `${SV} Required`),
    required(['EXT4_FS'], 'the root filesystem and kubelet data', `${SV} Required`),
    required(['PROC_FS'], '/proc', `${SV} Required`),
    required(['NETFILTER_XT_TARGET_REDIRECT', 'IP_NF_TARGET_REDIRECT'], 'REDIRECT target used by kube-proxy and CNI port mapping', `${SV} Required`),
    required(['NETFILTER_XT_MATCH_COMMENT'], 'kube-proxy labels its iptables rules with comments', `${SV} Required`),
    required(['FAIR_GROUP_SCHED'], 'CPU shares between pods', `${SV} Required`),
    // kubeadm SystemVerification: RequiredCgroupsV2 (Kubernetes 1.35+ runs on cgroup v2 only)
    required(['CGROUPS'], 'cgroups (the v2 freezer is part of the core)', `${SV} RequiredCgroupsV2`),
    required(['CGROUP_BPF'], 'cgroup v2 device controller (eBPF programs attached to cgroups)', `${SV} RequiredCgroupsV2`),
    required(['CGROUP_PIDS'], 'cgroup v2 pids controller: process limits', `${SV} RequiredCgroupsV2`),
    required(['CGROUP_SCHED'], 'cgroup v2 cpu controller', `${SV} RequiredCgroupsV2`),
    // kubeadm SystemVerification: Optional, CgroupsV2Optional
    optional(['CFS_BANDWIDTH'], 'CPU limits (CFS quota)', `${SV} Optional`),
    optional(['CGROUP_HUGETLB'], 'cgroup v2 hugetlb controller', `${SV} CgroupsV2Optional`),
    optional(['BLK_CGROUP'], 'cgroup v2 io controller', `${SV} CgroupsV2Optional`),
    // Container runtime: containerd's overlayfs snapshotter, runc's default seccomp profile
    required(['OVERLAY_FS', 'OVERLAYFS_FS'], "containerd's default overlayfs snapshotter", `${SV} Optional; required by containerd's default snapshotter`),
    required(['SECCOMP'], 'RuntimeDefault seccomp profile', `${SV} Optional; required by runc's default profile`),
    required(['SECCOMP_FILTER'], 'seccomp mode 2 (filters) for the RuntimeDefault profile', `${SV} Optional; required by runc's default profile`),
    required(['POSIX_MQUEUE'], 'runc mounts /dev/mqueue in every container'),
    optional(['USER_NS'], 'user namespaces (pods with hostUsers: false, rootless tools)'),
    optional(['KEYS'], 'runc creates a session keyring per container'),
    required(['IKCONFIG'], "kubeadm's SystemVerification reads the kernel configuration"),
    required(['IKCONFIG_PROC'], "kubeadm's SystemVerification reads /proc/config.gz"),
    // Pod networking: veth pairs on a bridge, filtered by netfilter, VXLAN overlays (flannel, Calico)
    required(['VETH'], 'CNI plugins connect pods with veth pairs'),
    required(['BRIDGE'], 'the bridge CNI plugin and Docker'),
    required(['BRIDGE_NETFILTER'], 'br_netfilter: net.bridge.bridge-nf-call-iptables for pod traffic'),
    required(['VXLAN'], 'VXLAN overlay networks (flannel, Calico, Cilium)'),
    // kube-proxy, iptables mode (iptables here uses the nft backend)
    required(['NETFILTER'], 'netfilter'),
    required(['NETFILTER_ADVANCED'], 'the xt matches and targets below'),
    required(['NF_CONNTRACK'], 'connection tracking for Service NAT'),
    required(['NF_NAT'], 'NAT for Services'),
    required(['IP_NF_IPTABLES', 'IP_NF_IPTABLES_LEGACY'], 'iptables (IPv4)'),
    required(['IP_NF_FILTER'], 'iptables filter table'),
    required(['IP_NF_NAT'], 'iptables nat table (kube-proxy KUBE-SERVICES)'),
    optional(['IP_NF_MANGLE'], 'iptables mangle table (CNI plugins, Docker)'),
    required(['IP_NF_TARGET_MASQUERADE', 'NETFILTER_XT_TARGET_MASQUERADE'], 'MASQUERADE for traffic leaving the node'),
    required(['NETFILTER_XT_MATCH_CONNTRACK'], 'conntrack match in kube-proxy rules'),
    required(['NETFILTER_XT_MATCH_ADDRTYPE'], 'addrtype match (NodePort, LOCAL destinations)'),
    required(['NETFILTER_XT_MATCH_MULTIPORT'], 'multiport match'),
    required(['NETFILTER_XT_MARK', 'NETFILTER_XT_MATCH_MARK'], 'packet marks (KUBE-MARK-MASQ)'),
    required(['NETFILTER_XT_MATCH_STATISTIC'], 'random load balancing between Service endpoints'),
    optional(['NETFILTER_XT_TARGET_CHECKSUM', 'IP_NF_TARGET_CHECKSUM'], 'checksum fixes for some CNI setups'),
    optional(['IP6_NF_IPTABLES', 'IP6_NF_IPTABLES_LEGACY'], 'ip6tables (dual-stack clusters)'),
    optional(['IP6_NF_NAT'], 'IPv6 NAT (dual-stack clusters)'),
    // kube-proxy, nftables mode, and iptables-nft itself
    required(['NF_TABLES'], 'nftables: the iptables nft backend and kube-proxy nftables mode'),
    required(['NF_TABLES_INET'], 'nftables inet family'),
    required(['NFT_COMPAT'], 'iptables-nft runs xt matches through nft_compat'),
    required(['NFT_CT'], 'conntrack expressions in nftables'),
    required(['NFT_NAT'], 'NAT in nftables'),
    required(['NFT_MASQ'], 'masquerade in nftables'),
    optional(['NFT_NUMGEN'], 'kube-proxy nftables mode load balancing'),
    optional(['NFT_FIB_INET', 'NFT_FIB_IPV4'], 'kube-proxy nftables mode local address checks'),
    // kube-proxy, IPVS mode (optional)
    optional(['IP_VS'], 'kube-proxy IPVS mode'),
    optional(['IP_VS_RR'], 'IPVS round-robin scheduler'),
    optional(['IP_VS_NFCT'], 'IPVS with conntrack'),
    optional(['NETFILTER_XT_MATCH_IPVS'], 'ipvs match in kube-proxy IPVS mode'),
    // CNIs users pick (optional: the image does not choose one for them). Cilium's lists, all but
    // the options already required above (CGROUPS, CGROUP_BPF, VXLAN, NETFILTER_XT_MATCH_COMMENT,
    // NETFILTER_XT_MARK, of which its NETFILTER_XT_TARGET_MARK is the backwards-compatible alias).
    optional(['BPF'], "Cilium's eBPF datapath", CILIUM_BASE),
    optional(['BPF_SYSCALL'], "Cilium's eBPF datapath: the bpf() system call", CILIUM_BASE),
    optional(['BPF_JIT'], "Cilium's eBPF datapath: compiled BPF programs", CILIUM_BASE),
    optional(['NET_CLS_BPF'], "Cilium's eBPF datapath: BPF traffic classifier", CILIUM_BASE),
    optional(['NET_CLS_ACT'], "Cilium's eBPF datapath: tc actions", CILIUM_BASE),
    optional(['NET_SCH_INGRESS'], "Cilium's eBPF datapath: tc ingress and clsact hooks", CILIUM_BASE),
    optional(['CRYPTO_SHA1'], "Cilium's eBPF datapath", CILIUM_BASE),
    optional(['CRYPTO_USER_API_HASH'], "Cilium's eBPF datapath: hashing from user space (AF_ALG)", CILIUM_BASE),
    optional(['PERF_EVENTS'], "Cilium's eBPF datapath: perf event buffers (Hubble, monitor)", CILIUM_BASE),
    optional(['SCHEDSTATS'], "Cilium's eBPF datapath", CILIUM_BASE),
    optional(['NETFILTER_XT_SET'], "Cilium's iptables-based masquerading: set match", CILIUM_MASQUERADE),
    optional(['IP_SET'], "Cilium's iptables-based masquerading: IP sets", CILIUM_MASQUERADE),
    optional(['IP_SET_HASH_IP'], "Cilium's iptables-based masquerading: hash:ip sets", CILIUM_MASQUERADE),
    optional(['GENEVE'], 'Geneve overlay networks (Cilium)', CILIUM_TUNNEL),
    optional(['FIB_RULES'], "Cilium's policy routing", CILIUM_TUNNEL),
    optional(['NETFILTER_XT_TARGET_TPROXY'], "Cilium's L7 proxy redirection (TPROXY)", CILIUM_L7),
    optional(['NETFILTER_XT_TARGET_CT'], "Cilium's L7 proxy redirection: CT target", CILIUM_L7),
    optional(['NETFILTER_XT_MATCH_SOCKET'], "Cilium's L7 proxy redirection: socket match", CILIUM_L7),
    optional(['NET_SCH_FQ'], "Cilium's bandwidth manager: the fq qdisc", CILIUM_BANDWIDTH),
    // Cilium's IPsec list, for GCM-128-AES, IPv4 and IPv6. Its INET_XFRM_MODE_TUNNEL is gone since
    // Linux 5.2 ("xfrm: make xfrm modes builtin"): tunnel mode is part of XFRM.
    optional(['XFRM'], 'IPsec encryption: the xfrm framework', CILIUM_IPSEC),
    optional(['XFRM_OFFLOAD'], 'IPsec encryption: ESP offload to capable network cards', CILIUM_IPSEC),
    optional(['XFRM_STATISTICS'], 'IPsec encryption: xfrm error counters (/proc/net/xfrm_stat)', CILIUM_IPSEC),
    optional(['XFRM_ALGO'], 'IPsec encryption: the xfrm algorithm table', CILIUM_IPSEC),
    optional(['XFRM_USER'], 'IPsec encryption: the xfrm netlink API that sets up the security associations', CILIUM_IPSEC),
    optional(['INET_ESP'], 'IPsec encryption: ESP for IPv4', CILIUM_IPSEC),
    optional(['INET6_ESP'], 'IPsec encryption: ESP for IPv6', CILIUM_IPSEC),
    optional(['INET_IPCOMP'], 'IPsec: IP payload compression (IPComp) for IPv4', CILIUM_IPSEC),
    optional(['INET6_IPCOMP'], 'IPsec: IP payload compression (IPComp) for IPv6', CILIUM_IPSEC),
    optional(['INET_XFRM_TUNNEL'], 'IPsec: the IPv4 xfrm tunnel', CILIUM_IPSEC),
    optional(['INET6_XFRM_TUNNEL'], 'IPsec: the IPv6 xfrm tunnel', CILIUM_IPSEC),
    optional(['INET_TUNNEL'], 'IPsec: IPv4 tunnel demultiplexing', CILIUM_IPSEC),
    optional(['INET6_TUNNEL'], 'IPsec: IPv6 tunnel demultiplexing', CILIUM_IPSEC),
    optional(['CRYPTO_AEAD'], 'IPsec encryption: the AEAD cipher interface (AES-GCM)', CILIUM_IPSEC),
    optional(['CRYPTO_AEAD2'], 'IPsec encryption: the AEAD cipher interface, second version', CILIUM_IPSEC),
    optional(['CRYPTO_GCM'], 'IPsec encryption with AES-GCM (rfc4106)', CILIUM_IPSEC),
    optional(['CRYPTO_SEQIV'], 'IPsec encryption with AES-GCM: sequence-number IVs', CILIUM_IPSEC),
    optional(['CRYPTO_CBC'], 'IPsec encryption: CBC mode', CILIUM_IPSEC),
    optional(['CRYPTO_HMAC'], 'IPsec authentication: HMAC', CILIUM_IPSEC),
    optional(['CRYPTO_SHA256'], 'IPsec authentication: SHA-256', CILIUM_IPSEC),
    optional(['CRYPTO_AES'], 'IPsec encryption: AES', CILIUM_IPSEC),
    optional(['IP_SCTP'], 'SCTP in pods and Services (protocol: SCTP)', SCTP),
    optional(['NETFILTER_XT_MATCH_SCTP'], 'the sctp match in network policy rules', `${CALICO}, match criteria`),
    optional(['IP_SET_HASH_NETNET'], 'hash:net,net IP sets', FELIX),
    // netkit came with Linux 6.7 (kernel commit 35dfaad7188c, "netkit, bpf: Add bpf programmable
    // net device"): both kernels of the image have it; an older one (a 6.6 linux-src) has not.
    {
        ...optional(['NETKIT'], "Cilium's netkit datapath mode (netkit devices)", CILIUM_NETKIT),
        since: '6.7'
    }
];

;// CONCATENATED MODULE: ./src/stages/check-kernel.ts
// Check mode: kernel_defconfig through the real kernel Kconfig (olddefconfig for the target's
// ARCH, in linux-src or in the configured kernel's verified source), then every kubeadm,
// container runtime and CNI requirement against the result.







function kernelCheckWork(run, checked, reporter) {
    const { inputs, platform } = run;
    return async () => {
        const requested = checked.requested;
        if (!requested)
            return 'skipped: the config files could not be read';
        let linuxDir = inputs.linuxSrc;
        if (!linuxDir) {
            const loaded = await checked.loading?.catch(() => undefined);
            if (!loaded) {
                return 'skipped: no linux-src, and Buildroot could not load the configuration to find the kernel source';
            }
            linuxDir = await downloadKernelSource(reporter, {
                dotConfig: loaded.dotConfig,
                buildrootDir: loaded.tree.sourceDir,
                externals: externalTreeNames(loaded.tree.externalTrees),
                cacheDir: platform.tools.dir,
                tools: platform.tools
            });
        }
        const kernelDefconfig = requested.files.kernelDefconfig;
        // Buildroot merges BR2_LINUX_KERNEL_CONFIG_FRAGMENT_FILES after the defconfig: so does this.
        const fragments = kernelConfigFragments(requested.requested, externalTreeNames(checked.tree.externalTrees), checked.tree.sourceDir);
        const resolved = await olddefconfig(linuxDir, kernelDefconfig, inputs.target, external_node_path_default().join(checkScratch(run), 'linux'), fragments.files);
        const findings = [
            ...fragments.findings,
            ...resolved.findings,
            ...checkKernelConfig({
                requested: checked.kernelEntries,
                dotConfig: resolved.dotConfig,
                requirements: KERNEL_REQUIREMENTS,
                linuxDir,
                overrideTree: Boolean(inputs.linuxSrc),
                kernelDefconfig
            })
        ];
        const required = KERNEL_REQUIREMENTS.filter(r => r.level === 'required').length;
        return {
            findings,
            detail: `olddefconfig (ARCH=${targets/* TARGET */.Qn[inputs.target].kernelArch.arch}) in ${linuxDir}; ${required} required and ${KERNEL_REQUIREMENTS.length - required} optional options checked`
        };
    };
}
const checkKernelStage = checkStage({
    title: 'Kernel configuration',
    needs: [checkedConfigSlot],
    work(run) {
        const checked = run.get(checkedConfigSlot);
        return checked.kernelEarly ?? kernelCheckWork(run, checked, run.reporter);
    }
});

;// CONCATENATED MODULE: ./src/stages/check-config-files.ts
// Check mode, first check: the target's config files read as Kconfig. Then the two slow parts
// start: Buildroot's `make defconfig` (a second or so), and, when there is a core for it, the
// kernel check beside it (olddefconfig is a single-threaded make, as Buildroot's parse is).









const checkConfigFilesStage = {
    title: 'Config files',
    modes: ['check'],
    onImageCacheHit: 'run',
    needs: [buildroot_patches/* patchedSlot */.qg, buildroot_patches/* treeSlot */.BC],
    provides: [checkReportSlot, checkedConfigSlot],
    async run(run) {
        const { inputs } = run;
        run.set(checkReportSlot, { rows: [], findings: [] });
        const checked = {
            kernelEntries: [],
            tree: { ...run.get(buildroot_patches/* treeSlot */.BC), outputDir: external_node_path_default().join(checkScratch(run), 'buildroot') }
        };
        run.set(checkedConfigSlot, checked);
        const settled = await startCheck(async () => {
            const files = (0,configure/* locateConfigFiles */.mA)(inputs.configDir, inputs.target);
            try {
                checked.requested = (0,configure/* readRequestedConfig */.Fg)(files, inputs.configFragment, run.get(buildroot_patches/* patchedSlot */.qg).series.sha256, (0,configure/* inputLines */.KD)(inputs));
                checked.kernelEntries = (0,defconfig/* parseKconfig */.Ps)(external_node_fs_default().readFileSync(files.kernelDefconfig, 'utf8'), files.kernelDefconfig, 'CONFIG_');
            }
            catch (error) {
                if (!(error instanceof defconfig/* KconfigSyntaxError */.BZ))
                    throw error;
                return {
                    findings: [{ level: 'error', message: error.detail, at: (0,util_errors/* errorLocation */.yr)(error) }],
                    detail: 'not Kconfig'
                };
            }
            return {
                findings: [],
                detail: `${checked.requested.requested.length} Buildroot and ${checked.kernelEntries.length} kernel settings read`
            };
        });
        recordCheck(run, this.title, settled);
        if (!checked.requested)
            return;
        checked.loading = (0,configure/* loadDefconfig */.cC)(checked.tree, checked.requested);
        checked.loading.catch(() => undefined); // reported by the Buildroot check, which awaits it
        if (external_node_os_default().availableParallelism() > 1) {
            const reporter = heldReporter(run.reporter);
            checked.kernelEarly = {
                started: startCheck(kernelCheckWork(run, checked, reporter)),
                release: () => reporter.release()
            };
        }
    }
};

;// CONCATENATED MODULE: ./src/stages/check-mirror.ts
// Check mode: which files of the download list download-mirror lacks, asked with a HEAD request
// each (buildroot/mirror.ts), so a pull request learns it before a build falls back to the
// packages' own sites (or, with download-mirror-only, stops at the first file it lacks).



/** How many missing files a finding names; the rest are counted. */
const NAMED = 20;
const checkMirrorStage = {
    ...checkStage({
        title: 'Download mirror',
        needs: [checkedConfigSlot, checkedTreeSlot],
        work(run) {
            const configured = run.get(checkedTreeSlot);
            const { downloadMirror, downloadMirrorOnly } = run.inputs;
            return async () => {
                if (!downloadMirror)
                    return 'skipped: no download-mirror';
                if (!configured)
                    return 'skipped: Buildroot could not load the configuration';
                const files = (0,mirror/* mirrorFiles */.bD)(configured.packages);
                const lookup = await (0,mirror/* lookUpMirror */.Cs)(downloadMirror, files);
                if (!lookup.checked)
                    return `skipped: ${downloadMirror.shown} not checked: ${lookup.why}`;
                const findings = [];
                if (lookup.missing.length) {
                    const named = lookup.missing.slice(0, NAMED).map(f => `${f.file} (${f.package})`);
                    const more = lookup.missing.length - named.length;
                    findings.push({
                        level: downloadMirrorOnly ? 'error' : 'warning',
                        message: `${downloadMirror.shown} lacks ${lookup.missing.length} of the ${lookup.total} files the build downloads: ${named.join(', ')}${more ? `, and ${more} more` : ''}. ` +
                            (downloadMirrorOnly
                                ? 'With download-mirror-only the build stops at the first of them: add them to the mirror (buildroot-k8s mirror fills a folder from a dl/ folder).'
                                : "The build downloads them from the packages' own sites; add them to the mirror to build without those (buildroot-k8s mirror fills a folder from a dl/ folder).")
                    });
                }
                return {
                    findings,
                    detail: `${lookup.total - lookup.missing.length} of ${lookup.total} downloads on ${downloadMirror.shown}`
                };
            };
        }
    }),
    enabled: run => Boolean(run.inputs.downloadMirror)
};

// EXTERNAL MODULE: ./src/buildroot/download-hashes.ts
var download_hashes = __nccwpck_require__(808);
;// CONCATENATED MODULE: ./src/stages/check-references.ts
// Check mode: the files the configuration names exist, external packages have .hash files, and
// every download has a hash Buildroot will accept (its own rule), so a pull request learns it
// before a build gets there an hour in.





const checkReferencesStage = checkStage({
    title: 'Referenced files and hashes',
    needs: [checkedConfigSlot, checkedTreeSlot],
    work(run) {
        const checked = run.get(checkedConfigSlot);
        const configured = run.get(checkedTreeSlot);
        return async () => {
            if (!checked.requested)
                return 'skipped: the config files could not be read';
            const findings = [
                ...referenceFindings({
                    requested: checked.requested.requested,
                    externalTrees: checked.tree.externalTrees,
                    buildrootDir: checked.tree.sourceDir
                }),
                ...hashFindings(checked.tree.externalTrees)
            ];
            let downloads = 'download hashes not checked (Buildroot could not load the configuration)';
            if (configured) {
                findings.push(...(0,download_hashes/* downloadHashFindings */.xr)(configured));
                downloads = `each of the ${(0,show_info/* downloadList */.R2)(configured.packages).length} downloads checked against its package's .hash files`;
            }
            return {
                findings,
                detail: `files named by the defconfig exist; external packages have .hash files; ${downloads}`
            };
        };
    }
});

;// CONCATENATED MODULE: ./src/stages/stage-times.ts
// The summary's table of stages: what ran, what was skipped and why, and how long each took.


const ICON = {
    done: '✅',
    skipped: '⏭️',
    failed: '❌',
    stopped: '⏱️',
    cancelled: '⏹️'
};
function renderStageTimes(stages) {
    if (!stages.length)
        return [];
    const lines = ['### Stages', '', '| Stage | Result | Time |', '| --- | --- | ---: |'];
    for (const stage of stages) {
        const result = `${ICON[stage.status]} ${stage.status}${stage.why ? `: ${(0,util_text/* tableCell */.xR)(stage.why)}` : ''}`;
        const time = stage.status === 'skipped' ? '' : (0,format/* formatDuration */.a3)(stage.seconds);
        lines.push(`| ${(0,util_text/* tableCell */.xR)(stage.title)} | ${result} | ${time} |`);
    }
    return [...lines, ''];
}

;// CONCATENATED MODULE: ./src/stages/check-summary.ts
// The check summary: one row per check with its time, the problems found (each at its file and
// line), and the notices.






function summarizeCheck(run, result) {
    const report = run.find(checkReportSlot) ?? { rows: [], findings: [] };
    const series = run.find(buildroot_patches/* patchedSlot */.qg)?.series;
    const ok = result.outcome === 'succeeded';
    const escape = (text) => (0,util_text/* tableCell */.xR)(text, 2000);
    const patches = series?.patches.length
        ? [
            `Buildroot patches applied (${series.patches.length}, from \`${series.dir}\`): ${series.patches.map(p => `\`${p.name}\``).join(', ')}`,
            ''
        ]
        : series
            ? ['No Buildroot patches applied.', '']
            : [];
    const lines = [`## ${ok ? '✅' : '❌'} Config check: ${run.inputs.target}`, '', ...patches];
    // A run that stopped before the checks (Buildroot could not be resolved, say) says why.
    if (result.failure && !report.rows.length) {
        lines.push('### What failed', '', ...(0,format/* codeBlock */.DV)((0,util_text/* safeMessage */.N5)(result.failure)), '');
    }
    if (report.rows.length) {
        lines.push('| Check | Result | Time | Detail |', '| --- | --- | ---: | --- |', ...report.rows.map(c => `| ${c.name} | ${CHECK_ICON[c.status]} ${c.status} | ${(0,format/* formatDuration */.a3)(c.seconds)} | ${escape(c.detail)} |`), '');
    }
    const problems = report.findings.filter(f => f.level !== 'notice');
    if (problems.length) {
        lines.push('### Problems', '');
        for (const finding of problems) {
            const where = finding.at
                ? `\`${external_node_path_default().basename(finding.at.file)}${finding.at.line ? `:${finding.at.line}` : ''}\` `
                : '';
            lines.push(`- **${finding.level}** ${where}${escape(finding.message)}`);
        }
        lines.push('');
    }
    for (const notice of report.findings.filter(f => f.level === 'notice')) {
        lines.push('### Notice', '', ...(0,format/* codeBlock */.DV)((0,util_text/* safeMessage */.N5)(notice.message)), '');
    }
    lines.push(...renderStageTimes(result.stages));
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/stages/collect-images.ts + 3 modules
var collect_images = __nccwpck_require__(889);
// EXTERNAL MODULE: ./src/stages/configure.ts
var stages_configure = __nccwpck_require__(770);
// EXTERNAL MODULE: ./src/buildroot/python-tools.ts
var python_tools = __nccwpck_require__(279);
// EXTERNAL MODULE: ./src/caches/entries.ts
var entries = __nccwpck_require__(274);
// EXTERNAL MODULE: ./src/stages/resolve-buildroot.ts
var resolve_buildroot = __nccwpck_require__(591);
;// CONCATENATED MODULE: ./src/stages/cve-report.ts
// Stage: CVE report. Buildroot's own support/scripts/cve-check matches the SBOM's components
// (by their CPE ids and versions) against the NVD and writes the SBOM back with the CVEs that
// affect them; the summary lists the unfixed ones ("exploitable": not in the package's
// _IGNORE_CVES, which covers Buildroot's own security patches) by package.
// The NVD data is the JSON feed repository that cve-check itself clones
// (support/scripts/cve.py, NVD_BASE_URL: https://github.com/fkie-cad/nvd-json-data-feeds/), one
// file per CVE under <nvd-path>/git/. cve-check would clone it with its whole history; here it
// is cloned shallow (the history is not read), brought up to date with a shallow fetch on each
// run, and kept in the cache: one entry per week, and a fresh clone each month, so the entry
// does not grow with the objects older fetches leave behind. cve-check then runs with
// --no-nvd-update. BUILDROOT_K8S_NVD_URL points at a mirror of that repository instead.









const NVD_FEED_URL = 'https://github.com/fkie-cad/nvd-json-data-feeds.git';
/** Name of the CVE report in the artifact: the SBOM with the CVEs found. */
const CVE_REPORT_FILE = 'cve-report.cdx.json';
const SEVERITY_ORDER = ['unknown', 'none', 'info', 'low', 'medium', 'high', 'critical'];
const isHigh = (severity) => severity === 'high' || severity === 'critical';
/** The unfixed CVEs in cve-check's output, by package (most severe first). */
function unfixedCves(report) {
    const components = new Map((report.components ?? []).map(c => [c['bom-ref'], c]));
    const byPackage = new Map();
    for (const vulnerability of report.vulnerabilities ?? []) {
        if (vulnerability.analysis?.state !== 'exploitable' || !vulnerability.id)
            continue;
        const ratings = vulnerability.ratings ?? [];
        const severity = ratings
            .map(r => (r.severity ?? 'unknown').toLowerCase())
            .reduce((a, b) => (SEVERITY_ORDER.indexOf(b) > SEVERITY_ORDER.indexOf(a) ? b : a), 'unknown');
        const scores = ratings.map(r => r.score).filter((s) => typeof s === 'number');
        const finding = {
            id: vulnerability.id,
            severity,
            score: scores.length ? Math.max(...scores) : undefined
        };
        for (const { ref } of vulnerability.affects ?? []) {
            const component = components.get(ref);
            const name = component?.name ?? ref ?? 'unknown';
            const entry = byPackage.get(name) ?? {
                package: name,
                version: component?.version ?? '',
                cves: []
            };
            if (!entry.cves.some(c => c.id === finding.id))
                entry.cves.push(finding);
            byPackage.set(name, entry);
        }
    }
    const rank = (c) => SEVERITY_ORDER.indexOf(c.severity) * 100 + (c.score ?? 0);
    for (const entry of byPackage.values())
        entry.cves.sort((a, b) => rank(b) - rank(a));
    return [...byPackage.values()].sort((a, b) => rank(b.cves[0]) - rank(a.cves[0]) || a.package.localeCompare(b.package));
}
/** One cache entry per week; a month's first run starts from a fresh clone. */
function nvdCacheKeys(now) {
    const month = now.toISOString().slice(0, 7);
    const week = Math.floor((now.getUTCDate() - 1) / 7);
    const prefix = `buildroot-nvd-v1-${month}-`;
    return { key: `${prefix}w${week}`, restoreKeys: [prefix] };
}
/** Runs git; a failure says which git command failed and git's own reason (its `fatal:` line). */
async function git(args) {
    try {
        return await (0,run/* capture */.Fg)('git', args, { env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
    }
    catch (error) {
        if (!(error instanceof run/* CommandError */.Qd))
            throw error;
        const lines = error.result.lastLines.map(line => line.trim()).filter(Boolean);
        const reason = lines.find(line => line.startsWith('fatal:')) ?? lines.at(-1) ?? '';
        const verb = args[0] === '-C' ? args[2] : args[0];
        throw new Error(`git ${verb} failed: ${reason.replace(/\.$/, '')}`, { cause: error });
    }
}
/** Clones the NVD feed shallow, or brings a restored clone up to date. */
async function updateNvd(gitDir, url) {
    if (external_node_fs_default().existsSync(external_node_path_default().join(gitDir, '.git'))) {
        await git(['-C', gitDir, 'fetch', '--quiet', '--depth', '1', url, 'HEAD']);
        await git(['-C', gitDir, 'reset', '--quiet', '--hard', 'FETCH_HEAD']);
        return;
    }
    external_node_fs_default().rmSync(gitDir, { recursive: true, force: true });
    external_node_fs_default().mkdirSync(external_node_path_default().dirname(gitDir), { recursive: true });
    try {
        await git(['clone', '--quiet', '--depth', '1', url, gitDir]);
    }
    catch (error) {
        external_node_fs_default().rmSync(gitDir, { recursive: true, force: true });
        throw error;
    }
}
async function cveReport(platform, options) {
    const { reporter } = platform;
    const problem = (message) => {
        if (options.mode === 'fail-on-high') {
            return { failure: `${message} (cve-report: fail-on-high needs the report)` };
        }
        reporter.warning(message);
        return {};
    };
    if (options.mode === 'off')
        return {};
    if (!options.sbom) {
        // Why there is none was said where it happened.
        const message = 'No CVE report: there is no SBOM to check (see above).';
        if (options.mode === 'report') {
            reporter.info(message);
            return {};
        }
        return problem(message);
    }
    const tool = (0,python_tools/* buildrootTool */.Zu)(options.buildrootDir, python_tools/* CVE_CHECK */.IV);
    if (!tool) {
        return problem(`No CVE report: Buildroot ${options.buildrootVersion} has no ${python_tools/* CVE_CHECK */.IV} (2025.02.9 and later have it). Use a newer Buildroot or set cve-report: off.`);
    }
    // support/scripts/cve.py compares versions with distutils, which Python 3.12 removed;
    // setuptools puts it back.
    try {
        await (0,run/* capture */.Fg)('python3', ['-c', 'import distutils.version']);
    }
    catch (error) {
        return problem(`No CVE report: ${python_tools/* CVE_CHECK */.IV} needs Python's distutils module, which this python3 lacks (${(0,util_errors/* errorMessage */.gJ)(error).split('\n').at(-1)}). ` +
            'Python 3.12 and later have it from setuptools: run `sudo apt-get install -y python3-setuptools` before this step, or set cve-report: off.');
    }
    const gitDir = external_node_path_default().join(options.nvdDir, 'git');
    const keys = nvdCacheKeys(options.now);
    let restoredKey;
    if (options.cache !== 'off') {
        restoredKey = (await (0,entries/* restoreOne */.n)(platform, 'NVD data', options.nvdDir, keys.key, keys.restoreKeys, 'It is cloned afresh.')).matchedKey;
    }
    let updated = false;
    try {
        await updateNvd(gitDir, options.nvdUrl);
        updated = true;
    }
    catch (error) {
        if (!external_node_fs_default().existsSync(external_node_path_default().join(gitDir, '.git'))) {
            return problem(`No CVE report: the NVD data could not be fetched from ${options.nvdUrl} (${(0,util_errors/* errorMessage */.gJ)(error)}). ` +
                'The runner needs to reach github.com (or set the environment variable BUILDROOT_K8S_NVD_URL to a mirror of that repository); or set cve-report: off.');
        }
        reporter.warning(`The NVD data could not be brought up to date from ${options.nvdUrl} (${(0,util_errors/* errorMessage */.gJ)(error)}): the report uses the cached copy.`);
    }
    const nvdDate = (await git(['-C', gitDir, 'log', '-1', '--format=%cs']).catch(() => '')).trim();
    if (updated && options.cache === 'read-write' && restoredKey !== keys.key) {
        await (0,entries/* saveOne */.K)(platform, 'NVD data', options.nvdDir, keys.key);
    }
    let result;
    try {
        result = await (0,python_tools/* runPythonTool */.E_)(tool, [
            '--in-file',
            options.sbom,
            '--out-file',
            options.outputFile,
            '--nvd-path',
            options.nvdDir,
            '--no-nvd-update'
        ]);
    }
    catch (error) {
        result = { ok: false, reason: (0,util_errors/* errorMessage */.gJ)(error), lastLines: [] };
    }
    if (!result.ok) {
        external_node_fs_default().rmSync(options.outputFile, { force: true });
        return problem(`No CVE report: ${python_tools/* CVE_CHECK */.IV} failed: ${result.reason}`);
    }
    const unfixed = unfixedCves(JSON.parse(external_node_fs_default().readFileSync(options.outputFile, 'utf8')));
    const all = unfixed.flatMap(p => p.cves.map(c => ({ ...c, package: p.package })));
    const high = all.filter(c => isHigh(c.severity));
    const facts = {
        file: options.outputFile,
        nvdDate: nvdDate || undefined,
        unfixed,
        high: high.length
    };
    reporter.info(`CVE report (NVD data of ${facts.nvdDate ?? 'unknown date'}): ${all.length} unfixed CVE(s) in ${unfixed.length} package(s), ${high.length} rated high or critical.`);
    if (options.mode === 'fail-on-high' && high.length) {
        const shown = high
            .slice(0, 20)
            .map(c => `${c.id} (${c.package}, ${c.severity}${c.score === undefined ? '' : ` ${c.score}`})`);
        const failure = `${high.length} unfixed CVE(s) rated high or critical: ${shown.join(', ')}${high.length > 20 ? ', ...' : ''}. ` +
            'Update the packages (or add a security patch and list the CVE in its _IGNORE_CVES), or set cve-report: report.';
        return { facts, failure };
    }
    return { facts };
}
const cvesSlot = (0,stages_stage/* slot */.NI)('CVE report');
const cveReportStage = {
    title: 'CVE report',
    modes: ['build'],
    onImageCacheHit: 'run',
    needs: [resolve_buildroot/* buildrootSlot */.He, collect_images/* imagesSlot */.rE],
    provides: [cvesSlot],
    async run(run) {
        const { inputs, context, platform } = run;
        const buildroot = run.get(resolve_buildroot/* buildrootSlot */.He);
        const images = run.get(collect_images/* imagesSlot */.rE);
        const report = await cveReport(platform, {
            mode: inputs.cveReport,
            sbom: images.sbom,
            buildrootDir: buildroot.sourceDir,
            buildrootVersion: buildroot.version,
            outputFile: external_node_path_default().join(images.dir, CVE_REPORT_FILE),
            nvdDir: external_node_path_default().join(context.cacheRoot, 'nvd'),
            nvdUrl: context.nvdUrl ?? NVD_FEED_URL,
            cache: inputs.cache,
            now: new Date()
        });
        run.set(cvesSlot, report.facts);
        if (report.facts) {
            const count = report.facts.unfixed.reduce((sum, p) => sum + p.cves.length, 0);
            run.output('unfixed-cves', String(count));
        }
        // fail-on-high: the run fails, and goes on to upload the images.
        if (report.failure)
            run.fail(report.failure);
    }
};

;// CONCATENATED MODULE: ./src/stages/fill-mirror.ts
// Stage of the command line's `mirror`: fills a folder to serve as download-mirror from a dl/
// folder (--dl-dir) or, without one, from the dl/ cache entry a build of this configuration
// would restore. Each file goes in only when it passes its package's .hash; nothing in the
// folder is replaced or removed (buildroot/mirror.ts).













const mirrorSlot = (0,stages_stage/* slot */.NI)('mirror folder');
/** Where the files come from: --dl-dir, or the dl/ cache entry restored as a build would. */
async function sourceFolder(run) {
    const given = run.context.fillMirror?.dlDir;
    if (given)
        return given;
    const { inputs, context, platform } = run;
    const configured = run.get(stages_configure/* configuredSlot */.VI);
    const plan = (0,restore_caches/* planCaches */.dC)({
        target: inputs.target,
        buildrootVersion: run.get(resolve_buildroot/* buildrootSlot */.He).version,
        dotConfig: configured.dotConfig,
        patchSeries: run.get(buildroot_patches/* patchedSlot */.qg).series.sha256,
        downloads: (0,show_info/* downloadList */.R2)(run.get(package_list/* packagesSlot */.Uf)),
        cacheRoot: context.cacheRoot,
        runId: context.runId
    });
    await (0,entries/* restoreOne */.n)(platform, 'dl/', plan.dlDir, plan.dlKey, plan.dlRestoreKeys, 'Only what the dl/ folder holds already goes to the mirror.');
    return plan.dlDir;
}
const fillMirrorStage = {
    title: 'Fill the mirror folder',
    modes: ['build'],
    onImageCacheHit: 'skip',
    needs: [resolve_buildroot/* buildrootSlot */.He, buildroot_patches/* patchedSlot */.qg, stages_configure/* configuredSlot */.VI, package_list/* packagesSlot */.Uf],
    provides: [mirrorSlot],
    async run(run) {
        const outDir = run.context.fillMirror?.outDir;
        if (!outDir)
            throw new Error('internal: the mirror stage runs without a folder to fill');
        const { reporter } = run;
        const from = await sourceFolder(run);
        const configured = run.get(stages_configure/* configuredSlot */.VI);
        const report = (0,mirror/* fillMirror */.Bb)({
            packages: run.get(package_list/* packagesSlot */.Uf),
            hashVariables: configured.hashVariables,
            tree: configured.tree,
            dlDir: from,
            outDir
        });
        run.set(mirrorSlot, { ...report, outDir, from });
        for (const refused of report.refused) {
            const message = `${refused.file} (${refused.package}) is not mirrored: ${refused.why}.`;
            // A file that fails its hash is a damaged download; one without a hash is only unvouched.
            if (refused.mismatch)
                run.fail(`${message} The dl/ folder holds a damaged or wrong file.`);
            else
                reporter.notice(message);
        }
        for (const conflict of report.conflicts) {
            reporter.warning(`${external_node_path_default().join(outDir, conflict.file)} was left as it is: ${conflict.why}.`);
        }
        if (report.missing.length) {
            reporter.notice(`${report.missing.length} file(s) of the download list are not in ${from} (a build downloads them), so not in the mirror: ${report.missing
                .slice(0, 10)
                .map(m => m.file)
                .join(', ')}${report.missing.length > 10 ? ', ...' : ''}.`);
        }
        reporter.info(`Mirror ${outDir}: ${report.written.length} file(s) written, ${report.present.length} already there, each checked against its package's .hash.`);
    }
};
/** The summary of `mirror`. */
function summarizeMirror(run, result) {
    const facts = run.find(mirrorSlot);
    const lines = [
        `## ${result.outcome === 'succeeded' ? '✅' : '❌'} Download mirror: ${run.inputs.target}`,
        ''
    ];
    if (result.failure && !facts)
        lines.push('### What failed', '', ...(0,format/* codeBlock */.DV)((0,util_text/* safeMessage */.N5)(result.failure)), '');
    if (facts) {
        lines.push(`\`${(0,util_text/* tableCell */.xR)(facts.outDir)}\`, filled from \`${(0,util_text/* tableCell */.xR)(facts.from)}\`: every file written passed its package's .hash.`, '', '| | Files |', '| --- | ---: |', `| written | ${facts.written.length} |`, `| already there | ${facts.present.length} |`, `| left as they were (other content) | ${facts.conflicts.length} |`, `| refused (hash) | ${facts.refused.length} |`, `| not in dl/ | ${facts.missing.length} |`, '');
        if (facts.refused.length) {
            lines.push('### Refused', '');
            for (const refused of facts.refused) {
                lines.push(`- \`${(0,util_text/* tableCell */.xR)(refused.file)}\` (${refused.package}): ${(0,util_text/* tableCell */.xR)(refused.why)}`);
            }
            lines.push('');
        }
    }
    lines.push(...renderStageTimes(result.stages));
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/inputs/values.ts
var values = __nccwpck_require__(276);
;// CONCATENATED MODULE: ./src/platform/hosted-runner-disk.ts
// free-disk-space: GitHub's hosted Linux runners come with about 14 GB free and many GB of
// preinstalled toolchains that a Buildroot build never uses (it builds its own compilers and
// host tools). These are removed from a fixed list, the toolchains of the list that
// pi-gen-action removes for the same reason (usimd/pi-gen-action, src/increase-runner-disk-size.ts,
// HOST_PATHS_TO_REMOVE, after actions/runner-images#2840), without its caches, documentation,
// /tmp, npm and pip folders and the whole tool cache: only CodeQL's bundles go from the tool cache,
// where this action keeps its own Buildroot.






const RUNNER_TOOLCHAINS = [
    { path: 'usr/share/dotnet', what: '.NET' },
    { path: 'usr/local/lib/android', what: 'Android SDK' },
    { path: 'opt/ghc', what: 'Haskell (GHC)' },
    { path: 'usr/local/.ghcup', what: 'Haskell (ghcup)' },
    { path: 'opt/hostedtoolcache/CodeQL', what: 'CodeQL bundles' },
    { path: 'usr/share/swift', what: 'Swift' },
    { path: 'usr/local/julia*', what: 'Julia' },
    { path: 'usr/local/share/powershell', what: 'PowerShell' },
    { path: 'opt/microsoft/powershell', what: 'PowerShell' },
    { path: 'usr/lib/mono', what: 'Mono' },
    { path: 'usr/local/share/boost', what: 'Boost' },
    { path: 'opt/mssql-tools', what: 'SQL Server tools' },
    { path: 'usr/local/share/chromium', what: 'Chromium' },
    { path: 'opt/google/chrome', what: 'Chrome' },
    { path: 'opt/microsoft/msedge', what: 'Edge' }
];
/** The list's entries that exist under `root`, globs expanded. */
function present(root) {
    const found = [];
    for (const entry of RUNNER_TOOLCHAINS) {
        const full = external_node_path_default().join(root, entry.path);
        if (!entry.path.endsWith('*')) {
            if (external_node_fs_default().lstatSync(full, { throwIfNoEntry: false }))
                found.push({ path: full, what: entry.what });
            continue;
        }
        const dir = external_node_path_default().dirname(full);
        const prefix = external_node_path_default().basename(full).slice(0, -1);
        if (!external_node_fs_default().existsSync(dir))
            continue;
        for (const name of external_node_fs_default().readdirSync(dir).sort()) {
            if (name.startsWith(prefix))
                found.push({ path: external_node_path_default().join(dir, name), what: entry.what });
        }
    }
    return found;
}
/** Why `candidate` must stay, if it must. */
function whyKept(root, candidate, keep) {
    // A link anywhere above it would take rm somewhere else; a link itself is removed as a link.
    const realParent = external_node_fs_default().realpathSync(external_node_path_default().dirname(candidate));
    const expected = external_node_path_default().join(external_node_fs_default().realpathSync(root), external_node_path_default().relative(root, external_node_path_default().dirname(candidate)));
    if (realParent !== expected)
        return `it is reached through a symbolic link (${realParent})`;
    const real = external_node_fs_default().lstatSync(candidate).isSymbolicLink() ? candidate : external_node_fs_default().realpathSync(candidate);
    const held = keep.find(dir => (0,fs/* isInside */.FK)(real, dir) || (0,fs/* isInside */.FK)(candidate, dir));
    return held ? `it holds ${held}, which this run uses` : undefined;
}
/**
 * Removes the listed toolchains under `root` (`/` on a runner), never one that holds a folder
 * of `keep` (the workspace, output-dir, the caches, the action and its tool cache). Running
 * again removes nothing more. As another user than root, through `sudo -n` (hosted runners
 * allow it without a password).
 */
async function freeRunnerDisk(options) {
    const asRoot = options.asRoot ?? process.getuid?.() === 0;
    const keep = options.keep.map(dir => (external_node_fs_default().existsSync(dir) ? external_node_fs_default().realpathSync(dir) : dir));
    const result = { removed: [], kept: [], disks: [] };
    const disks = new Map();
    const toRemove = [];
    for (const candidate of present(options.root)) {
        const why = whyKept(options.root, candidate.path, keep);
        if (why) {
            result.kept.push({ path: candidate.path, why });
            continue;
        }
        toRemove.push(candidate);
        const space = spaceAt(external_node_path_default().dirname(candidate.path));
        if (space && !disks.has(space.device)) {
            disks.set(space.device, { dir: external_node_path_default().dirname(candidate.path), before: space.free });
        }
    }
    for (const candidate of toRemove) {
        // --one-file-system: a file system mounted inside is left alone.
        const rm = ['rm', '-rf', '--one-file-system', '--', candidate.path];
        try {
            await (asRoot ? (0,run/* capture */.Fg)(rm[0], rm.slice(1)) : (0,run/* capture */.Fg)('sudo', ['-n', ...rm]));
            result.removed.push(candidate);
        }
        catch (error) {
            result.kept.push({
                path: candidate.path,
                why: `it could not be removed: ${(0,util_errors/* errorMessage */.gJ)(error)}`
            });
        }
    }
    for (const { dir, before } of disks.values()) {
        result.disks.push({ dir, before, after: spaceAt(dir)?.free ?? before });
    }
    return result;
}

;// CONCATENATED MODULE: ./src/stages/free-space.ts
// Stage: check free space. A build that runs out of disk fails hours in, somewhere in a
// compiler or tar, so the space it needs is checked before anything is restored or built: the
// output folder and the cache folders, on whichever disks they are. The figures (see README,
// "Disk space") are what a first build of the shipped configuration writes; what an earlier
// run left in the same folders is counted as already there. Before it, free-disk-space may
// make room on the runner (platform/hosted-runner-disk.ts).








const GiB = 1024 ** 3;
const DL_BYTES = 2 * GiB;
class NotEnoughSpaceError extends util_errors/* UserError */.yo {
}
/** What the free-space check finds: the message when a disk is short, or the line when not. */
function measureFreeSpace(check) {
    const needed = check.needed || {
        outputBytes: targets/* TARGET */.Qn[check.target].outputBytes,
        dlBytes: DL_BYTES
    };
    const needs = [
        {
            name: 'output-dir',
            dir: check.outputDir,
            bytes: needed.outputBytes - (0,fs/* directorySize */.RG)(check.outputDir),
            what: `the build in output-dir (about ${(0,format/* formatBytes */.z3)(needed.outputBytes)} for ${check.target})`
        },
        {
            name: 'dl/',
            dir: check.dlDir,
            bytes: needed.dlBytes - (0,fs/* directorySize */.RG)(check.dlDir),
            what: `the sources in dl/ (about ${(0,format/* formatBytes */.z3)(needed.dlBytes)})`
        },
        // With ccache-remote-only nothing is cached locally.
        ...(check.ccacheMaxSize
            ? [
                {
                    name: 'ccache',
                    dir: check.ccacheDir,
                    bytes: (0,values/* ccacheBytes */.h$)(check.ccacheMaxSize) - (0,fs/* directorySize */.RG)(check.ccacheDir),
                    what: `ccache (up to ccache-max-size, ${check.ccacheMaxSize})`
                }
            ]
            : [])
    ];
    // Folders on one disk share its free space.
    const byDevice = new Map();
    for (const need of needs) {
        const space = spaceAt(need.dir);
        if (!space)
            continue;
        const entry = byDevice.get(space.device) ?? { free: space.free, needs: [] };
        entry.needs.push({ ...need, bytes: Math.max(0, need.bytes) });
        byDevice.set(space.device, entry);
    }
    for (const { free, needs: on } of byDevice.values()) {
        const needed = on.reduce((sum, need) => sum + need.bytes, 0);
        const folders = on.map(need => `${need.name} (${need.dir})`).join(', ');
        if (free < needed) {
            return {
                short: true,
                message: `Not enough free disk space for a build of ${check.target}: ${folders} ${on.length > 1 ? 'are on a disk' : 'is on a disk'} with ${(0,format/* formatBytes */.z3)(free)} free, ` +
                    `and ${(0,format/* formatBytes */.z3)(needed)} more is needed there for ${on.map(need => need.what).join(', ')}. ${FREE_SPACE_ADVICE}`
            };
        }
    }
    return {
        short: false,
        line: `Free space: ${describeSpace(needs).join('; ')}. Enough for a build of ${check.target} (README, "Disk space").`
    };
}
function checkFreeSpace(reporter, check, measured = check.needed === false ? undefined : measureFreeSpace(check)) {
    if (!measured) {
        reporter.info('Free space is not checked (BUILDROOT_K8S_SPACE_CHECK=off).');
        return;
    }
    if (measured.short)
        throw new NotEnoughSpaceError(measured.message);
    reporter.info(measured.line);
}
/**
 * free-disk-space: whether to remove the runner's unused toolchains now. auto does so on a
 * GitHub-hosted Linux runner when the check would fail (`measured`); a self-hosted runner is
 * someone's machine, and only true touches it.
 */
function shouldFreeDiskSpace(run, measured) {
    const { inputs, context, reporter } = run;
    if (inputs.freeDiskSpace === 'true')
        return true;
    if (inputs.freeDiskSpace === 'false' || !measured?.short)
        return false;
    if (context.runner !== 'github-hosted' || process.platform !== 'linux') {
        reporter.info(`free-disk-space is auto, and this is ${context.runner === 'self-hosted' ? 'a self-hosted runner' : 'not a GitHub-hosted runner'}: nothing is removed here unless free-disk-space is true.`);
        return false;
    }
    return true;
}
/** Removes the runner's unused toolchains and says what that gave. */
async function freeDiskSpace(run, keep) {
    const root = run.context.runnerRoot ?? '/';
    const freed = await freeRunnerDisk({ root, keep });
    const { reporter } = run;
    for (const kept of freed.kept)
        reporter.info(`free-disk-space left ${kept.path}: ${kept.why}.`);
    if (!freed.removed.length) {
        reporter.info(`free-disk-space: none of the toolchains it removes (${RUNNER_TOOLCHAINS.map(t => t.path).join(', ')}, under ${root}) is on this runner${freed.kept.length ? ' but those it left' : ''}: nothing removed.`);
        return;
    }
    const gained = freed.disks
        .map(disk => `${(0,format/* formatBytes */.z3)(Math.max(0, disk.after - disk.before))} more free on the disk of ${disk.dir} (${(0,format/* formatBytes */.z3)(disk.before)} → ${(0,format/* formatBytes */.z3)(disk.after)})`)
        .join('; ');
    reporter.info(`free-disk-space removed ${freed.removed.map(r => `${r.path} (${r.what})`).join(', ')}: ${gained}.`);
}
const freeSpaceStage = {
    title: 'Check free disk space',
    modes: ['build'],
    onImageCacheHit: 'skip',
    needs: [],
    provides: [],
    async run(run) {
        const { inputs, context, reporter, platform } = run;
        const folders = (0,restore_caches/* cacheFolders */.A_)(context.cacheRoot, inputs.target);
        const check = {
            target: inputs.target,
            outputDir: inputs.outputDir,
            dlDir: folders.dlDir,
            ccacheDir: folders.ccacheDir,
            ccacheMaxSize: inputs.ccacheRemoteOnly ? undefined : inputs.ccacheMaxSize,
            needed: context.spaceNeeded
        };
        let measured = check.needed === false ? undefined : measureFreeSpace(check);
        if (shouldFreeDiskSpace(run, measured)) {
            await freeDiskSpace(run, [
                inputs.outputDir,
                context.cacheRoot,
                context.actionRoot,
                inputs.configDir,
                ...[inputs.buildrootSrc, inputs.linuxSrc, context.env.GITHUB_WORKSPACE].filter((dir) => Boolean(dir)),
                ...inputs.br2External,
                platform.tempDir,
                platform.tools.dir
            ]);
            if (measured)
                measured = measureFreeSpace(check);
        }
        checkFreeSpace(reporter, check, measured);
    }
};

// EXTERNAL MODULE: ./src/stages/image-cache.ts
var image_cache = __nccwpck_require__(63);
// EXTERNAL MODULE: ./src/stages/inputs-hash.ts + 1 modules
var inputs_hash = __nccwpck_require__(153);
;// CONCATENATED MODULE: ./src/stages/output-folder.ts
// Stage: the output folder. Before Buildroot writes anything, output-dir must be a folder of
// this action's own: new or empty, or one that an earlier run of the action built in. An
// existing folder with anything else in it is refused, so a mistyped output-dir can never mix
// Buildroot's build/, host/ and .config into someone's files. A folder that cannot be written
// is named here, not an hour later as an ENOENT from deep inside make.




/** The file every run writes into its output folder: what makes a folder the action's own. */
const OUTPUT_MARKER = '.buildroot-k8s-output.json';
/** The merged defconfig the action writes (buildroot/configure.ts): no other tool makes it. */
const MERGED_DEFCONFIG = 'buildroot-k8s_defconfig';
class OutputFolderError extends util_errors/* UserError */.yo {
}
/**
 * How a folder is recognised as an output folder of this action: its marker file; or, for
 * folders made before the marker existed, the merged defconfig that only this action writes
 * (build mode) or nothing but its check-<target> folders (check mode).
 */
function ownerOf(dir) {
    const markerFile = external_node_path_default().join(dir, OUTPUT_MARKER);
    if (external_node_fs_default().existsSync(markerFile)) {
        try {
            const marker = JSON.parse(external_node_fs_default().readFileSync(markerFile, 'utf8'));
            if (marker.tool === 'buildroot-k8s-action')
                return { ours: true, target: marker.target };
        }
        catch {
            // An unreadable marker is not ours: fall through to the other signs.
        }
    }
    const entries = external_node_fs_default().readdirSync(dir);
    if (entries.includes(MERGED_DEFCONFIG))
        return { ours: true };
    if (entries.length && entries.every(name => /^check-(amd64|arm64)$/.test(name))) {
        return { ours: true };
    }
    return { ours: false };
}
const WRITE_ERRORS = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EEXIST']);
/**
 * Makes sure `dir` may be used as the output folder of `target` and can be written, then
 * marks it as the action's own. `keepOut` names folders it must never contain (the caches).
 */
function prepareOutputFolder(dir, target, keepOut = []) {
    for (const kept of keepOut) {
        if ((0,fs/* isInside */.FK)(dir, kept.dir)) {
            throw new OutputFolderError(`output-dir ${dir} holds ${kept.name} (${kept.dir}): give the build a folder of its own.`);
        }
    }
    if (external_node_fs_default().existsSync(dir)) {
        if (!external_node_fs_default().statSync(dir).isDirectory()) {
            throw new OutputFolderError(`output-dir ${dir} is a file, not a folder: point it at a folder.`);
        }
        let owner;
        try {
            owner = external_node_fs_default().readdirSync(dir).length === 0 ? { ours: true } : ownerOf(dir);
        }
        catch (error) {
            throw new OutputFolderError(`output-dir ${dir} cannot be read: ${(0,util_errors/* errorMessage */.gJ)(error)}.`);
        }
        if (!owner.ours) {
            throw new OutputFolderError(`output-dir ${dir} already holds files that are not a build of this action (no ${OUTPUT_MARKER}). ` +
                'Buildroot would write .config, build/, host/ and images/ among them: choose a new or empty folder, or empty this one yourself.');
        }
        if (owner.target && owner.target !== target) {
            throw new OutputFolderError(`output-dir ${dir} holds a build of ${owner.target}, not ${target}: Buildroot cannot switch the architecture of an output folder (its manual asks for a full clean). Give each target its own output-dir.`);
        }
    }
    try {
        external_node_fs_default().mkdirSync(dir, { recursive: true });
        const marker = { tool: 'buildroot-k8s-action', target };
        external_node_fs_default().writeFileSync(external_node_path_default().join(dir, OUTPUT_MARKER), `${JSON.stringify(marker)}\n`);
    }
    catch (caught) {
        // Node's recursive mkdir reports ENOENT when a parent cannot be written to: ask the
        // nearest existing folder for the real reason.
        const error = (0,fs/* whyNotWritable */.Gn)(dir) ?? caught;
        const code = error.code ?? '';
        if (!WRITE_ERRORS.has(code))
            throw caught;
        const why = code === 'EROFS' ? 'it is on a read-only file system' : (0,util_errors/* errorMessage */.gJ)(error);
        throw new OutputFolderError(`output-dir ${dir} cannot be written (${why}). Choose a folder this user can write, on a disk with room for the build.`);
    }
}
const outputFolderStage = {
    title: 'Check the output folder',
    modes: ['build', 'check'],
    onImageCacheHit: 'run',
    needs: [],
    provides: [],
    async run({ inputs, context }) {
        if (process.platform !== 'linux') {
            throw new OutputFolderError(`Buildroot builds only on Linux, and this runner is ${process.platform}: use a Linux runner such as runs-on: ubuntu-24.04.`);
        }
        prepareOutputFolder(inputs.outputDir, inputs.target, [
            { name: 'the cache folder', dir: context.cacheRoot }
        ]);
    }
};

// EXTERNAL MODULE: ./src/stages/sbom.ts
var sbom = __nccwpck_require__(585);
// EXTERNAL MODULE: ./src/stages/smoke-test.ts + 7 modules
var smoke_test = __nccwpck_require__(382);
;// CONCATENATED MODULE: ./src/stages/size-trend.ts
// Stage: size trend. Each image's size against the last successful build of the same target,
// whose manifest.json is kept in a small cache entry per target (a new key per run; the newest
// is restored through the key prefix). A change past size-change-warning, either way, is a
// warning: an image that shrank by a fifth because packages fell out of the configuration
// builds and boots just as green as a good one.








const MANIFEST_SCHEMA = 'v1';
function planLastManifest(options) {
    const prefix = `buildroot-k8s-manifest-${MANIFEST_SCHEMA}-${options.target}-`;
    return {
        dir: external_node_path_default().join(options.cacheRoot, `last-manifest-${options.target}`),
        key: `${prefix}${options.runId}`,
        restoreKeys: [prefix]
    };
}
/** The images' sizes against the previous build's (the SBOM is not an image). */
function compareSizes(current, previous, thresholdPercent) {
    const before = new Map(previous.map(file => [file.name, file.bytes]));
    return current
        .filter(file => file.name !== collect_images/* SBOM_FILE */.HO)
        .map(file => {
        const old = before.get(file.name);
        if (!old)
            return { name: file.name, bytes: file.bytes, previous: old, flagged: false };
        const percent = ((file.bytes - old) / old) * 100;
        return {
            name: file.name,
            bytes: file.bytes,
            previous: old,
            percent,
            flagged: thresholdPercent !== undefined && Math.abs(percent) > thresholdPercent
        };
    });
}
/** The last successful build's manifest for this target, when the cache has one. */
async function restoreLastManifest(platform, plan, cache) {
    if (cache === 'off')
        return undefined;
    external_node_fs_default().rmSync(plan.dir, { recursive: true, force: true });
    const restored = await (0,entries/* restoreOne */.n)(platform, 'The last build’s manifest', plan.dir, plan.key, plan.restoreKeys, 'No size comparison this time.');
    const file = external_node_path_default().join(plan.dir, 'manifest.json');
    if (!restored.matchedKey || !external_node_fs_default().existsSync(file))
        return undefined;
    try {
        return JSON.parse(external_node_fs_default().readFileSync(file, 'utf8'));
    }
    catch (error) {
        platform.reporter.warning(`The last build’s manifest from ${restored.matchedKey} does not read (${(0,util_errors/* errorMessage */.gJ)(error)}): no size comparison.`);
        return undefined;
    }
}
/** Compares, warns on each change past the threshold, and returns the rows for the summary. */
function reportSizeTrend(platform, current, previous, thresholdPercent) {
    if (!previous) {
        platform.reporter.info(`No earlier successful build of ${current.target} in the cache: no size comparison this time.`);
        return [];
    }
    const changes = compareSizes(current.files, previous.files, thresholdPercent);
    for (const change of changes.filter(c => c.flagged)) {
        platform.reporter.warning(`${change.name} is ${(0,format/* formatBytes */.z3)(change.bytes)}, ${(0,format/* formatPercent */.l9)(change.percent ?? 0)} against ${(0,format/* formatBytes */.z3)(change.previous ?? 0)} in the last successful ${current.target} build ` +
            `(size-change-warning: ${thresholdPercent}%). If the change is not intended, compare the two builds' manifest.json and package lists.`);
    }
    return changes;
}
/** Keeps this build's manifest as the one the next build compares with. */
async function saveLastManifest(platform, plan, manifestFile, cache) {
    if (cache !== 'read-write')
        return;
    external_node_fs_default().rmSync(plan.dir, { recursive: true, force: true });
    external_node_fs_default().mkdirSync(plan.dir, { recursive: true });
    external_node_fs_default().copyFileSync(manifestFile, external_node_path_default().join(plan.dir, 'manifest.json'));
    await (0,entries/* saveOne */.K)(platform, 'This build’s manifest', plan.dir, plan.key);
}
const sizesSlot = (0,stages_stage/* slot */.NI)('sizes');
const lastManifestSlot = (0,stages_stage/* slot */.NI)('last manifest plan');
function readManifest(file) {
    return JSON.parse(external_node_fs_default().readFileSync(file, 'utf8'));
}
const sizeTrendStage = {
    title: 'Size against the last build',
    modes: ['build'],
    onImageCacheHit: 'run',
    needs: [collect_images/* imagesSlot */.rE],
    provides: [sizesSlot, lastManifestSlot],
    async run(run) {
        const { inputs, context, platform } = run;
        const plan = planLastManifest({
            target: inputs.target,
            runId: context.runId,
            cacheRoot: context.cacheRoot
        });
        run.set(lastManifestSlot, plan);
        const previous = await restoreLastManifest(platform, plan, inputs.cache);
        run.set(sizesSlot, reportSizeTrend(platform, readManifest(run.get(collect_images/* imagesSlot */.rE).manifest), previous, inputs.sizeChangeWarning));
    }
};
/** Only a build whose smoke test did not fail is the last good build the next one compares with. */
const keepManifestStage = {
    title: 'Keep this build for the size trend',
    modes: ['build'],
    onImageCacheHit: 'run',
    needs: [collect_images/* imagesSlot */.rE, lastManifestSlot],
    provides: [],
    enabled: run => run.find(smoke_test/* smokeSlot */.My)?.outcome !== 'failed',
    async run(run) {
        await saveLastManifest(run.platform, run.get(lastManifestSlot), run.get(collect_images/* imagesSlot */.rE).manifest, run.inputs.cache);
    }
};

// EXTERNAL MODULE: ./src/smoke/summary.ts
var summary = __nccwpck_require__(282);
;// CONCATENATED MODULE: ./src/stages/upload.ts
// Stage: upload. The artifact folder is uploaded as one artifact. Every large file in it is
// already compressed (xz images, bzImage, ISO), so the artifact is stored without zipping again.







function filesUnder(dir) {
    return external_node_fs_default().readdirSync(dir, { withFileTypes: true, recursive: true })
        .filter(entry => entry.isFile())
        .map(entry => external_node_path_default().join(entry.parentPath, entry.name))
        .sort();
}
async function uploadImages(platform, name, dir, retentionDays) {
    try {
        return await platform.artifacts.upload(name, filesUnder(dir), dir, {
            retentionDays,
            compress: false
        });
    }
    catch (error) {
        throw new Error(`Uploading the artifact ${name} to ${platform.artifacts.description} failed: ${(0,util_errors/* errorMessage */.gJ)(error)}. ` +
            `The images are still in ${dir}. If the name is taken (409), give each matrix job its own artifact-name.`, { cause: error });
    }
}
/**
 * Uploads a failed build's log as `<artifact-name>-build-log` (text compresses well, so this
 * one is zipped); a failure here is only a warning, the log stays on disk.
 */
async function uploadBuildLog(platform, artifactName, logFile, retentionDays) {
    await uploadLogs(platform, `${artifactName}-build-log`, [logFile], retentionDays, 'full build log');
}
/** Uploads the smoke test's serial console logs as `<artifact-name>-smoke-console`. */
async function uploadSmokeConsole(platform, artifactName, consoleLogs, retentionDays) {
    const name = `${artifactName}-smoke-console`;
    await uploadLogs(platform, name, consoleLogs, retentionDays, 'smoke test console log');
}
async function uploadLogs(platform, name, files, retentionDays, what) {
    try {
        const uploaded = await platform.artifacts.upload(name, files, external_node_path_default().dirname(files[0]), {
            retentionDays,
            compress: true
        });
        const copies = uploaded.location
            ? files.map(file => external_node_path_default().join(uploaded.location ?? '', external_node_path_default().basename(file)))
            : [];
        platform.reporter.info(copies.length
            ? `The ${what} was copied to ${copies.join(', ')}.`
            : `The ${what} is in the artifact ${name}.`);
    }
    catch (error) {
        platform.reporter.warning(`The ${what} could not be uploaded: ${(0,util_errors/* errorMessage */.gJ)(error)}. It stays at ${files.join(', ')}.`);
    }
}
const artifactSlot = (0,stages_stage/* slot */.NI)('artifact');
const uploadImagesStage = {
    title: 'Upload images',
    modes: ['build'],
    onImageCacheHit: 'run',
    needs: [collect_images/* imagesSlot */.rE],
    provides: [artifactSlot],
    enabled: run => run.inputs.upload,
    // Built images are worth keeping even when the time limit stopped a later stage.
    inReserve: true,
    async run(run) {
        const { inputs, platform } = run;
        const uploaded = await uploadImages(platform, inputs.artifactName, run.get(collect_images/* imagesSlot */.rE).dir, inputs.retentionDays);
        run.set(artifactSlot, { ...uploaded, name: inputs.artifactName });
        if (uploaded.id !== undefined)
            run.output('artifact-id', String(uploaded.id));
        if (uploaded.url)
            run.output('artifact-url', uploaded.url);
    }
};
const uploadSmokeConsoleStage = {
    title: 'Upload the smoke test console',
    modes: ['build'],
    onImageCacheHit: 'run',
    needs: [smoke_test/* smokeSlot */.My],
    provides: [],
    enabled: run => run.inputs.upload && run.get(smoke_test/* smokeSlot */.My).boots.length > 0,
    inReserve: true,
    async run(run) {
        const { inputs } = run;
        const consoleLogs = run.get(smoke_test/* smokeSlot */.My).boots.map(boot => boot.consoleLog);
        await uploadSmokeConsole(run.platform, inputs.artifactName, consoleLogs, inputs.retentionDays);
    }
};
/** A build that failed or was stopped leaves its log as an artifact of its own. */
const uploadBuildLogStage = {
    title: 'Upload the build log',
    modes: ['build'],
    onImageCacheHit: 'skip',
    needs: [buildSlot],
    provides: [],
    enabled: run => run.inputs.upload && !run.get(buildSlot).ok,
    afterFailure: true,
    inReserve: true,
    async run(run) {
        const { inputs } = run;
        await uploadBuildLog(run.platform, inputs.artifactName, run.get(buildSlot).logFile, inputs.retentionDays);
    }
};

;// CONCATENATED MODULE: ./src/stages/summary.ts
// The build summary: the Markdown a person reads on the run page: what was built, how long it
// took, what the caches did, the slowest packages, and on failure what failed. Each stage left
// its own facts in its slot; this reads them once the run is over.



















const OUTCOME = {
    succeeded: 'built',
    failed: 'failed',
    cancelled: 'cancelled',
    stopped: 'stopped'
};
/** The build summary of a finished run, from what each stage left in its slot. */
function summarizeBuild(run, result) {
    const build = run.find(buildSlot);
    const images = run.find(collect_images/* imagesSlot */.rE);
    const plan = run.find(restore_caches/* cachePlanSlot */.ef);
    const restored = run.find(restore_caches/* restoredCachesSlot */.Ez);
    const manifest = images && external_node_fs_default().existsSync(images.manifest)
        ? JSON.parse(external_node_fs_default().readFileSync(images.manifest, 'utf8'))
        : undefined;
    const smoke = run.find(smoke_test/* smokeSlot */.My);
    return renderSummary({
        target: run.inputs.target,
        outcome: OUTCOME[result.outcome],
        failure: result.failure,
        buildrootVersion: run.find(resolve_buildroot/* buildrootSlot */.He)?.version,
        buildrootPatches: run.find(buildroot_patches/* patchedSlot */.qg)?.series.patches.map(patch => patch.name),
        configHash: run.find(stages_configure/* configHashSlot */.XO),
        inputsHash: run.find(inputs_hash/* inputsHashSlot */.Yx),
        imagesRestoredFrom: run.find(image_cache/* restoredImagesSlot */.JO)?.key,
        buildSeconds: build?.seconds,
        logFile: build?.logFile,
        slowest: build?.slowest,
        caches: plan && restored && build
            ? [
                { name: 'dl/', result: restored.dl.result, size: (0,fs/* directorySize */.RG)(plan.dlDir) },
                { name: 'ccache', result: restored.ccache.result, size: (0,fs/* directorySize */.RG)(plan.ccacheDir) }
            ]
            : undefined,
        ccache: build?.ccache && {
            stats: build.ccache,
            remote: run.inputs.ccacheRemoteStorage.map(remote => remote.shown),
            remoteOnly: run.inputs.ccacheRemoteOnly
        },
        images: images?.files,
        versions: manifest?.versions,
        sbom: run.find(sbom/* sbomSlot */.Gg),
        cves: run.find(cvesSlot),
        sizes: run.find(sizesSlot),
        smokeSection: smoke && (0,summary/* renderSmokeSection */.$)(smoke),
        artifact: run.find(artifactSlot),
        stages: result.stages
    });
}
function renderSizes(sizes) {
    const lines = [
        '### Size against the last build',
        '',
        '| File | Size | Last build | Change |',
        '| --- | ---: | ---: | ---: |'
    ];
    for (const size of sizes) {
        const change = size.percent === undefined
            ? 'new'
            : `${(0,format/* formatPercent */.l9)(size.percent)}${size.flagged ? ' ⚠️' : ''}`;
        const before = size.previous === undefined ? '' : (0,format/* formatBytes */.z3)(size.previous);
        lines.push(`| \`${escape(size.name)}\` | ${(0,format/* formatBytes */.z3)(size.bytes)} | ${before} | ${change} |`);
    }
    return [...lines, ''];
}
/** ccache's counters of this build (its stats log), local and remote. */
function renderCcache({ stats, remote, remoteOnly }) {
    const looked = stats.hits + stats.misses;
    const rate = looked ? ` (${Math.round((100 * stats.hits) / looked)}%)` : '';
    const lines = [
        `ccache saw ${stats.calls} compiler calls: ${stats.hits} hits${rate}, ${stats.misses} misses.`,
        '',
        '| ccache storage | Hits | Misses | Errors |',
        '| --- | ---: | ---: | ---: |',
        remoteOnly
            ? '| local | not used (ccache-remote-only) | | |'
            : `| local | ${stats.local.hits} | ${stats.local.misses} | |`
    ];
    if (remote.length) {
        const errors = stats.remote.errors + stats.remote.timeouts;
        lines.push(`| remote ${remote.map(url => `\`${(0,util_text/* tableCell */.xR)(url)}\``).join(' ')} | ${stats.remote.hits} | ${stats.remote.misses} | ${errors}${errors ? ' ⚠️' : ''} |`);
    }
    return [...lines, ''];
}
/** At most this many packages, and CVEs per package, in the summary; the file has them all. */
const CVE_PACKAGES_SHOWN = 50;
const CVES_PER_PACKAGE_SHOWN = 8;
function renderCves(report) {
    const total = report.unfixed.reduce((sum, p) => sum + p.cves.length, 0);
    const date = report.nvdDate ? ` (NVD data of ${report.nvdDate})` : '';
    if (!total)
        return ['### Unfixed CVEs', '', `None known${date}.`, ''];
    const lines = [
        '### Unfixed CVEs',
        '',
        `${total} in ${report.unfixed.length} package(s), ${report.high} rated high or critical${date}. All of them, with their details: \`cve-report.cdx.json\`.`,
        '',
        '| Package | Version | CVEs, most severe first |',
        '| --- | --- | --- |'
    ];
    for (const pkg of report.unfixed.slice(0, CVE_PACKAGES_SHOWN)) {
        const shown = pkg.cves
            .slice(0, CVES_PER_PACKAGE_SHOWN)
            .map(c => `${c.id} (${c.severity}${c.score === undefined ? '' : ` ${c.score}`})`);
        const more = pkg.cves.length - shown.length;
        lines.push(`| ${escape(pkg.package)} | ${escape(pkg.version)} | ${shown.join(', ')}${more > 0 ? `, and ${more} more` : ''} |`);
    }
    if (report.unfixed.length > CVE_PACKAGES_SHOWN) {
        lines.push('', `And ${report.unfixed.length - CVE_PACKAGES_SHOWN} more packages.`);
    }
    return [...lines, ''];
}
function renderSummary(facts) {
    const lines = [];
    const heading = {
        built: '✅ Buildroot Kubernetes node image',
        failed: '❌ Buildroot Kubernetes node image',
        cancelled: '⏹️ Cancelled: Buildroot Kubernetes node image',
        stopped: '⏱️ Stopped at the time limit: Buildroot Kubernetes node image'
    }[facts.outcome];
    lines.push(`## ${heading}: ${facts.target}`, '');
    const about = [
        facts.buildrootVersion && `Buildroot ${facts.buildrootVersion}`,
        facts.buildSeconds !== undefined && `build time ${(0,format/* formatDuration */.a3)(facts.buildSeconds)}`,
        facts.configHash && `config \`${facts.configHash.slice(0, 12)}\``,
        facts.inputsHash && `inputs \`${facts.inputsHash.slice(0, 12)}\``
    ].filter(Boolean);
    if (about.length)
        lines.push(about.join(' · '), '');
    if (facts.buildrootPatches?.length) {
        lines.push(`Buildroot patches applied: ${facts.buildrootPatches.map(name => `\`${escape(name)}\``).join(', ')}`, '');
    }
    if (facts.imagesRestoredFrom) {
        lines.push(`Nothing that shapes the images changed: they were restored from the image cache (\`${escape(facts.imagesRestoredFrom)}\`), not built.`, '');
    }
    if (facts.failure) {
        const title = facts.outcome === 'failed' ? 'What failed' : 'How far it got';
        lines.push(`### ${title}`, '', ...(0,format/* codeBlock */.DV)((0,util_text/* safeMessage */.N5)(facts.failure)), '');
        if (facts.logFile)
            lines.push(`Full log: \`${facts.logFile}\``, '');
    }
    if (facts.images?.length) {
        lines.push('### Images', '', '| File | Size |', '| --- | ---: |');
        for (const image of facts.images)
            lines.push(`| \`${(0,util_text/* tableCell */.xR)(image.name)}\` | ${(0,format/* formatBytes */.z3)(image.bytes)} |`);
        lines.push('');
    }
    if (facts.smokeSection)
        lines.push(facts.smokeSection);
    if (facts.artifact) {
        const where = facts.artifact.url
            ? `[${facts.artifact.name}](${facts.artifact.url})`
            : `\`${facts.artifact.name}\`${facts.artifact.location ? ` in \`${facts.artifact.location}\`` : ''}`;
        lines.push(`Artifact: ${where}`, '');
    }
    if (facts.sizes?.length)
        lines.push(...renderSizes(facts.sizes));
    if (facts.sbom) {
        lines.push('### Software bill of materials', '', `\`sbom.cdx.json\` (CycloneDX): ${facts.sbom.components} components, ${facts.sbom.licenses} distinct licenses (${facts.sbom.spdxLicenses} of them SPDX identifiers).`, '');
    }
    if (facts.cves)
        lines.push(...renderCves(facts.cves));
    if (facts.versions && Object.keys(facts.versions).length) {
        lines.push('### Versions', '', '| Component | Version |', '| --- | --- |');
        for (const [name, version] of Object.entries(facts.versions))
            lines.push(`| ${name} | ${(0,util_text/* tableCell */.xR)(version)} |`);
        lines.push('');
    }
    if (facts.caches?.length) {
        lines.push('### Caches', '', '| Cache | Result | Size |', '| --- | --- | ---: |');
        for (const cache of facts.caches) {
            const size = cache.size === undefined ? '' : (0,format/* formatBytes */.z3)(cache.size);
            lines.push(`| ${cache.name} | ${(0,util_text/* tableCell */.xR)(cache.result)} | ${size} |`);
        }
        lines.push('');
    }
    if (facts.ccache)
        lines.push(...renderCcache(facts.ccache));
    if (facts.stages)
        lines.push(...renderStageTimes(facts.stages));
    if (facts.slowest?.length) {
        lines.push('### Slowest packages', '', '| Package | Time |', '| --- | ---: |');
        for (const entry of facts.slowest)
            lines.push(`| ${(0,util_text/* tableCell */.xR)(entry.package)} | ${(0,format/* formatDuration */.a3)(entry.seconds)} |`);
        lines.push('');
    }
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/pipeline/pipelines.ts
// The pipelines, declared: one list of stages per mode, in order. A stage file says when its
// stage runs (mode, image-cache hit, inputs), what it needs and provides, and whether the time
// limit stops it; adding a stage is its file and one line here.
























/** What both modes start with: a folder to work in, Buildroot, and its patch series. */
const PREPARE = [outputFolderStage, resolve_buildroot/* resolveBuildrootStage */.tm, buildroot_patches/* buildrootPatchesStage */.$S];
const PIPELINES = {
    build: {
        stages: [
            ...PREPARE,
            inputs_hash/* inputsHashStage */.i$,
            image_cache/* restoreImagesStage */.l5,
            stages_configure/* configureStage */.jc,
            package_list/* packageListStage */.bI,
            freeSpaceStage,
            restore_caches/* restoreCachesStage */.i0,
            buildStage,
            uploadBuildLogStage,
            sbom/* sbomStage */.iR,
            collect_images/* collectImagesStage */.n2,
            image_cache/* saveImagesStage */.ag,
            smoke_test/* smokeTestStage */.qC,
            cveReportStage,
            sizeTrendStage,
            uploadImagesStage,
            uploadSmokeConsoleStage,
            keepManifestStage
        ],
        summarize: summarizeBuild
    },
    check: {
        stages: [
            ...PREPARE,
            checkConfigFilesStage,
            checkBuildrootStage,
            checkKernelStage,
            checkReferencesStage,
            checkMirrorStage
        ],
        summarize: summarizeCheck
    }
};
/**
 * The command line's `mirror`: what a build prepares up to its package list, then a mirror
 * folder filled from dl/. It runs as build mode (its stages are build mode's).
 */
const MIRROR_PIPELINE = {
    stages: [...PREPARE, stages_configure/* configureStage */.jc, package_list/* packageListStage */.bI, fillMirrorStage],
    summarize: summarizeMirror
};

;// CONCATENATED MODULE: ./src/platform/masking.ts
// The reporter-level mask: a platform whose every message, summary and output has the run's
// secrets replaced (util/secrets.ts), whichever reporter it wraps (GitHub's, a terminal's, a
// test's). On GitHub the runner masks them in the raw log too (core.setSecret, entry/).

function maskedReporter(reporter, secrets) {
    const clean = (text) => (0,util_secrets/* redact */.E$)(text, secrets);
    return {
        info: message => reporter.info(clean(message)),
        notice: (message, at) => reporter.notice(clean(message), at),
        warning: (message, at) => reporter.warning(clean(message), at),
        error: (message, at) => reporter.error(clean(message), at),
        startGroup: title => reporter.startGroup(clean(title)),
        endGroup: () => reporter.endGroup()
    };
}
/** `platform` with its reporter, summary and outputs masked; itself when there is no secret. */
function maskedPlatform(platform, secrets) {
    if (!secrets.length)
        return platform;
    return {
        ...platform,
        reporter: maskedReporter(platform.reporter, secrets),
        setOutput: (name, value) => platform.setOutput(name, (0,util_secrets/* redact */.E$)(value, secrets)),
        writeSummary: markdown => platform.writeSummary((0,util_secrets/* redact */.E$)(markdown, secrets))
    };
}

;// CONCATENATED MODULE: ./src/pipeline/runner.ts
// The one runner: executes a declared list of stages for build and check mode alike. It opens a
// log group per stage, times it, skips what the mode, an image-cache hit or the inputs rule out,
// stops at a cancel or the time limit, maps how the run ended to one outcome, reports an error
// once, and leaves the summary to the pipeline's own renderer. Everything it says goes through
// the mask of the run's secrets (platform/masking.ts).






/** How long make gets to stop at the time limit before it is killed. */
const TIME_LIMIT_GRACE_MS = 30_000;
class StageRun {
    platform;
    inputs;
    context;
    imageCacheHit = false;
    reporter;
    values = new Map();
    /** Failures of stages that let the run go on (Run.fail), in order. */
    failures = [];
    constructor(platform, inputs, context) {
        this.platform = platform;
        this.inputs = inputs;
        this.context = context;
        this.reporter = platform.reporter;
    }
    get(slot) {
        if (!this.values.has(slot.name)) {
            throw new Error(`internal: "${slot.name}" is read before any stage provided it`);
        }
        return this.values.get(slot.name);
    }
    find(slot) {
        return this.values.get(slot.name);
    }
    set(slot, value) {
        this.values.set(slot.name, value);
    }
    has(slot) {
        return this.values.has(slot.name);
    }
    output(name, value) {
        this.platform.setOutput(name, value);
    }
    fail(message, at) {
        this.failures.push(message);
        this.reporter.error(message, at);
    }
}
/** Why a stage does not run, or undefined when it does. */
function whyNotRun(stage, run, state) {
    if (!stage.modes.includes(run.inputs.mode))
        return `not in ${run.inputs.mode} mode`;
    if ((0,process_groups/* cancelledBy */.tK)('signal'))
        return 'cancelled';
    if (state.stoppedAtLimit && !stage.inReserve)
        return 'stopped at the time limit';
    if (state.failed && !stage.afterFailure && !state.stoppedAtLimit)
        return 'an earlier stage failed';
    if (run.imageCacheHit && stage.onImageCacheHit === 'skip')
        return 'images restored from the image cache';
    const missing = stage.needs.filter(slot => !run.has(slot));
    if (missing.length)
        return `it needs ${missing.map(slot => slot.name).join(', ')}`;
    if (stage.enabled && !stage.enabled(run))
        return 'not asked for';
    return undefined;
}
/** How long a stage's own work gets, once what it started is stopped, to say how far it got. */
const WRAP_UP_MS = 2000;
/**
 * The stage's work, ended early by a cancel or the time limit: once the commands it started are
 * stopped, it gets a moment to report how far it got (the build names the package), then the
 * run moves on whether or not its work (an HTTP request, say) has ended.
 */
async function untilCancelled(work, inReserve) {
    work.catch(() => undefined); // its error is read below, or no longer matters
    // A stage in the reserve is not stopped by the time limit, only by a signal.
    const cancelled = (0,process_groups/* whenCancelled */.MR)(inReserve ? ['signal'] : ['signal', 'time-limit']).then(async (stopped) => {
        await (0,process_groups/* groupsStopped */._T)();
        let wrapUp;
        const gaveUp = new Promise(resolve => {
            wrapUp = setTimeout(() => resolve('gave up'), WRAP_UP_MS);
        });
        const ended = await Promise.race([work.then(() => 'ended'), gaveUp]);
        clearTimeout(wrapUp);
        if (ended === 'gave up')
            throw new process_groups/* CancelledError */.cc(stopped);
    });
    cancelled.catch(() => undefined);
    await Promise.race([work, cancelled]);
}
/**
 * Runs the pipeline's stages in order and writes the summary; returns whether the run
 * succeeded. Every failure is reported where it happened or here, once.
 */
async function runPipeline(pipeline, given, inputs, context) {
    // Credentials in the inputs never reach a message, the summary or an output.
    const platform = maskedPlatform(given, (0,schema/* secretsOf */.Fj)(inputs));
    const run = new StageRun(platform, inputs, context);
    const { reporter } = platform;
    const records = [];
    const state = { failed: false, stoppedAtLimit: false };
    let failure;
    /**
     * Arms the time limit for a stage the limit covers. The limit's clock is read as the stage
     * starts (the job's start on GitHub). Returns the timer, or why the stage may not start.
     */
    const armTimeLimit = (stage) => {
        const limit = (0,stages_stage/* timeLimitOf */.qn)(inputs, context);
        if (!limit || stage.inReserve)
            return undefined;
        const left = limit.startedAt + limit.seconds * 1000 - Date.now();
        if (left <= 0) {
            return `The time limit (${(0,stages_stage/* describeTimeLimit */.IL)(limit)}) was reached before "${stage.title}" started: raise time-limit, or make the steps before it faster.`;
        }
        const timer = setTimeout(() => {
            reporter.warning(`The time limit (${(0,stages_stage/* describeTimeLimit */.IL)(limit)}) is reached during "${stage.title}": stopping it so that the caches can still be saved.`);
            void (0,process_groups/* cancelRun */.Su)('time-limit', { signal: 'SIGTERM', graceMs: TIME_LIMIT_GRACE_MS });
        }, left);
        timer.unref();
        return timer;
    };
    for (const stage of pipeline.stages) {
        const why = whyNotRun(stage, run, state);
        if (why) {
            if (stage.modes.includes(inputs.mode)) {
                records.push({ title: stage.title, status: 'skipped', seconds: 0, why });
            }
            continue;
        }
        const timer = armTimeLimit(stage);
        if (typeof timer === 'string') {
            state.stoppedAtLimit = true;
            records.push({ title: stage.title, status: 'stopped', seconds: 0 });
            if (!failure) {
                failure = timer;
                reporter.error(timer);
            }
            await (0,process_groups/* cancelRun */.Su)('time-limit', { signal: 'SIGTERM', graceMs: TIME_LIMIT_GRACE_MS });
            continue;
        }
        const started = Date.now();
        reporter.startGroup(stage.title);
        try {
            await untilCancelled(stage.run(run), stage.inReserve === true);
            // What a cancel stopped half-way is not done, even when the stage ended without a word.
            const stoppedDuring = [
                (0,process_groups/* cancelledBy */.tK)('signal'),
                stage.inReserve ? undefined : (0,process_groups/* cancelledBy */.tK)('time-limit')
            ].find(stopped => stopped && stopped.at >= started);
            if (stoppedDuring)
                throw new process_groups/* CancelledError */.cc(stoppedDuring);
            const missing = stage.provides.filter(slot => !run.has(slot));
            if (missing.length) {
                throw new Error(`internal: "${stage.title}" ended without providing ${missing.map(s => s.name).join(', ')}`);
            }
            records.push({ title: stage.title, status: 'done', seconds: (Date.now() - started) / 1000 });
        }
        catch (error) {
            const stopped = (0,process_groups/* cancellation */.WN)();
            const status = stopped
                ? stopped.reason === 'time-limit'
                    ? 'stopped'
                    : 'cancelled'
                : 'failed';
            records.push({ title: stage.title, status, seconds: (Date.now() - started) / 1000 });
            failure ??= reportFailure(run, stage, error);
            state.failed = true;
            if (stopped?.reason === 'time-limit')
                state.stoppedAtLimit = true;
        }
        finally {
            if (timer)
                clearTimeout(timer);
            reporter.endGroup();
        }
    }
    const stopped = (0,process_groups/* cancellation */.WN)();
    const outcome = stopped
        ? stopped.reason === 'time-limit'
            ? 'stopped'
            : 'cancelled'
        : state.failed || run.failures.length
            ? 'failed'
            : 'succeeded';
    if (stopped && !failure) {
        failure = `${new process_groups/* CancelledError */.cc(stopped).message} after the last stage had finished`;
    }
    const result = { outcome, failure: failure ?? run.failures[0], stages: records };
    try {
        await platform.writeSummary(pipeline.summarize(run, result));
    }
    catch (error) {
        reporter.warning(`The job summary could not be written: ${(0,util_errors/* errorMessage */.gJ)(error)}`);
    }
    return { ok: outcome === 'succeeded', result, run };
}
/** One error line for a stage that threw, unless it already reported its own; returns its text. */
function reportFailure(run, stage, error) {
    const { reporter, inputs, context } = run;
    const stopped = (0,process_groups/* cancellation */.WN)();
    if (error instanceof util_errors/* ReportedError */.SS)
        return error.message;
    if (stopped) {
        // Whatever failed was stopped by the cancel: say that, not what it broke.
        const message = error instanceof process_groups/* CancelledError */.cc
            ? `${error.message} during "${stage.title}"`
            : `${new process_groups/* CancelledError */.cc(stopped).message} during "${stage.title}": ${(0,util_errors/* errorMessage */.gJ)(error)}`;
        reporter.error(message);
        return message;
    }
    if (isDiskFull(error)) {
        // A full disk makes make, tar or a write fail anywhere: that is the news, not the file
        // that was being read.
        const folders = [
            { name: 'output-dir', dir: inputs.outputDir },
            { name: 'the cache folder', dir: context.cacheRoot }
        ];
        const message = `${diskFullMessage(folders, `"${stage.title}"`)}\n${(0,util_errors/* errorMessage */.gJ)(error)}`;
        reporter.error(message);
        return message;
    }
    reporter.error((0,util_errors/* errorDetail */.m2)(error), (0,util_errors/* errorLocation */.yr)(error));
    return (0,util_errors/* errorMessage */.gJ)(error);
}

;// CONCATENATED MODULE: ./src/pipeline/main.ts


/** Runs the pipeline of `inputs.mode`; false when the run failed (every failure is reported). */
async function runMain(platform, inputs, context) {
    const { ok } = await runPipeline(PIPELINES[inputs.mode], platform, inputs, context);
    return ok;
}
/** The command line's `mirror`: fills context.fillMirror's folder; false when it failed. */
async function runMirror(platform, inputs, context) {
    const { ok } = await runPipeline(MIRROR_PIPELINE, platform, { ...inputs, mode: 'build' }, context);
    return ok;
}


/***/ }),

/***/ 392:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runPost)
});

// EXTERNAL MODULE: ./src/stages/image-cache.ts
var image_cache = __nccwpck_require__(63);
// EXTERNAL MODULE: ./src/stages/restore-caches.ts
var restore_caches = __nccwpck_require__(694);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
var external_node_fs_default = /*#__PURE__*/__nccwpck_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __nccwpck_require__(82);
// EXTERNAL MODULE: ./src/util/fs.ts
var fs = __nccwpck_require__(966);
// EXTERNAL MODULE: ./src/util/run.ts + 1 modules
var run = __nccwpck_require__(133);
// EXTERNAL MODULE: ./src/caches/entries.ts
var entries = __nccwpck_require__(274);
// EXTERNAL MODULE: ./src/util/format.ts
var format = __nccwpck_require__(678);
;// CONCATENATED MODULE: ./src/stages/save-caches.ts
// Stage: save caches (the post step; it runs even when the build failed). ccache is saved
// under a new key every run, trimmed to ccache-max-size first.
// dl/ is saved only when it holds every file of the download list: a build that stopped
// half-way must not store a partial dl/ under the key of the complete list. What the list
// does not name (another target's sources restored through the key prefix, old versions, git
// clones) is removed first, so an entry holds one list and does not grow from run to run.







function missingDownloads(dlDir, downloads) {
    return downloads.filter(file => !external_node_fs_default().existsSync(external_node_path_default().join(dlDir, file)));
}
/** Removes what under dlDir the download list does not name; returns how many files. */
function pruneDownloads(dlDir, downloads) {
    if (!external_node_fs_default().existsSync(dlDir))
        return 0;
    const wanted = new Set(downloads.map(file => external_node_path_default().normalize(file)));
    const prune = (dir) => {
        let removed = 0;
        for (const entry of external_node_fs_default().readdirSync(dir, { withFileTypes: true })) {
            const full = external_node_path_default().join(dir, entry.name);
            if (entry.isDirectory()) {
                removed += prune(full);
                if (external_node_fs_default().readdirSync(full).length === 0)
                    external_node_fs_default().rmdirSync(full);
            }
            else if (!wanted.has(external_node_path_default().relative(dlDir, full))) {
                external_node_fs_default().rmSync(full);
                removed++;
            }
        }
        return removed;
    };
    return prune(dlDir);
}
async function saveCaches(platform, state) {
    const { reporter } = platform;
    if (state.mode !== 'read-write') {
        reporter.info(`Caches are not saved (cache: ${state.mode}).`);
        return [];
    }
    const results = [];
    const { plan } = state;
    if ((0,fs/* isEmptyDirectory */.tk)(plan.ccacheDir)) {
        results.push({ name: 'ccache', result: 'not saved: empty' });
    }
    else {
        await trimCcache(platform, state);
        results.push(await (0,entries/* saveOne */.K)(platform, 'ccache', plan.ccacheDir, plan.ccacheKey));
    }
    if (state.dlExactHit) {
        results.push({
            name: 'dl/',
            key: plan.dlKey,
            result: 'not saved: restored from this exact key'
        });
    }
    else {
        const missing = missingDownloads(plan.dlDir, state.downloads);
        if (missing.length) {
            const examples = missing.slice(0, 5).join(', ');
            reporter.notice(`dl/ not saved: ${missing.length} of ${state.downloads.length} source files are missing (${examples}${missing.length > 5 ? ', ...' : ''}). ` +
                'A partial download is never cached; the next complete build saves it.');
            results.push({
                name: 'dl/',
                result: `not saved: ${missing.length} of ${state.downloads.length} files missing`
            });
        }
        else {
            const removed = pruneDownloads(plan.dlDir, state.downloads);
            if (removed) {
                reporter.info(`dl/: ${removed} file(s) this build does not download were left out of the cache.`);
            }
            results.push(await (0,entries/* saveOne */.K)(platform, 'dl/', plan.dlDir, plan.dlKey));
        }
    }
    return results;
}
/**
 * ccache trims itself while it writes; a build that stopped early, or a limit lowered since the
 * last run, leaves more. Buildroot's ccache reads its folder from BR_CACHE_DIR (see its
 * package/ccache/ccache.mk); without that program (the build stopped before it), nothing to do.
 */
async function trimCcache(platform, state) {
    if (!external_node_fs_default().existsSync(state.ccacheProgram))
        return;
    const before = (0,fs/* directorySize */.RG)(state.plan.ccacheDir);
    try {
        await (0,run/* capture */.Fg)(state.ccacheProgram, ['--cleanup'], {
            env: {
                ...process.env,
                BR_CACHE_DIR: state.plan.ccacheDir,
                CCACHE_MAXSIZE: state.ccacheMaxSize
            }
        });
        const after = (0,fs/* directorySize */.RG)(state.plan.ccacheDir);
        platform.reporter.info(`ccache trimmed to its ${state.ccacheMaxSize} limit: ${(0,format/* formatBytes */.z3)(before)} → ${(0,format/* formatBytes */.z3)(after)}.`);
    }
    catch (error) {
        platform.reporter.warning(`ccache could not be trimmed to ${state.ccacheMaxSize} (${(0,errors/* errorMessage */.gJ)(error)}); it is saved as it is.`);
    }
}

// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __nccwpck_require__(674);
;// CONCATENATED MODULE: ./src/pipeline/post.ts





async function runPost(platform) {
    const raw = platform.getState(restore_caches/* CACHE_STATE */.bK);
    if (!raw) {
        const restoredFrom = platform.getState(image_cache/* IMAGES_RESTORED_STATE */._y);
        platform.reporter.info(restoredFrom
            ? `The images came from the image cache (${restoredFrom}): nothing was built, so there is no dl/ or ccache to save.`
            : 'The run stopped before the caches were set up: nothing to save.');
        return;
    }
    const saved = await saveCaches(platform, JSON.parse(raw));
    if (!saved.length)
        return;
    const rows = saved.map(s => `| ${s.name} | ${s.key ? `\`${(0,util_text/* tableCell */.xR)(s.key)}\`` : ''} | ${(0,util_text/* tableCell */.xR)(s.result)} | ${s.size === undefined ? '' : (0,format/* formatBytes */.z3)(s.size)} |`);
    await platform.writeSummary([
        '### Caches saved',
        '',
        '| Cache | Key | Result | Size |',
        '| --- | --- | --- | ---: |',
        ...rows,
        ''
    ].join('\n'));
}


/***/ }),

/***/ 582:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  gl: () => (/* binding */ DEFAULT_CACHE_LIMITS),
  hJ: () => (/* binding */ localPlatform),
  CO: () => (/* binding */ terminalReporter)
});

// UNUSED EXPORTS: LocalArtifactStore, LocalCacheStore

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
var external_node_fs_default = /*#__PURE__*/__nccwpck_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/util/run.ts + 1 modules
var run = __nccwpck_require__(133);
// EXTERNAL MODULE: ./src/util/format.ts
var format = __nccwpck_require__(678);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __nccwpck_require__(82);
// EXTERNAL MODULE: ./src/util/fs.ts
var fs = __nccwpck_require__(966);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __nccwpck_require__(674);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(598);
var external_node_crypto_default = /*#__PURE__*/__nccwpck_require__.n(external_node_crypto_);
;// CONCATENATED MODULE: external "node:stream"
const external_node_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
;// CONCATENATED MODULE: external "node:stream/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
;// CONCATENATED MODULE: ./src/platform/local-tools.ts
// The tool cache on the command line: a folder of the cache directory, one folder per tool and
// version, filled by Node's own fetch and tar. @actions/tool-cache is for runners: it wants
// RUNNER_TEMP and RUNNER_TOOL_CACHE and writes ::debug:: lines to stdout.






/** Kept tools live in `<dir>/<name>/<version>`; work in progress in `<dir>/.tmp`. */
function localToolCache(dir) {
    const temp = external_node_path_default().join(dir, '.tmp');
    const fresh = (prefix) => external_node_path_default().join(temp, `${prefix}-${process.pid}-${external_node_crypto_default().randomBytes(4).toString('hex')}`);
    const keptDir = (name, version) => external_node_path_default().join(dir, name, version);
    return {
        dir,
        find(name, version) {
            const kept = keptDir(name, version);
            return external_node_fs_default().existsSync(`${kept}.complete`) ? kept : undefined;
        },
        async download(url, destination) {
            const file = destination ?? fresh('download');
            external_node_fs_default().mkdirSync(external_node_path_default().dirname(file), { recursive: true });
            const response = await fetch(url, { redirect: 'follow' });
            if (!response.ok || !response.body) {
                throw new Error(`${url} answered HTTP ${response.status} ${response.statusText}`);
            }
            try {
                await (0,promises_namespaceObject.pipeline)(external_node_stream_namespaceObject.Readable.fromWeb(response.body), external_node_fs_default().createWriteStream(file));
            }
            catch (error) {
                external_node_fs_default().rmSync(file, { force: true });
                throw error;
            }
            return file;
        },
        async extractTarXz(file) {
            const into = fresh('extract');
            external_node_fs_default().mkdirSync(into, { recursive: true });
            await (0,run/* capture */.Fg)('tar', ['-xJf', file, '-C', into]);
            return into;
        },
        async keep(source, name, version) {
            const kept = keptDir(name, version);
            external_node_fs_default().rmSync(kept, { recursive: true, force: true });
            external_node_fs_default().mkdirSync(external_node_path_default().dirname(kept), { recursive: true });
            external_node_fs_default().renameSync(source, kept);
            // Written last: a folder without it is a keep that did not finish.
            external_node_fs_default().writeFileSync(`${kept}.complete`, '');
            return kept;
        }
    };
}

;// CONCATENATED MODULE: ./src/platform/local.ts
// The Platform on a developer's machine: plain terminal output, and local folders in place
// of GitHub's cache and artifact services. The cache keeps GitHub's rules (exact key first,
// then the newest entry whose key starts with a restore key; entries are never overwritten;
// a different path list is a different entry), so a local run behaves like a CI run.








const where = (at) => at ? `${at.file}${at.line ? `:${at.line}` : ''}: ` : '';
function terminalReporter(write = line => process.stderr.write(`${line}\n`)) {
    return {
        info: message => write((0,util_text/* safeMessage */.N5)(message)),
        notice: (message, at) => write(`${where(at)}notice: ${(0,util_text/* safeMessage */.N5)(message)}`),
        warning: (message, at) => write(`${where(at)}warning: ${(0,util_text/* safeMessage */.N5)(message)}`),
        error: (message, at) => write(`${where(at)}error: ${(0,util_text/* safeMessage */.N5)(message)}`),
        startGroup: title => write(`\n== ${(0,util_text/* safeMessage */.N5)(title)}`),
        endGroup: () => undefined
    };
}
/**
 * GitHub's cache holds 10 GB per repository; the same budget locally keeps the newest ccache of
 * both targets (3G each by default) and a dl/ (about 1-2 GB), and shows locally what fits in CI.
 */
const DEFAULT_CACHE_LIMITS = { maxBytes: 10 * 1024 ** 3, maxAgeDays: 30 };
/** Folder names inside the cache root that are not entries. */
const PARTIAL = /\.partial-(\d+)$/;
const SET_ASIDE = '.corrupt';
function processAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
/** Moves everything in `from` into `to`, replacing what has the same name; removes `from`. */
function mergeInto(from, to) {
    external_node_fs_default().mkdirSync(to, { recursive: true });
    for (const entry of external_node_fs_default().readdirSync(from, { withFileTypes: true })) {
        const source = external_node_path_default().join(from, entry.name);
        const target = external_node_path_default().join(to, entry.name);
        const existing = external_node_fs_default().lstatSync(target, { throwIfNoEntry: false });
        if (entry.isDirectory() && existing?.isDirectory()) {
            mergeInto(source, target);
            continue;
        }
        if (existing)
            external_node_fs_default().rmSync(target, { recursive: true, force: true });
        external_node_fs_default().renameSync(source, target);
    }
    external_node_fs_default().rmSync(from, { recursive: true, force: true });
}
class LocalCacheStore {
    root;
    limits;
    say;
    description;
    constructor(root, limits = DEFAULT_CACHE_LIMITS, 
    /** Where the store says what it repaired (a corrupt entry set aside, entries pruned). */
    say = () => undefined) {
        this.root = root;
        this.limits = limits;
        this.say = say;
        this.description = `the local cache in ${root}`;
    }
    entryDir(key) {
        return external_node_path_default().join(this.root, encodeURIComponent(key));
    }
    entries(paths) {
        if (!external_node_fs_default().existsSync(this.root))
            return [];
        const found = [];
        for (const name of external_node_fs_default().readdirSync(this.root)) {
            const dir = external_node_path_default().join(this.root, name);
            const metaFile = external_node_path_default().join(dir, 'entry.json');
            if (name.startsWith('.') || PARTIAL.test(name) || !external_node_fs_default().existsSync(metaFile))
                continue;
            try {
                const meta = JSON.parse(external_node_fs_default().readFileSync(metaFile, 'utf8'));
                if (!paths || JSON.stringify(meta.paths) === JSON.stringify(paths))
                    found.push({ ...meta, dir });
            }
            catch {
                this.setAside(dir, 'its entry.json cannot be read');
            }
        }
        return found;
    }
    /**
     * Saves that stopped half-way (the process was killed) leave `<entry>.partial-<pid>`:
     * removed here once that process is gone.
     */
    removeAbandonedSaves() {
        if (!external_node_fs_default().existsSync(this.root))
            return;
        for (const name of external_node_fs_default().readdirSync(this.root)) {
            const pid = PARTIAL.exec(name)?.[1];
            if (pid && !processAlive(Number(pid))) {
                external_node_fs_default().rmSync(external_node_path_default().join(this.root, name), { recursive: true, force: true });
            }
        }
    }
    /** Moves an entry that cannot be used out of the way, keeping it for a look; never restored. */
    setAside(dir, why) {
        const asideRoot = external_node_path_default().join(this.root, SET_ASIDE);
        external_node_fs_default().mkdirSync(asideRoot, { recursive: true });
        const aside = external_node_path_default().join(asideRoot, `${external_node_path_default().basename(dir)}-${Date.now()}`);
        external_node_fs_default().renameSync(dir, aside);
        this.say(`The local cache entry ${external_node_path_default().basename(dir)} is corrupt (${why}): set aside in ${aside}.`);
    }
    async restore(paths, key, restoreKeys) {
        this.removeAbandonedSaves();
        const entries = this.entries(paths);
        const newestFirst = (list) => [...list].sort((a, b) => b.created - a.created);
        // GitHub's order: the exact key, then the newest entry of each restore-key prefix; here an
        // entry that fails to extract is set aside and the next one is tried.
        const candidates = [
            ...entries.filter(entry => entry.key === key),
            ...restoreKeys.flatMap(prefix => newestFirst(entries.filter(entry => entry.key.startsWith(prefix) && entry.key !== key)))
        ].filter((entry, index, all) => all.indexOf(entry) === index);
        for (const entry of candidates) {
            if (await this.extract(entry, paths))
                return entry.key;
        }
        return undefined;
    }
    /**
     * Extracts every tar of an entry into a folder beside its destination, and moves the files
     * into place only when all of them extracted: a truncated entry never overwrites good work.
     */
    async extract(entry, paths) {
        const staged = [];
        try {
            for (const [index, dir] of paths.entries()) {
                const staging = `${dir}.restore-${process.pid}`;
                external_node_fs_default().rmSync(staging, { recursive: true, force: true });
                external_node_fs_default().mkdirSync(staging, { recursive: true });
                staged.push(staging);
                await (0,run/* capture */.Fg)('tar', ['-xf', external_node_path_default().join(entry.dir, `${index}.tar`), '-C', staging]);
            }
        }
        catch (error) {
            for (const staging of staged)
                external_node_fs_default().rmSync(staging, { recursive: true, force: true });
            if (external_node_fs_default().existsSync(entry.dir)) {
                this.setAside(entry.dir, (0,util_text/* tableCell */.xR)((0,errors/* errorMessage */.gJ)(error)));
            }
            return false;
        }
        for (const [index, dir] of paths.entries())
            mergeInto(staged[index], dir);
        const now = new Date();
        external_node_fs_default().utimesSync(external_node_path_default().join(entry.dir, 'entry.json'), now, now);
        return true;
    }
    async save(paths, key) {
        this.removeAbandonedSaves();
        const dir = this.entryDir(key);
        if (external_node_fs_default().existsSync(dir))
            throw new Error(`an entry with the key ${key} already exists`);
        const staging = `${dir}.partial-${process.pid}`;
        external_node_fs_default().rmSync(staging, { recursive: true, force: true });
        external_node_fs_default().mkdirSync(staging, { recursive: true });
        try {
            for (const [index, source] of paths.entries()) {
                await (0,run/* capture */.Fg)('tar', ['-cf', external_node_path_default().join(staging, `${index}.tar`), '-C', source, '.']);
            }
            const meta = { key, paths, created: Date.now() };
            external_node_fs_default().writeFileSync(external_node_path_default().join(staging, 'entry.json'), JSON.stringify(meta));
            external_node_fs_default().renameSync(staging, dir);
        }
        finally {
            // A save that failed or was interrupted (tar killed by a cancel, a full disk) leaves nothing.
            external_node_fs_default().rmSync(staging, { recursive: true, force: true });
        }
        this.prune(dir);
    }
    /**
     * Keeps the cache within its limits: removes what was not used for maxAgeDays, then the least
     * recently used entries until the rest fits maxBytes. The entry just saved is always kept.
     */
    prune(keep) {
        const cutoff = Date.now() - this.limits.maxAgeDays * 24 * 3600 * 1000;
        const aside = external_node_path_default().join(this.root, SET_ASIDE);
        const all = [
            ...this.entries().map(entry => entry.dir),
            ...(external_node_fs_default().existsSync(aside) ? external_node_fs_default().readdirSync(aside).map(name => external_node_path_default().join(aside, name)) : [])
        ].map(dir => {
            const meta = external_node_path_default().join(dir, 'entry.json');
            const used = external_node_fs_default().existsSync(meta) ? external_node_fs_default().statSync(meta).mtimeMs : external_node_fs_default().statSync(dir).mtimeMs;
            return { dir, used, bytes: (0,fs/* directorySize */.RG)(dir), setAside: dir.startsWith(aside) };
        });
        // Set-aside entries go first, then the least recently used.
        all.sort((a, b) => Number(b.setAside) - Number(a.setAside) || a.used - b.used);
        let total = all.reduce((sum, entry) => sum + entry.bytes, 0);
        const removed = [];
        for (const entry of all) {
            if (entry.dir === keep)
                continue;
            if (entry.used >= cutoff && total <= this.limits.maxBytes)
                continue;
            external_node_fs_default().rmSync(entry.dir, { recursive: true, force: true });
            total -= entry.bytes;
            removed.push(decodeURIComponent(external_node_path_default().basename(entry.dir)));
        }
        if (removed.length) {
            this.say(`The local cache was pruned to ${(0,format/* formatBytes */.z3)(this.limits.maxBytes)} and ${this.limits.maxAgeDays} days of use: removed ${removed.join(', ')}; ${(0,format/* formatBytes */.z3)(total)} remain.`);
        }
    }
}
class LocalArtifactStore {
    root;
    description;
    constructor(root) {
        this.root = root;
        this.description = `the local folder ${root}`;
    }
    async upload(name, files, rootDirectory) {
        // The folder is replaced whole, so it must be a folder of its own inside the root: a name
        // such as "..", "." or "a/../.." would replace the root's parent, the root, or anything.
        const destination = external_node_path_default().resolve(this.root, name);
        if (external_node_path_default().dirname(destination) !== external_node_path_default().resolve(this.root) ||
            external_node_path_default().basename(destination) !== name) {
            throw new Error(`the artifact name ${(0,util_text/* quote */.hD)(name)} does not name a folder directly inside ${this.root}; nothing was written`);
        }
        external_node_fs_default().rmSync(destination, { recursive: true, force: true });
        for (const file of files) {
            const target = external_node_path_default().join(destination, external_node_path_default().relative(rootDirectory, file));
            if (!(0,fs/* isInside */.FK)(destination, target) || target === destination) {
                throw new Error(`${file} is not inside ${rootDirectory}, the folder being uploaded`);
            }
            external_node_fs_default().mkdirSync(external_node_path_default().dirname(target), { recursive: true });
            external_node_fs_default().copyFileSync(file, target);
        }
        return { location: destination };
    }
}
function localPlatform(options) {
    const state = new Map();
    const outputs = new Map();
    const reporter = options.reporter ?? terminalReporter();
    let summaryStarted = false;
    let summaryFailed = false;
    return {
        reporter,
        cache: new LocalCacheStore(external_node_path_default().join(options.cacheDir, 'entries'), options.cacheLimits ?? DEFAULT_CACHE_LIMITS, message => reporter.info(message)),
        artifacts: new LocalArtifactStore(options.artifactsDir),
        outputs,
        setOutput: (name, value) => outputs.set(name, value),
        saveState: (name, value) => state.set(name, value),
        getState: name => state.get(name) ?? '',
        async writeSummary(markdown) {
            if (summaryFailed)
                return;
            try {
                external_node_fs_default().mkdirSync(external_node_path_default().dirname(options.summaryFile), { recursive: true });
                // One summary per run: the run's first section replaces what an earlier run wrote.
                if (summaryStarted)
                    external_node_fs_default().appendFileSync(options.summaryFile, `${markdown}\n`);
                else
                    external_node_fs_default().writeFileSync(options.summaryFile, `${markdown}\n`);
                summaryStarted = true;
            }
            catch (error) {
                summaryFailed = true;
                const why = (0,fs/* whyNotWritable */.Gn)(external_node_path_default().dirname(options.summaryFile)) ?? error;
                reporter.warning(`The summary could not be written to ${options.summaryFile}: ${(0,errors/* errorMessage */.gJ)(why)}`);
            }
        },
        summaryWritten: () => summaryStarted,
        tempDir: external_node_path_default().join(options.cacheDir, 'tmp'),
        tools: localToolCache(external_node_path_default().join(options.cacheDir, 'tools'))
    };
}


/***/ }),

/***/ 282:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ renderSmokeSection)
/* harmony export */ });
/* harmony import */ var _util_format_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(678);
// The smoke test's section of the job summary: one table per boot, one row per check with its
// result and time, and what the check proves or why it failed.

const ICON = {
    pass: '✅ pass',
    fail: '❌ fail',
    skip: '⏭️ skip',
    'not run': '➖ not run'
};
const cell = (text) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
function renderSmokeSection(report) {
    const title = { passed: '✅ passed', failed: '❌ failed', skipped: 'skipped' }[report.outcome];
    const lines = [`### Smoke test: ${title}`, ''];
    if (report.note)
        lines.push(report.note, '');
    for (const boot of report.boots) {
        lines.push(`**${boot.name}** (${boot.how}, level ${boot.level}): ${boot.ok ? 'passed' : 'failed'} in ${(0,_util_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(boot.seconds)}. Console log: \`${boot.consoleLog}\``, '', '| Check | Result | Time | Detail |', '| --- | --- | ---: | --- |');
        for (const row of boot.rows) {
            const result = row.status === 'skip' && !row.ok ? '❌ skip' : ICON[row.status];
            const time = row.seconds === undefined ? '' : (0,_util_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(row.seconds);
            lines.push(`| ${row.check} | ${result} | ${time} | ${cell(row.detail)} |`);
        }
        lines.push('');
    }
    return lines.join('\n');
}


/***/ }),

/***/ 733:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  $S: () => (/* binding */ buildrootPatchesStage),
  qg: () => (/* binding */ patchedSlot),
  BC: () => (/* binding */ treeSlot)
});

// EXTERNAL MODULE: ./src/buildroot/configure.ts
var configure = __nccwpck_require__(567);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(598);
var external_node_crypto_default = /*#__PURE__*/__nccwpck_require__.n(external_node_crypto_);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
var external_node_fs_default = /*#__PURE__*/__nccwpck_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/inputs/schema.ts + 1 modules
var schema = __nccwpck_require__(330);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __nccwpck_require__(82);
// EXTERNAL MODULE: ./src/util/run.ts + 1 modules
var run = __nccwpck_require__(133);
;// CONCATENATED MODULE: ./src/buildroot/patch-series.ts
// The Buildroot patch series. A folder of *.patch files (git format-patch style,
// -p1 from the top of the Buildroot tree) brings packages of the pinned release up to newer
// versions without forking Buildroot. It runs right after Buildroot is resolved, in build and
// check mode alike, and patches a copy: neither the user's buildroot-src nor the release in the
// tool cache is ever changed. The copy is kept in the tool cache under a key made of the tree
// (its path, version and a fingerprint of its files) and the series, so a second run reuses it.
//
// The patches go through `patch`, not `git apply`: GNU patch >= 2.7 is one of Buildroot's own
// host requirements (support/dependencies/dependencies.sh) and what Buildroot applies package
// patches with, whereas the tree is no git checkout and git is not required to build. Each patch
// is dry-run first, so that one that does not apply stops the run, naming the patch, the file
// and the hunk, before anything is configured or built and without a half-patched tree.







/** The folder name a config-dir (and the action's own configs/) keeps its series in. */
const PATCH_SERIES_FOLDER = 'buildroot-patches';
const NO_SERIES = { patches: [], sha256: '' };
/** A patch that does not apply, or a series folder that is not there: annotated on the file. */
class PatchSeriesError extends configure/* ConfigError */.xL {
}
const sha256 = (data) => external_node_crypto_default().createHash('sha256').update(data).digest('hex');
/**
 * The series in `dir`: every `*.patch` file directly in it, in name order (byte order, as
 * `LC_ALL=C ls` sorts), each with the sha256 of its content, and one sha256 for the whole series
 * (computed like a SHA256SUMS file of the patches in order). Config hash, cache keys and inputs
 * hashes all take it from here.
 */
function readPatchSeries(dir) {
    if (!external_node_fs_default().existsSync(dir) || !external_node_fs_default().statSync(dir).isDirectory()) {
        throw new PatchSeriesError(`buildroot-patches: ${dir} is not a folder. Point buildroot-patches at a folder of *.patch files, or set it to "${schema/* NO_PATCHES */.Py}" to build Buildroot as released.`);
    }
    const names = external_node_fs_default().readdirSync(dir, { withFileTypes: true })
        .filter(entry => entry.name.endsWith('.patch') && !entry.isDirectory())
        .map(entry => entry.name)
        .sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    const patches = names.map(name => {
        const file = external_node_path_default().join(dir, name);
        return { name, file, sha256: sha256(external_node_fs_default().readFileSync(file)) };
    });
    return {
        dir,
        patches,
        sha256: patches.length ? sha256(patches.map(p => `${p.sha256}  ${p.name}\n`).join('')) : ''
    };
}
/**
 * Which series applies, decided like the BR2_EXTERNAL tree (main.ts configExternalTree): the
 * folder buildroot-patches names; else config-dir's own buildroot-patches/ (a copy of configs/
 * keeps the defconfigs and their series together); else the action's own, which is written for
 * the Buildroot release the action pins and is left out, with a warning, for any other release.
 */
function choosePatchSeries(reporter, choice, where) {
    if (choice.kind === 'none')
        return undefined;
    if (choice.kind === 'folder')
        return choice.dir;
    const isFolder = (dir) => dir !== undefined && external_node_fs_default().existsSync(dir) && external_node_fs_default().statSync(dir).isDirectory();
    const own = where.ownSeriesDir;
    const beside = external_node_path_default().join(where.configDir, PATCH_SERIES_FOLDER);
    // config-dir defaults to the action's own configs/: its series is then the action's own.
    const besideIsOwn = isFolder(own) && isFolder(beside) && external_node_fs_default().realpathSync(beside) === external_node_fs_default().realpathSync(own);
    if (isFolder(beside) && !besideIsOwn)
        return beside;
    if (!isFolder(own))
        return undefined;
    if (where.buildrootVersion !== schema/* DEFAULT_BUILDROOT_VERSION */.IG) {
        reporter.warning(`The action's own Buildroot patch series (${own}) is written for Buildroot ${schema/* DEFAULT_BUILDROOT_VERSION */.IG}, ` +
            `and this run uses Buildroot ${where.buildrootVersion}: it is not applied, so that release's own package versions are built. ` +
            `Set buildroot-patches to a series written for ${where.buildrootVersion}, or to "${schema/* NO_PATCHES */.Py}" to silence this.`);
        return undefined;
    }
    return own;
}
/** Top-level entries of a Buildroot tree that are not part of it: its git data and in-tree output. */
const NOT_COPIED = new Set(['.git', 'output', 'dl']);
/**
 * A fingerprint of the files under `dir` (paths, sizes, modification times, link targets): a
 * patched copy is reused only while the tree it was made from is unchanged.
 */
function treeFingerprint(dir) {
    const hash = external_node_crypto_default().createHash('sha256');
    const walk = (relative) => {
        const entries = external_node_fs_default().readdirSync(external_node_path_default().join(dir, relative), { withFileTypes: true })
            .filter(entry => relative !== '' || !NOT_COPIED.has(entry.name))
            .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            const name = external_node_path_default().join(relative, entry.name);
            if (entry.isDirectory()) {
                hash.update(`d ${name}\n`);
                walk(name);
            }
            else if (entry.isSymbolicLink()) {
                hash.update(`l ${name} ${external_node_fs_default().readlinkSync(external_node_path_default().join(dir, name))}\n`);
            }
            else {
                const stat = external_node_fs_default().statSync(external_node_path_default().join(dir, name));
                hash.update(`f ${name} ${stat.size} ${Math.trunc(stat.mtimeMs)} ${stat.mode}\n`);
            }
        }
    };
    walk('');
    return hash.digest('hex');
}
/** Line in the patch text of hunk `hunk` (1-based) of `file`, or of the file's header. */
function lineInPatch(patchText, file, hunk) {
    const lines = patchText.split('\n');
    const header = lines.findIndex(line => line === `+++ b/${file}` || line === `--- a/${file}` || line.startsWith(`+++ ${file}`));
    if (header < 0)
        return undefined;
    if (hunk === undefined)
        return header + 1;
    let seen = 0;
    for (let i = header + 1; i < lines.length; i++) {
        if (lines[i].startsWith('diff ') || lines[i].startsWith('--- '))
            break;
        if (lines[i].startsWith('@@') && ++seen === hunk)
            return i + 1;
    }
    return header + 1;
}
/** Reads GNU patch's report of a failed (dry) run: which file failed, and how. */
function explainFailure(output, patchText) {
    const failures = [];
    let current;
    for (let i = 0; i < output.length; i++) {
        const line = output[i];
        const checking = /^(?:checking|patching) file (.+)$/.exec(line);
        if (checking) {
            current = checking[1].replace(/^'(.*)'$/, '$1');
            continue;
        }
        const hunk = /^Hunk #(\d+) FAILED at (\d+)/.exec(line);
        if (hunk && current) {
            failures.push({
                file: current,
                problem: `hunk #${hunk[1]} does not match the file (patch looked for its context around line ${hunk[2]})`,
                patchLine: lineInPatch(patchText, current, Number(hunk[1]))
            });
            continue;
        }
        if (/^Reversed \(or previously applied\) patch detected/.test(line) && current) {
            failures.push({
                file: current,
                problem: 'already has this change (or its reverse): this Buildroot tree may carry it already',
                patchLine: lineInPatch(patchText, current)
            });
            continue;
        }
        if (/^can't find file to patch/.test(line)) {
            // patch quotes the text leading up to the diff (for the first file, the whole commit
            // message), up to where it gives up on this file.
            const end = output.findIndex((l, j) => j > i && /^(No file to patch|Skipping patch)/.test(l));
            const shown = output
                .slice(i + 1, end === -1 ? undefined : end)
                .map(l => /^\|\+\+\+ (?:b\/)?(\S+)/.exec(l)?.[1])
                .find(Boolean);
            const file = shown ?? 'a file';
            failures.push({
                file,
                problem: 'does not exist in this Buildroot tree',
                patchLine: shown ? lineInPatch(patchText, shown) : undefined
            });
            continue;
        }
        const malformed = /malformed patch at line (\d+)/.exec(line);
        if (malformed) {
            failures.push({
                file: 'the patch itself',
                problem: `is malformed at line ${malformed[1]} (${line.replace(/^patch: \*+ /, '')})`,
                patchLine: Number(malformed[1])
            });
        }
        if (/Only garbage was found in the patch input/.test(line)) {
            failures.push({ file: 'the patch itself', problem: 'holds no diff that patch understands' });
        }
    }
    return failures;
}
/** Environment for patch: English messages (they are parsed), no POSIX mode (it would prompt). */
function patchEnv() {
    const env = { ...process.env, LC_ALL: 'C' };
    delete env.POSIXLY_CORRECT;
    return env;
}
/** Options for a strict, unattended run: no fuzz (offsets only), no backups, no questions. */
const PATCH_ARGS = [
    '-p1',
    '--forward',
    '--batch',
    '--fuzz=0',
    '--no-backup-if-mismatch',
    '--remove-empty-files'
];
async function runPatch(tree, patch, dryRun) {
    const output = [];
    const args = [...PATCH_ARGS, '-d', tree, '-i', patch.file, ...(dryRun ? ['--dry-run'] : [])];
    try {
        const result = await (0,run/* run */.eF)('patch', args, {
            env: patchEnv(),
            keepLastLines: 200,
            onLine: line => output.push(line)
        });
        return { ok: result.exitCode === 0, output };
    }
    catch (error) {
        throw new PatchSeriesError(`could not run patch (${(0,errors/* errorMessage */.gJ)(error)}): install GNU patch, which Buildroot needs as well (apt-get install patch).`);
    }
}
function notApplying(patch, series, buildroot, output) {
    const text = external_node_fs_default().readFileSync(patch.file, 'utf8');
    const failures = explainFailure(output, text);
    const what = failures.length
        ? failures.map(f => `${f.file}: ${f.problem}`).join('; ')
        : `patch said:\n${output.slice(-15).join('\n')}`;
    return new PatchSeriesError(`Buildroot patch ${patch.name} does not apply to Buildroot ${buildroot.version}: ${what}. ` +
        `Nothing was configured or built, and ${buildroot.sourceDir} is unchanged. ` +
        `Regenerate the patch against Buildroot ${buildroot.version} (git format-patch in a checkout of it), ` +
        `remove it from ${series.dir}, or set buildroot-patches to "${schema/* NO_PATCHES */.Py}" to build Buildroot as released.`, patch.file, failures.find(f => f.patchLine !== undefined)?.patchLine);
}
/** Copies a Buildroot tree (without its git data and in-tree output) with `cp -a`. */
async function copyTree(from, to) {
    external_node_fs_default().mkdirSync(to, { recursive: true });
    const entries = external_node_fs_default().readdirSync(from)
        .filter(name => !NOT_COPIED.has(name))
        .map(name => external_node_path_default().join(from, name));
    if (!entries.length)
        return;
    try {
        await (0,run/* capture */.Fg)('cp', ['-a', '-t', to, ...entries]);
    }
    catch (error) {
        const detail = error instanceof run/* CommandError */.Qd ? error.result.lastLines.join('\n') : '';
        throw new Error(`could not copy ${from} to ${to}: ${(0,errors/* errorMessage */.gJ)(error)}${detail}`, {
            cause: error
        });
    }
}
/**
 * Chooses the series, and returns the tree to use: the original when there is none, else a
 * copy with every patch applied in order (made now, or reused from an earlier run).
 */
async function applyBuildrootPatches(reporter, options) {
    const { buildroot } = options;
    const dir = choosePatchSeries(reporter, options.choice, {
        configDir: options.configDir,
        ownSeriesDir: options.ownSeriesDir,
        buildrootVersion: buildroot.version
    });
    const series = dir ? readPatchSeries(dir) : NO_SERIES;
    if (!series.patches.length) {
        reporter.info(options.choice.kind === 'none'
            ? `No Buildroot patches (buildroot-patches: ${schema/* NO_PATCHES */.Py}): Buildroot ${buildroot.version} is built as released.`
            : `No Buildroot patches${dir ? ` (${dir} holds no *.patch file)` : ''}: Buildroot ${buildroot.version} is built as released.`);
        return { sourceDir: buildroot.sourceDir, series, reused: false };
    }
    const source = external_node_fs_default().realpathSync(buildroot.sourceDir);
    const key = sha256([source, buildroot.version, treeFingerprint(source), series.sha256].join('\n')).slice(0, 16);
    const target = external_node_path_default().join(options.cacheDir, 'buildroot-patched', `${buildroot.version}-${key}`);
    const names = series.patches.map(p => p.name).join(', ');
    if (external_node_fs_default().existsSync(target)) {
        reporter.info(`Buildroot ${buildroot.version} with the ${series.patches.length} patch(es) of ${dir} (${names}): reused from ${target}.`);
        return { sourceDir: target, series, reused: true };
    }
    // Patched in a folder of its own and moved into place only when every patch applied, so
    // that the tool cache never holds a half-patched tree, even when two runs race.
    const staging = `${target}.tmp-${process.pid}-${external_node_crypto_default().randomBytes(4).toString('hex')}`;
    try {
        await copyTree(source, staging);
        for (const patch of series.patches) {
            const dry = await runPatch(staging, patch, true);
            if (!dry.ok)
                throw notApplying(patch, series, buildroot, dry.output);
            const applied = await runPatch(staging, patch, false);
            if (!applied.ok)
                throw notApplying(patch, series, buildroot, applied.output);
            reporter.info(`Applied ${patch.name}`);
        }
        try {
            external_node_fs_default().renameSync(staging, target);
        }
        catch (error) {
            // Another run patched the same tree with the same series first: use its copy.
            if (!external_node_fs_default().existsSync(target))
                throw error;
        }
    }
    finally {
        external_node_fs_default().rmSync(staging, { recursive: true, force: true });
    }
    reporter.info(`Buildroot ${buildroot.version} with the ${series.patches.length} patch(es) of ${dir} is in ${target}; ${buildroot.sourceDir} is unchanged.`);
    return { sourceDir: target, series, reused: false };
}

// EXTERNAL MODULE: ./src/stages/resolve-buildroot.ts
var resolve_buildroot = __nccwpck_require__(591);
// EXTERNAL MODULE: ./src/stages/stage.ts
var stage = __nccwpck_require__(444);
;// CONCATENATED MODULE: ./src/stages/buildroot-patches.ts
// Stage: apply the Buildroot patch series (buildroot/patch-series.ts) to a copy of the tree, in
// build and check mode alike, and name the tree Buildroot runs in: the patched copy, the
// action's BR2_EXTERNAL tree (or config-dir's own) and br2-external.




const patchedSlot = (0,stage/* slot */.NI)('patched Buildroot');
/** The tree Buildroot runs in: sources, output folder, BR2_EXTERNAL trees (and later its env). */
const treeSlot = (0,stage/* slot */.NI)('Buildroot tree');
const buildrootPatchesStage = {
    title: 'Apply Buildroot patches',
    modes: ['build', 'check'],
    onImageCacheHit: 'run',
    needs: [resolve_buildroot/* buildrootSlot */.He],
    provides: [patchedSlot, treeSlot],
    async run(run) {
        const { inputs, context, platform } = run;
        const patched = await applyBuildrootPatches(run.reporter, {
            choice: inputs.buildrootPatches,
            configDir: inputs.configDir,
            ownSeriesDir: context.ownPatchSeries,
            buildroot: run.get(resolve_buildroot/* buildrootSlot */.He),
            cacheDir: platform.tools.dir
        });
        run.set(patchedSlot, patched);
        run.set(treeSlot, {
            sourceDir: patched.sourceDir,
            outputDir: inputs.outputDir,
            externalTrees: [
                (0,configure/* configExternalTree */.Uj)(inputs.configDir, context.ownExternalTree),
                ...inputs.br2External
            ]
        });
    }
};


/***/ }),

/***/ 889:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  HO: () => (/* binding */ SBOM_FILE),
  w5: () => (/* binding */ announceImages),
  px: () => (/* binding */ artifactDirOf),
  n2: () => (/* binding */ collectImagesStage),
  rE: () => (/* binding */ imagesSlot)
});

// UNUSED EXPORTS: MissingImageError, collectImages, kernelRelease, versionsOf

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
var external_node_fs_default = /*#__PURE__*/__nccwpck_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/targets.ts
var targets = __nccwpck_require__(402);
// EXTERNAL MODULE: ./src/util/hash.ts
var hash = __nccwpck_require__(325);
;// CONCATENATED MODULE: ./src/util/partitions.ts
// Where a file sits inside a disk image: the partitions of its MBR or GPT partition table, and
// the one whose content is the file, byte for byte (genimage copies rootfs.ext4 into the SD
// card image's root partition).

const SECTOR = 512;
/** The partitions of a disk image with an MBR (primary entries) or a GPT. */
function partitionRanges(image) {
    const fd = external_node_fs_default().openSync(image, 'r');
    try {
        const read = (offset, length) => {
            const buffer = Buffer.alloc(length);
            external_node_fs_default().readSync(fd, buffer, 0, length, offset);
            return buffer;
        };
        const mbr = read(0, SECTOR);
        if (mbr.readUInt16LE(510) !== 0xaa55)
            return [];
        const entries = [0, 1, 2, 3].map(i => mbr.subarray(446 + 16 * i, 462 + 16 * i));
        if (entries.some(entry => entry[4] === 0xee)) {
            const header = read(SECTOR, 92);
            if (header.toString('latin1', 0, 8) !== 'EFI PART')
                return [];
            const at = Number(header.readBigUInt64LE(72)) * SECTOR;
            const count = header.readUInt32LE(80);
            const size = header.readUInt32LE(84);
            const table = read(at, count * size);
            const ranges = [];
            for (let i = 0; i < count; i += 1) {
                const entry = table.subarray(i * size, (i + 1) * size);
                if (entry.subarray(0, 16).every(byte => byte === 0))
                    continue;
                const first = Number(entry.readBigUInt64LE(32));
                const last = Number(entry.readBigUInt64LE(40));
                ranges.push({ start: first * SECTOR, end: (last + 1) * SECTOR });
            }
            return ranges;
        }
        return entries
            .filter(entry => entry[4] !== 0 && entry.readUInt32LE(12) > 0)
            .map(entry => {
            const start = entry.readUInt32LE(8) * SECTOR;
            return { start, end: start + entry.readUInt32LE(12) * SECTOR };
        });
    }
    finally {
        external_node_fs_default().closeSync(fd);
    }
}
/** Whether `image` holds the bytes of `file` from `offset` on. */
function holdsAt(image, offset, file) {
    const size = external_node_fs_default().statSync(file).size;
    const a = external_node_fs_default().openSync(image, 'r');
    const b = external_node_fs_default().openSync(file, 'r');
    try {
        const chunk = 4 * 1024 * 1024;
        const left = Buffer.allocUnsafe(chunk);
        const right = Buffer.allocUnsafe(chunk);
        for (let done = 0; done < size; done += chunk) {
            const length = Math.min(chunk, size - done);
            if (external_node_fs_default().readSync(a, left, 0, length, offset + done) !== length)
                return false;
            if (external_node_fs_default().readSync(b, right, 0, length, done) !== length)
                return false;
            if (!left.subarray(0, length).equals(right.subarray(0, length)))
                return false;
        }
        return true;
    }
    finally {
        external_node_fs_default().closeSync(a);
        external_node_fs_default().closeSync(b);
    }
}
/** The bytes of `image` that are `file`: the start of a partition that holds it. */
function partitionHolding(image, file) {
    const size = external_node_fs_default().statSync(file).size;
    for (const partition of partitionRanges(image)) {
        if (partition.end - partition.start < size)
            continue;
        if (holdsAt(image, partition.start, file)) {
            return { start: partition.start, end: partition.start + size };
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
var external_node_zlib_default = /*#__PURE__*/__nccwpck_require__.n(external_node_zlib_namespaceObject);
// EXTERNAL MODULE: ./src/util/run.ts + 1 modules
var run = __nccwpck_require__(133);
;// CONCATENATED MODULE: ./src/util/xz.ts
// xz for the artifact: multithreaded compression with block boundaries where we ask for them,
// and a new .xz file made of some of another one's blocks. An .xz stream is a header, blocks
// that each decompress on their own, an index of their sizes and a footer (the .xz file format,
// https://tukaani.org/xz/xz-file-format.txt); the SD card image is compressed with a block
// boundary at each end of its root partition, so the root filesystem's own .xz is those blocks
// under a new index: the same bytes, compressed once.



/**
 * Compresses `source` into `destination` with every core (xz -T0), starting a new block at each
 * of `boundaries` (byte offsets into `source`). xz reads sparse holes as zeros, so nothing is
 * inflated on disk first.
 */
async function compressXz(source, destination, options) {
    const args = ['-T0', `-${options.level}`];
    const cuts = [...new Set(options.boundaries ?? [])].filter(b => b > 0).sort((a, b) => a - b);
    if (cuts.length) {
        // Sizes of the blocks between the cuts; 0: the rest as one block (split by xz's block size).
        const sizes = cuts.map((cut, i) => cut - (i ? cuts[i - 1] : 0));
        args.push(`--block-list=${[...sizes, 0].join(',')}`);
    }
    await (0,run/* capture */.Fg)('sh', [
        '-c',
        'destination="$1" source="$2"; shift 2; xz "$@" --stdout -- "$source" > "$destination"',
        'xz',
        destination,
        source,
        ...args
    ]);
}
const CHECK_SIZES = { None: 0, CRC32: 4, CRC64: 8, 'SHA-256': 32 };
/** The blocks of a single-stream .xz file, from `xz --robot --list -vv`; undefined otherwise. */
async function listXzBlocks(file) {
    const out = await (0,run/* capture */.Fg)('xz', ['--robot', '--list', '-vv', '--', file]);
    const lines = out.split('\n').map(line => line.split('\t'));
    if (lines.filter(fields => fields[0] === 'stream').length !== 1)
        return undefined;
    const blocks = [];
    // block, stream, block in stream, block in file, compressed offset, uncompressed offset,
    // compressed size, uncompressed size, ratio, check, check value, header size, flags,
    // compressed data size, ... (xz's man page, "Robot mode").
    for (const fields of lines.filter(f => f[0] === 'block')) {
        const number = (i) => Number(fields[i]);
        const checkSize = CHECK_SIZES[fields[9]];
        if (checkSize === undefined || !fields[13])
            return undefined;
        blocks.push({
            compressedOffset: number(4),
            uncompressedOffset: number(5),
            compressedSize: number(6),
            uncompressedSize: number(7),
            unpaddedSize: number(11) + number(13) + checkSize
        });
    }
    return blocks;
}
/** The .xz variable-length integer: 7 bits a byte, low bits first. */
function multibyte(value) {
    const bytes = [];
    do {
        let byte = value % 128;
        value = Math.floor(value / 128);
        if (value > 0)
            byte |= 0x80;
        bytes.push(byte);
    } while (value > 0);
    return bytes;
}
const uint32 = (value) => {
    const buffer = Buffer.alloc(4);
    buffer.writeUInt32LE(value >>> 0);
    return buffer;
};
/**
 * Writes `destination` as a new .xz file holding the blocks of `source` that cover exactly the
 * uncompressed bytes [start, end). Returns false, writing nothing, when no block boundary falls
 * at `start` or `end` (an xz that ignored --block-list, say).
 */
async function extractXzRange(source, destination, range) {
    const blocks = await listXzBlocks(source);
    const first = blocks?.findIndex(b => b.uncompressedOffset === range.start) ?? -1;
    const last = blocks?.findIndex(b => b.uncompressedOffset + b.uncompressedSize === range.end) ?? -1;
    if (!blocks || first < 0 || last < first)
        return false;
    const picked = blocks.slice(first, last + 1);
    const input = external_node_fs_default().openSync(source, 'r');
    const output = external_node_fs_default().openSync(destination, 'w');
    try {
        // The stream header: magic bytes, stream flags (the check type), their CRC32.
        const header = Buffer.alloc(12);
        external_node_fs_default().readSync(input, header, 0, 12, 0);
        const flags = header.subarray(6, 8);
        external_node_fs_default().writeSync(output, header);
        const buffer = Buffer.allocUnsafe(1024 * 1024);
        for (const block of picked) {
            for (let done = 0; done < block.compressedSize;) {
                const size = Math.min(buffer.length, block.compressedSize - done);
                const read = external_node_fs_default().readSync(input, buffer, 0, size, block.compressedOffset + done);
                if (read !== size)
                    throw new Error(`${source} ended inside a block`);
                external_node_fs_default().writeSync(output, buffer, 0, size);
                done += size;
            }
        }
        // The index: indicator, number of records, (unpadded, uncompressed) size per block,
        // padding to four bytes, CRC32.
        const records = picked.flatMap(b => [
            ...multibyte(b.unpaddedSize),
            ...multibyte(b.uncompressedSize)
        ]);
        const body = [0x00, ...multibyte(picked.length), ...records];
        while (body.length % 4)
            body.push(0);
        const index = Buffer.concat([Buffer.from(body), uint32(external_node_zlib_default().crc32(Buffer.from(body)))]);
        external_node_fs_default().writeSync(output, index);
        // The stream footer: CRC32 of (backward size, flags), backward size, flags, magic "YZ".
        const backward = Buffer.concat([uint32(index.length / 4 - 1), flags]);
        external_node_fs_default().writeSync(output, Buffer.concat([uint32(external_node_zlib_default().crc32(backward)), backward, Buffer.from('YZ')]));
    }
    finally {
        external_node_fs_default().closeSync(input);
        external_node_fs_default().closeSync(output);
    }
    return true;
}

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __nccwpck_require__(82);
// EXTERNAL MODULE: ./src/stages/package-list.ts
var package_list = __nccwpck_require__(607);
// EXTERNAL MODULE: ./src/stages/resolve-buildroot.ts
var resolve_buildroot = __nccwpck_require__(591);
// EXTERNAL MODULE: ./src/stages/configure.ts
var configure = __nccwpck_require__(770);
// EXTERNAL MODULE: ./src/stages/inputs-hash.ts + 1 modules
var inputs_hash = __nccwpck_require__(153);
// EXTERNAL MODULE: ./src/stages/sbom.ts
var sbom = __nccwpck_require__(585);
// EXTERNAL MODULE: ./src/stages/stage.ts
var stage = __nccwpck_require__(444);
;// CONCATENATED MODULE: ./src/stages/collect-images.ts
// Stage: collect images. Gathers what a user downloads from Buildroot's images/ folder into
// one artifact folder: the kernel, the root filesystem, the bootable image (ISO for amd64,
// SD card for arm64), SHA256SUMS and a manifest. Raw disk images are sparse and mostly empty:
// they are compressed with multithreaded xz (what Raspberry Pi Imager and Etcher read directly),
// at the compression-level preset. On arm64 the SD card image already holds the root
// filesystem: it is compressed once, and rootfs.ext4.xz is made of the SD card's blocks.













class MissingImageError extends errors/* UserError */.yo {
}
/** Name of the SBOM in the artifact. */
const SBOM_FILE = 'sbom.cdx.json';
function pick(imagesDir, names, what, hint) {
    const found = names.map(name => external_node_path_default().join(imagesDir, name)).find(file => external_node_fs_default().existsSync(file));
    if (found)
        return found;
    const present = external_node_fs_default().existsSync(imagesDir)
        ? external_node_fs_default().readdirSync(imagesDir).join(', ') || 'nothing'
        : 'no images/ folder';
    throw new MissingImageError(`Buildroot produced no ${what} (looked for ${names.join(', ')} in ${imagesDir}, which holds: ${present}). ${hint}`);
}
const megabytes = (file) => `${(external_node_fs_default().statSync(file).size / 1e6).toFixed(0)} MB`;
/** xz at the chosen preset, saying what it took. */
async function compress(reporter, source, destination, options) {
    const started = Date.now();
    await compressXz(source, destination, options);
    reporter.info(`${external_node_path_default().basename(source)}: ${megabytes(source)} → ${external_node_path_default().basename(destination)} ${megabytes(destination)} (xz -${options.level}, ${((Date.now() - started) / 1000).toFixed(0)} s)`);
}
/**
 * The built kernel's release (what `uname -r` will say), from Kbuild's
 * include/config/kernel.release in Buildroot's build/linux-<version>/ folder. Buildroot calls a
 * kernel from a custom tarball (the Raspberry Pi one) just "custom": this is the real version.
 */
function kernelRelease(buildDir) {
    if (!external_node_fs_default().existsSync(buildDir))
        return undefined;
    for (const name of external_node_fs_default().readdirSync(buildDir)
        .filter(n => /^linux-(?!headers-|firmware-)/.test(n))) {
        const file = external_node_path_default().join(buildDir, name, 'include', 'config', 'kernel.release');
        if (external_node_fs_default().existsSync(file))
            return external_node_fs_default().readFileSync(file, 'utf8').trim() || undefined;
    }
    return undefined;
}
function versionsOf(packages, buildrootVersion, builtKernelRelease) {
    const versionOf = (test) => packages.find(p => test(p.name) && p.version)?.version;
    const versions = { buildroot: buildrootVersion };
    const wanted = [
        ['linux', name => name === 'linux'],
        ['kubernetes', name => /^kube/.test(name)],
        ['containerd', name => name === 'containerd'],
        ['runc', name => name === 'runc'],
        ['docker-engine', name => name === 'docker-engine'],
        ['cni-plugins', name => name === 'cni-plugins'],
        ['crictl', name => name === 'crictl' || name === 'cri-tools'],
        ['systemd', name => name === 'systemd']
    ];
    for (const [label, test] of wanted) {
        const version = versionOf(test);
        if (version)
            versions[label] = version;
    }
    if (builtKernelRelease)
        versions.linux = builtKernelRelease;
    return versions;
}
async function collectImages(options) {
    const { target, imagesDir, artifactDir, reporter } = options;
    const level = options.compressionLevel;
    external_node_fs_default().rmSync(artifactDir, { recursive: true, force: true });
    external_node_fs_default().mkdirSync(artifactDir, { recursive: true });
    const kernelSource = pick(imagesDir, [targets/* TARGET */.Qn[target].kernelImage], 'kernel image', 'Check BR2_LINUX_KERNEL in buildroot_defconfig.');
    const rootfsSource = pick(imagesDir, ['rootfs.ext4', 'rootfs.ext2'], 'ext4 root filesystem', 'Enable BR2_TARGET_ROOTFS_EXT2 with BR2_TARGET_ROOTFS_EXT2_4 in buildroot_defconfig.');
    const kernel = external_node_path_default().join(artifactDir, targets/* TARGET */.Qn[target].kernelImage);
    external_node_fs_default().copyFileSync(kernelSource, kernel);
    const rootfs = external_node_path_default().join(artifactDir, 'rootfs.ext4.xz');
    let rootfsFromSdcard = false;
    let iso;
    let sdcard;
    const dtbs = [];
    if (targets/* TARGET */.Qn[target].bootImage === 'iso') {
        const isoSource = pick(imagesDir, ['rootfs.iso9660'], 'ISO image', 'Enable BR2_TARGET_ROOTFS_ISO9660 in buildroot_defconfig.');
        iso = external_node_path_default().join(artifactDir, `buildroot-k8s-${target}.iso`);
        external_node_fs_default().copyFileSync(isoSource, iso);
    }
    else {
        const sdcardSource = pick(imagesDir, ['sdcard.img'], 'SD card image', 'The post-image script must run genimage to write images/sdcard.img.');
        sdcard = external_node_path_default().join(artifactDir, `buildroot-k8s-${target}-sdcard.img.xz`);
        // Block boundaries at both ends of the partition that is rootfs.ext4 make its compressed
        // blocks a valid rootfs.ext4.xz of their own.
        const partition = partitionHolding(sdcardSource, rootfsSource);
        await compress(reporter, sdcardSource, sdcard, {
            level,
            boundaries: partition && [partition.start, partition.end]
        });
        rootfsFromSdcard = partition !== undefined && (await extractXzRange(sdcard, rootfs, partition));
        reporter.info(rootfsFromSdcard
            ? `rootfs.ext4.xz: the SD card image's compressed blocks for its root partition (${megabytes(rootfs)}), not compressed again.`
            : `The SD card image holds no partition that is rootfs.ext4${partition ? ' at an xz block boundary' : ''}: compressing rootfs.ext4 on its own.`);
        for (const name of external_node_fs_default().readdirSync(imagesDir)
            .filter(n => n.endsWith('.dtb'))
            .sort()) {
            external_node_fs_default().mkdirSync(external_node_path_default().join(artifactDir, 'dtbs'), { recursive: true });
            const dtb = external_node_path_default().join(artifactDir, 'dtbs', name);
            external_node_fs_default().copyFileSync(external_node_path_default().join(imagesDir, name), dtb);
            dtbs.push(dtb);
        }
    }
    if (!rootfsFromSdcard)
        await compress(reporter, rootfsSource, rootfs, { level });
    let sbom;
    if (options.sbom) {
        sbom = external_node_path_default().join(artifactDir, SBOM_FILE);
        external_node_fs_default().copyFileSync(options.sbom, sbom);
    }
    const payload = [kernel, rootfs, iso, sdcard, ...dtbs, sbom].filter((f) => Boolean(f));
    const files = await Promise.all(payload.map(async (file) => ({
        name: external_node_path_default().relative(artifactDir, file),
        bytes: external_node_fs_default().statSync(file).size,
        sha256: await (0,hash/* sha256File */.Q3)(file)
    })));
    const checksums = external_node_path_default().join(artifactDir, 'SHA256SUMS');
    // The format `sha256sum -c SHA256SUMS` reads.
    external_node_fs_default().writeFileSync(checksums, files.map(f => `${f.sha256}  ${f.name}\n`).join(''));
    const manifest = external_node_path_default().join(artifactDir, 'manifest.json');
    const content = {
        target,
        configHash: options.configHash,
        inputsHash: options.inputsHash,
        versions: versionsOf(options.packages, options.buildrootVersion, kernelRelease(options.buildDir)),
        files
    };
    external_node_fs_default().writeFileSync(manifest, `${JSON.stringify(content, null, 2)}\n`);
    return { dir: artifactDir, kernel, rootfs, iso, sdcard, dtbs, sbom, checksums, manifest, files };
}
/** The images of this run, built or restored from the image cache. */
const imagesSlot = (0,stage/* slot */.NI)('images');
/** Where "Collect images" puts what is uploaded, inside the output folder. */
function artifactDirOf(outputDir) {
    return external_node_path_default().join(outputDir, 'artifact');
}
/** The outputs that point at the images, for built and restored images alike. */
function announceImages(run, images) {
    run.output('images-dir', images.dir);
    run.output('kernel', images.kernel);
    run.output('rootfs', images.rootfs);
    run.output('checksums', images.checksums);
    if (images.iso)
        run.output('iso', images.iso);
    if (images.sdcard)
        run.output('sdcard', images.sdcard);
    if (images.sbom)
        run.output('sbom', images.sbom);
}
const collectImagesStage = {
    title: 'Collect images',
    modes: ['build'],
    onImageCacheHit: 'skip',
    needs: [resolve_buildroot/* buildrootSlot */.He, configure/* configHashSlot */.XO, package_list/* packagesSlot */.Uf, inputs_hash/* inputsHashSlot */.Yx],
    provides: [imagesSlot],
    async run(run) {
        const { inputs, reporter } = run;
        const images = await collectImages({
            target: inputs.target,
            imagesDir: external_node_path_default().join(inputs.outputDir, 'images'),
            artifactDir: artifactDirOf(inputs.outputDir),
            buildDir: external_node_path_default().join(inputs.outputDir, 'build'),
            packages: run.get(package_list/* packagesSlot */.Uf),
            buildrootVersion: run.get(resolve_buildroot/* buildrootSlot */.He).version,
            configHash: run.get(configure/* configHashSlot */.XO),
            compressionLevel: inputs.compressionLevel,
            reporter,
            inputsHash: run.get(inputs_hash/* inputsHashSlot */.Yx),
            sbom: run.find(sbom/* sbomSlot */.Gg)?.file
        });
        run.set(imagesSlot, images);
        announceImages(run, images);
    }
};


/***/ }),

/***/ 770:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   VI: () => (/* binding */ configuredSlot),
/* harmony export */   XO: () => (/* binding */ configHashSlot),
/* harmony export */   jc: () => (/* binding */ configureStage)
/* harmony export */ });
/* unused harmony export configure */
/* harmony import */ var _buildroot_unmet_symbols_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(792);
/* harmony import */ var _buildroot_configure_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(567);
/* harmony import */ var _buildroot_mirror_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(968);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(82);
/* harmony import */ var _buildroot_patches_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(733);
/* harmony import */ var _stage_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(444);
// Stage: configure. Loads the target's merged configuration into Buildroot's output folder and
// stops, with each symbol that did not land annotated at its file and line, before anything is
// downloaded or built.






async function configure(reporter, tree, config) {
    const requested = (0,_buildroot_configure_js__WEBPACK_IMPORTED_MODULE_1__/* .readRequestedConfig */ .Fg)((0,_buildroot_configure_js__WEBPACK_IMPORTED_MODULE_1__/* .locateConfigFiles */ .mA)(config.configDir, config.target), config.configFragment, config.patchSeries, config.fromInputs);
    for (const entry of requested.requested) {
        const input = config.siteSymbols?.get(entry.symbol);
        if (input) {
            reporter.notice(`${entry.symbol} is set here, and the input ${input} sets it too, on make's command line: the input wins.`, { file: entry.file, line: entry.line || undefined, title: `${entry.symbol} is overridden` });
        }
        if (entry.symbol !== 'BR2_DL_DIR' && entry.symbol !== 'BR2_CCACHE_DIR')
            continue;
        // Buildroot lets the environment override both (its Makefile: "ifneq ($(BR2_DL_DIR),)").
        reporter.notice(`${entry.symbol} is set here, but the action sets ${entry.symbol} in Buildroot's environment to its own ${entry.symbol === 'BR2_DL_DIR' ? 'dl/' : 'ccache'} folder, which it restores and saves as a cache, and the environment wins: this line has no effect. Drop it.`, { file: entry.file, line: entry.line || undefined, title: `${entry.symbol} is overridden` });
    }
    const configured = await (0,_buildroot_configure_js__WEBPACK_IMPORTED_MODULE_1__/* .configureTree */ .D0)(tree, requested);
    if (configured.unmet.length) {
        for (const finding of (0,_buildroot_unmet_symbols_js__WEBPACK_IMPORTED_MODULE_0__/* .explainUnmet */ .b)(configured)) {
            reporter.error(finding.message, finding.at);
        }
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReportedError */ .SS(`${configured.unmet.length} requested symbol(s) did not land in .config (see the errors above): fix the spelling, or enable what they depend on.`);
    }
    reporter.info(`${requested.requested.length} requested symbols all landed in ${tree.outputDir}/.config.`);
    if (configured.dotConfig.get('BR2_CCACHE') !== 'y') {
        reporter.notice('BR2_CCACHE is not set in buildroot_defconfig: nothing will be compiler-cached between runs.', { file: configured.files.buildrootDefconfig });
    }
    return configured;
}
const configuredSlot = (0,_stage_js__WEBPACK_IMPORTED_MODULE_5__/* .slot */ .NI)('configured tree');
/** config-hash: the merged Buildroot configuration and the kernel configuration. */
const configHashSlot = (0,_stage_js__WEBPACK_IMPORTED_MODULE_5__/* .slot */ .NI)('config hash');
const configureStage = {
    title: 'Configure',
    modes: ['build'],
    onImageCacheHit: 'skip',
    needs: [_buildroot_patches_js__WEBPACK_IMPORTED_MODULE_4__/* .patchedSlot */ .qg, _buildroot_patches_js__WEBPACK_IMPORTED_MODULE_4__/* .treeSlot */ .BC],
    provides: [configuredSlot, configHashSlot],
    async run(run) {
        const { inputs } = run;
        const configured = await configure(run.reporter, run.get(_buildroot_patches_js__WEBPACK_IMPORTED_MODULE_4__/* .treeSlot */ .BC), {
            ...inputs,
            patchSeries: run.get(_buildroot_patches_js__WEBPACK_IMPORTED_MODULE_4__/* .patchedSlot */ .qg).series.sha256,
            fromInputs: (0,_buildroot_configure_js__WEBPACK_IMPORTED_MODULE_1__/* .inputLines */ .KD)(inputs),
            siteSymbols: (0,_buildroot_mirror_js__WEBPACK_IMPORTED_MODULE_2__/* .siteSymbolsOf */ .qH)(inputs)
        });
        run.set(configuredSlot, configured);
        run.set(configHashSlot, configured.configHash);
        run.output('config-hash', configured.configHash);
    }
};


/***/ }),

/***/ 63:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JO: () => (/* binding */ restoredImagesSlot),
/* harmony export */   _y: () => (/* binding */ IMAGES_RESTORED_STATE),
/* harmony export */   ag: () => (/* binding */ saveImagesStage),
/* harmony export */   l5: () => (/* binding */ restoreImagesStage)
/* harmony export */ });
/* unused harmony exports planImageCache, restoreImages, saveImages, imageCachePlanSlot */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(82);
/* harmony import */ var _util_fs_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(966);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(325);
/* harmony import */ var _util_format_js__WEBPACK_IMPORTED_MODULE_11__ = __nccwpck_require__(678);
/* harmony import */ var _collect_images_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(889);
/* harmony import */ var _configure_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(770);
/* harmony import */ var _inputs_hash_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(153);
/* harmony import */ var _resolve_buildroot_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(591);
/* harmony import */ var _sbom_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(585);
/* harmony import */ var _buildroot_python_tools_js__WEBPACK_IMPORTED_MODULE_10__ = __nccwpck_require__(279);
/* harmony import */ var _stage_js__WEBPACK_IMPORTED_MODULE_12__ = __nccwpck_require__(444);
// Stage: the image cache. When nothing that shapes the images changed (the inputs hash,
// buildroot/inputs-hash.ts), the images of the build that had the same inputs are restored
// instead of building again: configure, the package list, dl/, ccache and the build are skipped,
// and the restored images go through every stage after "Collect images" as built ones do.
// An entry holds the artifact folder as "Collect images" left it (images, SHA256SUMS,
// manifest.json, the SBOM) and what that stage returned. It is saved right after "Collect
// images": what comes later (the CVE report) is about the day of the run, not about the images.
// Keys end in the run's id, and restores match by prefix, so `rebuild: always` stores a fresh
// entry that later runs prefer over the older one.













/** Bump to start the image cache afresh after a change to what an entry holds. */
const IMAGE_CACHE_SCHEMA = 'v1';
const DESCRIPTION_FILE = 'collected-images.json';
/** State for the post step: the key the images were restored from, when nothing was built. */
const IMAGES_RESTORED_STATE = 'images-restored';
function planImageCache(options) {
    const prefix = `buildroot-k8s-images-${IMAGE_CACHE_SCHEMA}-${options.target}-${options.inputsHash.slice(0, 32)}-`;
    return {
        key: `${prefix}${options.runId}`,
        restoreKeys: [prefix],
        artifactDir: (0,_collect_images_js__WEBPACK_IMPORTED_MODULE_5__/* .artifactDirOf */ .px)(options.outputDir),
        descriptionDir: node_path__WEBPACK_IMPORTED_MODULE_1___default().join(options.outputDir, 'image-cache')
    };
}
const cachePaths = (plan) => [plan.artifactDir, plan.descriptionDir];
/**
 * Every file the restored description lists, with the size and sha256 it had when it was
 * collected, and a manifest for these very inputs; else what is wrong.
 */
async function verify(plan, inputsHash) {
    const descriptionFile = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(plan.descriptionDir, DESCRIPTION_FILE);
    if (!node_fs__WEBPACK_IMPORTED_MODULE_0___default().existsSync(descriptionFile))
        return `${DESCRIPTION_FILE} is missing`;
    const images = JSON.parse(node_fs__WEBPACK_IMPORTED_MODULE_0___default().readFileSync(descriptionFile, 'utf8'));
    if (images.dir !== plan.artifactDir)
        return `it was collected in ${images.dir}`;
    const manifest = JSON.parse(node_fs__WEBPACK_IMPORTED_MODULE_0___default().readFileSync(images.manifest, 'utf8'));
    if (manifest.inputsHash !== inputsHash)
        return 'its manifest.json has another inputs hash';
    for (const file of images.files) {
        const full = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(plan.artifactDir, file.name);
        if (!node_fs__WEBPACK_IMPORTED_MODULE_0___default().existsSync(full))
            return `${file.name} is missing`;
        if (node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(full).size !== file.bytes || (await (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256File */ .Q3)(full)) !== file.sha256) {
            return `${file.name} does not match its recorded sha256`;
        }
    }
    return images;
}
async function restoreImages(platform, plan, options) {
    const { reporter } = platform;
    if (options.cache === 'off') {
        reporter.info('cache: off: the images are built, not looked up in the image cache.');
        return undefined;
    }
    if (options.rebuild === 'always') {
        reporter.info('rebuild: always: building, whatever the image cache holds for these inputs.');
        return undefined;
    }
    // What an earlier run left in the output folder must not mix with what is restored.
    for (const dir of cachePaths(plan))
        node_fs__WEBPACK_IMPORTED_MODULE_0___default().rmSync(dir, { recursive: true, force: true });
    let key;
    try {
        key = await platform.cache.restore(cachePaths(plan), plan.key, plan.restoreKeys);
    }
    catch (error) {
        reporter.warning(`The image cache could not be read from ${platform.cache.description}: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}. Building instead.`);
        return undefined;
    }
    if (!key) {
        reporter.info(`No images in the cache for these inputs (${plan.restoreKeys[0]}*): building them.`);
        return undefined;
    }
    let verified;
    try {
        verified = await verify(plan, options.inputsHash);
    }
    catch (error) {
        verified = (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error);
    }
    if (typeof verified === 'string') {
        reporter.warning(`The images restored from ${key} are not usable (${verified}): building them instead.`);
        for (const dir of cachePaths(plan))
            node_fs__WEBPACK_IMPORTED_MODULE_0___default().rmSync(dir, { recursive: true, force: true });
        return undefined;
    }
    reporter.info(`Nothing that shapes the images changed: restored them from ${key} (${verified.files.length} files, every sha256 checked). Set rebuild: always to build anyway.`);
    return { images: verified, key };
}
/** Saves the collected images for later runs with the same inputs; a failure is a warning. */
async function saveImages(platform, plan, images, cache) {
    if (cache !== 'read-write')
        return `not saved (cache: ${cache})`;
    node_fs__WEBPACK_IMPORTED_MODULE_0___default().rmSync(plan.descriptionDir, { recursive: true, force: true });
    node_fs__WEBPACK_IMPORTED_MODULE_0___default().mkdirSync(plan.descriptionDir, { recursive: true });
    node_fs__WEBPACK_IMPORTED_MODULE_0___default().writeFileSync(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(plan.descriptionDir, DESCRIPTION_FILE), JSON.stringify(images));
    try {
        await platform.cache.save(cachePaths(plan), plan.key);
        platform.reporter.info(`Images saved to the image cache as ${plan.key} (${(0,_util_format_js__WEBPACK_IMPORTED_MODULE_11__/* .formatBytes */ .z3)((0,_util_fs_js__WEBPACK_IMPORTED_MODULE_3__/* .directorySize */ .RG)(plan.artifactDir))}).`);
        return `saved as \`${plan.key}\``;
    }
    catch (error) {
        platform.reporter.warning(`The images could not be saved to ${platform.cache.description} as ${plan.key}: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}. The next run with the same inputs builds them again.`);
        return `not saved: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}`;
    }
}
const imageCachePlanSlot = (0,_stage_js__WEBPACK_IMPORTED_MODULE_12__/* .slot */ .NI)('image cache plan');
/** The image cache entry the images came from, when nothing was built. */
const restoredImagesSlot = (0,_stage_js__WEBPACK_IMPORTED_MODULE_12__/* .slot */ .NI)('restored images');
const restoreImagesStage = {
    title: 'Restore images',
    modes: ['build'],
    onImageCacheHit: 'run',
    needs: [_resolve_buildroot_js__WEBPACK_IMPORTED_MODULE_8__/* .buildrootSlot */ .He, _inputs_hash_js__WEBPACK_IMPORTED_MODULE_7__/* .inputsHashSlot */ .Yx, _inputs_hash_js__WEBPACK_IMPORTED_MODULE_7__/* .requestedSlot */ .$0],
    provides: [imageCachePlanSlot],
    providesOnImageCacheHit: [restoredImagesSlot, _collect_images_js__WEBPACK_IMPORTED_MODULE_5__/* .imagesSlot */ .rE, _configure_js__WEBPACK_IMPORTED_MODULE_6__/* .configHashSlot */ .XO, _sbom_js__WEBPACK_IMPORTED_MODULE_9__/* .sbomSlot */ .Gg],
    async run(run) {
        const { inputs, context, platform } = run;
        const inputsHash = run.get(_inputs_hash_js__WEBPACK_IMPORTED_MODULE_7__/* .inputsHashSlot */ .Yx);
        const plan = planImageCache({
            target: inputs.target,
            inputsHash,
            runId: context.runId,
            outputDir: inputs.outputDir
        });
        run.set(imageCachePlanSlot, plan);
        const restored = await restoreImages(platform, plan, {
            cache: inputs.cache,
            rebuild: inputs.rebuild,
            inputsHash
        });
        run.output('image-cache-hit', String(restored !== undefined));
        if (!restored)
            return;
        run.imageCacheHit = true;
        run.set(restoredImagesSlot, restored);
        run.set(_collect_images_js__WEBPACK_IMPORTED_MODULE_5__/* .imagesSlot */ .rE, restored.images);
        // The configuration these images were built from is the one requested now.
        const configHash = run.get(_inputs_hash_js__WEBPACK_IMPORTED_MODULE_7__/* .requestedSlot */ .$0).configHash;
        run.set(_configure_js__WEBPACK_IMPORTED_MODULE_6__/* .configHashSlot */ .XO, configHash);
        run.output('config-hash', configHash);
        platform.saveState(IMAGES_RESTORED_STATE, restored.key);
        (0,_collect_images_js__WEBPACK_IMPORTED_MODULE_5__/* .announceImages */ .w5)(run, restored.images);
        const { sbom } = restored.images;
        run.set(_sbom_js__WEBPACK_IMPORTED_MODULE_9__/* .sbomSlot */ .Gg, sbom ? (0,_sbom_js__WEBPACK_IMPORTED_MODULE_9__/* .sbomCounts */ .OU)(sbom) : undefined);
        if (!sbom && (0,_buildroot_python_tools_js__WEBPACK_IMPORTED_MODULE_10__/* .buildrootTool */ .Zu)(run.get(_resolve_buildroot_js__WEBPACK_IMPORTED_MODULE_8__/* .buildrootSlot */ .He).sourceDir, _buildroot_python_tools_js__WEBPACK_IMPORTED_MODULE_10__/* .GENERATE_CYCLONEDX */ .kr)) {
            run.reporter.notice('The images restored from the image cache have no SBOM (it could not be made when they were built): set rebuild: always to build them with one.');
        }
    }
};
const saveImagesStage = {
    title: 'Save images to the image cache',
    modes: ['build'],
    onImageCacheHit: 'skip',
    needs: [imageCachePlanSlot, _collect_images_js__WEBPACK_IMPORTED_MODULE_5__/* .imagesSlot */ .rE],
    provides: [],
    async run(run) {
        await saveImages(run.platform, run.get(imageCachePlanSlot), run.get(_collect_images_js__WEBPACK_IMPORTED_MODULE_5__/* .imagesSlot */ .rE), run.inputs.cache);
    }
};


/***/ }),

/***/ 153:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Yx: () => (/* binding */ inputsHashSlot),
  i$: () => (/* binding */ inputsHashStage),
  $0: () => (/* binding */ requestedSlot)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
var external_node_fs_default = /*#__PURE__*/__nccwpck_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(598);
var external_node_crypto_default = /*#__PURE__*/__nccwpck_require__.n(external_node_crypto_);
// EXTERNAL MODULE: ./src/kconfig/defconfig.ts
var defconfig = __nccwpck_require__(769);
// EXTERNAL MODULE: ./src/util/fs.ts
var fs = __nccwpck_require__(966);
// EXTERNAL MODULE: ./src/util/hash.ts
var hash = __nccwpck_require__(325);
;// CONCATENATED MODULE: ./src/buildroot/inputs-hash.ts
// The inputs hash: one sha256 over everything that shapes the images, so that a build whose
// inputs did not change can restore the images of the build that had them (stages/image-cache.ts).
// It covers, each as one named part (logged, so two runs can be compared part by part):
// - the target, and config-hash: the merged Buildroot configuration and the kernel configuration;
// - the Buildroot tree: its version and every file in it (a release or buildroot-src alike);
// - every file of every BR2_EXTERNAL tree in use: packages, board files, overlays, scripts;
// - every file or folder that a string option of either configuration names by absolute path
//   (after expanding $(BR2_EXTERNAL_<NAME>_PATH) and $(TOPDIR)) outside those trees: an overlay
//   or post-build script elsewhere on disk counts as much as one inside a tree. Relative paths
//   are Buildroot's (relative to its tree, which is hashed whole);
// - the Buildroot patch series, in the order it is applied;
// - the action itself: package.json's version and every file of dist/, the code that runs;
// - options that change what is collected into the artifact.






/** A path a configuration names holding more than this is not hashed (a typo such as "/usr"). */
const MAX_NAMED_PATH_ENTRIES = 100_000;
const sha256 = (text) => external_node_crypto_default().createHash('sha256').update(text).digest('hex');
/** The NAME of a BR2_EXTERNAL tree, from its external.desc (`name: K8S_NODE`). */
function externalTreeName(tree) {
    const desc = external_node_path_default().join(tree, 'external.desc');
    if (!external_node_fs_default().existsSync(desc))
        return undefined;
    return /^name:\s*(\S+)/m.exec(external_node_fs_default().readFileSync(desc, 'utf8'))?.[1];
}
/**
 * Absolute paths named in Kconfig string values: each whitespace-separated word, with
 * $(VAR) / ${VAR} expanded from `variables`; a word with any other variable is skipped.
 */
function namedPaths(values, variables) {
    const found = new Set();
    for (const value of values) {
        for (const word of value.split(/\s+/).filter(Boolean)) {
            let unknown = false;
            const expanded = word.replace(/\$[({]([A-Za-z0-9_]+)[)}]/g, (_, name) => {
                const known = variables.get(name);
                if (known === undefined)
                    unknown = true;
                return known ?? '';
            });
            if (!unknown && external_node_path_default().isAbsolute(expanded))
                found.add(external_node_path_default().normalize(expanded));
        }
    }
    return [...found].sort();
}
function stringValues(entries) {
    return entries.filter(e => e.value.startsWith('"')).map(e => (0,defconfig/* unquote */._n)(e.value));
}
function actionVersion(actionDir) {
    const manifest = external_node_path_default().join(actionDir, 'package.json');
    const version = external_node_fs_default().existsSync(manifest)
        ? JSON.parse(external_node_fs_default().readFileSync(manifest, 'utf8')).version
        : undefined;
    return `${version ?? 'unknown'} dist ${(0,hash/* hashTree */.vz)(external_node_path_default().join(actionDir, 'dist'))}`;
}
function computeInputsHash(input) {
    const exclude = input.exclude.map(p => external_node_path_default().resolve(p));
    const buildrootDir = external_node_path_default().resolve(input.buildrootDir);
    const trees = input.externalTrees.map(tree => external_node_path_default().resolve(tree));
    const parts = [
        { name: 'target', value: input.target },
        { name: 'config-hash', value: input.configHash },
        {
            name: `buildroot ${input.buildrootVersion}`,
            // Buildroot's default dl/ and output/ folders are not part of it, should a tree hold them.
            value: (0,hash/* hashTree */.vz)(buildrootDir, [
                ...exclude,
                external_node_path_default().join(buildrootDir, 'dl'),
                external_node_path_default().join(buildrootDir, 'output')
            ])
        }
    ];
    const variables = new Map([['TOPDIR', buildrootDir]]);
    for (const tree of trees) {
        const name = externalTreeName(tree);
        if (name)
            variables.set(`BR2_EXTERNAL_${name}_PATH`, tree);
        parts.push({ name: `br2-external ${name ?? tree}`, value: (0,hash/* hashTree */.vz)(tree, exclude) });
    }
    const kernelEntries = external_node_fs_default().existsSync(input.kernelDefconfig)
        ? (0,defconfig/* parseKconfig */.Ps)(external_node_fs_default().readFileSync(input.kernelDefconfig, 'utf8'), input.kernelDefconfig)
        : [];
    const hashedAlready = [buildrootDir, ...trees, ...exclude];
    const skipped = [];
    for (const file of namedPaths([...stringValues(input.requested), ...stringValues(kernelEntries)], variables)) {
        if (hashedAlready.some(dir => (0,fs/* isInside */.FK)(dir, file)) || !external_node_fs_default().existsSync(file))
            continue;
        // "/", a home folder: it holds the trees and the build itself, whose outputs change.
        if (hashedAlready.some(dir => (0,fs/* isInside */.FK)(file, dir))) {
            skipped.push({ path: file, reason: 'it holds the Buildroot tree or the build' });
            continue;
        }
        try {
            parts.push({ name: `path ${file}`, value: (0,hash/* hashTree */.vz)(file, exclude, MAX_NAMED_PATH_ENTRIES) });
        }
        catch (error) {
            if (!(error instanceof hash/* TreeTooLargeError */.KL))
                throw error;
            skipped.push({ path: file, reason: `it holds more than ${MAX_NAMED_PATH_ENTRIES} files` });
        }
    }
    parts.push({
        name: 'buildroot-patches',
        value: input.patches.length
            ? sha256(input.patches.map(p => `${p.name} ${p.sha256}`).join('\n'))
            : 'none'
    });
    parts.push({ name: 'action', value: actionVersion(input.actionDir) });
    const options = Object.entries(input.artifactOptions).sort(([a], [b]) => a.localeCompare(b));
    if (options.length) {
        parts.push({
            name: 'artifact options',
            value: options.map(([name, value]) => `${name}=${value}`).join(' ')
        });
    }
    return { hash: sha256(parts.map(p => `${p.name}\t${p.value}`).join('\n')), parts, skipped };
}

// EXTERNAL MODULE: ./src/buildroot/configure.ts
var configure = __nccwpck_require__(567);
// EXTERNAL MODULE: ./src/stages/buildroot-patches.ts + 1 modules
var buildroot_patches = __nccwpck_require__(733);
// EXTERNAL MODULE: ./src/stages/resolve-buildroot.ts
var resolve_buildroot = __nccwpck_require__(591);
// EXTERNAL MODULE: ./src/stages/stage.ts
var stage = __nccwpck_require__(444);
;// CONCATENATED MODULE: ./src/stages/inputs-hash.ts
// Stage: the inputs hash (buildroot/inputs-hash.ts), the key of the image cache: when nothing
// that shapes the images changed, the next stage restores them instead of building.





const inputsHashSlot = (0,stage/* slot */.NI)('inputs hash');
/** The configuration as requested: the defconfig, the fragment and the patch series merged. */
const requestedSlot = (0,stage/* slot */.NI)('requested configuration');
const inputsHashStage = {
    title: 'Inputs hash',
    modes: ['build'],
    onImageCacheHit: 'run',
    needs: [resolve_buildroot/* buildrootSlot */.He, buildroot_patches/* patchedSlot */.qg, buildroot_patches/* treeSlot */.BC],
    provides: [inputsHashSlot, requestedSlot],
    async run(run) {
        const { inputs, context, reporter } = run;
        const buildroot = run.get(resolve_buildroot/* buildrootSlot */.He);
        const patched = run.get(buildroot_patches/* patchedSlot */.qg);
        const requested = (0,configure/* readRequestedConfig */.Fg)((0,configure/* locateConfigFiles */.mA)(inputs.configDir, inputs.target), inputs.configFragment, patched.series.sha256, (0,configure/* inputLines */.KD)(inputs));
        const computed = computeInputsHash({
            target: inputs.target,
            configHash: requested.configHash,
            requested: requested.requested,
            kernelDefconfig: requested.files.kernelDefconfig,
            externalTrees: run.get(buildroot_patches/* treeSlot */.BC).externalTrees,
            buildrootDir: buildroot.sourceDir,
            buildrootVersion: buildroot.version,
            actionDir: context.actionRoot,
            // The Buildroot patch series (buildroot-patches), in the order it is applied; the
            // tree hashed above is Buildroot as resolved, before the series.
            patches: patched.series.patches.map(({ name, sha256 }) => ({ name, sha256 })),
            // Inputs that change what "Collect images" writes.
            artifactOptions: { 'compression-level': String(inputs.compressionLevel) },
            exclude: [inputs.outputDir, context.cacheRoot]
        });
        // Each part in the log, to compare two runs.
        for (const part of computed.parts)
            reporter.info(`${part.name}: ${part.value}`);
        for (const { path: named, reason } of computed.skipped) {
            reporter.warning(`${named}, named in the configuration, is not part of the inputs hash: ${reason}. A change in it does not rebuild the images; name a narrower path, or set rebuild: always.`);
        }
        reporter.info(`inputs hash: ${computed.hash}`);
        run.set(inputsHashSlot, computed.hash);
        run.set(requestedSlot, requested);
        run.output('inputs-hash', computed.hash);
    }
};


/***/ }),

/***/ 607:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Uf: () => (/* binding */ packagesSlot),
/* harmony export */   bI: () => (/* binding */ packageListStage)
/* harmony export */ });
/* unused harmony export readPackageList */
/* harmony import */ var _buildroot_download_hashes_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(808);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(82);
/* harmony import */ var _configure_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(770);
/* harmony import */ var _stage_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(444);




async function readPackageList(reporter, configured) {
    const findings = (0,_buildroot_download_hashes_js__WEBPACK_IMPORTED_MODULE_0__/* .downloadHashFindings */ .xr)(configured);
    for (const finding of findings)
        reporter.error(finding.message, finding.at);
    if (findings.length) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReportedError */ .SS(`${findings.length} download(s) have no hash Buildroot would accept (see the errors above).`);
    }
    return configured.packages;
}
const packagesSlot = (0,_stage_js__WEBPACK_IMPORTED_MODULE_3__/* .slot */ .NI)('package list');
const packageListStage = {
    title: 'Read the package list',
    modes: ['build'],
    onImageCacheHit: 'skip',
    needs: [_configure_js__WEBPACK_IMPORTED_MODULE_2__/* .configuredSlot */ .VI],
    provides: [packagesSlot],
    async run(run) {
        run.set(packagesSlot, await readPackageList(run.reporter, run.get(_configure_js__WEBPACK_IMPORTED_MODULE_2__/* .configuredSlot */ .VI)));
    }
};


/***/ }),

/***/ 591:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   He: () => (/* binding */ buildrootSlot),
/* harmony export */   tm: () => (/* binding */ resolveBuildrootStage)
/* harmony export */ });
/* unused harmony exports PINNED_SHA256, DEFAULT_MIRROR, BuildrootSourceError, readTreeVersion, sha256FromSignFile, resolveBuildroot */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(82);
/* harmony import */ var _stage_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(444);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(325);
// Stage: resolve Buildroot. Either the user's own tree (buildroot-src), or a release tarball
// downloaded once, verified, and kept in the runner's tool cache for later jobs.





/**
 * sha256 of release tarballs the action pins. 2025.02.16: the SHA256 line of the release's
 * signed statement https://buildroot.org/downloads/buildroot-2025.02.16.tar.xz.sign, as
 * recorded (with the signature checked against key 18C7DF2819C1733D822D599EA500D6EE9CB0E540)
 * in public repositories that vendor this release; other versions are checked against their
 * own .sign file at download time.
 */
const PINNED_SHA256 = {
    '2025.02.16': '15305e3d366eeaf4a5ecaf2ed42f685fd6af7fe5dbf1f62e1de5f46ee83225e2'
};
const DEFAULT_MIRROR = 'https://buildroot.org/downloads';
class BuildrootSourceError extends _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo {
}
/** The version a Buildroot tree declares in its top-level Makefile (`export BR2_VERSION := ...`). */
function readTreeVersion(sourceDir) {
    const makefile = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(sourceDir, 'Makefile');
    if (!node_fs__WEBPACK_IMPORTED_MODULE_0___default().existsSync(makefile) || !node_fs__WEBPACK_IMPORTED_MODULE_0___default().existsSync(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(sourceDir, 'Config.in'))) {
        throw new BuildrootSourceError(`buildroot-src ${sourceDir} is not a Buildroot source tree (no Makefile and Config.in there). ` +
            "Point it at the folder that holds Buildroot's top-level Makefile, or leave it empty to download a release.");
    }
    const match = /^export BR2_VERSION\s*:=\s*(\S+)/m.exec(node_fs__WEBPACK_IMPORTED_MODULE_0___default().readFileSync(makefile, 'utf8'));
    if (!match) {
        throw new BuildrootSourceError(`${makefile} does not declare BR2_VERSION: is this Buildroot?`);
    }
    return match[1];
}
/** The SHA256 line for `fileName` in a Buildroot release's .sign statement. */
function sha256FromSignFile(text, fileName) {
    for (const line of text.split('\n')) {
        const match = /^SHA256:\s*([0-9a-f]{64})\s+(\S+)\s*$/i.exec(line.trim());
        if (match && match[2] === fileName)
            return match[1].toLowerCase();
    }
    return undefined;
}
async function resolveBuildroot(reporter, tools, options) {
    if (options.sourceDir) {
        const version = readTreeVersion(options.sourceDir);
        if (version !== options.version) {
            reporter.info(`Using Buildroot ${version} from ${options.sourceDir} (buildroot-version is ignored).`);
        }
        return { sourceDir: options.sourceDir, version, origin: options.sourceDir };
    }
    const cached = tools.find('buildroot', options.version);
    if (cached) {
        reporter.info(`Buildroot ${options.version} found in the tool cache at ${cached}.`);
        return { sourceDir: cached, version: options.version, origin: 'tool cache' };
    }
    const fileName = `buildroot-${options.version}.tar.xz`;
    const url = `${(options.mirror ?? DEFAULT_MIRROR).replace(/\/+$/, '')}/${fileName}`;
    reporter.info(`Downloading ${url}`);
    let tarball;
    try {
        tarball = await tools.download(url);
    }
    catch (error) {
        throw new BuildrootSourceError(`could not download ${url}: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}. Check buildroot-version, or set buildroot-src to a local Buildroot tree.`);
    }
    const expected = PINNED_SHA256[options.version] ?? (await signedSha256(tools, url, fileName));
    const actual = await (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256File */ .Q3)(tarball);
    if (actual !== expected) {
        node_fs__WEBPACK_IMPORTED_MODULE_0___default().rmSync(tarball, { force: true });
        throw new BuildrootSourceError(`${fileName} from ${url} does not match its published sha256.\n` +
            `  expected: ${expected}\n  actual:   ${actual}\n` +
            'The download is corrupt or was tampered with; nothing was cached. Retry, or use another mirror.');
    }
    const extracted = await tools.extractTarXz(tarball);
    const sourceDir = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(extracted, `buildroot-${options.version}`);
    const version = readTreeVersion(sourceDir);
    const cachedDir = await tools.keep(sourceDir, 'buildroot', options.version);
    node_fs__WEBPACK_IMPORTED_MODULE_0___default().rmSync(tarball, { force: true });
    node_fs__WEBPACK_IMPORTED_MODULE_0___default().rmSync(extracted, { recursive: true, force: true });
    reporter.info(`Buildroot ${version} verified (sha256 ${actual}) and kept in the tool cache.`);
    return { sourceDir: cachedDir, version, origin: url };
}
async function signedSha256(tools, url, fileName) {
    const signUrl = `${url}.sign`;
    let text;
    try {
        const signFile = await tools.download(signUrl);
        text = node_fs__WEBPACK_IMPORTED_MODULE_0___default().readFileSync(signFile, 'utf8');
        node_fs__WEBPACK_IMPORTED_MODULE_0___default().rmSync(signFile);
    }
    catch (error) {
        throw new BuildrootSourceError(`no pinned sha256 for ${fileName} and its signed statement ${signUrl} could not be read (${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}); ` +
            'cannot verify the download. Use a pinned version or set buildroot-src.');
    }
    const sha = sha256FromSignFile(text, fileName);
    if (!sha)
        throw new BuildrootSourceError(`${signUrl} has no SHA256 line for ${fileName}`);
    return sha;
}
const buildrootSlot = (0,_stage_js__WEBPACK_IMPORTED_MODULE_4__/* .slot */ .NI)('buildroot');
const resolveBuildrootStage = {
    title: 'Resolve Buildroot',
    modes: ['build', 'check'],
    onImageCacheHit: 'run',
    needs: [],
    provides: [buildrootSlot],
    async run(run) {
        const { inputs, context, platform } = run;
        const buildroot = await resolveBuildroot(run.reporter, platform.tools, {
            version: inputs.buildrootVersion,
            sourceDir: inputs.buildrootSrc,
            mirror: context.mirror
        });
        run.set(buildrootSlot, buildroot);
        run.output('buildroot-version', buildroot.version);
    }
};


/***/ }),

/***/ 694:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A_: () => (/* binding */ cacheFolders),
/* harmony export */   Ez: () => (/* binding */ restoredCachesSlot),
/* harmony export */   bK: () => (/* binding */ CACHE_STATE),
/* harmony export */   dC: () => (/* binding */ planCaches),
/* harmony export */   ef: () => (/* binding */ cachePlanSlot),
/* harmony export */   i0: () => (/* binding */ restoreCachesStage)
/* harmony export */ });
/* unused harmony exports restoreCaches, setUpCaches */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _buildroot_show_info_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(955);
/* harmony import */ var _buildroot_patches_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(733);
/* harmony import */ var _configure_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(770);
/* harmony import */ var _package_list_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(607);
/* harmony import */ var _resolve_buildroot_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(591);
/* harmony import */ var _caches_entries_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(274);
/* harmony import */ var _stage_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(444);
// Stage: restore caches. Two caches with different lifetimes:
// - dl/ (source tarballs) is keyed on the exact download list and shared by all targets;
//   a changed list restores the newest older entry, which still holds most files.
// - ccache is per target and toolchain and changes on every build, so each run saves a new
//   entry and the next run restores the newest one through the restore-key prefix.
// Buildroot reads both locations from the BR2_DL_DIR and BR2_CCACHE_DIR environment variables.










/** Bump to start every cache afresh after a change to what the caches hold. */
const CACHE_SCHEMA = 'v1';
const sha = (text) => node_crypto__WEBPACK_IMPORTED_MODULE_0___default().createHash('sha256').update(text).digest('hex');
/** Symbols that change what the compiler produces: a different toolchain needs its own ccache. */
function toolchainFingerprint(dotConfig) {
    const lines = [...dotConfig]
        .filter(([symbol]) => /^BR2_(TOOLCHAIN|GCC|BINUTILS|ARCH|ENDIAN|ABI|x86|aarch64|arm|cortex|KERNEL_HEADERS|GLIBC|OPTIMIZE|SSP|FORTIFY|RELRO|PIC_PIE)/.test(symbol))
        .map(([symbol, value]) => `${symbol}=${value}`)
        .sort();
    return sha(lines.join('\n')).slice(0, 12);
}
/**
 * dl/ is keyed on the download list alone: a patch series that changes a package's version changes
 * the list, and nothing else about the series changes what dl/ holds. ccache entries carry the
 * series (`p<sha>`, or `unpatched`); a run restores the newest entry of its own series first,
 * then the newest of any series of the same toolchain (ccache hashes what it compiles, so an
 * entry from another series is safe, just less useful).
 */
/** Where dl/ and a target's ccache live under the cache folder. */
function cacheFolders(cacheRoot, target) {
    return { dlDir: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(cacheRoot, 'dl'), ccacheDir: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(cacheRoot, `ccache-${target}`) };
}
function planCaches(input) {
    const dlPrefix = `buildroot-dl-${CACHE_SCHEMA}-`;
    const ccacheToolchain = `buildroot-ccache-${CACHE_SCHEMA}-${input.target}-${input.buildrootVersion}-${toolchainFingerprint(input.dotConfig)}-`;
    const series = input.patchSeries ? `p${input.patchSeries.slice(0, 12)}` : 'unpatched';
    const ccachePrefix = `${ccacheToolchain}${series}-`;
    return {
        ...cacheFolders(input.cacheRoot, input.target),
        dlKey: `${dlPrefix}${sha(input.downloads.join('\n')).slice(0, 20)}`,
        dlRestoreKeys: [dlPrefix],
        ccacheKey: `${ccachePrefix}${input.runId}`,
        ccacheRestoreKeys: [ccachePrefix, ccacheToolchain]
    };
}
const CACHE_STATE = 'caches';
async function restoreCaches(platform, plan, mode, 
/** ccache-remote-only: ccache keeps nothing locally, so nothing is restored. */
remoteOnly = false) {
    node_fs__WEBPACK_IMPORTED_MODULE_1___default().mkdirSync(plan.dlDir, { recursive: true });
    node_fs__WEBPACK_IMPORTED_MODULE_1___default().mkdirSync(plan.ccacheDir, { recursive: true });
    if (mode === 'off') {
        platform.reporter.info('Caches are off (cache: off): starting with empty dl/ and ccache.');
        const off = { result: 'off' };
        return { dl: off, ccache: off, dlExactHit: false };
    }
    const dl = await (0,_caches_entries_js__WEBPACK_IMPORTED_MODULE_8__/* .restoreOne */ .n)(platform, 'dl/', plan.dlDir, plan.dlKey, plan.dlRestoreKeys);
    const ccache = remoteOnly
        ? { result: 'not restored: ccache-remote-only' }
        : await (0,_caches_entries_js__WEBPACK_IMPORTED_MODULE_8__/* .restoreOne */ .n)(platform, 'ccache', plan.ccacheDir, plan.ccacheKey, plan.ccacheRestoreKeys);
    return { dl, ccache, dlExactHit: dl.matchedKey === plan.dlKey };
}
/**
 * Hands the cache plan to the post step before restoring, so that ccache is saved whatever
 * happens next, then restores both caches.
 */
async function setUpCaches(platform, state, remoteOnly = false) {
    platform.saveState(CACHE_STATE, JSON.stringify(state));
    const restored = await restoreCaches(platform, state.plan, state.mode, remoteOnly);
    platform.saveState(CACHE_STATE, JSON.stringify({ ...state, dlExactHit: restored.dlExactHit }));
    return restored;
}
const cachePlanSlot = (0,_stage_js__WEBPACK_IMPORTED_MODULE_9__/* .slot */ .NI)('cache plan');
const restoredCachesSlot = (0,_stage_js__WEBPACK_IMPORTED_MODULE_9__/* .slot */ .NI)('restored caches');
const restoreCachesStage = {
    title: 'Restore caches',
    modes: ['build'],
    onImageCacheHit: 'skip',
    needs: [_resolve_buildroot_js__WEBPACK_IMPORTED_MODULE_7__/* .buildrootSlot */ .He, _buildroot_patches_js__WEBPACK_IMPORTED_MODULE_4__/* .patchedSlot */ .qg, _configure_js__WEBPACK_IMPORTED_MODULE_5__/* .configuredSlot */ .VI, _package_list_js__WEBPACK_IMPORTED_MODULE_6__/* .packagesSlot */ .Uf],
    provides: [cachePlanSlot, restoredCachesSlot],
    async run(run) {
        const { inputs, context, platform } = run;
        const downloads = (0,_buildroot_show_info_js__WEBPACK_IMPORTED_MODULE_3__/* .downloadList */ .R2)(run.get(_package_list_js__WEBPACK_IMPORTED_MODULE_6__/* .packagesSlot */ .Uf));
        const plan = planCaches({
            target: inputs.target,
            buildrootVersion: run.get(_resolve_buildroot_js__WEBPACK_IMPORTED_MODULE_7__/* .buildrootSlot */ .He).version,
            dotConfig: run.get(_configure_js__WEBPACK_IMPORTED_MODULE_5__/* .configuredSlot */ .VI).dotConfig,
            patchSeries: run.get(_buildroot_patches_js__WEBPACK_IMPORTED_MODULE_4__/* .patchedSlot */ .qg).series.sha256,
            downloads,
            cacheRoot: context.cacheRoot,
            runId: context.runId
        });
        run.set(cachePlanSlot, plan);
        const restored = await setUpCaches(platform, {
            mode: inputs.cache,
            plan,
            dlExactHit: false,
            downloads,
            ccacheMaxSize: inputs.ccacheMaxSize,
            ccacheProgram: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(inputs.outputDir, 'host', 'bin', 'ccache')
        }, inputs.ccacheRemoteOnly);
        run.set(restoredCachesSlot, restored);
        run.output('dl-cache-hit', String(restored.dlExactHit));
        run.output('ccache-cache-hit', String(restored.ccache.matchedKey !== undefined));
    }
};


/***/ }),

/***/ 585:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gg: () => (/* binding */ sbomSlot),
/* harmony export */   OU: () => (/* binding */ sbomCounts),
/* harmony export */   iR: () => (/* binding */ sbomStage)
/* harmony export */ });
/* unused harmony exports cycloneDxVersion, generateSbom */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _buildroot_python_tools_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(279);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(82);
/* harmony import */ var _caches_entries_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(274);
/* harmony import */ var _buildroot_show_info_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(955);
/* harmony import */ var _buildroot_patches_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(733);
/* harmony import */ var _inputs_hash_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(153);
/* harmony import */ var _resolve_buildroot_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(591);
/* harmony import */ var _stage_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(444);
// Stage: SBOM. A CycloneDX software bill of materials of the image, made by Buildroot's own
// utils/generate-cyclonedx from the `make show-info` JSON the package list was read from (no
// second parse of Buildroot's makefiles). It lands in the artifact as sbom.cdx.json, with the
// images' checksums.
// The tool tells SPDX license identifiers from free-form names with the license list CycloneDX
// publishes (spdx-<version>.schema.json), which it downloads from raw.githubusercontent.com on
// first use into $BR2_DL_DIR/cyclonedx/ and reads from there afterwards. Here its BR2_DL_DIR is a
// folder of its own, kept in a small cache entry beside dl/ (dl/ is pruned to the download list
// before it is saved, and an exact dl/ hit is never saved again). Put that file in place and the
// tool never goes online.










function sbomCounts(file) {
    const bom = JSON.parse(node_fs__WEBPACK_IMPORTED_MODULE_0___default().readFileSync(file, 'utf8'));
    const components = bom.components ?? [];
    const ids = new Set();
    const names = new Set();
    for (const component of components) {
        for (const { license } of component.licenses ?? []) {
            if (license?.id)
                ids.add(license.id);
            else if (license?.name)
                names.add(license.name);
        }
    }
    return {
        file,
        components: components.length,
        licenses: ids.size + names.size,
        spdxLicenses: ids.size
    };
}
/** The CycloneDX version the tool writes, which names the license list it reads. */
function cycloneDxVersion(tool) {
    return /^CYCLONEDX_VERSION\s*=\s*"([^"]+)"/m.exec(node_fs__WEBPACK_IMPORTED_MODULE_0___default().readFileSync(tool, 'utf8'))?.[1];
}
async function generateSbom(platform, options) {
    const { reporter } = platform;
    const tool = (0,_buildroot_python_tools_js__WEBPACK_IMPORTED_MODULE_2__/* .buildrootTool */ .Zu)(options.buildrootDir, _buildroot_python_tools_js__WEBPACK_IMPORTED_MODULE_2__/* .GENERATE_CYCLONEDX */ .kr);
    if (!tool) {
        reporter.notice(`The Buildroot tree ${options.buildrootDir} (version ${options.buildrootVersion}) has no ${_buildroot_python_tools_js__WEBPACK_IMPORTED_MODULE_2__/* .GENERATE_CYCLONEDX */ .kr}, which Buildroot has from 2025.02 on: no SBOM. Use a release from 2025.02 on, or a tree that has the file.`);
        return undefined;
    }
    const version = cycloneDxVersion(tool) ?? 'unknown';
    const licenseList = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(options.licenseListDir, 'cyclonedx', `spdx-${version}.schema.json`);
    const key = `buildroot-spdx-v1-cyclonedx-${version}`;
    const restored = options.cache !== 'off' &&
        (await (0,_caches_entries_js__WEBPACK_IMPORTED_MODULE_4__/* .restoreOne */ .n)(platform, 'The SPDX license list', options.licenseListDir, key, [], 'The SBOM tool downloads it.')).matchedKey === key;
    // generate-cyclonedx asks `make print-version`; with O= given (here through MAKEFLAGS, where
    // make takes it as a command-line variable) Buildroot writes nothing into its own tree.
    node_fs__WEBPACK_IMPORTED_MODULE_0___default().mkdirSync(platform.tempDir, { recursive: true });
    const scratch = node_fs__WEBPACK_IMPORTED_MODULE_0___default().mkdtempSync(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(platform.tempDir, 'sbom-make-'));
    node_fs__WEBPACK_IMPORTED_MODULE_0___default().mkdirSync(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(options.outputFile), { recursive: true });
    let result;
    try {
        result = await (0,_buildroot_python_tools_js__WEBPACK_IMPORTED_MODULE_2__/* .runPythonTool */ .E_)(tool, [
            '--in-file',
            options.showInfo,
            '--out-file',
            options.outputFile,
            '--project-name',
            options.projectName,
            '--project-version',
            options.projectVersion
        ], { BR2_DL_DIR: options.licenseListDir, MAKEFLAGS: `O=${scratch}` });
    }
    catch (error) {
        result = { ok: false, reason: (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error), lastLines: [] };
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_0___default().rmSync(scratch, { recursive: true, force: true });
    }
    if (!result.ok) {
        node_fs__WEBPACK_IMPORTED_MODULE_0___default().rmSync(options.outputFile, { force: true });
        reporter.warning(`No SBOM: ${_buildroot_python_tools_js__WEBPACK_IMPORTED_MODULE_2__/* .GENERATE_CYCLONEDX */ .kr} failed (${result.reason}). ` +
            (!node_fs__WEBPACK_IMPORTED_MODULE_0___default().existsSync(licenseList)
                ? `On first use it downloads the SPDX license list from raw.githubusercontent.com into ${node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(licenseList)}: allow that, or put spdx-${version}.schema.json there yourself. `
                : '') +
            'It needs python3 (3.9 or later). The images are built and uploaded without it.');
        return undefined;
    }
    // Saved by a run that did not find it in the cache (and so downloaded it).
    if (options.cache === 'read-write' && !restored && node_fs__WEBPACK_IMPORTED_MODULE_0___default().existsSync(licenseList)) {
        await (0,_caches_entries_js__WEBPACK_IMPORTED_MODULE_4__/* .saveOne */ .K)(platform, 'The SPDX license list', options.licenseListDir, key);
    }
    const facts = sbomCounts(options.outputFile);
    reporter.info(`SBOM: ${facts.components} components, ${facts.licenses} distinct licenses (${facts.spdxLicenses} SPDX identifiers).`);
    return facts;
}
/** The SBOM's counts; undefined when none could be made (the reason is a notice). */
const sbomSlot = (0,_stage_js__WEBPACK_IMPORTED_MODULE_9__/* .slot */ .NI)('SBOM');
const sbomStage = {
    title: 'SBOM',
    modes: ['build'],
    onImageCacheHit: 'skip',
    needs: [_resolve_buildroot_js__WEBPACK_IMPORTED_MODULE_8__/* .buildrootSlot */ .He, _buildroot_patches_js__WEBPACK_IMPORTED_MODULE_6__/* .treeSlot */ .BC, _inputs_hash_js__WEBPACK_IMPORTED_MODULE_7__/* .inputsHashSlot */ .Yx],
    provides: [sbomSlot],
    async run(run) {
        const { inputs, context, platform } = run;
        const buildroot = run.get(_resolve_buildroot_js__WEBPACK_IMPORTED_MODULE_8__/* .buildrootSlot */ .He);
        run.set(sbomSlot, await generateSbom(platform, {
            buildrootDir: buildroot.sourceDir,
            buildrootVersion: buildroot.version,
            // The show-info JSON the package list was read from.
            showInfo: (0,_buildroot_show_info_js__WEBPACK_IMPORTED_MODULE_5__/* .showInfoFile */ .Gl)(run.get(_buildroot_patches_js__WEBPACK_IMPORTED_MODULE_6__/* .treeSlot */ .BC)),
            outputFile: node_path__WEBPACK_IMPORTED_MODULE_1___default().join(inputs.outputDir, 'sbom.cdx.json'),
            licenseListDir: node_path__WEBPACK_IMPORTED_MODULE_1___default().join(context.cacheRoot, 'spdx'),
            cache: inputs.cache,
            projectName: `buildroot-k8s-${inputs.target}`,
            projectVersion: run.get(_inputs_hash_js__WEBPACK_IMPORTED_MODULE_7__/* .inputsHashSlot */ .Yx).slice(0, 12)
        }));
    }
};


/***/ }),

/***/ 382:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  pb: () => (/* binding */ runSmokeTest),
  zS: () => (/* binding */ smokeFailureMessage),
  My: () => (/* binding */ smokeSlot),
  qC: () => (/* binding */ smokeTestStage)
});

// UNUSED EXPORTS: BOOT_TIMEOUT_ENV, emulationArtifact

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
var external_node_fs_default = /*#__PURE__*/__nccwpck_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(421);
;// CONCATENATED MODULE: ./src/smoke/protocol.ts
const BASIC_CHECKS = [
    {
        name: 'systemd',
        proves: 'systemd reached its default target with no failed unit',
        component: 'systemd'
    },
    {
        name: 'kernel-config',
        proves: "/proc/config.gz meets kubeadm's SystemVerification and the runtime's needs"
    },
    { name: 'modules', proves: 'the modules in /etc/modules-load.d are loaded' },
    { name: 'sysctl', proves: 'the settings in /etc/sysctl.d are in effect' },
    { name: 'overlayfs', proves: 'the kernel mounts overlayfs (copy-up, whiteouts)' },
    {
        name: 'containerd',
        proves: 'containerd is active, crictl info reports RuntimeReady, overlayfs snapshotter ok',
        component: 'containerd'
    },
    {
        name: 'runc',
        proves: 'runc runs an image built in the guest through containerd (overlayfs snapshots)',
        component: 'runc'
    },
    { name: 'docker', proves: 'docker loads and runs the same image', component: 'docker-engine' },
    {
        name: 'versions',
        proves: 'kubelet, kubeadm, kubectl and crictl report their versions',
        component: 'kubernetes'
    },
    {
        name: 'kubeadm-preflight',
        proves: 'kubeadm init phase preflight passes (only ImagePull, which needs a registry, ignored)',
        component: 'kubernetes'
    }
];
const CLUSTER_CHECKS = [
    {
        name: 'kubeadm-init',
        proves: 'kubeadm init brings up a control plane (images pulled through QEMU user networking)',
        component: 'kubernetes'
    },
    {
        name: 'node-ready',
        proves: 'the node becomes Ready with a bridge CNI',
        component: 'kubernetes'
    },
    { name: 'pod', proves: 'a pod runs to completion on the node', component: 'kubernetes' }
];
function checksFor(level) {
    return level === 'cluster' ? [...BASIC_CHECKS, ...CLUSTER_CHECKS] : BASIC_CHECKS;
}
const MARK = 'K8S-SMOKE v1 ';
/** The smoke event in a console line, or undefined for any other line. */
function parseSmokeLine(line) {
    const at = line.indexOf(MARK);
    if (at < 0)
        return undefined;
    const rest = line.slice(at + MARK.length).trimEnd();
    let match = /^start level=(\S+) kernel=(\S*) arch=(\S*)$/.exec(rest);
    if (match)
        return { kind: 'start', level: match[1], kernel: match[2], arch: match[3] };
    match = /^begin check=([a-z0-9-]+) limit=(\d+)$/.exec(rest);
    if (match)
        return { kind: 'begin', check: match[1], limitSeconds: Number(match[2]) };
    match = /^check=([a-z0-9-]+) status=(pass|fail|skip) seconds=(\d+) detail=(.*)$/.exec(rest);
    if (match) {
        return {
            kind: 'result',
            check: match[1],
            status: match[2],
            seconds: Number(match[3]),
            detail: match[4]
        };
    }
    match = /^done passed=(\d+) failed=(\d+) skipped=(\d+)$/.exec(rest);
    if (match) {
        return {
            kind: 'done',
            passed: Number(match[1]),
            failed: Number(match[2]),
            skipped: Number(match[3])
        };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/smoke/watch.ts
// Follows one boot's serial console: the smoke events in it, the console lines that mean the
// boot is lost (a kernel panic, no bootable device), and the time limits of each phase. Pure:
// the caller feeds lines and the clock, and stops QEMU when `deadline` has passed.

/** Console lines after which the boot cannot go on; what each means. */
const FATAL_LINES = [
    { pattern: /Kernel panic - not syncing/, meaning: 'the kernel panicked' },
    { pattern: /No bootable device/, meaning: 'the BIOS found nothing to boot' },
    {
        pattern: /No bootable option or device was found/,
        meaning: 'the UEFI firmware found nothing to boot'
    },
    { pattern: /you need to load the kernel first/, meaning: 'GRUB could not load the kernel' }
];
const KEPT_LINES = 20;
/** Removes terminal escape sequences and carriage returns (firmware draws its menus with them). */
function plainConsoleLine(line) {
    // eslint-disable-next-line no-control-regex
    return line.replace(/\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Za-z0-9]|\r/g, '');
}
class ConsoleWatch {
    limits;
    events = [];
    failure;
    finished = false;
    started = false;
    running;
    lastCheck;
    deadlineAt;
    recent = [];
    constructor(limits, startedAt) {
        this.limits = limits;
        this.deadlineAt = startedAt + limits.bootSeconds * 1000;
    }
    /** When the current phase runs out (ms since the epoch). */
    get deadline() {
        return this.deadlineAt;
    }
    /** Whether the run is over: finished, or failed. */
    get over() {
        return this.finished || this.failure !== undefined;
    }
    /** The last console lines, for error messages. */
    get lastLines() {
        return [...this.recent];
    }
    feed(rawLine, now) {
        if (this.over)
            return;
        const line = plainConsoleLine(rawLine);
        if (line.trim() !== '') {
            this.recent.push(line);
            if (this.recent.length > KEPT_LINES)
                this.recent.shift();
        }
        const event = parseSmokeLine(line);
        if (!event) {
            const fatal = FATAL_LINES.find(entry => entry.pattern.test(line));
            if (fatal)
                this.fail(`${fatal.meaning}: ${line.trim()}`);
            return;
        }
        this.events.push(event);
        switch (event.kind) {
            case 'start':
                this.started = true;
                this.deadlineAt = now + this.limits.graceSeconds * 1000;
                break;
            case 'begin':
                this.running = { check: event.check, limitSeconds: event.limitSeconds };
                this.deadlineAt = now + (event.limitSeconds + this.limits.graceSeconds) * 1000;
                break;
            case 'result':
                this.running = undefined;
                this.lastCheck = event.check;
                this.deadlineAt = now + this.limits.graceSeconds * 1000;
                break;
            case 'done':
                this.finished = true;
                this.running = undefined;
                this.deadlineAt = now + this.limits.poweroffSeconds * 1000;
                break;
        }
    }
    /** The deadline passed: the guest stopped answering (after done, it just did not power off). */
    timedOut() {
        if (this.over)
            return;
        if (!this.started) {
            this.fail(`no answer within ${this.limits.bootSeconds} s of starting QEMU: the image did not boot, ` +
                'or its k8s-smoke.service did not start (it needs the kernel to show QEMU fw_cfg in ' +
                'sysfs, CONFIG_FW_CFG_SYSFS=y)');
        }
        else if (this.running) {
            const { check, limitSeconds } = this.running;
            this.fail(`no result within ${limitSeconds + this.limits.graceSeconds} s (the check's own limit of ` +
                `${limitSeconds} s plus ${this.limits.graceSeconds} s): the guest stopped answering during ${check}`, check);
        }
        else {
            this.fail(`the smoke script went silent for ${this.limits.graceSeconds} s ` +
                (this.lastCheck ? `after the ${this.lastCheck} check` : 'after starting'), 'smoke-script');
        }
    }
    /** QEMU exited; before the done line that is a failure. */
    exited(description) {
        if (this.over)
            return;
        const last = this.recent.at(-1);
        this.fail(`QEMU exited (${description}) before the smoke test finished${last ? `; last console line: ${last.trim()}` : ''}`, this.running?.check ?? (this.started ? 'smoke-script' : 'boot'));
    }
    fail(reason, check) {
        this.failure = {
            check: check ?? this.running?.check ?? (this.started ? 'smoke-script' : 'boot'),
            reason
        };
    }
}

;// CONCATENATED MODULE: ./src/smoke/boot.ts
// Runs one QEMU boot: its serial console goes to a log file and, line by line, to a
// ConsoleWatch; QEMU is stopped when the watch's deadline passes or the guest has reported and
// does not power off. Resolves when QEMU has exited, never leaving it behind.



function bootAndWatch(options) {
    const now = options.now ?? Date.now;
    const started = now();
    const watch = new ConsoleWatch(options.limits, started);
    const log = external_node_fs_default().createWriteStream(options.consoleLog);
    log.write(`# ${options.binary} ${options.args.join(' ')}\n`);
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(options.binary, options.args, { stdio: ['ignore', 'pipe', 'pipe'] });
        let pending = '';
        let seen = 0;
        let stopping;
        const stop = () => {
            if (stopping)
                return;
            child.kill('SIGTERM');
            stopping = setTimeout(() => child.kill('SIGKILL'), 5000);
        };
        const take = (line) => {
            watch.feed(line, now());
            while (seen < watch.events.length)
                options.onEvent?.(watch.events[seen++]);
            if (watch.failure)
                stop();
        };
        child.stdout.on('data', (chunk) => {
            log.write(chunk);
            const lines = (pending + chunk.toString('utf8')).split('\n');
            pending = lines.pop() ?? '';
            lines.forEach(take);
        });
        child.stderr.on('data', (chunk) => {
            for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
                log.write(`qemu: ${line}\n`);
                watch.feed(`qemu: ${line}`, now());
            }
        });
        const clock = setInterval(() => {
            if (now() < watch.deadline)
                return;
            // After the done line the guest was only slow to power off: the results stand.
            watch.timedOut();
            stop();
        }, 250);
        child.on('error', error => {
            clearInterval(clock);
            log.end();
            reject(new Error(`could not start ${options.binary}: ${error.message}`));
        });
        child.on('close', (code, signal) => {
            clearInterval(clock);
            if (stopping)
                clearTimeout(stopping);
            if (pending)
                take(pending);
            watch.exited(signal ? `stopped by ${signal}` : `exit code ${code}`);
            const seconds = Math.round((now() - started) / 1000);
            log.end(() => resolve({ watch, seconds }));
        });
    });
}

;// CONCATENATED MODULE: ./src/smoke/host.ts
// What the machine running the smoke test offers: QEMU for the target, KVM, and OVMF for a
// UEFI boot. The probe is passed in, so that the decisions are tested without the devices.


const realProbe = {
    arch: process.arch,
    exists: file => external_node_fs_default().existsSync(file),
    openReadWrite(file) {
        try {
            external_node_fs_default().closeSync(external_node_fs_default().openSync(file, 'r+'));
            return undefined;
        }
        catch (error) {
            return error.code ?? String(error);
        }
    },
    which(command) {
        for (const dir of (process.env.PATH ?? '').split((external_node_path_default()).delimiter).filter(Boolean)) {
            const candidate = external_node_path_default().join(dir, command);
            try {
                external_node_fs_default().accessSync(candidate, (external_node_fs_default()).constants.X_OK);
                return candidate;
            }
            catch {
                // not in this folder
            }
        }
        return undefined;
    },
    cpuinfo() {
        try {
            return external_node_fs_default().readFileSync('/proc/cpuinfo', 'utf8');
        }
        catch {
            return undefined;
        }
    }
};
const QEMU_SYSTEM = {
    amd64: { binary: 'qemu-system-x86_64', debianPackage: 'qemu-system-x86' },
    arm64: { binary: 'qemu-system-aarch64', debianPackage: 'qemu-system-arm' }
};
/** Node's name of the machine architecture that runs each target natively. */
const NATIVE_ARCH = { amd64: 'x64', arm64: 'arm64' };
/** KVM when this machine runs the target natively and /dev/kvm opens read-write. */
function detectAcceleration(target, probe) {
    if (probe.arch !== NATIVE_ARCH[target]) {
        return { accel: 'tcg', why: `this machine is ${probe.arch}, so an ${target} guest is emulated` };
    }
    if (!probe.exists('/dev/kvm')) {
        return { accel: 'tcg', why: '/dev/kvm does not exist (no hardware virtualization here)' };
    }
    const refused = probe.openReadWrite('/dev/kvm');
    if (refused) {
        return { accel: 'tcg', why: `/dev/kvm exists but does not open read-write (${refused})` };
    }
    // A /dev/kvm on an x86 CPU without its virtualization extensions (seen in some sandboxed
    // VMs) opens, but its guests never run a single instruction.
    const flags = probe
        .cpuinfo()
        ?.match(/^flags\s*:(.*)$/m)?.[1]
        .split(/\s+/);
    if (target === 'amd64' && flags && !flags.includes('vmx') && !flags.includes('svm')) {
        return {
            accel: 'tcg',
            why: '/dev/kvm opens, but the CPU shows no vmx or svm flag in /proc/cpuinfo, so it cannot run guests'
        };
    }
    return { accel: 'kvm' };
}
/**
 * OVMF firmware pairs (code, variables template), in order of preference: Debian and Ubuntu
 * (ovmf; Ubuntu 24.04 has only the 4M build), Fedora (edk2-ovmf), Arch (edk2-ovmf). Never the
 * Secure Boot builds: they refuse an unsigned GRUB.
 */
const OVMF_CANDIDATES = [
    { code: '/usr/share/OVMF/OVMF_CODE_4M.fd', vars: '/usr/share/OVMF/OVMF_VARS_4M.fd' },
    { code: '/usr/share/OVMF/OVMF_CODE.fd', vars: '/usr/share/OVMF/OVMF_VARS.fd' },
    { code: '/usr/share/edk2/ovmf/OVMF_CODE.fd', vars: '/usr/share/edk2/ovmf/OVMF_VARS.fd' },
    { code: '/usr/share/edk2/x64/OVMF_CODE.4m.fd', vars: '/usr/share/edk2/x64/OVMF_VARS.4m.fd' }
];
function findOvmf(probe) {
    return OVMF_CANDIDATES.find(pair => probe.exists(pair.code) && probe.exists(pair.vars));
}

// EXTERNAL MODULE: ./src/util/run.ts + 1 modules
var run = __nccwpck_require__(133);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __nccwpck_require__(82);
;// CONCATENATED MODULE: ./src/smoke/images.ts
// The images a smoke test boots, from an images folder laid out as the artifact is (what
// "Collect images" writes, what a downloaded artifact holds, what an image cache restores):
// the ISO, bzImage or Image, rootfs.ext4.xz, the SD card image, manifest.json.




class SmokeSetupError extends errors/* UserError */.yo {
}
function contents(dir) {
    return external_node_fs_default().readdirSync(dir).sort().join(', ') || 'nothing';
}
function findSmokeImages(dir, target) {
    if (!external_node_fs_default().existsSync(dir) || !external_node_fs_default().statSync(dir).isDirectory()) {
        throw new SmokeSetupError(`${dir} is not a folder: give the folder of a downloaded buildroot-k8s-${target} artifact (or the action's images-dir output)`);
    }
    const names = external_node_fs_default().readdirSync(dir);
    const file = (name) => (name ? external_node_path_default().join(dir, name) : undefined);
    const images = {};
    const manifest = external_node_path_default().join(dir, 'manifest.json');
    if (external_node_fs_default().existsSync(manifest)) {
        let parsed;
        try {
            parsed = JSON.parse(external_node_fs_default().readFileSync(manifest, 'utf8'));
        }
        catch (error) {
            throw new SmokeSetupError(`${manifest} is not valid JSON: ${error.message}`);
        }
        if (parsed.target && parsed.target !== target) {
            throw new SmokeSetupError(`${dir} holds ${parsed.target} images (manifest.json), not ${target}: pass --target ${parsed.target}`);
        }
        images.components = parsed.versions ?? {};
    }
    if (target === 'amd64') {
        const isos = names.filter(name => name.endsWith('.iso')).sort();
        const iso = isos.find(name => name === `buildroot-k8s-${target}.iso`) ?? isos[0];
        if (!iso) {
            throw new SmokeSetupError(`no ISO in ${dir} (it holds: ${contents(dir)}): the amd64 smoke test boots buildroot-k8s-amd64.iso`);
        }
        images.iso = file(iso);
    }
    else {
        images.kernel = file(names.find(name => name === 'Image'));
        images.sdcard = file(names.find(name => /-sdcard\.img(\.xz)?$/.test(name)));
        images.rootfs = file(names.find(name => /^rootfs\.ext[24](\.xz)?$/.test(name)));
        if (!images.kernel || !(images.sdcard || images.rootfs)) {
            throw new SmokeSetupError(`the arm64 smoke test boots the kernel Image with the SD card image (or rootfs.ext4.xz) as its disk, and ${dir} holds: ${contents(dir)}`);
        }
    }
    return images;
}
/**
 * A writable raw copy of a disk image (the guest writes to it: first-boot growth, container
 * images), decompressed when it is .xz, with `extraBytes` of free space at its end.
 */
async function writableDisk(source, destination, extraBytes) {
    external_node_fs_default().rmSync(destination, { force: true });
    if (source.endsWith('.xz')) {
        await (0,run/* capture */.Fg)('sh', [
            '-c',
            'xz --decompress --stdout -- "$1" > "$2"',
            'xz',
            source,
            destination
        ]);
    }
    else {
        external_node_fs_default().copyFileSync(source, destination);
    }
    external_node_fs_default().truncateSync(destination, external_node_fs_default().statSync(destination).size + extraBytes);
    return destination;
}

;// CONCATENATED MODULE: ./src/smoke/qemu.ts

/** amd64: BIOS, then UEFI when OVMF is there (at level basic: the cluster needs proving once). */
function planBoots(target, level, hasOvmf) {
    if (target === 'arm64')
        return [{ name: 'virt', firmware: 'kernel', level }];
    const boots = [{ name: 'BIOS', firmware: 'bios', level }];
    if (hasOvmf)
        boots.push({ name: 'UEFI', firmware: 'uefi', level: 'basic' });
    return boots;
}
/**
 * Time limits. Under TCG every instruction is emulated: booting the ISO (unpacking its
 * initramfs, starting systemd, containerd and docker) takes several times longer.
 */
function smokeLimits(accel, bootSecondsOverride) {
    const limits = accel === 'kvm'
        ? { bootSeconds: 300, graceSeconds: 60, poweroffSeconds: 60, timeFactor: 1 }
        : { bootSeconds: 1200, graceSeconds: 180, poweroffSeconds: 120, timeFactor: 4 };
    return bootSecondsOverride ? { ...limits, bootSeconds: bootSecondsOverride } : limits;
}
/**
 * Guest memory, as docs/image.md asks for the ISO: its root filesystem lives in RAM (held twice
 * for a moment at boot), and kubeadm wants 1700 MB (and 2 CPUs) for a control plane.
 */
const GUEST_MEMORY_MIB = 4096;
const FW_CFG_LEVEL = 'opt/buildroot-k8s/smoke';
const FW_CFG_TIME_FACTOR = 'opt/buildroot-k8s/smoke-time-factor';
/**
 * Kernel command line of the arm64 boot: the console on the virt machine's PL011, and the
 * memory cgroup options of the image's own cmdline.txt (the Raspberry Pi kernel leaves the
 * memory controller off without them).
 */
function arm64KernelArgs(diskIsSdCard) {
    const root = diskIsSdCard ? '/dev/vda2' : '/dev/vda';
    return `root=${root} rootfstype=ext4 rootwait console=ttyAMA0 cgroup_enable=memory cgroup_memory=1`;
}
function qemuCommand(inputs) {
    const { target, boot, accel } = inputs;
    const args = [];
    const need = (value, what) => {
        if (!value)
            throw new Error(`the ${boot.name} boot needs ${what}`);
        return value;
    };
    if (target === 'amd64') {
        args.push('-machine', `q35,accel=${accel}`, '-cpu', accel === 'kvm' ? 'host' : 'max');
    }
    else {
        args.push('-machine', accel === 'kvm' ? 'virt,accel=kvm,gic-version=max' : 'virt,accel=tcg', '-cpu', accel === 'kvm' ? 'host' : 'cortex-a53');
    }
    args.push('-smp', '2', '-m', String(GUEST_MEMORY_MIB));
    // The serial console on stdout, nothing else; a reboot ends QEMU instead of booting again.
    args.push('-display', 'none', '-monitor', 'none', '-serial', 'stdio', '-no-reboot');
    if (boot.firmware === 'uefi') {
        const ovmf = inputs.ovmf;
        if (!ovmf)
            throw new Error(`the ${boot.name} boot needs OVMF`);
        args.push('-drive', `if=pflash,format=raw,unit=0,readonly=on,file=${ovmf.code}`, '-drive', `if=pflash,format=raw,unit=1,file=${ovmf.vars}`);
    }
    if (target === 'amd64') {
        args.push('-cdrom', need(inputs.iso, 'the ISO'), '-boot', 'order=d');
    }
    else {
        args.push('-kernel', need(inputs.kernel, 'the kernel Image'), '-append', arm64KernelArgs(inputs.diskIsSdCard ?? true), '-drive', `if=none,format=raw,id=disk0,file=${need(inputs.disk, 'a disk image')}`, '-device', 'virtio-blk-pci,drive=disk0');
    }
    // User networking: DHCP for systemd-networkd. At level basic nothing leaves QEMU
    // (restrict=on); level cluster pulls the control-plane images through it.
    const restrict = boot.level === 'basic' ? ',restrict=on' : '';
    args.push('-nic', `user,model=virtio-net-pci${restrict}`);
    args.push('-device', 'virtio-rng-pci');
    args.push('-fw_cfg', `name=${FW_CFG_LEVEL},string=${boot.level}`, '-fw_cfg', `name=${FW_CFG_TIME_FACTOR},string=${inputs.timeFactor}`);
    return { binary: QEMU_SYSTEM[target].binary, args };
}

;// CONCATENATED MODULE: ./src/smoke/verdict.ts
// Turns one boot's smoke events into one row per check and a verdict. A skip is accepted only
// for a check whose component the image's manifest does not list (a stand-in image without
// containerd, say): a real image that lists containerd must pass the containerd check.

function judgeBoot(options) {
    const { events, failure, components } = options;
    const results = new Map();
    for (const event of events)
        if (event.kind === 'result')
            results.set(event.check, event);
    const rows = [];
    if (failure &&
        !results.has(failure.check) &&
        !checksFor(options.level).some(c => c.name === failure.check)) {
        rows.push({ check: failure.check, status: 'fail', detail: failure.reason, ok: false });
    }
    for (const check of checksFor(options.level)) {
        const result = results.get(check.name);
        results.delete(check.name);
        if (!result) {
            const blamed = failure?.check === check.name;
            rows.push({
                check: check.name,
                status: blamed ? 'fail' : 'not run',
                detail: blamed
                    ? failure.reason
                    : failure
                        ? `not run: ${failure.check} failed first`
                        : 'no result from the image (its smoke script does not run this check)',
                ok: false
            });
            continue;
        }
        const row = {
            check: check.name,
            status: result.status,
            seconds: result.seconds,
            detail: result.detail,
            ok: result.status === 'pass'
        };
        if (result.status === 'skip') {
            const listed = check.component === undefined ? undefined : components?.[check.component];
            if (check.component === undefined) {
                row.detail += ' (this check needs nothing but the kernel and base system: it must pass)';
            }
            else if (components === undefined) {
                row.detail += ' (the images came without manifest.json, so every check must pass)';
            }
            else if (listed !== undefined) {
                row.detail += ` (the image's manifest lists ${check.component} ${listed}: it must pass)`;
            }
            else {
                row.ok = true;
                row.detail += ` (the image's manifest lists no ${check.component})`;
            }
        }
        rows.push(row);
    }
    // Checks a newer script runs that this action does not know: shown, judged the same way.
    for (const result of results.values()) {
        rows.push({
            check: result.check,
            status: result.status,
            seconds: result.seconds,
            detail: result.detail,
            ok: result.status !== 'fail'
        });
    }
    const failedChecks = rows.filter(row => !row.ok && row.status !== 'not run').map(row => row.check);
    return { ok: failure === undefined && rows.every(row => row.ok), rows, failedChecks };
}

// EXTERNAL MODULE: ./src/stages/collect-images.ts + 3 modules
var collect_images = __nccwpck_require__(889);
// EXTERNAL MODULE: ./src/stages/stage.ts
var stage = __nccwpck_require__(444);
;// CONCATENATED MODULE: ./src/stages/smoke-test.ts
// Stage: smoke test. Boots the collected images in QEMU as a user would (the amd64 ISO by BIOS
// and UEFI, the arm64 kernel and SD card on the virt machine), with the fw_cfg entry that makes
// the image's k8s-smoke.service run its checks, and judges the result lines on the serial
// console. It takes an images folder laid out as the artifact is, so it runs the same on a
// fresh build, on images restored from a cache, and on a downloaded artifact (the CLI's
// `smoke` command). It never throws: what went wrong is in the returned report.










/** Seconds from starting QEMU to the image's first answer, instead of the default limit. */
const BOOT_TIMEOUT_ENV = 'BUILDROOT_K8S_SMOKE_BOOT_TIMEOUT';
/** The space given to the guest beyond the SD card image: first-boot growth, container images. */
const DISK_HEADROOM = 1024 ** 3;
const FIRMWARE_NAME = { bios: 'SeaBIOS', uefi: 'OVMF UEFI', kernel: 'direct kernel boot' };
function bootTimeout(env) {
    const value = env[BOOT_TIMEOUT_ENV];
    if (!value)
        return undefined;
    if (!/^\d+$/.test(value) || Number(value) < 10) {
        throw new SmokeSetupError(`${BOOT_TIMEOUT_ENV}="${value}" must be a whole number of seconds, 10 or more`);
    }
    return Number(value);
}
/**
 * A boot lost to emulation rather than to the image: on a slow emulated CPU the kernel's early
 * check that the timer interrupt works can time out ("IO-APIC + timer doesn't work").
 */
function emulationArtifact(boot) {
    const row = boot.rows.find(r => r.check === 'boot');
    return row !== undefined && /IO-APIC \+ timer doesn't work/.test(row.detail);
}
/** One line naming the failed checks of a report, for the error annotation. */
function smokeFailureMessage(report) {
    const failedBoots = report.boots.filter(boot => !boot.ok);
    if (!failedBoots.length)
        return `Smoke test failed: ${report.note ?? 'no boot ran'}`;
    return failedBoots
        .map(boot => {
        const failed = boot.rows.filter(row => !row.ok && row.status !== 'not run');
        const what = failed.map(row => `${row.check}: ${row.detail}`).join('; ');
        return `Smoke test failed on the ${boot.name} boot: ${what || 'no result'}. Console log: ${boot.consoleLog}`;
    })
        .join('\n');
}
async function runSmokeTest(reporter, options) {
    const { target, level } = options;
    if (options.mode === 'off') {
        reporter.info('smoke-test: off, the images are not booted.');
        return { outcome: 'skipped', note: 'Not run: smoke-test is off.', boots: [] };
    }
    const probe = options.probe ?? realProbe;
    const qemu = QEMU_SYSTEM[target];
    const install = `sudo apt-get install -y ${qemu.debianPackage}${target === 'amd64' ? ' ovmf' : ''}`;
    if (!probe.which(qemu.binary)) {
        const why = `${qemu.binary} is not installed, so the images were not booted`;
        if (options.mode === 'true') {
            return {
                outcome: 'failed',
                note: `smoke-test is true but ${why}: add \`${install}\` before this step.`,
                boots: []
            };
        }
        reporter.notice(`${why}. To smoke-test them, add \`${install}\` before this step; smoke-test: off silences this notice.`);
        return { outcome: 'skipped', note: `Not run: ${why} (\`${install}\`).`, boots: [] };
    }
    try {
        const acceleration = detectAcceleration(target, probe);
        const limits = smokeLimits(acceleration.accel, bootTimeout(options.env ?? process.env));
        if (acceleration.accel === 'tcg') {
            reporter.notice(`No KVM for the smoke test: ${acceleration.why}. QEMU emulates the CPU instead (TCG), several times slower; ` +
                `the time limits are raised (boot ${limits.bootSeconds} s). On GitHub-hosted Linux runners, ` +
                'open /dev/kvm with the udev rule shown in the README before this step.');
        }
        const images = findSmokeImages(options.imagesDir, target);
        if (!images.components) {
            reporter.warning(`${options.imagesDir} has no manifest.json: every check must pass, none may skip.`);
        }
        const ovmf = target === 'amd64' ? findOvmf(probe) : undefined;
        if (target === 'amd64' && !ovmf) {
            reporter.info(`OVMF is not installed: the ISO boots by BIOS only (for UEFI too: ${install}).`);
        }
        external_node_fs_default().mkdirSync(options.workDir, { recursive: true });
        const boots = [];
        const plan = planBoots(target, level, ovmf !== undefined);
        for (const [index, boot] of plan.entries()) {
            if (boots.some(b => !b.ok)) {
                reporter.info(`The ${boot.name} boot is not run: the ${plan[index - 1].name} boot failed.`);
                break;
            }
            const context = { limits, images, ovmf, acceleration };
            let report = await runBoot(reporter, options, boot, context);
            if (acceleration.accel === 'tcg' && emulationArtifact(report)) {
                reporter.info(`The kernel's timer check failed under emulation (TCG on a busy machine, not a fault of the image): booting ${boot.name} again.`);
                report = await runBoot(reporter, options, boot, context);
            }
            boots.push(report);
        }
        return { outcome: boots.every(boot => boot.ok) ? 'passed' : 'failed', boots };
    }
    catch (error) {
        return { outcome: 'failed', note: (0,errors/* errorMessage */.gJ)(error), boots: [] };
    }
}
async function runBoot(reporter, options, boot, context) {
    const { target } = options;
    const { limits, images, acceleration } = context;
    const slug = boot.name.toLowerCase();
    const consoleLog = external_node_path_default().join(options.workDir, `console-${target}-${slug}.log`);
    const scratch = [];
    try {
        let ovmf;
        if (boot.firmware === 'uefi' && context.ovmf) {
            // OVMF writes its variables: each boot gets its own copy of the template.
            const vars = external_node_path_default().join(options.workDir, `OVMF_VARS-${slug}.fd`);
            external_node_fs_default().copyFileSync(context.ovmf.vars, vars);
            scratch.push(vars);
            ovmf = { code: context.ovmf.code, vars };
        }
        let disk;
        if (target === 'arm64') {
            disk = await writableDisk((images.sdcard ?? images.rootfs), external_node_path_default().join(options.workDir, `disk-${slug}.img`), images.sdcard ? DISK_HEADROOM : 0);
            scratch.push(disk);
        }
        const command = qemuCommand({
            target,
            boot,
            accel: acceleration.accel,
            timeFactor: limits.timeFactor,
            iso: images.iso,
            kernel: images.kernel,
            disk,
            diskIsSdCard: images.sdcard !== undefined,
            ovmf
        });
        const how = `${FIRMWARE_NAME[boot.firmware]}, ${acceleration.accel.toUpperCase()}`;
        reporter.info(`${boot.name} boot (${how}, level ${boot.level}): ${command.binary} ${command.args.join(' ')}`);
        const run = await bootAndWatch({
            ...command,
            limits,
            consoleLog,
            onEvent: event => {
                if (event.kind === 'start') {
                    reporter.info(`  the image answered: kernel ${event.kernel} (${event.arch}), level ${event.level}`);
                }
                else if (event.kind === 'result') {
                    reporter.info(`  ${event.status.padEnd(4)} ${event.check} (${event.seconds} s): ${event.detail}`);
                }
            }
        });
        const verdict = judgeBoot({
            level: boot.level,
            events: run.watch.events,
            failure: run.watch.failure,
            components: images.components
        });
        if (run.watch.failure) {
            reporter.info(`  ${run.watch.failure.check}: ${run.watch.failure.reason}\n  Last console lines:\n    ${run.watch.lastLines.join('\n    ')}`);
        }
        return {
            name: boot.name,
            how,
            level: boot.level,
            ok: verdict.ok,
            seconds: run.seconds,
            rows: verdict.rows,
            consoleLog
        };
    }
    finally {
        for (const file of scratch)
            external_node_fs_default().rmSync(file, { force: true });
    }
}
const smokeSlot = (0,stage/* slot */.NI)('smoke test');
const smokeTestStage = {
    title: 'Smoke test',
    modes: ['build'],
    onImageCacheHit: 'run',
    needs: [collect_images/* imagesSlot */.rE],
    provides: [smokeSlot],
    async run(run) {
        const { inputs } = run;
        const smoke = await runSmokeTest(run.reporter, {
            mode: inputs.smokeTest,
            level: inputs.smokeTestLevel,
            target: inputs.target,
            imagesDir: run.get(collect_images/* imagesSlot */.rE).dir,
            workDir: external_node_path_default().join(inputs.outputDir, 'smoke'),
            env: run.context.env
        });
        run.set(smokeSlot, smoke);
        run.output('smoke-test', smoke.outcome);
        if (smoke.outcome === 'failed') {
            // The images and the console are still uploaded for the user to look at.
            const failedBoot = smoke.boots.find(boot => !boot.ok);
            run.fail(smokeFailureMessage(smoke), failedBoot && { file: failedBoot.consoleLog, title: 'Smoke test failed' });
        }
    }
};


/***/ }),

/***/ 444:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   IL: () => (/* binding */ describeTimeLimit),
/* harmony export */   NI: () => (/* binding */ slot),
/* harmony export */   qn: () => (/* binding */ timeLimitOf)
/* harmony export */ });
/* harmony import */ var _util_format_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(678);

function slot(name) {
    return { name };
}
function timeLimitOf(inputs, context) {
    const seconds = inputs.timeLimitSeconds ?? context.defaultTimeLimitSeconds;
    return seconds === undefined
        ? undefined
        : { seconds, startedAt: context.startedAt, from: context.startedFrom };
}
function describeTimeLimit(limit) {
    return `time-limit ${(0,_util_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(limit.seconds)} from ${limit.from}`;
}


/***/ }),

/***/ 402:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   OE: () => (/* binding */ targetAlias),
/* harmony export */   Qn: () => (/* binding */ TARGET),
/* harmony export */   dW: () => (/* binding */ TARGETS)
/* harmony export */ });
// Everything that differs between the two images, in one record per target. Code asks the
// record (what the kernel image is called, which QEMU runs it, how much disk a build takes)
// instead of testing the target's name.
const TARGETS = ['amd64', 'arm64'];
const GiB = 1024 ** 3;
const TARGET = {
    amd64: {
        name: 'amd64',
        describe: 'a bootable ISO (BIOS and UEFI), the kernel and the root filesystem',
        aliases: ['x86_64', 'x86-64', 'x64', 'amd-64', 'intel'],
        kernelImage: 'bzImage',
        kernelArch: { arch: 'x86_64' },
        bootImage: 'iso',
        nativeArch: 'x64',
        kvmCpuFlags: ['vmx', 'svm'],
        qemu: {
            binary: 'qemu-system-x86_64',
            debianPackages: ['qemu-system-x86', 'ovmf'],
            machine: accel => ['-machine', `q35,accel=${accel}`, '-cpu', accel === 'kvm' ? 'host' : 'max']
        },
        smokeBoot: 'firmware',
        outputBytes: 12 * GiB
    },
    arm64: {
        name: 'arm64',
        describe: 'a Raspberry Pi 3/4/5 SD card image (64-bit), the kernel, DTBs and the root filesystem',
        aliases: ['aarch64', 'arm', 'armv8', 'arm-64', 'rpi', 'raspberrypi', 'pi'],
        kernelImage: 'Image',
        kernelArch: { arch: 'arm64', crossCompile: 'aarch64-linux-gnu-' },
        bootImage: 'sdcard',
        nativeArch: 'arm64',
        qemu: {
            binary: 'qemu-system-aarch64',
            debianPackages: ['qemu-system-arm'],
            machine: accel => accel === 'kvm'
                ? ['-machine', 'virt,accel=kvm,gic-version=max', '-cpu', 'host']
                : ['-machine', 'virt,accel=tcg', '-cpu', 'cortex-a53']
        },
        smokeBoot: 'kernel',
        outputBytes: 14 * GiB
    }
};
/** The target a user meant by another name for its architecture (x86_64 → amd64), if any. */
function targetAlias(name) {
    const lower = name.trim().toLowerCase();
    return TARGETS.find(t => t === lower || TARGET[t].aliases.includes(lower));
}


/***/ }),

/***/ 82:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   SS: () => (/* binding */ ReportedError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   m2: () => (/* binding */ errorDetail),
/* harmony export */   yo: () => (/* binding */ UserError),
/* harmony export */   yr: () => (/* binding */ errorLocation)
/* harmony export */ });
// Errors. A UserError is a mistake or a condition the user can act on: its message says what
// went wrong and what to do, and `file`/`line` say where (annotations point there). The top of
// the pipeline reports any of them the same way, without knowing the kinds.
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}
class UserError extends Error {
    file;
    line;
    constructor(message, file, line) {
        super(message);
        this.file = file;
        this.line = line;
        this.name = new.target.name;
    }
    /** The message without the location, for annotations that carry `file` and `line` themselves. */
    get detail() {
        return this.message;
    }
}
/** Where an error points, when it is a UserError that knows its file. */
function errorLocation(error) {
    return error instanceof UserError && error.file
        ? { file: error.file, line: error.line }
        : undefined;
}
/** An error's text for an annotation that carries its location separately. */
function errorDetail(error) {
    return error instanceof UserError ? error.detail : errorMessage(error);
}
/** A failure that has already been reported (annotations, log) where it happened. */
class ReportedError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ReportedError';
    }
}


/***/ }),

/***/ 678:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   l9: () => (/* binding */ formatPercent),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
// How sizes, durations and percentages read in logs and summaries, and Markdown code blocks.
function formatBytes(bytes) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit += 1;
    }
    return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}
const formatPercent = (percent) => `${percent >= 0 ? '+' : '−'}${Math.abs(percent).toFixed(1)}%`;
function formatDuration(seconds) {
    const h = Math.floor(seconds / 3600);
    const m = Math.floor((seconds % 3600) / 60);
    const s = Math.round(seconds % 60);
    return h ? `${h} h ${m} min` : m ? `${m} min ${s} s` : `${s} s`;
}
/** A fence longer than any run of backticks in `text`, so that the block cannot be closed early. */
function codeBlock(text) {
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map(match => match[0].length));
    const fence = '`'.repeat(longest + 1);
    return [fence, text, fence];
}


/***/ }),

/***/ 966:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   Gn: () => (/* binding */ whyNotWritable),
/* harmony export */   RG: () => (/* binding */ directorySize),
/* harmony export */   tk: () => (/* binding */ isEmptyDirectory)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/** Bytes used by the regular files under `dir` (0 when it does not exist). */
function directorySize(dir) {
    if (!node_fs__WEBPACK_IMPORTED_MODULE_0___default().existsSync(dir))
        return 0;
    return node_fs__WEBPACK_IMPORTED_MODULE_0___default().readdirSync(dir, { withFileTypes: true, recursive: true })
        .filter(entry => entry.isFile())
        .reduce((total, entry) => total + node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(entry.parentPath, entry.name)).size, 0);
}
function isEmptyDirectory(dir) {
    return !node_fs__WEBPACK_IMPORTED_MODULE_0___default().existsSync(dir) || node_fs__WEBPACK_IMPORTED_MODULE_0___default().readdirSync(dir).length === 0;
}
/** Whether `file` is `dir` or somewhere under it. */
function isInside(dir, file) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(dir, file);
    return !relative.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(relative);
}
/**
 * The error writing into `dir` (or its nearest existing parent) would give, if any: Node's
 * recursive mkdir reports ENOENT when a parent is read-only, which names the wrong problem.
 */
function whyNotWritable(dir) {
    let existing = dir;
    while (!node_fs__WEBPACK_IMPORTED_MODULE_0___default().existsSync(existing) && node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(existing) !== existing) {
        existing = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(existing);
    }
    try {
        node_fs__WEBPACK_IMPORTED_MODULE_0___default().accessSync(existing, (node_fs__WEBPACK_IMPORTED_MODULE_0___default().constants).W_OK);
        return undefined;
    }
    catch (error) {
        return error;
    }
}


/***/ }),

/***/ 325:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   KL: () => (/* binding */ TreeTooLargeError),
/* harmony export */   KQ: () => (/* binding */ fileDigests),
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   hb: () => (/* binding */ sha256FileSync),
/* harmony export */   vz: () => (/* binding */ hashTree)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/** sha256 of a file, read as a stream (images can be gigabytes). */
async function sha256File(file) {
    const hash = node_crypto__WEBPACK_IMPORTED_MODULE_0___default().createHash('sha256');
    for await (const chunk of node_fs__WEBPACK_IMPORTED_MODULE_1___default().createReadStream(file))
        hash.update(chunk);
    return hash.digest('hex');
}
/** Names never hashed wherever they are: version control and Python's bytecode caches. */
const UNHASHED_NAMES = new Set(['.git', '__pycache__']);
/** One read buffer for every file hashTree reads (a fresh one per file costs more than the hashing). */
const readBuffer = Buffer.allocUnsafe(1024 * 1024);
/** Digests of one file, each of `types` (node's names: sha256, md5...), read once. */
function fileDigests(file, types) {
    const hashes = types.map(type => node_crypto__WEBPACK_IMPORTED_MODULE_0___default().createHash(type));
    const fd = node_fs__WEBPACK_IMPORTED_MODULE_1___default().openSync(file, 'r');
    try {
        const buffer = readBuffer;
        let read;
        while ((read = node_fs__WEBPACK_IMPORTED_MODULE_1___default().readSync(fd, buffer, 0, buffer.length, null)) > 0) {
            for (const hash of hashes)
                hash.update(buffer.subarray(0, read));
        }
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_1___default().closeSync(fd);
    }
    return new Map(types.map((type, index) => [type, hashes[index].digest('hex')]));
}
/** sha256 of a file, read synchronously. */
function sha256FileSync(file) {
    return fileDigests(file, ['sha256']).get('sha256');
}
class TreeTooLargeError extends Error {
    root;
    maxEntries;
    constructor(root, maxEntries) {
        super(`${root} holds more than ${maxEntries} files and folders`);
        this.root = root;
        this.maxEntries = maxEntries;
        this.name = 'TreeTooLargeError';
    }
}
/**
 * sha256 over what a file or folder holds, as a build sees it: every path (relative, sorted),
 * each file's content and executable bit, each symlink's target, empty folders too. Times,
 * owners and other permission bits do not count. `exclude` are absolute paths left out
 * (an output folder inside the tree, say), as are .git and __pycache__ everywhere. Past
 * `maxEntries` files and folders it throws TreeTooLargeError.
 */
function hashTree(root, exclude = [], maxEntries = Infinity) {
    const lines = [];
    const excluded = new Set(exclude.map(p => node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(p)));
    const visit = (full, relative) => {
        if (lines.length >= maxEntries)
            throw new TreeTooLargeError(root, maxEntries);
        const stat = node_fs__WEBPACK_IMPORTED_MODULE_1___default().lstatSync(full);
        if (stat.isSymbolicLink()) {
            lines.push(`L ${relative} ${node_fs__WEBPACK_IMPORTED_MODULE_1___default().readlinkSync(full)}`);
        }
        else if (stat.isDirectory()) {
            lines.push(`D ${relative}`);
            for (const name of node_fs__WEBPACK_IMPORTED_MODULE_1___default().readdirSync(full).sort()) {
                const child = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(full, name);
                if (UNHASHED_NAMES.has(name) || excluded.has(child))
                    continue;
                visit(child, relative ? `${relative}/${name}` : name);
            }
        }
        else if (stat.isFile()) {
            lines.push(`F ${relative} ${stat.mode & 0o111 ? 'x' : '-'} ${sha256FileSync(full)}`);
        }
    };
    if (node_fs__WEBPACK_IMPORTED_MODULE_1___default().existsSync(root))
        visit(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(root), '');
    return node_crypto__WEBPACK_IMPORTED_MODULE_0___default().createHash('sha256').update(lines.join('\n')).digest('hex');
}


/***/ }),

/***/ 21:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  nG: () => (/* binding */ httpStatus),
  st: () => (/* binding */ redisPing)
});

// UNUSED EXPORTS: describeNetError, httpAsk

;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
var external_node_http_default = /*#__PURE__*/__nccwpck_require__.n(external_node_http_namespaceObject);
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
var external_node_https_default = /*#__PURE__*/__nccwpck_require__.n(external_node_https_namespaceObject);
;// CONCATENATED MODULE: external "node:net"
const external_node_net_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");
var external_node_net_default = /*#__PURE__*/__nccwpck_require__.n(external_node_net_namespaceObject);
;// CONCATENATED MODULE: ./src/util/net.ts
// Small network questions, each with a timeout: does a Redis server answer PING (after AUTH),
// what status does an HTTP(S) server give a request. Errors say what happened in a few words
// (connection refused, timed out, the server's own error line).



/** A Redis command in RESP, the protocol's own encoding (an array of bulk strings). */
function resp(args) {
    return `*${args.length}\r\n${args.map(arg => `$${Buffer.byteLength(arg)}\r\n${arg}\r\n`).join('')}`;
}
/** Connects, authenticates when given a password, and sends PING; throws why it failed. */
function redisPing(target, auth, timeoutMs) {
    return new Promise((resolve, reject) => {
        const socket = 'path' in target ? external_node_net_default().connect(target.path) : external_node_net_default().connect(target);
        const commands = [];
        if (auth.password !== undefined) {
            commands.push(auth.user ? ['AUTH', auth.user, auth.password] : ['AUTH', auth.password]);
        }
        commands.push(['PING']);
        let answers = '';
        const done = (error) => {
            socket.destroy();
            if (error)
                reject(error);
            else
                resolve();
        };
        socket.setTimeout(timeoutMs, () => done(new Error(`no answer within ${timeoutMs} ms`)));
        socket.on('error', error => done(new Error(describeNetError(error))));
        socket.on('connect', () => socket.write(commands.map(resp).join('')));
        socket.on('data', chunk => {
            answers += chunk.toString('utf8');
            const lines = answers.split('\r\n').slice(0, -1);
            const refused = lines.find(line => line.startsWith('-'));
            if (refused)
                done(new Error(`the server answered: ${refused.slice(1)}`));
            else if (lines.length >= commands.length)
                done();
        });
        socket.on('end', () => done(new Error('the server closed the connection')));
    });
}
/**
 * What an HTTP(S) server answers `method` on `url`: the status, and where a redirect points.
 * The body is never read. Credentials in the URL go as basic authentication. Throws on no answer.
 */
function httpAsk(url, options) {
    return new Promise((resolve, reject) => {
        const parsed = new URL(url);
        const auth = parsed.username
            ? `${decodeURIComponent(parsed.username)}:${decodeURIComponent(parsed.password)}`
            : undefined;
        parsed.username = '';
        parsed.password = '';
        const client = parsed.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default());
        const request = client.request(parsed, { method: options.method ?? 'HEAD', headers: options.headers, auth }, response => {
            const location = response.headers.location;
            resolve({
                status: response.statusCode ?? 0,
                location: location ? new URL(location, url).href : undefined
            });
            response.destroy();
        });
        request.setTimeout(options.timeoutMs, () => request.destroy(new Error(`no answer within ${options.timeoutMs} ms`)));
        request.on('error', error => reject(new Error(describeNetError(error))));
        request.end();
    });
}
/** The status of `url` after following up to five redirects (as wget does). */
async function httpStatus(url, options) {
    let asked = url;
    for (let hop = 0;; hop += 1) {
        const answer = await httpAsk(asked, options);
        if (answer.status < 300 || answer.status >= 400 || !answer.location || hop === 5) {
            return answer.status;
        }
        asked = answer.location;
    }
}
/** "connection refused (127.0.0.1:6379)" rather than "connect ECONNREFUSED 127.0.0.1:6379". */
function describeNetError(error) {
    const words = {
        ECONNREFUSED: 'connection refused',
        ENOTFOUND: 'the host name does not resolve',
        EAI_AGAIN: 'the host name does not resolve (temporary DNS failure)',
        ETIMEDOUT: 'the connection timed out',
        EHOSTUNREACH: 'the host is unreachable',
        ENETUNREACH: 'the network is unreachable',
        ECONNRESET: 'the connection was reset',
        ENOENT: 'no such socket'
    };
    return (error.code && words[error.code]) ?? error.message;
}


/***/ }),

/***/ 365:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   MR: () => (/* binding */ whenCancelled),
/* harmony export */   Su: () => (/* binding */ cancelRun),
/* harmony export */   WN: () => (/* binding */ cancellation),
/* harmony export */   Yr: () => (/* binding */ handleStopSignals),
/* harmony export */   _T: () => (/* binding */ groupsStopped),
/* harmony export */   cc: () => (/* binding */ CancelledError),
/* harmony export */   tK: () => (/* binding */ cancelledBy),
/* harmony export */   uU: () => (/* binding */ trackProcessGroup)
/* harmony export */ });
/* unused harmony exports runningGroups, throwIfCancelled, stopAllGroups, CANCEL_GRACE_MS, resetCancellation */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);

/** Leaders of the process groups still running. */
const groups = new Set();
let cancelled;
/** The stops cancelRun started; resolved once every group they signalled is gone. */
let stopping = Promise.resolve();
/** Registers a child started with `detached: true` (it leads its own group); returns `untrack`. */
function trackProcessGroup(child) {
    const pid = child.pid;
    if (pid === undefined)
        return () => undefined;
    groups.add(pid);
    return () => groups.delete(pid);
}
/** Process groups this process started that have not finished yet. */
function runningGroups() {
    return [...groups];
}
/** Why the pipeline was cancelled, or undefined while it is not. */
function cancellation() {
    return cancelled;
}
/** Every reason the run was cancelled for so far: the time limit may be followed by a signal. */
const cancelledFor = new Map();
/** Who waits for a cancel (whenCancelled), and for which reasons. */
let cancelWaiters = [];
/** The cancel for `reason`, when one came. */
function cancelledBy(reason) {
    return cancelledFor.get(reason);
}
/** Resolves when the run is cancelled for one of `reasons` (at once when it is already). */
function whenCancelled(reasons = ['signal', 'time-limit']) {
    const already = reasons.map(reason => cancelledFor.get(reason)).find(Boolean);
    if (already)
        return Promise.resolve(already);
    return new Promise(resolve => cancelWaiters.push({ reasons, resolve }));
}
/** Thrown between stages once the run has been cancelled. */
class CancelledError extends Error {
    cancellation;
    constructor(cancellation) {
        super(cancellation.reason === 'time-limit'
            ? 'stopped at the time limit'
            : `cancelled (${cancellation.signal ?? 'signal'})`);
        this.cancellation = cancellation;
        this.name = 'CancelledError';
    }
}
/** Throws CancelledError when the run has been cancelled: called before each stage. */
function throwIfCancelled() {
    if (cancelled)
        throw new CancelledError(cancelled);
}
function signalGroup(pid, signal) {
    try {
        process.kill(-pid, signal);
    }
    catch {
        // The group is gone already.
    }
}
/**
 * Whether any process of the group is left. Its leader may have ended while its children run
 * on (a command writing to a log file has no pipe that would keep it open until they end).
 */
function groupAlive(pid) {
    try {
        process.kill(-pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
/** Sends `signal` to every running group, waits up to `graceMs` for them, then kills the rest. */
async function stopAllGroups(signal, graceMs) {
    const targets = runningGroups();
    for (const pid of targets)
        signalGroup(pid, signal);
    const deadline = Date.now() + graceMs;
    while (targets.some(groupAlive) && Date.now() < deadline) {
        // Not unref()ed: while a stop is awaited, nothing else may keep the event loop alive.
        await new Promise(resolve => setTimeout(resolve, 50));
    }
    for (const pid of targets)
        if (groupAlive(pid))
            signalGroup(pid, 'SIGKILL');
}
/**
 * Cancels the run: marks it cancelled (so no further stage starts) and stops what runs. The
 * first call wins; later calls only stop what was started since.
 */
async function cancelRun(reason, options) {
    if (!cancelledFor.has(reason)) {
        const now = { reason, signal: options.signal, at: Date.now() };
        cancelled ??= now;
        cancelledFor.set(reason, now);
        const waiting = cancelWaiters.filter(waiter => waiter.reasons.includes(reason));
        cancelWaiters = cancelWaiters.filter(waiter => !waiter.reasons.includes(reason));
        for (const waiter of waiting)
            waiter.resolve(now);
    }
    const stop = stopAllGroups(options.signal ?? 'SIGINT', options.graceMs);
    stopping = Promise.all([stopping, stop]).then(() => undefined);
    await stop;
}
/**
 * Resolves once the groups being stopped are gone. A command whose leader ended on the signal
 * may leave children that take the grace period to go: its caller waits for them here.
 */
function groupsStopped() {
    return stopping;
}
/**
 * How long make and its children get to stop after the signal is forwarded before they are
 * killed: short enough that the summary is written well before the runner's SIGTERM (7.5 s).
 */
const CANCEL_GRACE_MS = 4000;
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
/**
 * A Ctrl-C in a terminal reaches every process of the foreground group at once, and npx (npm's
 * run-script) forwards it once more: signals this close together are one request to stop.
 */
const SAME_REQUEST_MS = 1000;
/**
 * Handles SIGINT, SIGTERM and SIGHUP: the first forwards the signal to every running group and
 * cancels the run; a later one (a second Ctrl-C, the runner's SIGTERM) kills what still runs
 * at once. `onSignal` says what happens (the command line prints it). Returns a function that
 * removes the handlers.
 */
function handleStopSignals(onSignal = () => undefined) {
    let firstAt;
    const handler = (signal) => {
        const now = Date.now();
        if (firstAt === undefined) {
            firstAt = now;
            onSignal(signal, true);
            void cancelRun('signal', { signal, graceMs: CANCEL_GRACE_MS });
        }
        else if (now - firstAt >= SAME_REQUEST_MS) {
            onSignal(signal, false);
            void stopAllGroups('SIGKILL', 0);
            // Whatever is still waiting (a network call) gets 3 s; then this process ends.
            setTimeout(() => process.exit(128 + ((node_os__WEBPACK_IMPORTED_MODULE_0___default().constants).signals[signal] ?? 0)), 3000).unref();
        }
    };
    for (const signal of STOP_SIGNALS)
        process.on(signal, handler);
    return () => {
        for (const signal of STOP_SIGNALS)
            process.off(signal, handler);
    };
}
/** For tests: forgets a cancellation. */
function resetCancellation() {
    cancelled = undefined;
    cancelledFor.clear();
    cancelWaiters = [];
    stopping = Promise.resolve();
}


/***/ }),

/***/ 133:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Qd: () => (/* binding */ CommandError),
  Fg: () => (/* binding */ capture),
  eF: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
var external_node_fs_default = /*#__PURE__*/__nccwpck_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/util/lines.ts
// Lines of a command's output, without decoding it: a Buildroot build prints gigabytes, of
// which the pipeline reads a few thousand lines (the `>>>` steps) and the last few dozen (for
// error messages). Lines are handed on as byte ranges of the chunks they arrived in; only the
// ones a consumer asks for become strings.

const NEWLINE = 0x0a;
/** Bytes per read of a followed log file (one buffer, reused). */
const READ_BYTES = 1024 * 1024;
/** How often a followed log file is read while its writer is quiet. */
const POLL_MS = 100;
/** At most this much of a log file's end is read for its last lines. */
const TAIL_BYTES = 1024 * 1024;
/**
 * Splits one stream into lines; a line may span chunks (only such lines are copied, so a chunk
 * may be reused once push returns).
 */
class LineSplitter {
    sink;
    pending = [];
    constructor(sink) {
        this.sink = sink;
    }
    push(chunk) {
        let start = 0;
        for (let end = chunk.indexOf(NEWLINE); end >= 0; end = chunk.indexOf(NEWLINE, start)) {
            if (this.pending.length) {
                this.pending.push(chunk.subarray(start, end));
                const line = Buffer.concat(this.pending);
                this.pending = [];
                this.sink(line, 0, line.length);
            }
            else {
                this.sink(chunk, start, end);
            }
            start = end + 1;
        }
        if (start < chunk.length)
            this.pending.push(Buffer.from(chunk.subarray(start)));
    }
    /** The stream ended: its last line, if it had no newline. */
    end() {
        if (!this.pending.length)
            return;
        const line = Buffer.concat(this.pending);
        this.pending = [];
        this.sink(line, 0, line.length);
    }
}
/**
 * The last `size` lines, kept as byte ranges until asked for. Each range holds on to the chunk
 * it came from, so at most `size` chunks (64 KiB each from a pipe) stay in memory.
 */
class LineTail {
    size;
    buffers = [];
    starts = [];
    ends = [];
    next = 0;
    constructor(size) {
        this.size = size;
    }
    add = (buffer, start, end) => {
        if (this.size <= 0)
            return;
        this.buffers[this.next] = buffer;
        this.starts[this.next] = start;
        this.ends[this.next] = end;
        this.next = (this.next + 1) % this.size;
    };
    lines() {
        const count = this.buffers.length;
        const first = count < this.size ? 0 : this.next;
        return Array.from({ length: count }, (_, i) => {
            const at = (first + i) % count;
            return this.buffers[at].toString('utf8', this.starts[at], this.ends[at]);
        });
    }
}
/**
 * Follows a file that another process appends to, from byte `start` on, passing its lines to
 * `sink` as they are written. One buffer is reused for every read, so memory stays flat however
 * much is written.
 */
class LogFollower {
    splitter;
    stopping = false;
    wake;
    done;
    constructor(file, start, sink) {
        this.splitter = new LineSplitter(sink);
        this.done = this.follow(file, start);
        this.done.catch(() => undefined); // reported to whoever awaits stop()
    }
    async follow(file, start) {
        const handle = await external_node_fs_default().promises.open(file, 'r');
        const buffer = Buffer.allocUnsafe(READ_BYTES);
        let position = start;
        try {
            for (;;) {
                // Whatever the writer wrote before `stop` is read in this pass.
                const last = this.stopping;
                for (;;) {
                    const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
                    if (!bytesRead)
                        break;
                    position += bytesRead;
                    this.splitter.push(buffer.subarray(0, bytesRead));
                }
                if (last)
                    break;
                if (this.stopping)
                    continue; // stopped while reading: one more pass, no wait
                await new Promise(resolve => {
                    const timer = setTimeout(resolve, POLL_MS);
                    this.wake = () => {
                        clearTimeout(timer);
                        resolve();
                    };
                });
            }
            this.splitter.end();
        }
        finally {
            await handle.close();
        }
    }
    /** The writer has finished: reads what is left, then stops. */
    stop() {
        this.stopping = true;
        this.wake?.();
        return this.done;
    }
}
/** The last `count` lines written to `file` after byte `start`, read from its end. */
function lastLinesOf(file, start, count) {
    if (count <= 0)
        return [];
    const fd = external_node_fs_default().openSync(file, 'r');
    try {
        const end = external_node_fs_default().fstatSync(fd).size;
        let begin = end;
        let text = Buffer.alloc(0);
        const enough = () => {
            let newlines = 0;
            for (let at = text.indexOf(NEWLINE); at >= 0; at = text.indexOf(NEWLINE, at + 1)) {
                if (++newlines > count)
                    return true;
            }
            return false;
        };
        while (begin > start && end - begin < TAIL_BYTES && !enough()) {
            const size = Math.min(64 * 1024, begin - start);
            begin -= size;
            const block = Buffer.allocUnsafe(size);
            external_node_fs_default().readSync(fd, block, 0, size, begin);
            text = Buffer.concat([block, text]);
        }
        const lines = text.toString('utf8').split('\n');
        if (lines.at(-1) === '')
            lines.pop(); // the newline that ends the output
        if (begin > start)
            lines.shift(); // a line cut at the start of what was read
        return lines.slice(-count);
    }
    finally {
        external_node_fs_default().closeSync(fd);
    }
}

// EXTERNAL MODULE: ./src/util/process-groups.ts
var process_groups = __nccwpck_require__(365);
;// CONCATENATED MODULE: ./src/util/run.ts
// Runs a command and streams its output line by line, never holding the whole output in
// memory: a Buildroot build prints up to gigabytes, split into lines as bytes and decoded only
// where a consumer wants them (util/lines.ts). @actions/exec's getExecOutput
// buffers everything, so this uses spawn directly.





class CommandError extends Error {
    command;
    result;
    constructor(command, result) {
        super(`${command} failed with exit code ${result.exitCode}` +
            (result.lastLines.length ? `:\n${result.lastLines.join('\n')}` : ''));
        this.command = command;
        this.result = result;
        this.name = 'CommandError';
    }
}
function run(command, args, options = {}) {
    const keep = options.keepLastLines ?? 30;
    const { onLine, wants } = options;
    const pick = (stream) => (buffer, start, end) => {
        if (onLine && (!wants || wants(buffer, start, end))) {
            onLine(buffer.toString('utf8', start, end), stream);
        }
    };
    // With a log file, the command writes it itself, as `command >>log 2>&1` would: both streams
    // in the order written, at the disk's pace, and none of it through this process's memory.
    // The lines are read back from the file as they land.
    const logFile = options.logFile;
    const log = logFile
        ? { fd: external_node_fs_default().openSync(logFile, 'a'), start: external_node_fs_default().statSync(logFile).size }
        : undefined;
    return new Promise((resolve, reject) => {
        // Each command leads a process group of its own (detached), holding everything it starts
        // (make's compilers, wget): a cancel stops the whole group, never leaving orphans behind.
        const child = (0,external_node_child_process_.spawn)(command, args, {
            cwd: options.cwd,
            env: options.env ?? process.env,
            stdio: log ? ['ignore', log.fd, log.fd] : ['ignore', 'pipe', 'pipe'],
            detached: true
        });
        const untrack = (0,process_groups/* trackProcessGroup */.uU)(child);
        if (log)
            external_node_fs_default().closeSync(log.fd); // the command has its own copy
        const follower = logFile && log && onLine ? new LogFollower(logFile, log.start, pick('log')) : undefined;
        const tail = new LineTail(log ? 0 : keep);
        const splitter = (stream) => new LineSplitter((buffer, start, end) => {
            tail.add(buffer, start, end);
            pick(stream)(buffer, start, end);
        });
        const pipes = { stdout: splitter('stdout'), stderr: splitter('stderr') };
        child.stdout?.on('data', (chunk) => pipes.stdout.push(chunk));
        child.stderr?.on('data', (chunk) => pipes.stderr.push(chunk));
        child.on('error', error => {
            untrack();
            void follower?.stop().catch(() => undefined);
            reject(new Error(`could not start ${command}: ${error.message}`));
        });
        child.on('close', (code, signal) => {
            untrack();
            const finish = async () => {
                pipes.stdout.end();
                pipes.stderr.end();
                await follower?.stop();
                // After a cancel, the command has ended only when everything it started has.
                if ((0,process_groups/* cancellation */.WN)())
                    await (0,process_groups/* groupsStopped */._T)();
                const lastLines = logFile && log ? lastLinesOf(logFile, log.start, keep) : tail.lines();
                return {
                    exitCode: code ?? (signal ? 128 + ((external_node_os_default()).constants.signals[signal] ?? 0) : 1),
                    signal: signal ?? undefined,
                    lastLines
                };
            };
            finish().then(resolve, reject);
        });
    });
}
/** Runs a command and returns its whole stdout (stderr only goes to error messages); for short output. */
async function capture(command, args, options = {}) {
    const lines = [];
    const result = await run(command, args, {
        ...options,
        keepLastLines: options.keepLastLines ?? 30,
        onLine: (line, stream) => {
            if (stream === 'stdout')
                lines.push(line);
        }
    });
    if (result.exitCode !== 0)
        throw new CommandError(`${command} ${args.join(' ')}`, result);
    return lines.join('\n');
}


/***/ }),

/***/ 984:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   it: () => (/* binding */ redactFile),
/* harmony export */   v5: () => (/* binding */ MASK)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
// Secrets a user hands over inside a value (a password in a ccache remote storage URL, in a
// mirror's URL) must never reach a log line, the summary or an artifact. What the action prints
// itself shows such values with the credentials replaced (inputs/urls.ts); this catches what
// others print: a build system that echoes its environment, `ccache -p`, a tool's error line.

/** What a secret is replaced with, as GitHub's own log masking writes it. */
const MASK = '***';
/** Every secret once, longest first: a secret that holds another is replaced whole. */
function ordered(secrets) {
    return [...new Set(secrets.filter(secret => secret !== ''))].sort((a, b) => b.length - a.length);
}
/** `text` with every occurrence of every secret replaced by ***. */
function redact(text, secrets) {
    let result = text;
    for (const secret of ordered(secrets))
        result = result.split(secret).join(MASK);
    return result;
}
/**
 * Rewrites `file` with every secret replaced, reading it in pieces (a build log runs to
 * gigabytes); the file is only rewritten when it holds a secret. Returns how many were replaced.
 */
function redactFile(file, secrets) {
    const wanted = ordered(secrets).map(secret => Buffer.from(secret));
    if (!wanted.length || !node_fs__WEBPACK_IMPORTED_MODULE_0___default().existsSync(file))
        return 0;
    const longest = Math.max(...wanted.map(secret => secret.length));
    const chunk = Math.max(1 << 20, longest * 4);
    // A secret may straddle two pieces: each piece is searched with the end of the one before.
    const scan = (each) => {
        const fd = node_fs__WEBPACK_IMPORTED_MODULE_0___default().openSync(file, 'r');
        try {
            let carry = Buffer.alloc(0);
            const buffer = Buffer.alloc(chunk);
            for (;;) {
                const read = node_fs__WEBPACK_IMPORTED_MODULE_0___default().readSync(fd, buffer, 0, chunk, null);
                const piece = Buffer.concat([carry, buffer.subarray(0, read)]);
                if (read === 0) {
                    each(piece, true);
                    return;
                }
                const keep = Math.min(piece.length, longest - 1);
                // A secret found whole across the cut goes out whole, with this piece.
                let cut = piece.length - keep;
                for (let moved = true; moved;) {
                    moved = false;
                    for (const secret of wanted) {
                        const at = piece.indexOf(secret, Math.max(0, cut - secret.length + 1));
                        if (at >= 0 && at < cut && at + secret.length > cut) {
                            cut = at + secret.length;
                            moved = true;
                        }
                    }
                }
                each(piece.subarray(0, cut), false);
                carry = Buffer.from(piece.subarray(cut));
            }
        }
        finally {
            node_fs__WEBPACK_IMPORTED_MODULE_0___default().closeSync(fd);
        }
    };
    const replaceIn = (piece) => {
        let text = piece;
        let count = 0;
        for (const secret of wanted) {
            const parts = [];
            let from = 0;
            for (let at = text.indexOf(secret); at >= 0; at = text.indexOf(secret, from)) {
                parts.push(text.subarray(from, at), Buffer.from(MASK));
                from = at + secret.length;
                count += 1;
            }
            if (from > 0)
                text = Buffer.concat([...parts, text.subarray(from)]);
        }
        return { text, count };
    };
    let found = 0;
    scan(piece => {
        found += replaceIn(piece).count;
    });
    if (!found)
        return 0;
    const rewritten = `${file}.redacting-${process.pid}`;
    const out = node_fs__WEBPACK_IMPORTED_MODULE_0___default().openSync(rewritten, 'w', node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(file).mode);
    try {
        scan(piece => {
            node_fs__WEBPACK_IMPORTED_MODULE_0___default().writeSync(out, replaceIn(piece).text);
        });
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_0___default().closeSync(out);
    }
    node_fs__WEBPACK_IMPORTED_MODULE_0___default().renameSync(rewritten, file);
    return found;
}


/***/ }),

/***/ 674:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N5: () => (/* binding */ safeMessage),
/* harmony export */   WI: () => (/* binding */ echo),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   xR: () => (/* binding */ tableCell)
/* harmony export */ });
/* unused harmony exports ECHO_LIMIT, escapeControl, cap, MESSAGE_LIMIT */
// Values from a user or a tool (an input, a defconfig line, a command's output) are echoed into
// log lines, annotations and the job summary. A 5 MB line or raw binary bytes there would flood
// the log, and the step summary is dropped whole above 1 MiB, so every such value goes through
// echo(): control bytes escaped, at most a few hundred characters.
/** How many characters of one echoed value are shown. */
const ECHO_LIMIT = 200;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;
/** Escapes control bytes (keeping newlines and tabs when `multiline`) as \xNN. */
function escapeControl(text, multiline = false) {
    const escaped = text.replace(CONTROL, c => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
    return multiline ? escaped : escaped.replace(/\n/g, '\\n').replace(/\t/g, '\\t');
}
/** Cuts text longer than `limit` characters, saying how much was left out. */
function cap(text, limit) {
    if (text.length <= limit)
        return text;
    return `${text.slice(0, limit)}… (${text.length - limit} more characters)`;
}
/** One value, shown on one line: control bytes escaped, at most `limit` characters. */
function echo(value, limit = ECHO_LIMIT) {
    return cap(escapeControl(value), limit);
}
/** One value in double quotes, as messages quote what the user wrote. */
function quote(value, limit = ECHO_LIMIT) {
    return `"${echo(value, limit)}"`;
}
/** The longest message (annotation or log line) the reporters pass on. */
const MESSAGE_LIMIT = 8000;
/**
 * A whole message, as the reporters send it: lines kept, control bytes escaped, each line and
 * the whole capped. The last line of a message is usually the one that matters, so a message
 * with too many lines keeps its first and last lines.
 */
function safeMessage(message, limit = MESSAGE_LIMIT) {
    const lines = escapeControl(message, true)
        .split('\n')
        .map(line => cap(line, 1000));
    let text = lines.join('\n');
    if (text.length > limit && lines.length > 1) {
        const head = lines.slice(0, 5);
        const tail = [];
        let size = head.join('\n').length;
        for (let i = lines.length - 1; i >= head.length && size + lines[i].length < limit - 100; i--) {
            tail.unshift(lines[i]);
            size += lines[i].length + 1;
        }
        const skipped = lines.length - head.length - tail.length;
        text = [...head, `… (${skipped} lines left out)`, ...tail].join('\n');
    }
    return cap(text, limit);
}
/** A Markdown table cell: one line, pipes escaped, capped. */
function tableCell(value, limit = ECHO_LIMIT) {
    const oneLine = value.replace(/\s*\r?\n\s*/g, ' ').trim();
    return echo(oneLine, limit).replace(/\|/g, '\\|');
}


/***/ }),

/***/ 421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(893);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
