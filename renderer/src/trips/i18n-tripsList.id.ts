/** Indonesian texts of the trips list's search, filters, year groups and delete confirmation (merged under the "tripsList" key). */
const tripsListId = {
  toolbarLabel: 'Cari dan saring perjalanan',
  search: 'Cari perjalanan',
  searchPlaceholder: 'Judul, daerah, instansi, nama…',
  filter: {
    year: 'Tahun',
    allYears: 'Semua tahun',
    status: 'Status',
    allStatuses: 'Semua status',
    region: 'Daerah tujuan',
    allRegions: 'Semua daerah',
    wholeProvince: 'Seluruh {{name}}',
  },
  // Indonesian has no plural forms (Intl picks `other`); `_one` keeps the keys in step with English.
  countFiltered_one: '{{shown, number}} dari {{count, number}} perjalanan',
  countFiltered_other: '{{shown, number}} dari {{count, number}} perjalanan',
  yearGroup_one: '{{count, number}} perjalanan',
  yearGroup_other: '{{count, number}} perjalanan',
  columns: {
    status: 'Status',
  },
  noMatchesTitle: 'Tidak ada perjalanan yang cocok',
  noMatchesText: 'Tidak ada perjalanan yang cocok dengan “{{query}}”. Periksa ejaan, atau cari dengan nama daerah, instansi, atau peserta.',
  noMatchesFilterText: 'Tidak ada perjalanan yang cocok dengan saringan ini.',
  clearFilters: 'Hapus pencarian dan saringan',
  confirmDelete: {
    title: 'Hapus “{{title}}”?',
    text_one: 'Perjalanan ini sudah berisi {{count, number}} catatan: rombongan, tuan rumah, agenda, pembelajaran, foto, atau nomor surat.',
    text_other: 'Perjalanan ini sudah berisi {{count, number}} catatan: rombongan, tuan rumah, agenda, pembelajaran, foto, atau nomor surat.',
    trash: 'Perjalanan beserta isinya dipindahkan ke Sampah dan dapat dikembalikan.',
    confirm: 'Hapus perjalanan',
    working: 'Menghapus…',
  },
  keys: {
    search: 'cari',
  },
};

export default tripsListId;
export type TripsListResources = typeof tripsListId;
