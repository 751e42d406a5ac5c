import { createClient, type Bridge, type Client } from '../../../shared/client';

declare global {
  interface Window {
    /** Installed by the Electron preload, or by the end-to-end test bridge. */
    rombongan?: Bridge;
  }
}

export const TOKEN_HEADER = 'X-Rombongan-Token';

/**
 * Browser mode: the same contract over HTTP to the loopback server that
 * printed our URL. The per-session token arrives in the URL's query.
 */
export function httpBridge(token: string, base = ''): Bridge {
  return {
    async invoke(operation, input) {
      const res = await fetch(`${base}/api/invoke`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
        body: JSON.stringify({ operation, input }),
        credentials: 'omit',
        cache: 'no-store',
      });
      return (await res.json()) as unknown;
    },
  };
}

function pickBridge(): Bridge {
  if (window.rombongan) return window.rombongan;
  const fromUrl = new URLSearchParams(window.location.search).get('token');
  const token = fromUrl ?? sessionStorage.getItem('rombongan.token') ?? '';
  if (fromUrl) sessionStorage.setItem('rombongan.token', fromUrl);
  return httpBridge(token);
}

let client: Client | undefined;
/** The app's one client; created on first use so tests can install a bridge first. */
export function api(): Client {
  client ??= createClient(pickBridge());
  return client;
}

/** Tests only: use this client instead. */
export function setClientForTests(c: Client | undefined): void {
  client = c;
}
