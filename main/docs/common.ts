/**
 * Building blocks every Rombongan document shares: page setup from the office
 * profile (F4/A4, margins, font), the kop on the first page, "Halaman X dari Y",
 * fixed-width tables (LibreOffice draws auto widths wrong), signature blocks,
 * visible gap markers, and a packer that keeps JPEG bytes out of the deflate.
 * Big tables and photos take fast paths around docx's own machinery (see
 * gridTable's fast path, imageRun and pack); `new DocContext(data, { plain:
 * true })` builds the same document the plain docx way, for comparison.
 */

export { BODY_SIZE, SMALL_SIZE, NO_BORDERS, GRID_BORDERS, mm, STYLE, NUMBERING, OUTLINE_MM, mmToPx, fitBox, type ListKind, type Column, type Cell } from './kit/units';
export { run, link } from './kit/runs';
export { DocContext } from './kit/context';
export { para, narrative, heading, outlineHeading, listItem } from './kit/text';
export { xmlText, rawBlock, type ImageSpec, type PhotoParagraph } from './kit/xml';
export { keepTogether, gridTable, photoTable, gridTableWithClosing, fieldTable, type GridOptions } from './kit/tables';
export { signatureBlock, type SignerLines } from './kit/signatures';
export { kopHeader, pageFooter, section, authorOf, document, type SectionOptions } from './kit/page';
export { imageRun, pack, nativeTabs, zip } from './kit/pack';
