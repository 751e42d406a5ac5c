import { useSyncExternalStore } from 'react';
import { hashParams, parseHash, pathOf, type Route } from './hash';

export { DEFAULT_PATH, hashParams, parseHash, type Route } from './hash';

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
