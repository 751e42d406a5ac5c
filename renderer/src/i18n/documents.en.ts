import type { DocumentsResources } from './documents.id';

/** English texts of the documents area: same keys as documents.id.ts. */
const documentsEn: DocumentsResources = {
  validation: {
    marginRange: '{{field}}: margins are between 5 and 60 mm.',
    templateNeedsNumber: '{{field}}: the number template must contain {nomor}.',
    templateUnknownToken: '{{field}}: the template may only use {kode}, {nomor}, {unit}, {bulan}, {bulan2}, {tahun}.',
    emblemTooBig: '{{field}}: the emblem image is too large (at most 3 MB).',
    emblemType: '{{field}}: {{name}} is not a complete PNG or JPEG image.',
    emblemDimensions: '{{field}}: {{name}} is larger than {{max}} pixels on a side.',
  },
};

export default documentsEn;
