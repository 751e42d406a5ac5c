import { exifDateToLocal, fitWithin, JPEG_QUALITY, MAX_IMAGE_SIDE, MAX_ORIGINAL_BYTES, THUMB_SIDE } from '../../../shared/media/schemas';
import { bytesToBase64 } from '../lib/files';

/*
 * Photos are decoded and shrunk once, here, before they reach main: a JPEG of
 * at most 1600 px on the long side and a 320 px thumbnail. The byte-level
 * parts (EXIF date; base64 in lib/files.ts) are pure and unit-tested; decoding needs a real
 * browser (createImageBitmap + canvas) and is exercised in Chromium.
 */

/** EXIF DateTimeOriginal (else DateTime) of a JPEG as "YYYY-MM-DDTHH:MM"; '' when absent or malformed. */
export function exifTakenAt(b: Uint8Array): string {
  if (b[0] !== 0xff || b[1] !== 0xd8) return '';
  let i = 2;
  while (i + 4 <= b.length && b[i] === 0xff) {
    const marker = b[i + 1] ?? 0;
    const len = ((b[i + 2] ?? 0) << 8) | (b[i + 3] ?? 0);
    if (marker === 0xda || len < 2) return '';
    if (marker === 0xe1 && String.fromCharCode(...b.subarray(i + 4, i + 10)) === 'Exif\0\0') {
      return readTiffDate(b.subarray(i + 10, i + 2 + len));
    }
    i += 2 + len;
  }
  return '';
}

function readTiffDate(t: Uint8Array): string {
  if (t.length < 8) return '';
  const little = t[0] === 0x49 && t[1] === 0x49;
  if (!little && !(t[0] === 0x4d && t[1] === 0x4d)) return '';
  const u16 = (o: number) => (little ? (t[o] ?? 0) | ((t[o + 1] ?? 0) << 8) : ((t[o] ?? 0) << 8) | (t[o + 1] ?? 0));
  const u32 = (o: number) => (little ? u16(o) + u16(o + 2) * 0x10000 : u16(o) * 0x10000 + u16(o + 2));
  /** Entry of `tag` in the IFD at `ifd`: its value/offset field position and count. */
  const find = (ifd: number, tag: number): { at: number; count: number } | null => {
    if (ifd + 2 > t.length) return null;
    const n = u16(ifd);
    for (let k = 0; k < n; k++) {
      const e = ifd + 2 + k * 12;
      if (e + 12 > t.length) return null;
      if (u16(e) === tag) return { at: e + 8, count: u32(e + 4) };
    }
    return null;
  };
  const ascii = (entry: { at: number; count: number } | null): string => {
    if (!entry || entry.count < 19) return '';
    const off = u32(entry.at);
    if (off + 19 > t.length) return '';
    return exifDateToLocal(String.fromCharCode(...t.subarray(off, off + 19))) ?? '';
  };
  const ifd0 = u32(4);
  const exifPtr = find(ifd0, 0x8769);
  const original = exifPtr ? ascii(find(u32(exifPtr.at), 0x9003)) : '';
  return original || ascii(find(ifd0, 0x0132));
}

export interface ShrunkPhoto {
  imageBase64: string;
  thumbBase64: string;
  width: number;
  height: number;
  takenAt: string;
}

export class PhotoError extends Error {
  constructor(readonly reason: 'tooBig' | 'notImage') {
    super(reason);
    this.name = 'PhotoError';
  }
}

async function drawJpeg(bitmap: ImageBitmap, max: number): Promise<{ bytes: Uint8Array; width: number; height: number }> {
  const size = fitWithin(bitmap.width, bitmap.height, max);
  let blob: Blob;
  if (typeof OffscreenCanvas !== 'undefined') {
    const c = new OffscreenCanvas(size.width, size.height);
    const g = c.getContext('2d');
    if (!g) throw new PhotoError('notImage');
    g.fillStyle = '#fff'; // transparent PNG areas become white, not black
    g.fillRect(0, 0, size.width, size.height);
    g.drawImage(bitmap, 0, 0, size.width, size.height);
    blob = await c.convertToBlob({ type: 'image/jpeg', quality: JPEG_QUALITY });
  } else {
    const c = document.createElement('canvas');
    c.width = size.width;
    c.height = size.height;
    const g = c.getContext('2d');
    if (!g) throw new PhotoError('notImage');
    g.fillStyle = '#fff';
    g.fillRect(0, 0, size.width, size.height);
    g.drawImage(bitmap, 0, 0, size.width, size.height);
    blob = await new Promise<Blob>((resolve, reject) =>
      c.toBlob((b) => (b ? resolve(b) : reject(new PhotoError('notImage'))), 'image/jpeg', JPEG_QUALITY),
    );
  }
  return { bytes: new Uint8Array(await blob.arrayBuffer()), ...size };
}

/** Decodes a picked file and shrinks it once; throws PhotoError for what the user must hear about. */
export async function shrinkPhoto(file: Blob): Promise<ShrunkPhoto> {
  if (file.size > MAX_ORIGINAL_BYTES) throw new PhotoError('tooBig');
  const head = new Uint8Array(await file.slice(0, 256 * 1024).arrayBuffer());
  let bitmap: ImageBitmap;
  try {
    // 'from-image' applies the EXIF orientation, so portraits stay upright.
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    throw new PhotoError('notImage');
  }
  try {
    const image = await drawJpeg(bitmap, MAX_IMAGE_SIDE);
    const thumb = await drawJpeg(bitmap, THUMB_SIDE);
    return {
      imageBase64: bytesToBase64(image.bytes),
      thumbBase64: bytesToBase64(thumb.bytes),
      width: image.width,
      height: image.height,
      takenAt: exifTakenAt(head),
    };
  } finally {
    bitmap.close();
  }
}

/**
 * A 320 px JPEG thumbnail of a picked image, in base64, made like a photo's
 * (receipts use it); '' when the browser cannot decode the file.
 */
export async function thumbnailBase64(file: Blob): Promise<string> {
  try {
    const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
    try {
      return bytesToBase64((await drawJpeg(bitmap, THUMB_SIDE)).bytes);
    } finally {
      bitmap.close();
    }
  } catch {
    return '';
  }
}
