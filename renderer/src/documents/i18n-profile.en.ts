import type { ProfileResources } from './i18n-profile.id';

/** English texts of the house style: same keys as profile.id.ts. */
const profileEn: ProfileResources = {
  heading: 'House style',
  intro: 'Paper size, font and margins of every official document. An issuer may set its own layout; otherwise this style is used.',
  loadError: 'The house style could not be loaded.',
  paper: 'Paper size',
  papers: {
    F4: 'F4 / folio (215 × 330 mm)',
    A4: 'A4 (210 × 297 mm)',
  },
  font: 'Font',
  margins: 'Margins (mm)',
  marginsHint: 'Between 5 and 60 mm.',
  marginTop: 'Top',
  marginRight: 'Right',
  marginBottom: 'Bottom',
  marginLeft: 'Left',
  marginName: '{{side}} margin',
  pages: 'Pages',
  pageNumbers: 'Page numbers',
  pageNumberStyles: {
    bottom_right: '“Halaman 2 dari 3”, bottom right',
    top_center: '“- 2 -”, top centre from the second page',
  },
  pageNumberHints: {
    bottom_right: 'Lists and reports are numbered on every page; letters, SPT and press releases from the second page, so a one-page letter has none.',
    top_center: 'The ministry style: no number on the first page, then “- 2 -” at the top centre.',
  },
  letter: 'Letters',
  letterDate: 'Place and date of a letter',
  letterDates: {
    above: 'Top right, above the Nomor',
    number_line: 'On the Nomor line, flush right',
  },
  letterDateHints: {
    above: 'Singaraja, 21 April 2025 stands alone at the top right; Nomor, Sifat, Lampiran and Hal below it.',
    number_line: 'Nomor : 000.1.2.3/…/2025 on the left and Singaraja, 21 April 2025 on the right of the same line.',
  },
  save: 'Save house style',
  saving: 'Saving…',
  saved: 'House style saved.',
  unsaved: 'There are unsaved changes.',
  revert: 'Discard changes',
};

export default profileEn;
