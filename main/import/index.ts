/** The import area: people from a spreadsheet, previewed before anything is written. Other areas and main import it from here only. */
export * from './service';
