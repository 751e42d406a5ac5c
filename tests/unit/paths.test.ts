import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { defaultDataDir, resolveDbPath } from '../../main/paths';

describe('database path', () => {
  it('prefers --db, then the environment, then the data folder', () => {
    expect(resolveDbPath(['--db', 'a.sqlite'], { ROMBONGAN_DB: 'b.sqlite' }, '/data')).toBe(resolve('a.sqlite'));
    expect(resolveDbPath(['--db=c.sqlite'], {}, '/data')).toBe(resolve('c.sqlite'));
    expect(resolveDbPath([], { ROMBONGAN_DB: 'b.sqlite' }, '/data')).toBe(resolve('b.sqlite'));
    expect(resolveDbPath([], {}, '/data')).toBe('/data/rombongan.sqlite');
  });

  it('puts the data folder where each system keeps per-user app data', () => {
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/x' })).toBe('/x/Rombongan');
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\a\\AppData\\Roaming' })).toContain('Rombongan');
  });
});
