/** The documents area: issuers and signers, numbers, the house style, the report's texts, gathering a document's data, export. Other areas and main import it from here only. */
export * from './issuers';
export * from './numbers';
export * from './profile';
export * from './report-text';
export * from './signing';
export * from './doc-data';
export * from './today';
export * from './export';
export { documentsHandlers } from './handlers';
export { issuersHandlers } from './issuers-handlers';
