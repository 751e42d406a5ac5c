/* Bytes and files in the page: base64 both ways (the contract carries files as base64), and a download. */

/** Base64 of bytes, in chunks (a spread of millions of arguments overflows the stack). */
export function bytesToBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export function base64ToBytes(b64: string): Uint8Array<ArrayBuffer> {
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** Offers a Blob as a file download (no navigation: the app's window is locked). */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The download reads the blob after this task: revoking at once can cut it off in some browsers.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Offers bytes given as base64 as a file download. */
export function offerDownload(fileName: string, mime: string, dataBase64: string): void {
  downloadBlob(fileName, new Blob([base64ToBytes(dataBase64)], { type: mime }));
}
