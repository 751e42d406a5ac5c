/**
 * Two signers side by side as plain paragraphs (centre tab stops at a
 * quarter and three quarters of the line), for the places a table may not go:
 * the closing of gridTableWithClosing, which keeps a list's last rows and its
 * signatures on one page. Kept together with keepNext.
 */
import { Paragraph, TabStopType, type ParagraphChild } from 'docx';
import { mm, type DocContext, type SignerLines } from '../common';
import { tab } from '../parts';
import { TextRun } from 'docx';

export function signatureBlockParas(ctx: DocContext, right: SignerLines, left: SignerLines): Paragraph[] {
  const w = ctx.textWidthMm;
  const stops = [
    { type: TabStopType.CENTER, position: mm(w / 4) },
    { type: TabStopType.CENTER, position: mm((w * 3) / 4) },
  ];
  const text = (s: string | undefined): ParagraphChild[] => (s ? [new TextRun(s)] : []);
  const rows: Array<[ParagraphChild[], ParagraphChild[], number]> = [
    [left.placeDate ?? [], right.placeDate ?? [], 0],
    [text(left.above), text(right.above), 0],
    [left.jabatan, right.jabatan, 1200],
    [left.name, right.name, 0],
    [left.nip ? [new TextRun('NIP. '), ...left.nip] : [], right.nip ? [new TextRun('NIP. '), ...right.nip] : [], 0],
  ];
  const used = rows.filter(([l, r]) => l.length > 0 || r.length > 0);
  return used.map(
    ([l, r, after], i) =>
      new Paragraph({
        tabStops: stops,
        keepNext: i < used.length - 1,
        keepLines: true,
        spacing: { after },
        children: [tab(), ...l, tab(), ...r],
      }),
  );
}
