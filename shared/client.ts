import type { InputOf, OperationName, OutputOf } from './contract';
import type { Result } from './result';

/** What the preload (and the browser-mode and test bridges) install on `window`. */
export interface Bridge {
  invoke(operation: string, input: unknown): Promise<unknown>;
  /** Main's change announcements (live data); a bridge without it only learns of its own writes. */
  subscribe?(listener: (changes: unknown) => void): () => void;
}

/** The renderer's one typed client over any bridge. */
export interface Client {
  call<K extends OperationName>(operation: K, input: InputOf<K>): Promise<Result<OutputOf<K>>>;
  subscribe?(listener: (changes: unknown) => void): () => void;
}

export function createClient(bridge: Bridge): Client {
  return {
    ...(bridge.subscribe && { subscribe: (l: (changes: unknown) => void) => bridge.subscribe?.(l) ?? (() => undefined) }),
    async call(operation, input) {
      try {
        return (await bridge.invoke(operation, input)) as Result<never>;
      } catch (e) {
        return {
          ok: false,
          error: {
            code: 'INTERNAL',
            message: e instanceof Error ? e.message : String(e),
            key: 'errors.transport',
          },
        };
      }
    },
  };
}
