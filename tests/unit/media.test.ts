import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  base64Bytes,
  base64Length,
  coverageAttachSchema,
  exifDateToLocal,
  fitWithin,
  jpegInfo,
  MAX_COPY_BYTES,
  sniffMime,
} from '../../shared/media/schemas';
import { exifTakenAt } from '../../renderer/src/media/images';
import { base64ToBytes, bytesToBase64 } from '../../renderer/src/lib/files';

const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, '../fixtures/media', name)));

describe('fitWithin', () => {
  it('shrinks the long side to the limit, keeping the ratio', () => {
    expect(fitWithin(4000, 3000, 1600)).toEqual({ width: 1600, height: 1200 });
    expect(fitWithin(3000, 4000, 1600)).toEqual({ width: 1200, height: 1600 });
    expect(fitWithin(4032, 1816, 320)).toEqual({ width: 320, height: 144 });
  });
  it('never enlarges and never returns a zero side', () => {
    expect(fitWithin(800, 600, 1600)).toEqual({ width: 800, height: 600 });
    expect(fitWithin(10000, 2, 320)).toEqual({ width: 320, height: 1 });
    expect(fitWithin(0, 100, 320)).toEqual({ width: 0, height: 0 });
  });
});

describe('sniffMime', () => {
  it('knows files by their first bytes', () => {
    expect(sniffMime(fixture('photo-1600x1200.jpg'))).toBe('image/jpeg');
    expect(sniffMime(fixture('copy.pdf'))).toBe('application/pdf');
    expect(sniffMime(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(sniffMime(new TextEncoder().encode('GIF89a...'))).toBe('image/gif');
    expect(sniffMime(new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 '))).toBe('image/webp');
  });
  it('answers null for anything else, whatever it is called', () => {
    expect(sniffMime(new TextEncoder().encode('%PDX-1.4'))).toBeNull();
    expect(sniffMime(new TextEncoder().encode('RIFF\0\0\0\0WAVEfmt '))).toBeNull();
    expect(sniffMime(new Uint8Array([0xff, 0xd8]))).toBeNull();
    expect(sniffMime(new Uint8Array())).toBeNull();
  });
});

describe('jpegInfo', () => {
  it('reads the size from the frame header', () => {
    expect(jpegInfo(fixture('photo-1600x1200.jpg'))).toEqual({ width: 1600, height: 1200 });
    expect(jpegInfo(fixture('balai-kota-1200x1800.jpg'))).toEqual({ width: 1200, height: 1800 });
  });
  it('refuses a truncated file and a file that is not a JPEG', () => {
    expect(jpegInfo(fixture('truncated.jpg'))).toBeNull();
    expect(jpegInfo(fixture('photo-1600x1200.jpg').subarray(0, 100))).toBeNull();
    expect(jpegInfo(fixture('copy.pdf'))).toBeNull();
    // SOI + EOI with no frame in between.
    expect(jpegInfo(new Uint8Array([0xff, 0xd8, 0xff, 0xd9]))).toBeNull();
  });
});

describe('base64 limits', () => {
  it('computes encoded and decoded lengths exactly', () => {
    for (const n of [0, 1, 2, 3, 4, 5, 1000, 1001, 1002]) {
      const b64 = Buffer.alloc(n, 7).toString('base64');
      expect(b64.length).toBe(base64Length(n));
      expect(base64Bytes(b64)).toBe(n);
    }
  });
  it('refuses a copy over 20 MB and malformed base64 in the schema', () => {
    const id = '0199a1b2-0000-7000-8000-000000000001';
    const big = coverageAttachSchema.safeParse({ id, fileName: 'a.pdf', dataBase64: 'A'.repeat(base64Length(MAX_COPY_BYTES) + 4) });
    expect(big.error?.issues[0]?.message).toBe('validation.fileTooLarge');
    const bad = coverageAttachSchema.safeParse({ id, fileName: 'a.pdf', dataBase64: 'not base64!' });
    expect(bad.error?.issues[0]?.message).toBe('validation.invalidFile');
    expect(coverageAttachSchema.safeParse({ id, fileName: 'a.pdf', dataBase64: 'JVBERi0=' }).success).toBe(true);
  });
  it('round-trips bytes through the renderer helpers, across chunk boundaries', () => {
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 31) % 256);
    const b64 = bytesToBase64(bytes);
    expect(b64).toBe(Buffer.from(bytes).toString('base64'));
    expect(base64ToBytes(b64)).toEqual(bytes);
  });
});

/** A JPEG head with an EXIF block holding DateTime (IFD0) and, optionally, DateTimeOriginal. */
function exifJpeg(opts: { little: boolean; original?: string; dateTime?: string }): Uint8Array {
  const le = opts.little;
  const tiff: number[] = [];
  const u16 = (v: number) => (le ? [v & 0xff, v >> 8] : [v >> 8, v & 0xff]);
  const u32 = (v: number) => (le ? [v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, v >>> 24] : [v >>> 24, (v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff]);
  const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0)).concat(0);
  // Layout: header(8) | IFD0 at 8: 2 entries (DateTime, ExifPointer) | Exif IFD | strings
  const ifd0 = 8;
  const exifIfd = ifd0 + 2 + 2 * 12 + 4;
  const strings = exifIfd + 2 + 12 + 4;
  tiff.push(...(le ? [0x49, 0x49] : [0x4d, 0x4d]), ...u16(42), ...u32(ifd0));
  tiff.push(...u16(2));
  tiff.push(...u16(0x0132), ...u16(2), ...u32(20), ...u32(strings));
  tiff.push(...u16(0x8769), ...u16(4), ...u32(1), ...u32(exifIfd));
  tiff.push(...u32(0));
  tiff.push(...u16(opts.original ? 1 : 0));
  if (opts.original) tiff.push(...u16(0x9003), ...u16(2), ...u32(20), ...u32(strings + 20));
  else tiff.push(...Array<number>(12).fill(0));
  tiff.push(...u32(0));
  tiff.push(...ascii(opts.dateTime ?? '2025:05:01 08:00:00'));
  if (opts.original) tiff.push(...ascii(opts.original));
  const payload = [...ascii('Exif').slice(0, 4), 0, 0, ...tiff];
  const len = payload.length + 2;
  return new Uint8Array([0xff, 0xd8, 0xff, 0xe1, len >> 8, len & 0xff, ...payload, 0xff, 0xd9]);
}

describe('exifTakenAt', () => {
  it('reads DateTimeOriginal in both byte orders', () => {
    expect(exifTakenAt(exifJpeg({ little: true, original: '2025:04:24 09:31:07' }))).toBe('2025-04-24T09:31');
    expect(exifTakenAt(exifJpeg({ little: false, original: '2025:04:24 14:05:00' }))).toBe('2025-04-24T14:05');
  });
  it('falls back to DateTime, and answers empty without EXIF or with a malformed date', () => {
    expect(exifTakenAt(exifJpeg({ little: true }))).toBe('2025-05-01T08:00');
    expect(exifTakenAt(fixture('photo-1600x1200.jpg'))).toBe('');
    expect(exifTakenAt(exifJpeg({ little: true, original: '0000:00:00 00:00:00', dateTime: '    :  :     :  :  ' }))).toBe('');
    expect(exifTakenAt(fixture('copy.pdf'))).toBe('');
  });
  it('converts EXIF dates strictly', () => {
    expect(exifDateToLocal('2025:04:24 09:31:07')).toBe('2025-04-24T09:31');
    expect(exifDateToLocal('2025:13:24 09:31:07')).toBeNull();
    expect(exifDateToLocal('garbage')).toBeNull();
  });
});
