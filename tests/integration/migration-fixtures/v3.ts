import type Database from 'better-sqlite3';

/** Migration 3 (agenda): rows typical of version 2 before, and what must hold after. */
export const fixture = {
  before: (_db: Database.Database): void => undefined,
  after: (_db: Database.Database): void => undefined,
};
