/**
 * The one place Rombongan reaches inside docx: pack() needs every part of the
 * document as text or bytes before they are zipped (to fill in placeholders,
 * store photos undeflated and strip what XML forbids), and docx has no public
 * way to get them — Packer's private `compiler` makes them. Written against
 * docx VERIFIED_DOCX_VERSION; tests/unit/docx-compiler.test.ts fails when the
 * installed docx is another version or the compiler's shape changed, so an
 * upgrade is checked here first.
 */
import { Packer, type Document } from 'docx';

/** The docx version this adapter was checked against (package.json pins it). */
export const VERIFIED_DOCX_VERSION = '9.15.2';

/** A document's parts: path in the zip → XML text or binary (media). */
export type DocxParts = Map<string, string | Uint8Array>;

interface Compiler {
  compile(file: Document): DocxParts;
}

/** The parts of `doc` as docx writes them (`packer` only for the adapter's test). */
export function docxParts(doc: Document, packer: unknown = Packer): DocxParts {
  const compiler = (packer as { compiler?: Partial<Compiler> } | null)?.compiler;
  if (!compiler || typeof compiler.compile !== 'function') {
    throw new Error(`docx's Packer has no compiler.compile (checked against docx ${VERIFIED_DOCX_VERSION}): see main/docs/kit/docx-compiler.ts`);
  }
  const parts = compiler.compile(doc);
  if (!(parts instanceof Map) || typeof parts.get('word/document.xml') !== 'string') {
    throw new Error(`docx's compiler no longer returns the parts by path (checked against docx ${VERIFIED_DOCX_VERSION}): see main/docs/kit/docx-compiler.ts`);
  }
  return parts;
}
