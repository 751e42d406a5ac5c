/** The media area: press clippings with their copies, and photos. Other areas and main import it from here only. */
export * from './service';
export { mediaHandlers } from './handlers';
