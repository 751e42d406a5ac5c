#!/usr/bin/env node
// Electron security lint: runs electronegativity (offline) over the sources
// that run in Electron and fails on any HIGH or MEDIUM finding.
//
// What is scanned, and why the TypeScript sources rather than dist/:
// electronegativity only reads .js/.jsx/.ts/.tsx/.html/.htm files, so the
// esbuild bundles (dist/main/*.cjs) would be skipped outright, and
// dist/renderer holds minified third-party code that only adds noise. It
// parses TypeScript itself (Babel). So we scan main/ (the shell, the
// dispatcher, browser mode), shared/ (runs on both sides), renderer/src and
// renderer/index.html, plus package.json for the Electron version. They are
// copied into a temp folder first because the tool takes a single input
// folder and would otherwise walk the repository.
//
// electronegativity always exits 0, so we read its CSV report. Two of its
// weaknesses are covered here as well:
//   - With -o it says nothing about files it failed to parse or check; such
//     a file would silently go unchecked. A second, programmatic run of the
//     same scan returns those errors, and any error fails the lint.
//   - It writes the CSV header and rows with two unsynchronised async writes,
//     which can lose or garble rows. The row count must equal the number of
//     findings of the programmatic run, or the lint fails.
// It also tries to download fresh translations on start; a stub replaces
// that request, so nothing leaves the machine.
//
// Usage: node scripts/security-lint.mjs [--keep]
import { createRequire } from 'node:module';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run as runCommand } from './run-command.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const keep = process.argv.includes('--keep');

/** Repository paths handed to electronegativity. */
const SOURCES = ['main', 'shared', 'renderer/src', 'renderer/index.html', 'package.json'];

/** Checks not run at all (`-x`), each with its reason. */
const SKIPPED_CHECKS = [
  {
    check: 'AvailableSecurityFixesGlobalCheck',
    reason:
      'Downloads the Electron release list from GitHub to compare versions: needs the network, and says nothing about our code. Electron upgrades are tracked separately.',
  },
];

/**
 * Findings accepted after review. `file` (and `line`, optional) pin each one
 * to the place it was reviewed, so the same check elsewhere still fails.
 */
const EXCLUSIONS = [
  {
    check: 'PRELOAD_JS_CHECK',
    file: 'main/electron/main.ts',
    reason:
      'The check flags every preload for manual review. Reviewed: main/electron/preload.ts runs sandboxed, requires only electron, and exposes two functions through contextBridge: invoke(operation, input) and subscribe(listener), which passes change announcements from main (plain data, checked by the renderer with isChanges) — never ipcRenderer or the event object. main answers only the main frame of our window on app://rombongan/ and validates every input with the zod contract.',
  },
];

const FAILING = new Set(['HIGH', 'MEDIUM']);
const CSV_HEADER = 'issue, severity, confidence, filename, location, sample, description, url';

const rootRequire = createRequire(join(repo, 'package.json'));
const engDir = dirname(rootRequire.resolve('@doyensec/electronegativity/package.json'));

function stage(dir) {
  const missing = [];
  for (const src of SOURCES) {
    const from = join(repo, src);
    if (!existsSync(from)) {
      missing.push(src);
      continue;
    }
    cpSync(from, join(dir, src), {
      recursive: true,
      filter: (f) => !f.split(sep).includes('node_modules'),
    });
  }
  return missing;
}

function* walk(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else yield p;
  }
}

/** RFC 4180-ish: quoted fields with "" escapes, commas and newlines inside quotes. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** A child process of this check, killed after three minutes. */
const run = (cmd, argv, opts) => runCommand(cmd, argv, opts, 180_000);

// Loaded into electronegativity with --require:
//  - its HTTP client (`got`, used for the translation download and the
//    release list) is replaced with one that fails at once: nothing leaves
//    the machine and no time is spent waiting for a timeout;
//  - fs.writeFile calls on the same file are run one after the other. Its CSV
//    writer starts the header (flag 'w') and the rows (flag 'a') as two
//    concurrent writeFile calls; when the header lands last it overwrites the
//    first row (seen here) or truncates the rows away.
const OFFLINE_STUB = `
const Module = require('node:module');
const fs = require('node:fs');
const load = Module._load;
const offline = () => Promise.reject(new Error('security-lint: offline'));
Module._load = function (request, ...rest) {
  if (request === 'got') return offline;
  return load.call(this, request, ...rest);
};
const writeFile = fs.writeFile;
const queues = new Map();
fs.writeFile = function (file, data, ...rest) {
  const cb = typeof rest[rest.length - 1] === 'function' ? rest.pop() : () => {};
  const key = typeof file === 'string' ? require('node:path').resolve(file) : file;
  const prev = queues.get(key) || Promise.resolve();
  const next = prev.then(() => new Promise((done) => {
    writeFile.call(fs, file, data, ...rest, (err) => { done(); cb(err); });
  }));
  queues.set(key, next);
};
`;

/** The same scan through electronegativity's API: its findings and its parse/check errors. */
function programmaticScan(input, stubFile) {
  const script = `
    const run = require(${JSON.stringify(join(engDir, 'dist', 'runner.js'))});
    (run.default ?? run)({
      input: ${JSON.stringify(input)},
      customScan: [],
      excludeFromScan: ${JSON.stringify(SKIPPED_CHECKS.map((s) => s.check.toLowerCase()))},
      isRelative: true,
      isVerbose: false,
      parserPlugins: [],
    }, false).then((r) => {
      process.stdout.write('\\n@@RESULT@@' + JSON.stringify({
        count: r.issues.length,
        errors: r.errors.filter((e) => !e.tolerable).map((e) => ({ file: e.file, message: e.message })),
      }));
    }, (e) => { console.error(e && e.stack || e); process.exit(1); });
  `;
  return run(process.execPath, ['--require', stubFile, '-e', script], { cwd: input }).then(({ code, out }) => {
    const at = out.lastIndexOf('@@RESULT@@');
    if (code !== 0 || at < 0) throw new Error(`programmatic electronegativity run failed:\n${out.trim()}`);
    return JSON.parse(out.slice(at + '@@RESULT@@'.length));
  });
}

function matchesExclusion(f, e) {
  return f.check === e.check && (e.file === undefined || f.file === e.file) && (e.line === undefined || f.line === e.line);
}

async function main() {
  const tmp = mkdtempSync(join(tmpdir(), 'rombongan-security-lint-'));
  const problems = [];
  try {
    const input = join(tmp, 'scan');
    mkdirSync(input);
    const missing = stage(input);
    if (missing.includes('main')) throw new Error('main/ is missing: nothing to scan');
    const stubFile = join(tmp, 'offline-stub.cjs');
    writeFileSync(stubFile, OFFLINE_STUB);
    const csvFile = join(tmp, 'electronegativity.csv');

    // Findings may only be silenced here, with a reason, not inline.
    for (const f of walk(input)) {
      if (statSync(f).size < 2_000_000 && readFileSync(f, 'utf8').includes('eng-disable')) {
        problems.push(`${relative(input, f)} contains an "eng-disable" comment: add a reasoned exclusion to scripts/security-lint.mjs instead`);
      }
    }

    const cli = join(engDir, 'dist', 'index.js');
    const args = ['-i', input, '-r', '-x', SKIPPED_CHECKS.map((s) => s.check).join(','), '-o', csvFile];
    const [{ code, out }, scan] = await Promise.all([
      run(process.execPath, ['--require', stubFile, cli, ...args], { cwd: input }),
      programmaticScan(input, stubFile),
    ]);
    if (code !== 0 || !existsSync(csvFile)) throw new Error(`electronegativity failed (exit ${code}):\n${out.trim()}`);

    const rows = parseCsv(readFileSync(csvFile, 'utf8')).filter((r) => r.some((c) => c.trim() !== ''));
    const header = rows.shift();
    if (!header || header.map((h) => h.trim()).join(', ') !== CSV_HEADER) {
      problems.push(`unexpected CSV header: ${header?.join(',') ?? '(empty file)'}`);
    }
    const findings = rows.map((r) => {
      const [check = '', severity = '', confidence = '', file = '', location = '', sample = '', description = ''] = r;
      const [line = '0', column = '0'] = location.split(':');
      return { check, severity, confidence, file: file.split(sep).join('/'), line: Number(line), column: Number(column), sample, description, cells: r.length };
    });
    const malformed = findings.filter((f) => f.cells !== 8 || !/^[A-Z0-9_]+$/.test(f.check) || !['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'].includes(f.severity));
    if (malformed.length > 0) problems.push(`the CSV report has ${malformed.length} malformed row(s); electronegativity's output is not trustworthy`);
    if (findings.length !== scan.count) {
      problems.push(`the CSV report lists ${findings.length} finding(s) but the scan found ${scan.count}: the report was written incompletely`);
    }
    for (const e of scan.errors) problems.push(`electronegativity could not check ${e.file ? relative(input, e.file) : '?'}: ${e.message}`);

    const failing = findings.filter((f) => FAILING.has(f.severity));
    const excluded = failing.filter((f) => EXCLUSIONS.some((e) => matchesExclusion(f, e)));
    const blocking = failing.filter((f) => !excluded.includes(f));
    const stale = EXCLUSIONS.filter((e) => !failing.some((f) => matchesExclusion(f, e)));
    for (const e of stale) problems.push(`exclusion ${e.check} ${e.file ?? ''} no longer matches any finding: remove it`);

    const where = (f) => (f.file === 'N/A' ? '(whole app)' : `${f.file}:${f.line}:${f.column}`);
    for (const f of blocking) console.log(`${f.severity.padEnd(6)} ${f.check}  ${where(f)}\n       ${f.description}${f.sample && f.sample !== 'N/A' ? `\n       > ${f.sample}` : ''}`);
    for (const f of excluded) {
      const e = EXCLUSIONS.find((x) => matchesExclusion(f, x));
      console.log(`excluded ${f.severity} ${f.check}  ${where(f)}\n       reason: ${e?.reason}`);
    }
    const minor = findings.filter((f) => !FAILING.has(f.severity));
    for (const f of minor) console.log(`note   ${f.severity} ${f.check}  ${where(f)}`);

    if (missing.length > 0) console.log(`note   not present, not scanned: ${missing.join(', ')}`);
    for (const p of problems) console.log(`ERROR  ${p}`);

    const scanned = [...walk(input)].filter((f) => /\.(tsx?|jsx?|html?)$/.test(f)).length;
    if (blocking.length > 0 || problems.length > 0) {
      console.log(`security-lint: FAILED — ${blocking.length} HIGH/MEDIUM finding(s), ${problems.length} other problem(s) in ${scanned} files`);
      process.exitCode = 1;
    } else {
      console.log(
        `security-lint: OK — ${scanned} files scanned, no HIGH/MEDIUM findings (${excluded.length} excluded with a reason, ${minor.length} LOW/INFORMATIONAL)`,
      );
    }
  } finally {
    if (keep) console.log(`security-lint: kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(`security-lint: FAILED — ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
