import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const DB_ENV = 'ROMBONGAN_DB';
export const DB_FILE = 'rombongan.sqlite';

/** The per-user data folder, as Electron's app.getPath('userData') would give it. */
export function defaultDataDir(platform = process.platform, env = process.env): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Rombongan');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Rombongan');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Rombongan');
}

/** `--db PATH` (or `--db=PATH`) wins, then $ROMBONGAN_DB, then the data folder. */
export function resolveDbPath(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  dataDir: string = defaultDataDir(),
): string {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--db' && argv[i + 1]) return resolve(argv[i + 1] as string);
    if (a?.startsWith('--db=')) return resolve(a.slice('--db='.length));
  }
  if (env[DB_ENV]) return resolve(env[DB_ENV]);
  return join(dataDir, DB_FILE);
}
