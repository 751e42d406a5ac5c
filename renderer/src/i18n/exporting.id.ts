/** Indonesian texts of the export dialog (merged under the "exporting" key). */
const exportingId = {
  title: 'Ekspor dokumen',
};

export default exportingId;
export type ExportingResources = typeof exportingId;
