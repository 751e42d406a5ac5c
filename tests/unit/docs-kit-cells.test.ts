/**
 * gridTable's XML fast path for cells of several paragraphs (issue 15, the
 * SPPD set of 500 travellers): paragraphs made by cellParagraph() with their
 * style, tab stops, spacing, indent and alignment, and runs made by run() /
 * tabRun(), are written as WordprocessingML by cellXml; a paragraph or run made
 * otherwise sends the table the docx way (null).
 */
import { Paragraph, TextRun } from 'docx';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { cellParagraph, run, tabRun } from '../../main/docs/kit/runs';
import { gridTableXml } from '../../main/docs/kit/tables';
import { cellXml, paragraphXml } from '../../main/docs/kit/xml';

/** The elements of an XML fragment, in document order, with their attributes (wrapped so it parses). */
function elements(fragment: string): Array<{ name: string; attrs: Record<string, string> }> {
  const out: Array<{ name: string; attrs: Record<string, string> }> = [];
  const p = new SaxesParser({ xmlns: false });
  p.on('opentag', (t) => out.push({ name: t.name, attrs: t.attributes }));
  p.write(`<root xmlns:w="w" xmlns:r="r">${fragment}</root>`).close();
  return out;
}

describe('cellXml for cells of several paragraphs', () => {
  it('writes each paragraph with its style, tab stops, spacing, indent, alignment and runs', () => {
    const cell = [
      cellParagraph({
        style: 'TableText',
        tabStops: [453, 1927, 2097],
        indent: { left: 2097, hanging: 2097 },
        children: [run('I.'), tabRun(), run('Berangkat dari'), tabRun(), run(':'), tabRun(), run('Kabupaten <Buleleng> & co', { bold: true, underline: {} })],
      }),
      cellParagraph({ style: 'TableText', indent: { left: 453 }, spacing: { before: 720 }, alignment: 'right', children: [run('NIP.')] }),
    ];
    const xml = cellXml(cell, 'left', 20, false);
    expect(xml).not.toBeNull();
    const els = elements(xml ?? '');
    expect(els.filter((e) => e.name === 'w:p')).toHaveLength(2);
    expect(els.filter((e) => e.name === 'w:tabs')).toHaveLength(1);
    expect(els.filter((e) => e.name === 'w:tab' && e.attrs['w:val'] === 'left').map((e) => e.attrs['w:pos'])).toEqual(['453', '1927', '2097']);
    // Three tab characters as runs of their own, as docx writes them.
    expect(xml?.match(/<w:r><w:tab\/><\/w:r>/g)).toHaveLength(3);
    expect(els.filter((e) => e.name === 'w:ind').map((e) => e.attrs)).toEqual([{ 'w:left': '2097', 'w:hanging': '2097' }, { 'w:left': '453' }]);
    expect(els.find((e) => e.name === 'w:spacing')?.attrs).toEqual({ 'w:before': '720' });
    expect(els.find((e) => e.name === 'w:jc')?.attrs).toEqual({ 'w:val': 'right' });
    expect(els.filter((e) => e.name === 'w:pStyle').map((e) => e.attrs['w:val'])).toEqual(['TableText', 'TableText']);
    expect(els.map((e) => e.name)).toEqual(expect.arrayContaining(['w:b', 'w:u']));
    // Text escaped as the other writers escape it.
    expect(xml).toContain('Kabupaten &lt;Buleleng&gt; &amp; co');
    // pPr children in the schema's order: pStyle, tabs, spacing, ind, jc.
    const second = (xml ?? '').split('</w:p>')[1] ?? '';
    expect(second.indexOf('<w:pStyle')).toBeLessThan(second.indexOf('<w:spacing'));
    expect(second.indexOf('<w:spacing')).toBeLessThan(second.indexOf('<w:ind'));
    expect(second.indexOf('<w:ind')).toBeLessThan(second.indexOf('<w:jc'));
  });

  it('leaves to docx a paragraph it did not make, or one holding a run it cannot write', () => {
    expect(cellXml([new Paragraph({ children: [new TextRun('x')] })], 'left', 20, false)).toBeNull();
    expect(cellXml([cellParagraph({ children: [new TextRun('made by docx')] })], 'left', 20, false)).toBeNull();
    expect(cellXml([cellParagraph({ children: [run('x', { font: 'Courier' })] })], 'left', 20, false)).toBeNull();
    expect(paragraphXml(new Paragraph('x'))).toBeNull();
    // One docx paragraph among ours: the whole table goes the docx way.
    const rows = [[[cellParagraph({ children: [run('a')] })], [new Paragraph('b')]]];
    expect(gridTableXml(new Map(), [{ header: '' }, { header: '' }], [1000, 1000], rows, 20, 0, false)).toBeNull();
  });

  it('writes a table of such cells whole', () => {
    const rows = [['1.', [cellParagraph({ style: 'TableText', alignment: 'left', children: [run('a. '), run('Pangkat')] }), cellParagraph({ children: [run('b.')] })]]];
    const xml = gridTableXml(new Map(), [{ header: '', widthMm: 9 }, { header: '' }], [510, 4000], rows, 20, 0, false);
    expect(xml).not.toBeNull();
    const els = elements(xml ?? '');
    expect(els.filter((e) => e.name === 'w:tc')).toHaveLength(2);
    expect(els.filter((e) => e.name === 'w:p')).toHaveLength(3);
    // A paragraph with no properties is written without w:pPr.
    expect(xml).toContain('<w:p><w:r><w:t xml:space="preserve">b.</w:t></w:r></w:p>');
  });
});
