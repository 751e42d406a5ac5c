/*
 * The address's hash read as a route: no React here, so boot.ts (the first
 * module the page evaluates, before React and the screens) can use it.
 */

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
export function pathOf(hash: string): string {
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

/** The query of the current hash ("#/trips?q=malang&year=2024"): a screen's search and filters, kept over a reload. */
export function hashParams(hash: string = window.location.hash): URLSearchParams {
  const at = hash.indexOf('?');
  return new URLSearchParams(at < 0 ? '' : hash.slice(at + 1));
}
