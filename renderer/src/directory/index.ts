/** The directory area: its screen, and the person-form pieces the delegation's "new person" form reuses. */
export { DirectoryScreen } from './DirectoryScreen';
export { NipField } from './NipField';
export { emptyPersonValues, type PersonValues } from './personValues';
