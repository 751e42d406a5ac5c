/** The media area: press clippings with their copies, and photos. Other areas and main import it from here only. */
export * from './service';
export { blobBytes, checkJpeg, fileTypeOf, putBlob } from './blobs';
export { mediaHandlers } from './handlers';
