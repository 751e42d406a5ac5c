/*
 * The people directory: the service (./service.ts), its search (in memory,
 * ./search-index.ts and ./search.ts, with the SQL form in ./search-sql.ts)
 * and "Hapus permanen" (./erasure.ts). Other files import from here.
 */

export { personFieldsOf, toPersonRow, type PersonDbRow } from './rows';
export { parseQuery, searchPeopleQuery, searchPeopleSql } from './search-sql';
export { fold, indexStmts as searchIndexStatements } from './search-index';
export { searchPeople } from './search';
export { createPerson, deletePerson, getPerson, insertPerson, restorePerson, updatePerson } from './service';
export { ERASED_NAME, eraseAndCompact, erasePerson, isErased } from './erasure';
