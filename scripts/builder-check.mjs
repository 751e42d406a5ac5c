#!/usr/bin/env node
// Checks electron-builder.yml offline, in well under a minute.
//
// electron-builder cannot download Electron here, so this runs a real
// `electron-builder --linux --dir` against a throw-away copy of the project
// with a stand-in Electron distribution (`-c.electronDist`):
//
//   1. electron-builder validates the whole configuration against its schema
//      (every platform's section, not only Linux): an unknown or misplaced
//      key fails within a couple of seconds.
//   2. It then packs the app as it would for a release: `files` patterns,
//      asar, asarUnpack, electronLanguages and the Electron fuses, which it
//      flips in the stand-in binary (it carries a fuse wire like the real one).
//   3. This script inspects the result: app.asar holds the built app and
//      nothing else (no sources, tests, source maps or bundled-away
//      node_modules), better-sqlite3's addon is unpacked, and the security
//      fuses are set.
//
// The copy lives in the system temp folder: package.json, the lockfile, the
// config, assets/, dist/ (the real build if there is one, else stand-ins),
// marker files where the sources and tests live, and node_modules as a link.
// Nothing is written to the repository. Windows and macOS packaging is
// covered by step 1 only (their --dir needs the real Electron).
//
// Usage: node scripts/builder-check.mjs [--config other.yml] [--keep]
// Exit code 0 when all is well, 1 otherwise.
import { createRequire } from 'node:module';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run as runCommand } from './run-command.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const configArg = args.includes('--config') ? args[args.indexOf('--config') + 1] : undefined;
const configFile = resolve(repo, configArg ?? 'electron-builder.yml');
const keep = args.includes('--keep');
const started = Date.now();

// The fuse wire of Electron 45 (@electron/fuses FuseV1Options), with Electron's defaults.
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSES = [
  ['runAsNode', '1'],
  ['enableCookieEncryption', '0'],
  ['enableNodeOptionsEnvironmentVariable', '1'],
  ['enableNodeCliInspectArguments', '1'],
  ['enableEmbeddedAsarIntegrityValidation', '0'],
  ['onlyLoadAppFromAsar', '0'],
  ['loadBrowserProcessSpecificV8Snapshot', '0'],
  ['grantFileProtocolExtraPrivileges', '1'],
];
// Fuses that must end up in this state in every release build.
const REQUIRED_FUSES = {
  runAsNode: '0',
  enableNodeOptionsEnvironmentVariable: '0',
  enableNodeCliInspectArguments: '0',
  onlyLoadAppFromAsar: '1',
  grantFileProtocolExtraPrivileges: '0',
};
// What app.asar must and must not hold.
const REQUIRED_FILES = ['/package.json', '/dist/main/electron-main.cjs', '/dist/main/preload.cjs', '/dist/main/docs-worker.cjs', '/dist/renderer/index.html'];
const FORBIDDEN = [
  [/^\/(main|shared|tests|scripts|renderer)(\/|$)/, 'sources, tests or scripts'],
  [/\.map$/, 'a source map'],
  [/^\/dist\/main\/(start|bench)\.cjs$/, 'a development launcher'],
  [/^\/node_modules\/(?!better-sqlite3\/)/, 'a node module that esbuild already bundled'],
  [/^\/node_modules\/better-sqlite3\/(deps|src)\//, "better-sqlite3's C sources"],
  [/^\/(electron-builder\.yml|package-lock\.json|tsconfig\.json|vitest\.config\.ts)$/, 'a project file'],
];

function fail(message, details) {
  if (details) console.error(details.trimEnd());
  console.error(`builder-check: FAILED — ${message}`);
  process.exitCode = 1;
}

function write(file, content) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}

/** A throw-away project that electron-builder packs like the real one. */
function stageProject(dir) {
  for (const f of ['package.json', 'package-lock.json']) {
    if (existsSync(join(repo, f))) cpSync(join(repo, f), join(dir, f));
  }
  cpSync(configFile, join(dir, 'electron-builder.yml'));
  if (existsSync(join(repo, 'assets'))) cpSync(join(repo, 'assets'), join(dir, 'assets'), { recursive: true });
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'), process.platform === 'win32' ? 'junction' : 'dir');

  const built = ['dist/main/electron-main.cjs', 'dist/main/preload.cjs', 'dist/main/docs-worker.cjs', 'dist/renderer/index.html'].every((f) =>
    existsSync(join(repo, f)),
  );
  if (built) {
    cpSync(join(repo, 'dist'), join(dir, 'dist'), { recursive: true });
  } else {
    write(join(dir, 'dist/main/electron-main.cjs'), '// stand-in for the esbuild bundle\n');
    write(join(dir, 'dist/main/preload.cjs'), '// stand-in for the esbuild bundle\n');
    write(join(dir, 'dist/main/docs-worker.cjs'), '// stand-in for the esbuild bundle\n');
    write(join(dir, 'dist/renderer/index.html'), '<!doctype html><title>Rombongan</title>\n');
    write(join(dir, 'dist/renderer/assets/index.js'), '// stand-in\n');
  }
  // Things that exist in the real tree and must stay out of the package.
  write(join(dir, 'dist/main/start.cjs'), '// dev launcher\n');
  write(join(dir, 'dist/main/bench.cjs'), '// benchmark\n');
  write(join(dir, 'dist/main/electron-main.cjs.map'), '{}\n');
  write(join(dir, 'dist/renderer/assets/index.js.map'), '{}\n');
  write(join(dir, 'main/electron/main.ts'), '// source\n');
  write(join(dir, 'renderer/src/main.tsx'), '// source\n');
  write(join(dir, 'shared/contract.ts'), '// source\n');
  write(join(dir, 'tests/unit/x.test.ts'), '// test\n');
  write(join(dir, 'scripts/build-main.mjs'), '// script\n');
  write(join(dir, 'tsconfig.json'), '{}\n');
  return built;
}

/** A stand-in for an unpacked Linux Electron: the executable (with a fuse wire) and locales. */
function stageElectronDist(dir) {
  const wire = Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stand-in Electron for scripts/builder-check.mjs"\nexit 1\n#'),
    Buffer.from(FUSE_SENTINEL),
    Buffer.from([1, FUSES.length]),
    Buffer.from(FUSES.map(([, state]) => state).join('')),
    Buffer.from('\n'),
  ]);
  write(join(dir, 'electron'), wire);
  for (const l of ['id', 'en-US', 'fr', 'ja']) write(join(dir, 'locales', `${l}.pak`), '');
  write(join(dir, 'resources/.keep'), '');
}

/** A child process of this check, killed after two minutes. */
const run = (cmd, argv, opts) => runCommand(cmd, argv, opts, 120_000);

// electron-builder's own dependencies (@electron/asar, js-yaml), resolved through it.
const fromBuilder = createRequire(createRequire(join(repo, 'package.json')).resolve('app-builder-lib/package.json'));

/**
 * Rules the schema cannot express. Platform-level `files` make electron-builder
 * 26 drop the top-level list and pack the whole project (sources, tests).
 */
function policyProblems(config) {
  const problems = [];
  for (const p of ['win', 'nsis', 'linux', 'deb', 'appImage', 'mac', 'dmg', 'mas', 'snap', 'rpm', 'portable']) {
    if (config[p] && typeof config[p] === 'object' && 'files' in config[p]) {
      problems.push(`${p}.files replaces the top-level files list (the whole project would be packed); use top-level patterns`);
    }
  }
  if (config.npmRebuild !== false) problems.push('npmRebuild must be false (a failed rebuild deletes better-sqlite3\'s build; its prebuilds need none)');
  if (config.asar === false) problems.push('asar must stay on');
  return problems;
}

/** Every file in app.asar as '/path', with whether it is unpacked. */
function listAsar(asarPath) {
  const { getRawHeader } = fromBuilder('@electron/asar');
  const files = [];
  const walk = (node, prefix) => {
    for (const [name, entry] of Object.entries(node.files ?? {})) {
      const p = `${prefix}/${name}`;
      if (entry.files) walk(entry, p);
      else files.push({ path: p, unpacked: entry.unpacked === true });
    }
  };
  walk(getRawHeader(asarPath).header, '');
  return files;
}

function readFuses(executable) {
  const bin = readFileSync(executable);
  const at = bin.indexOf(FUSE_SENTINEL);
  if (at < 0) return null;
  const start = at + FUSE_SENTINEL.length + 2;
  return Object.fromEntries(FUSES.map(([name], i) => [name, String.fromCharCode(bin[start + i])]));
}

function inspect(outDir, config) {
  const problems = [];
  const appOut = join(outDir, 'linux-unpacked');
  const asarPath = join(appOut, 'resources', 'app.asar');
  if (!existsSync(asarPath)) return { problems: ['no resources/app.asar was produced (is asar: true?)'] };
  const files = listAsar(asarPath);
  const paths = new Set(files.map((f) => f.path));
  for (const f of REQUIRED_FILES) if (!paths.has(f)) problems.push(`app.asar lacks ${f}`);
  for (const f of files) {
    for (const [re, what] of FORBIDDEN) if (re.test(f.path)) problems.push(`app.asar holds ${what}: ${f.path}`);
  }
  const addons = files.filter((f) => f.path.endsWith('.node'));
  if (!addons.some((f) => f.path === '/node_modules/better-sqlite3/prebuilds/linux-x64.node')) {
    problems.push("better-sqlite3's prebuilt addon (prebuilds/linux-x64.node) is missing");
  }
  for (const f of addons) {
    if (!f.unpacked || !existsSync(join(appOut, 'resources', 'app.asar.unpacked', ...f.path.split('/')))) {
      problems.push(`native addon not unpacked from app.asar: ${f.path}`);
    }
  }

  const fuses = readFuses(join(appOut, 'rombongan'));
  if (fuses === null) problems.push('the packaged executable has no fuse wire');
  else {
    for (const [name, want] of Object.entries(REQUIRED_FUSES)) {
      if (fuses[name] !== want) problems.push(`fuse ${name} is ${fuses[name] === '1' ? 'on' : 'off'}, must be ${want === '1' ? 'on' : 'off'}`);
    }
  }
  const languages = [config.electronLanguages ?? []].flat();
  if (languages.length > 0 && !languages.includes('fr') && existsSync(join(appOut, 'locales', 'fr.pak'))) {
    problems.push('electronLanguages did not drop the other locales (locales/fr.pak is still there)');
  }
  return { problems, fileCount: files.length, addonCount: addons.length };
}

async function main() {
  if (!existsSync(configFile)) return fail(`${configFile} does not exist`);
  let config;
  try {
    config = fromBuilder('js-yaml').load(readFileSync(configFile, 'utf8')) ?? {};
  } catch (e) {
    return fail(`${configArg ?? 'electron-builder.yml'} is not valid YAML: ${e instanceof Error ? e.message : String(e)}`);
  }
  const policy = policyProblems(config);
  if (policy.length > 0) return fail(`${configArg ?? 'electron-builder.yml'} breaks a packaging rule:\n  - ${policy.join('\n  - ')}`);
  const tmp = mkdtempSync(join(tmpdir(), 'rombongan-builder-check-'));
  const cleanup = () => {
    if (!keep) rmSync(tmp, { recursive: true, force: true });
  };
  process.once('SIGINT', () => {
    cleanup();
    process.exit(130);
  });
  try {
    const project = join(tmp, 'project');
    const electronDist = join(tmp, 'electron-dist');
    const outDir = join(tmp, 'out');
    const builtDist = stageProject(project);
    stageElectronDist(electronDist);

    const cli = createRequire(join(repo, 'package.json')).resolve('electron-builder/cli.js');
    const env = {
      ...process.env,
      PATH: `${dirname(process.execPath)}${process.platform === 'win32' ? ';' : ':'}${process.env.PATH ?? ''}`,
      ELECTRON_BUILDER_CACHE: join(tmp, 'cache'),
      CSC_IDENTITY_AUTO_DISCOVERY: 'false',
      FORCE_COLOR: '0',
    };
    delete env.GH_TOKEN;
    delete env.GITHUB_TOKEN;
    const { code, out } = await run(
      process.execPath,
      [
        cli,
        '--projectDir', project,
        '--config', 'electron-builder.yml',
        '--linux', 'dir', '--x64',
        '--publish', 'never',
        `-c.electronDist=${electronDist}`,
        `-c.directories.output=${outDir}`,
      ],
      { cwd: project, env },
    );
    if (code !== 0) {
      const schema = /Invalid configuration object/i.test(out);
      // electron-builder repeats its message in a stack trace: show it once.
      const lines = out.split('\n');
      const cut = lines.findIndex((l) => l.includes('failedTask='));
      const shown = (cut > 0 ? lines.slice(0, cut) : lines.slice(-40)).map((l) => l.trimEnd()).join('\n');
      return fail(
        schema ? `${configArg ?? 'electron-builder.yml'} does not match electron-builder's schema` : `electron-builder exited with ${code}`,
        shown,
      );
    }
    const { problems, fileCount, addonCount } = inspect(outDir, config);
    if (problems.length > 0) return fail(`the packaged app is wrong:\n  - ${problems.join('\n  - ')}`);
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `builder-check: OK — ${configArg ?? 'electron-builder.yml'} is valid; linux --dir packed ${builtDist ? 'dist/' : 'stand-in dist/'} into app.asar (${fileCount} files, ${addonCount} native addons unpacked, fuses set) in ${secs} s`,
    );
  } finally {
    if (keep) console.log(`builder-check: kept ${tmp}`);
    cleanup();
  }
}

main().catch((e) => fail(e instanceof Error ? e.message : String(e), e instanceof Error ? e.stack : undefined));
