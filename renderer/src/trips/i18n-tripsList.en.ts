import type { TripsListResources } from './i18n-tripsList.id';

/** English texts of the trips list's search, filters, year groups and delete confirmation. */
const tripsListEn: TripsListResources = {
  toolbarLabel: 'Search and filter trips',
  search: 'Search trips',
  searchPlaceholder: 'Title, region, institution, name…',
  filter: {
    year: 'Year',
    allYears: 'All years',
    status: 'Status',
    allStatuses: 'All statuses',
    region: 'Destination',
    allRegions: 'All regions',
    wholeProvince: 'All of {{name}}',
  },
  countFiltered_one: '{{shown, number}} of {{count, number}} trip',
  countFiltered_other: '{{shown, number}} of {{count, number}} trips',
  yearGroup_one: '{{count, number}} trip',
  yearGroup_other: '{{count, number}} trips',
  columns: {
    status: 'Status',
  },
  noMatchesTitle: 'No matching trips',
  noMatchesText: 'No trip matches “{{query}}”. Check the spelling, or search by region, institution or participant.',
  noMatchesFilterText: 'No trip matches these filters.',
  clearFilters: 'Clear search and filters',
  confirmDelete: {
    title: 'Delete “{{title}}”?',
    text_one: 'This trip already holds {{count, number}} record: delegation, hosts, agenda, learnings, photos or letter numbers.',
    text_other: 'This trip already holds {{count, number}} records: delegation, hosts, agenda, learnings, photos or letter numbers.',
    trash: 'The trip and everything in it go to the Trash, from where they can be restored.',
    confirm: 'Delete trip',
    working: 'Deleting…',
  },
  keys: {
    search: 'search',
  },
};

export default tripsListEn;
