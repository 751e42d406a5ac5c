/** The quotes area: statements recorded as said (Kutipan). Other areas and main import it from here only. */
export * from './service';
export { quotesHandlers } from './handlers';
