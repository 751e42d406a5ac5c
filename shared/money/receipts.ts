import { z } from 'zod';
import { byIdSchema, byTripSchema, idSchema, requiredText, text } from '../common';
import { base64Length, MAX_THUMB_BYTES } from '../media/schemas';
import { entityOps, op, row } from '../op';
import { COST_COMPONENTS, type CostComponent } from './vocabulary';

/*
 * Receipts (bukti: a ticket, a boarding pass, a hotel bill) attached to a
 * member's cost line (issue 15). The bytes are checked by main by their first
 * bytes (images and PDF, sniffMime; the name never decides) and kept in the
 * immutable blobs table like photos; the rincian biaya names each receipt on
 * its line ("Bukti: tiket GA 345 (lampiran)").
 */

/** A receipt's file: at most this many bytes (a scan of a hotel bill is a few MB). */
export const MAX_RECEIPT_BYTES = 20_000_000;
/** What a receipt may be, by its bytes. */
export const RECEIPT_MIMES = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp', 'image/gif'] as const;
/** What the file picker offers (the bytes still decide). */
export const RECEIPT_ACCEPT = 'application/pdf,image/jpeg,image/png,image/webp,image/gif';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export const receiptAddSchema = z.strictObject({
  tripId: idSchema,
  memberId: idSchema,
  /** The cost line it proves (hotel, fare, taxi …). */
  component: z.enum(COST_COMPONENTS, { error: 'validation.invalidChoice' }),
  /** What it is, as the rincian prints it: "tiket GA 345", "bill Hotel Santika". '' prints the file's name. */
  label: text(200),
  fileName: requiredText(255),
  dataBase64: z
    .string({ error: 'validation.invalidType' })
    .min(1, { error: 'validation.required' })
    .max(base64Length(MAX_RECEIPT_BYTES), { error: 'money.errors.receiptTooBig' })
    .refine((s) => s.length % 4 === 0 && BASE64.test(s), { error: 'validation.invalidFile' }),
  /**
   * An image's thumbnail, made by the renderer like a photo's (a JPEG of at
   * most THUMB_SIDE px a side; main checks its header); '' for a PDF or an
   * image the renderer could not decode (the list then shows the file's kind).
   */
  thumbBase64: z
    .string({ error: 'validation.invalidType' })
    .max(base64Length(MAX_THUMB_BYTES), { error: 'validation.fileTooLarge' })
    .refine((s) => s.length % 4 === 0 && BASE64.test(s), { error: 'validation.invalidFile' })
    .default(''),
});

export interface Receipt {
  id: string;
  tripId: string;
  memberId: string;
  component: CostComponent;
  label: string;
  fileName: string;
  mime: (typeof RECEIPT_MIMES)[number];
  size: number;
  /** The thumbnail as a data: URL (a small JPEG), or null (a PDF, or an image without one). */
  thumbUrl: string | null;
  createdAt: number;
  updatedAt: number;
}

/** A receipt's file, to open or download. */
export interface ReceiptFile {
  id: string;
  fileName: string;
  mime: string;
  dataBase64: string;
}

/** What the rincian prints for a receipt: its label, else its file's name. */
export const receiptText = (r: Pick<Receipt, 'label' | 'fileName'>): string => r.label.trim() || r.fileName.trim();

/**
 * The receipts operations: `receipts.list` a trip's live receipts (every
 * member, in the order they were added); `receipts.add` one file for a
 * member's cost line; `receipts.remove` marks it deleted (undo:
 * `receipts.restore`); `receipts.file` its bytes.
 */
export const receiptsOps = {
  ...entityOps('receipts', row<Receipt>(), { list: byTripSchema, add: receiptAddSchema }, 'remove', 'restore'),
  'receipts.file': op<typeof byIdSchema, ReceiptFile>(byIdSchema),
};
