/** Sizes, borders, units and the style and numbering ids every document uses. */
import type { Paragraph } from 'docx';
import { BorderStyle, convertMillimetersToTwip, type ParagraphChild } from 'docx';

/** Half-points: 12 pt body text. */
export const BODY_SIZE = 24;

export const SMALL_SIZE = 20;

export const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;

export const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

export const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

export const GRID_BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

/** LibreOffice ignores table-level borders from docx: every cell carries its own. */
export const CELL_BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE };

/** mm → twips (DXA). */
export const mm = (v: number): number => Math.round(convertMillimetersToTwip(v));

// ——— Word-native structure: styles, numbering, links ———
//
// Every document carries real paragraph styles (Title, Heading 1–3 in black,
// Body Text, Table Text, Signature, TOC 1–3) that Word's Navigation pane and a
// table of contents use, Word numbering (numbering.xml) for the report's
// outline I / A / 1 / a and for lists, Indonesian as the language of every run
// (docDefaults), and the office as the author.
/** Paragraph style ids (styles.xml). */
export const STYLE = {
  title: 'Title',
  h1: 'Heading1',
  h2: 'Heading2',
  h3: 'Heading3',
  body: 'BodyText',
  table: 'TableText',
  signature: 'Signature',
} as const;

/** Numbering definitions (numbering.xml): the report's outline, and three kinds of list. */
export const NUMBERING = { outline: 'outline', decimal: 'list-decimal', letter: 'list-letter', bullet: 'list-bullet' } as const;

export type ListKind = 'decimal' | 'letter' | 'bullet';

/** The outline's left edges, in mm: I. at 0, A. at 8, 1. at 16, a. at 23; text 8 or 7 mm further. */
export const OUTLINE_MM = [
  { left: 8, hanging: 8 },
  { left: 16, hanging: 8 },
  { left: 23, hanging: 7 },
  { left: 30, hanging: 7 },
] as const;

export interface Column {
  header: string;
  /** Width in mm; the last column takes what is left when omitted. */
  widthMm?: number;
  align?: 'left' | 'center' | 'right';
}

export type Cell = string | ParagraphChild[] | Paragraph[];

/** 96 dpi pixels, the unit docx uses for image sizes. */
export const mmToPx = (v: number): number => Math.round((v / 25.4) * 96);

/** The largest width × height with the picture's proportions inside the box. */
export function fitBox(width: number, height: number, maxW: number, maxH: number): { width: number; height: number } {
  const w = Math.max(1, width);
  const h = Math.max(1, height);
  const scale = Math.min(maxW / w, maxH / h);
  return { width: Math.max(1, Math.round(w * scale)), height: Math.max(1, Math.round(h * scale)) };
}
