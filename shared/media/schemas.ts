import { z } from 'zod';
import { DEFAULT_TONE, TONES, type Tone } from '../vocabulary';
import { expectedUpdatedAt, idSchema, requiredText, text } from '../common';

/*
 * Media of a trip: press coverage (kliping berita) and photos (dokumentasi).
 * Bytes (saved copies, images, thumbnails) live in an immutable table keyed
 * by their sha256; rows here only point at them. The pure helpers below are
 * shared by main (which checks) and the renderer (which shrinks).
 */

export { TONES, type Tone };

/** A saved copy of an article: PDF or image, at most this many bytes. */
export const MAX_COPY_BYTES = 20_000_000;
/** A photo before shrinking: larger files are refused in the renderer. */
export const MAX_ORIGINAL_BYTES = 40_000_000;
/** A shrunk photo as sent to main. */
export const MAX_IMAGE_BYTES = 6_000_000;
export const MAX_THUMB_BYTES = 400_000;
/** Long side of a stored photo and of its thumbnail, in pixels. */
export const MAX_IMAGE_SIDE = 1600;
export const THUMB_SIDE = 320;
export const JPEG_QUALITY = 0.85;

/** Characters of base64 that `bytes` bytes take. */
export const base64Length = (bytes: number): number => Math.ceil(bytes / 3) * 4;

/** Bytes that a base64 string decodes to (padding aware), without decoding it. */
export function base64Bytes(b64: string): number {
  const pad = b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0;
  return Math.floor((b64.length * 3) / 4) - pad;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const base64 = (maxBytes: number) =>
  z
    .string({ error: 'validation.invalidType' })
    .max(base64Length(maxBytes), { error: 'validation.fileTooLarge' })
    .refine((s) => s.length % 4 === 0 && BASE64.test(s), { error: 'validation.invalidFile' });

export type SniffedMime = 'image/jpeg' | 'image/png' | 'image/webp' | 'image/gif' | 'application/pdf';

/** What the first bytes say a file is; the name never decides. */
export function sniffMime(b: Uint8Array): SniffedMime | null {
  const at = (i: number) => b[i] ?? -1;
  if (at(0) === 0xff && at(1) === 0xd8 && at(2) === 0xff) return 'image/jpeg';
  if ([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((v, i) => at(i) === v)) return 'image/png';
  if (at(0) === 0x25 && at(1) === 0x50 && at(2) === 0x44 && at(3) === 0x46 && at(4) === 0x2d) return 'application/pdf';
  if (at(0) === 0x47 && at(1) === 0x49 && at(2) === 0x46 && at(3) === 0x38) return 'image/gif';
  if (at(0) === 0x52 && at(1) === 0x49 && at(2) === 0x46 && at(3) === 0x46 && at(8) === 0x57 && at(9) === 0x45 && at(10) === 0x42 && at(11) === 0x50) {
    return 'image/webp';
  }
  return null;
}

/**
 * A JPEG's size from its frame header (SOF), walking the segments; null when
 * the file is not a complete JPEG (no SOF, or no end-of-image marker).
 */
export function jpegInfo(b: Uint8Array): { width: number; height: number } | null {
  if (sniffMime(b) !== 'image/jpeg') return null;
  const n = b.length;
  // A complete file ends with EOI (FF D9); trailing padding is tolerated.
  let end = n - 1;
  while (end > 1 && b[end] === 0x00) end--;
  if (!(b[end - 1] === 0xff && b[end] === 0xd9)) return null;
  let i = 2;
  while (i + 4 <= n) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1] ?? 0;
    if (marker === 0xff) {
      i += 1;
      continue;
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      i += 2;
      continue;
    }
    const len = ((b[i + 2] ?? 0) << 8) | (b[i + 3] ?? 0);
    if (len < 2 || i + 2 + len > n) return null;
    const isSof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isSof) {
      if (len < 7) return null;
      const height = ((b[i + 5] ?? 0) << 8) | (b[i + 6] ?? 0);
      const width = ((b[i + 7] ?? 0) << 8) | (b[i + 8] ?? 0);
      return width > 0 && height > 0 ? { width, height } : null;
    }
    if (marker === 0xda) return null; // scan data before any frame header
    i += 2 + len;
  }
  return null;
}

/** The size a picture is drawn at so its long side is at most `max` (never enlarged). */
export function fitWithin(width: number, height: number, max: number): { width: number; height: number } {
  if (width <= 0 || height <= 0) return { width: 0, height: 0 };
  const long = Math.max(width, height);
  if (long <= max) return { width, height };
  const scale = max / long;
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** EXIF "YYYY:MM:DD HH:MM:SS" → "YYYY-MM-DDTHH:MM" (local time of the camera); null when malformed. */
export function exifDateToLocal(s: string): string | null {
  const m = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2})/.exec(s.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi] = m;
  if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > 31 || Number(h) > 23 || Number(mi) > 59) return null;
  return `${y}-${mo}-${d}T${h}:${mi}`;
}

// ——— Schemas ———

const httpUrl = z
  .string({ error: 'validation.invalidType' })
  .trim()
  .max(2000, { error: 'validation.tooLong' })
  .refine(
    (s) => {
      if (s === '') return true;
      try {
        const u = new URL(s);
        return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
      } catch {
        return false;
      }
    },
    { error: 'validation.url' },
  )
  .default('');

const isoDate = z
  .string({ error: 'validation.invalidType' })
  .trim()
  .refine((s) => s === '' || (/^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`))), {
    error: 'validation.invalidDate',
  })
  .default('');

/** Local date-time as typed in a datetime-local field ("2025-04-24T09:30"), or ''. */
const localDateTime = z
  .string({ error: 'validation.invalidType' })
  .trim()
  .refine((s) => s === '' || /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/.test(s), { error: 'validation.invalidDate' })
  .default('');

const coverageFields = {
  outlet: requiredText(200),
  journalistMemberId: idSchema.nullable().default(null),
  headline: requiredText(500),
  url: httpUrl,
  publishedOn: isoDate,
  section: text(200),
  tone: z.enum(TONES, { error: 'validation.invalidChoice' }).default(DEFAULT_TONE),
};

export const coverageCreateSchema = z.strictObject({ tripId: idSchema, ...coverageFields });
export const coverageUpdateSchema = z.strictObject({ id: idSchema, ...coverageFields, expectedUpdatedAt });
export const coverageAttachSchema = z.strictObject({
  id: idSchema,
  fileName: requiredText(255),
  dataBase64: base64(MAX_COPY_BYTES),
});

export interface Coverage {
  id: string;
  tripId: string;
  outlet: string;
  journalistMemberId: string | null;
  /** Name of that journalist, '' when none or removed from the trip. */
  journalistName: string;
  headline: string;
  url: string;
  publishedOn: string;
  section: string;
  tone: Tone;
  copy: { fileName: string; mime: string; size: number } | null;
  createdAt: number;
  updatedAt: number;
}

export interface CopyFile {
  fileName: string;
  mime: string;
  dataBase64: string;
}

export const photoAddSchema = z.strictObject({
  tripId: idSchema,
  fileName: requiredText(255),
  imageBase64: base64(MAX_IMAGE_BYTES),
  thumbBase64: base64(MAX_THUMB_BYTES),
  width: z.int({ error: 'validation.invalidType' }).min(1).max(MAX_IMAGE_SIDE, { error: 'validation.imageTooLarge' }),
  height: z.int({ error: 'validation.invalidType' }).min(1).max(MAX_IMAGE_SIDE, { error: 'validation.imageTooLarge' }),
  takenAt: localDateTime,
  caption: text(1000),
});

export const photoUpdateSchema = z.strictObject({
  id: idSchema,
  caption: text(1000),
  takenAt: localDateTime,
  agendaItemId: idSchema.nullable().default(null),
  /** The version the form was showing: a caption edited in another window since is not overwritten. */
  expectedUpdatedAt,
});

export const photoReorderSchema = z.strictObject({
  tripId: idSchema,
  /** Every live photo id of the trip, once each, in the wanted order. */
  photoIds: z.array(idSchema).max(5000),
});

export interface Photo {
  id: string;
  tripId: string;
  fileName: string;
  caption: string;
  takenAt: string;
  agendaItemId: string | null;
  width: number;
  height: number;
  size: number;
  sha256: string;
  /** data: URL of the thumbnail (JPEG). */
  thumbUrl: string;
  position: number;
  createdAt: number;
  updatedAt: number;
}

export interface PhotoImage {
  id: string;
  fileName: string;
  mime: 'image/jpeg';
  dataBase64: string;
}

export interface AgendaOption {
  id: string;
  label: string;
}
