import { jpegInfo, sniffMime } from './schemas';

/*
 * What kind of picture a file is and how big, read from its header: the name
 * and the caller's word never decide. JPEG comes from the frame header walker
 * of the media area (signatures by its sniffMime); PNG from the IHDR chunk, walking every chunk to IEND so a
 * truncated file is refused.
 */

const u32 = (b: Uint8Array, i: number): number => (((b[i] ?? 0) << 24) >>> 0) + ((b[i + 1] ?? 0) << 16) + ((b[i + 2] ?? 0) << 8) + (b[i + 3] ?? 0);
const chunkType = (b: Uint8Array, i: number): string => String.fromCharCode(b[i] ?? 0, b[i + 1] ?? 0, b[i + 2] ?? 0, b[i + 3] ?? 0);

/** A PNG's size from IHDR; null unless the file is a whole PNG (signature, IHDR first, chunks up to IEND). */
export function pngInfo(b: Uint8Array): { width: number; height: number } | null {
  if (b.length < 8 + 25 + 12 || sniffMime(b) !== 'image/png') return null;
  // IHDR is the first chunk and 13 bytes long.
  if (u32(b, 8) !== 13 || chunkType(b, 12) !== 'IHDR') return null;
  const width = u32(b, 16);
  const height = u32(b, 20);
  if (width === 0 || height === 0) return null;
  let i = 8;
  let sawData = false;
  while (i + 12 <= b.length) {
    const len = u32(b, i);
    const type = chunkType(b, i + 4);
    if (i + 12 + len > b.length) return null;
    if (type === 'IDAT') sawData = true;
    if (type === 'IEND') return sawData ? { width, height } : null;
    i += 12 + len;
  }
  return null;
}

export interface ImageInfo {
  type: 'png' | 'jpg';
  mime: 'image/png' | 'image/jpeg';
  width: number;
  height: number;
}

/** PNG or whole JPEG with its pixel size; null for anything else. */
export function imageInfo(b: Uint8Array): ImageInfo | null {
  const png = pngInfo(b);
  if (png) return { type: 'png', mime: 'image/png', ...png };
  const jpg = jpegInfo(b);
  if (jpg) return { type: 'jpg', mime: 'image/jpeg', ...jpg };
  return null;
}
