/** The quotes area: its panel in the documents section, and where that panel is (for the readiness jumps). */
export { QUOTES_ADD_ID, QUOTES_ANCHOR, QuotesPanel } from './QuotesPanel';
