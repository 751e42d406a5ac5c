import type { ExportingResources } from './exporting.id';

/** English texts of the export dialog: same keys as exporting.id.ts. */
const exportingEn: ExportingResources = {
  title: 'Export documents',
};

export default exportingEn;
