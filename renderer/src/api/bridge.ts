import { createClient, type Bridge, type Client, type Download } from '../../../shared/client';
import { announce } from './changes';

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
    async download(exportId) {
      const res = await fetch(`${base}/api/download`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
        body: JSON.stringify({ exportId }),
        credentials: 'omit',
        cache: 'no-store',
      });
      if (!res.ok) return (await res.json()) as Download;
      // filename*=UTF-8''…, as the server writes it.
      const name = /filename\*=UTF-8''([^;]+)/.exec(res.headers.get('Content-Disposition') ?? '')?.[1];
      return { ok: true, value: { fileName: name ? decodeURIComponent(name) : 'dokumen.docx', blob: await res.blob() } };
    },
    subscribe(listener) {
      // Server-sent events over fetch (the token goes in a header); a dropped stream is opened again.
      let stopped = false;
      let connected = false;
      let reconnects = 0;
      let controller: AbortController | null = null;
      const open = async (attempt: number): Promise<void> => {
        if (stopped) return;
        controller = new AbortController();
        try {
          const res = await fetch(`${base}/api/events`, {
            headers: { [TOKEN_HEADER]: token },
            credentials: 'omit',
            cache: 'no-store',
            signal: controller.signal,
          });
          if (!res.ok || !res.body) throw new Error(`events: ${res.status}`);
          // Back after a drop: whatever changed meanwhile was not heard, so everything counts as changed.
          if (connected) listener({ run: `reconnected ${++reconnects}`, id: 1, tables: ['*'] });
          connected = true;
          const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
          let buffer = '';
          attempt = 0;
          for (;;) {
            const { value, done } = await reader.read();
            if (done) break;
            buffer += value;
            let end: number;
            while ((end = buffer.indexOf('\n\n')) >= 0) {
              const event = buffer.slice(0, end);
              buffer = buffer.slice(end + 2);
              for (const line of event.split('\n')) {
                if (!line.startsWith('data: ')) continue;
                try {
                  listener(JSON.parse(line.slice('data: '.length)) as unknown);
                } catch {
                  // Not JSON: not ours.
                }
              }
            }
          }
        } catch {
          // The server went away (a restart) or the tab is leaving: try again shortly.
        }
        if (stopped) return;
        setTimeout(() => void open(attempt + 1), Math.min(5000, 250 * 2 ** attempt));
      };
      void open(0);
      return () => {
        stopped = true;
        controller?.abort();
      };
    },
  };
}

/** Where the browser-mode token is kept for this tab, so a reload still works. */
export const TOKEN_KEY = 'rombongan.token';

/**
 * The browser-mode token: from `?token=` in the address, which is then kept in
 * this tab's sessionStorage and taken out of the address bar and the current
 * history entry (other parameters and the hash stay); after a reload, from
 * sessionStorage. Where sessionStorage refuses it, the address keeps the token
 * so that a reload still works.
 */
export function takeToken(win: Pick<Window, 'location' | 'history' | 'sessionStorage'> = window): string {
  const url = new URL(win.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl === null) return win.sessionStorage.getItem(TOKEN_KEY) ?? '';
  if (fromUrl !== '') {
    try {
      win.sessionStorage.setItem(TOKEN_KEY, fromUrl);
    } catch {
      // Storage disabled or full: the address is the only place the token lives.
      return fromUrl;
    }
  }
  url.searchParams.delete('token');
  win.history.replaceState(win.history.state, '', `${url.pathname}${url.search}${url.hash}`);
  return fromUrl || (win.sessionStorage.getItem(TOKEN_KEY) ?? '');
}

function pickBridge(): Bridge {
  if (window.rombongan) return window.rombongan;
  return httpBridge(takeToken());
}

/** Answers that say the database file itself is in trouble: the app then reads its health again. */
const FILE_TROUBLE = new Set<string>(['DB_DAMAGED', 'DB_UNAVAILABLE']);
const troubleListeners = new Set<() => void>();

/** Calls `listener` whenever a call answers that the database is damaged or not open. */
export function onDatabaseTrouble(listener: () => void): () => void {
  troubleListeners.add(listener);
  return () => troubleListeners.delete(listener);
}

/** Hears main's announcements and the changes each answer carries (live data, ./changes.ts). */
function watched(c: Client): { client: Client; stop: () => void } {
  const stop = c.subscribe?.(announce) ?? (() => undefined);
  return {
    client: {
      async call(operation, input) {
        const r = await c.call(operation, input);
        if (r.ok && r.changes) announce(r.changes);
        if (!r.ok && FILE_TROUBLE.has(r.error.code)) for (const l of troubleListeners) l();
        return r;
      },
      ...(c.download && { download: (exportId: string) => (c.download as NonNullable<Client['download']>)(exportId) }),
    },
    stop,
  };
}

let current: { client: Client; stop: () => void } | undefined;
/** The app's one client; created on first use so tests can install a bridge first. */
export function api(): Client {
  current ??= watched(createClient(pickBridge()));
  return current.client;
}

/** Tests only: use this client instead. */
export function setClientForTests(c: Client | undefined): void {
  current?.stop();
  current = c && watched(c);
}
