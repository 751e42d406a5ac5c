import { vi } from 'vitest';

/**
 * Catches what the renderer downloads (an anchor clicked on an object URL):
 * the last file's name and blob, and the spy on the clicks.
 */
export function catchDownloads(url = 'blob:download') {
  const got: { blob: Blob | null; fileName: string } = { blob: null, fileName: '' };
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    got.fileName = this.download;
  });
  Object.defineProperty(URL, 'createObjectURL', { configurable: true, value: (b: Blob) => ((got.blob = b), url) });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: () => undefined });
  return Object.assign(got, { click });
}
