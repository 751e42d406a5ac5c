import type { InputOf, OperationName, OutputOf } from './contract';
import type { Result } from './result';

/** A built document as a file (browser mode): its bytes never pass through JSON. */
export type Download = Result<{ fileName: string; blob: Blob }>;

/** What the preload (and the browser-mode and test bridges) install on `window`. */
export interface Bridge {
  invoke(operation: string, input: unknown): Promise<unknown>;
  /** Main's change announcements (live data); a bridge without it only learns of its own writes. */
  subscribe?(listener: (changes: unknown) => void): () => void;
  /** A built document (docs.build's exportId) as a file, handed out once; a bridge without it fetches docs.fetch. */
  download?(exportId: string): Promise<Download>;
}

/** The renderer's one typed client over any bridge. */
export interface Client {
  call<K extends OperationName>(operation: K, input: InputOf<K>): Promise<Result<OutputOf<K>>>;
  subscribe?(listener: (changes: unknown) => void): () => void;
  download?(exportId: string): Promise<Download>;
}

export function createClient(bridge: Bridge): Client {
  const download = bridge.download?.bind(bridge);
  return {
    ...(bridge.subscribe && { subscribe: (l: (changes: unknown) => void) => bridge.subscribe?.(l) ?? (() => undefined) }),
    ...(download && {
      download: async (exportId: string): Promise<Download> => {
        try {
          return await download(exportId);
        } catch (e) {
          return { ok: false, error: { code: 'INTERNAL', message: e instanceof Error ? e.message : String(e), key: 'errors.transport' } };
        }
      },
    }),
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
