import type { ProfileResources } from './profile.id';

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
  save: 'Save house style',
  saving: 'Saving…',
  saved: 'House style saved.',
  unsaved: 'There are unsaved changes.',
  revert: 'Discard changes',
};

export default profileEn;
