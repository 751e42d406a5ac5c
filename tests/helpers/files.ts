/**
 * Database files as the file-safety and backup tests make and break them:
 * a closed Rombongan file with some trips and people, a page of it
 * overwritten as a failing disk does, and a file's hash to prove it untouched.
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { startApp } from '../../main/app';

/** The SHA-256 of a file's bytes. */
export const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

/** A closed Rombongan database at `path` with these trips (24–25 April 2025) and `people` journalists of 400-character notes. */
export async function makeDb(path: string, titles: string[], people = 0): Promise<void> {
  const app = await startApp({ dbPath: path, mode: 'test', log: () => undefined });
  const call = async (op: string, input: unknown) => {
    const r = await app.dispatch(op, input);
    if (!r.ok) throw new Error(`${op}: ${r.error.code} ${r.error.message}`);
  };
  for (const title of titles) await call('trips.create', { title, startDate: '2025-04-24', endDate: '2025-04-25' });
  for (let i = 0; i < people; i++) {
    await call('people.create', { kind: 'journalist', name: `Wartawan ${i}`, employment: 'non_asn', notes: 'x'.repeat(400) });
  }
  app.close();
}

/** A leaf page of the people table, in the middle of it: data damaged, the schema still readable. */
export function peopleLeaf(path: string): number {
  const probe = new Database(path, { readonly: true });
  try {
    const leaves = probe.prepare(`SELECT pageno FROM dbstat WHERE name = 'people' AND pagetype = 'leaf' ORDER BY pageno`).pluck().all() as number[];
    return leaves[Math.floor(leaves.length / 2)] as number;
  } finally {
    probe.close();
  }
}

/** Overwrites a page with garbage, as a failing disk does. */
export function damagePage(path: string, page: number): void {
  const fd = openSync(path, 'r+');
  try {
    writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, (page - 1) * 4096);
  } finally {
    closeSync(fd);
  }
}
