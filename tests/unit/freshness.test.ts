import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script of the repo, no types
import { stale } from '../../scripts/freshness.mjs';

/** `npm start` builds only when a source is newer than what was built (scripts/start.mjs). */
describe('build freshness', () => {
  let dir: string;
  const file = (rel: string, secondsAgo: number) => {
    const p = join(dir, rel);
    mkdirSync(join(p, '..'), { recursive: true });
    writeFileSync(p, rel);
    const t = Date.now() / 1000 - secondsAgo;
    utimesSync(p, t, t);
    return p;
  };
  const isStale = stale as (sources: string[], outputs: string[]) => boolean;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'rombongan-fresh-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('a build newer than every source is current; one source edited since makes it stale', () => {
    file('src/a.ts', 100);
    file('src/deep/b.ts', 90);
    const out = file('dist/out.cjs', 50);
    expect(isStale([join(dir, 'src')], [out])).toBe(false);
    file('src/deep/b.ts', 10);
    expect(isStale([join(dir, 'src')], [out])).toBe(true);
  });

  it('a missing output is stale; node_modules and dot-files are not sources', () => {
    file('src/a.ts', 100);
    expect(isStale([join(dir, 'src')], [join(dir, 'dist/none.cjs')])).toBe(true);
    const out = file('dist/out.cjs', 50);
    file('src/node_modules/pkg/index.js', 1);
    file('src/.cache/x', 1);
    expect(isStale([join(dir, 'src')], [out])).toBe(false);
  });

  it('the oldest of several outputs counts', () => {
    file('src/a.ts', 60);
    const fresh = file('dist/a.cjs', 10);
    const old = file('dist/b.cjs', 100);
    expect(isStale([join(dir, 'src')], [fresh])).toBe(false);
    expect(isStale([join(dir, 'src')], [fresh, old])).toBe(true);
  });
});
