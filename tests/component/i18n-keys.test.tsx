/**
 * Every text key the code uses exists in both languages (issue 12 item 4).
 * t('…') with a literal key is checked by the compiler (i18next's
 * CustomTypeOptions); what it cannot check is read here from the sources:
 * the keys main and shared hand to the renderer (AppError keys, zod
 * messages), keys built from a prefix at run time (runtimeKey, template
 * keys), and the code lists whose labels come from i18n.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TRANSLATIONS } from '../../renderer/src/i18n';
import { OPERATION_NAMES } from '../../shared/contract';
import { EMPLOYMENT, MEDIA_TYPES } from '../../shared/vocabulary';

const ROOT = join(import.meta.dirname, '../..');
type Tree = { [k: string]: string | Tree };

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'node_modules' || name === 'data' ? [] : files(p);
    return /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

/** Every leaf key ("people.mediaTypes.online") and every branch ("people.mediaTypes"). */
function keysOf(tree: Tree, prefix = ''): { leaves: Set<string>; branches: Set<string> } {
  const leaves = new Set<string>();
  const branches = new Set<string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') leaves.add(key);
    else {
      branches.add(key);
      const sub = keysOf(v, key);
      for (const l of sub.leaves) leaves.add(l);
      for (const b of sub.branches) branches.add(b);
    }
  }
  return { leaves, branches };
}

const langs = Object.entries(TRANSLATIONS).map(([lang, tree]) => [lang, keysOf(tree as unknown as Tree)] as const);
const namespaces = new Set(Object.keys(TRANSLATIONS.id));
const operations = new Set<string>(OPERATION_NAMES);
/** Plural forms are stored as key_one / key_other and used as key. */
const plural = (leaves: Set<string>, key: string) => leaves.has(key) || leaves.has(`${key}_one`) || leaves.has(`${key}_other`);

/** Keys written out in the sources: quoted strings that start with a namespace of the texts. */
function literalKeys(dirs: string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of dirs.flatMap((d) => files(join(ROOT, d)))) {
    if (file.includes(join('renderer', 'src', 'i18n')) || /i18n-[a-z]+\.(id|en)\.ts$/.test(file) || file.endsWith(join('renderer', 'src', 'lib', 'commands.ts'))) continue;
    const text = readFileSync(file, 'utf8');
    // (Not a command's id or context: those are names of the keyboard registry, e.g. 'directory.people'.)
    for (const m of text.matchAll(/(?<![\w.$])(?<!(?:id|context): )['"]([a-z][A-Za-z]*(?:\.[A-Za-z0-9_]+)+)['"]/g)) {
      const key = m[1] ?? '';
      const ns = key.split('.')[0] ?? '';
      if (!namespaces.has(ns) || operations.has(key)) continue;
      found.set(key, relative(ROOT, file));
    }
  }
  return found;
}

/** Keys built at run time from a literal prefix: `people.mediaTypes.${…}` → "people.mediaTypes". */
function templatePrefixes(dirs: string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of dirs.flatMap((d) => files(join(ROOT, d)))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/`([a-z][A-Za-z]*(?:\.[A-Za-z0-9_]+)*)\.\$\{/g)) {
      const prefix = m[1] ?? '';
      if (!namespaces.has(prefix.split('.')[0] ?? '')) continue;
      found.set(prefix, relative(ROOT, file));
    }
  }
  return found;
}

describe('i18n keys', () => {
  it('both languages have exactly the same keys', () => {
    const [[, id], [, en]] = langs as unknown as [[string, ReturnType<typeof keysOf>], [string, ReturnType<typeof keysOf>]];
    expect([...en.leaves].filter((k) => !id.leaves.has(k))).toEqual([]);
    expect([...id.leaves].filter((k) => !en.leaves.has(k))).toEqual([]);
  });

  it('every key written in shared/, main/ and renderer/ exists in both languages', () => {
    const used = literalKeys(['shared', 'main', 'renderer/src']);
    // The scan finds what it should: main's error keys, shared's zod messages, the renderer's own.
    expect(used.get('backups.errors.readOnly')).toMatch(/^main\//);
    expect(used.get('validation.invalidDateTime')).toMatch(/^shared\//);
    expect(used.size).toBeGreaterThan(300);
    for (const [lang, { leaves, branches }] of langs) {
      const missing = [...used].filter(([key]) => !plural(leaves, key) && !branches.has(key)).map(([key, file]) => `${key} (${file})`);
      expect(missing, `${lang}: keys used but not written`).toEqual([]);
    }
  });

  it('every key built from a prefix at run time has its prefix in both languages', () => {
    const prefixes = templatePrefixes(['shared', 'main', 'renderer/src']);
    expect(prefixes.has('people.mediaTypes')).toBe(true);
    for (const [lang, { branches }] of langs) {
      const missing = [...prefixes].filter(([p]) => !branches.has(p)).map(([p, file]) => `${p} (${file})`);
      expect(missing, `${lang}: prefixes used but not written`).toEqual([]);
    }
  });

  it('every code whose label the renderer looks up by its code has that label in both languages', () => {
    for (const [lang, { leaves }] of langs) {
      for (const code of MEDIA_TYPES) expect(leaves.has(`people.mediaTypes.${code}`), `${lang}: people.mediaTypes.${code}`).toBe(true);
      for (const code of EMPLOYMENT) expect(leaves.has(`people.employment.${code}`), `${lang}: people.employment.${code}`).toBe(true);
    }
  });
});
