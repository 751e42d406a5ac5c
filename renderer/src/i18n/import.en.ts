import type { ImportResources } from './import.id';

/** English texts of the import screens: same keys as import.id.ts. */
const importEn: ImportResources = {};

export default importEn;
