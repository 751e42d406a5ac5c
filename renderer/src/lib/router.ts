import { useSyncExternalStore } from 'react';

/** The screens the hash can name. */
export type Route =
  | { name: 'trips' }
  | { name: 'trip'; id: string }
  | { name: 'directory' }
  | { name: 'directoryImport' }
  | { name: 'followups' }
  | { name: 'settings' }
  | { name: 'trash' }
  | { name: 'rateSets' }
  | { name: 'rateSet'; id: string }
  | { name: 'notFound'; path: string };

export const DEFAULT_PATH = '/trips';

/** The path of a hash, without its query ("#/trips?q=malang" → "/trips"). */
function pathOf(hash: string): string {
  return hash.replace(/^#/, '').split('?')[0] || DEFAULT_PATH;
}

export function parseHash(hash: string): Route {
  const path = pathOf(hash);
  const parts = path.split('/').filter(Boolean);
  const [first, second, ...rest] = parts;
  if (rest.length > 0) return { name: 'notFound', path };
  switch (first) {
    case undefined:
    case 'trips':
      if (second === undefined) return { name: 'trips' };
      return { name: 'trip', id: decodeURIComponent(second) };
    case 'directory':
      if (second === 'import') return { name: 'directoryImport' };
      return second === undefined ? { name: first } : { name: 'notFound', path };
    case 'rates':
      return second === undefined ? { name: 'rateSets' } : { name: 'rateSet', id: decodeURIComponent(second) };
    case 'followups':
    case 'settings':
    case 'trash':
      return second === undefined ? { name: first } : { name: 'notFound', path };
    default:
      return { name: 'notFound', path };
  }
}

export const hrefs = {
  trips: '#/trips',
  trip: (id: string) => `#/trips/${encodeURIComponent(id)}`,
  directory: '#/directory',
  directoryImport: '#/directory/import',
  followups: '#/followups',
  settings: '#/settings',
  trash: '#/trash',
  rateSets: '#/rates',
  rateSet: (id: string) => `#/rates/${encodeURIComponent(id)}`,
};

/** The query of the current hash ("#/trips?q=malang&year=2024"): a screen's search and filters, kept over a reload. */
export function hashParams(hash: string = window.location.hash): URLSearchParams {
  const at = hash.indexOf('?');
  return new URLSearchParams(at < 0 ? '' : hash.slice(at + 1));
}

/**
 * Puts `params` in the current hash in place (no history entry, no
 * hashchange, so the screen stays as it is): filters as they are typed.
 */
export function replaceHashParams(params: URLSearchParams): void {
  const query = params.toString();
  if (query === hashParams().toString()) return;
  const href = `#${pathOf(window.location.hash)}${query ? `?${query}` : ''}`;
  window.history.replaceState(window.history.state, '', href);
}

/** Set when the route changes, so the new screen moves focus to its heading. */
let headingFocusPending = false;
export function takeHeadingFocus(): boolean {
  const v = headingFocusPending;
  headingFocusPending = false;
  return v;
}

function subscribe(onChange: () => void): () => void {
  const listener = () => {
    headingFocusPending = true;
    onChange();
  };
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

const snapshot = () => window.location.hash;

/** The current route, from `location.hash`, so a reload keeps the screen. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, snapshot);
  return parseHash(hash);
}

export function navigate(href: string): void {
  if (window.location.hash === href) return;
  window.location.hash = href;
}
