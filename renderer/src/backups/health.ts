import { useSyncExternalStore } from 'react';
import type { DbHealth } from '../../../shared/backups/schemas';
import { onDatabaseTrouble } from '../api/bridge';
import { notifyTripsChanged, useAnswer } from '../lib/data';
import { hrefs, navigate } from '../lib/router';
import { notifyDirectoryChanged } from '../lib/directoryVersion';
import { formatLocalInstant } from '../../../shared/dates';

/*
 * The database file's health, read at start and again whenever a call says the
 * file is damaged or not open (see onDatabaseTrouble in api/bridge), after a
 * restore and after starting a new database. Same pattern as the trips' version.
 */
let healthTick = 0;
/** Bumped after a restore: everything under the app's root is mounted anew on the new file. */
let generation = 0;
/** Bumped when someone asks to be taken to Pengaturan → Cadangan. */
let backupsRequest = 0;
let backupsFocusPending = false;
const listeners = new Set<() => void>();

const notify = () => {
  for (const l of listeners) l();
};

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function refreshHealth(): void {
  healthTick += 1;
  notify();
}

onDatabaseTrouble(refreshHealth);

/** The file's health (null until the first answer, or when main cannot tell). */
export function useHealth(): DbHealth | null {
  const tick = useSyncExternalStore(subscribe, () => healthTick);
  const { state } = useAnswer('health.get', {}, tick);
  return state.status === 'ok' ? state.value : null;
}

export function useGeneration(): number {
  return useSyncExternalStore(subscribe, () => generation);
}

/**
 * The file under the app changed (a restore, a new database): every screen is
 * mounted again and reads it afresh, and the app opens `href`.
 */
export function reopenApp(href: string = hrefs.trips): void {
  generation += 1;
  healthTick += 1;
  if (href === hrefs.settings) backupsFocusPending = true;
  navigate(href);
  notify();
  notifyTripsChanged();
  notifyDirectoryChanged();
}

/** Opens Pengaturan and brings its Cadangan section into view. */
export function openBackups(): void {
  backupsFocusPending = true;
  backupsRequest += 1;
  navigate(hrefs.settings);
  notify();
}

export function useBackupsRequest(): number {
  return useSyncExternalStore(subscribe, () => backupsRequest);
}

/** True once after openBackups() or a restore: the Cadangan section takes the focus. */
export function takeBackupsFocus(): boolean {
  const v = backupsFocusPending;
  backupsFocusPending = false;
  return v;
}

/** "2 Desember 2026, 10.15" / "2 December 2026, 10:15", in this computer's time zone. */
export function formatInstant(ms: number, lang: string): string {
  return formatLocalInstant(new Date(ms), lang === 'en' ? 'en' : 'id');
}

/** "840 KB", "1,2 MB" (the language's decimal mark). */
export function formatSize(bytes: number, lang: string): string {
  const locale = lang === 'en' ? 'en-GB' : 'id-ID';
  if (bytes >= 1024 * 1024) {
    return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(bytes / 1024 / 1024)} MB`;
  }
  return `${new Intl.NumberFormat(locale).format(Math.max(1, Math.round(bytes / 1024)))} KB`;
}

/** Problems of a refused file that a restore may replace (main never replaces a file that is not ours). */
export const RESTORE_OVER_REFUSED = new Set<string>(['damaged', 'foreignWal', 'missingWithBackups', 'cannotOpen']);

/** Whether main would accept a restore in this state. */
export function canRestore(health: DbHealth): boolean {
  return health.state !== 'refused' || (health.problem !== null && RESTORE_OVER_REFUSED.has(health.problem));
}
