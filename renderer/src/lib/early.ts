import type { InputOf, OperationName, OutputOf } from '../../../shared/contract';
import type { Result } from '../../../shared/result';
import { tablesOf } from '../../../shared/reads';
import { api } from '../api/bridge';
import { stampOf } from '../api/changes';

/*
 * The first screen's reads, started by boot.ts (a script of its own that
 * index.html runs before the app's bundle: no React, no texts, no schemas),
 * so the database answers while the page's bundle is still being fetched and
 * evaluated. Views take them through lib/data.ts. Each is taken once by the view that asks the same question at
 * the same table versions; a navigation drops those not taken.
 */
const early = new Map<string, Promise<Result<unknown>>>();
const earlyKey = (operation: OperationName, input: unknown) => `${operation} ${JSON.stringify(input)} ${stampOf(tablesOf(operation))} 0`;

export function prefetch<K extends OperationName>(operation: K, input: InputOf<K>): void {
  const key = earlyKey(operation, input);
  if (early.has(key)) return;
  if (early.size === 0) window.addEventListener('hashchange', () => early.clear(), { once: true });
  early.set(key, api().call(operation, input));
}

/** The answer prefetch() started for this question, if the tables have not moved since; taken once. */
export function takePrefetched<K extends OperationName>(operation: K, input: InputOf<K>): Promise<Result<OutputOf<K>>> | undefined {
  return takeEarly(earlyKey(operation, input)) as Promise<Result<OutputOf<K>>> | undefined;
}

export function takeEarly(key: string): Promise<Result<unknown>> | undefined {
  const p = early.get(key);
  if (p) early.delete(key);
  return p;
}
