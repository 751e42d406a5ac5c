/**
 * Indonesian texts of the Kutipan panel on the trip page's Dokumen section:
 * the words people of the trip said, as recorded, the only quotations a press
 * release prints (merged under the "quotes" key).
 */
const quotesId = {
  heading: 'Kutipan',
  intro: 'Ucapan peserta dan pejabat tuan rumah, persis seperti yang dicatat, untuk dikutip siaran pers.',
  empty: 'Siaran pers hanya mengutip ucapan yang dicatat di sini. Belum ada kutipan.',
  loadError: 'Kutipan tidak dapat dimuat.',
  caption: 'Kutipan perjalanan ini',
  // Indonesian has no plural forms: both read for one and for many.
  count_one: '{{count}} kutipan',
  count_other: '{{count}} kutipan',
  add: 'Tambah kutipan',
  addTitle: 'Kutipan baru',
  editTitle: 'Ubah kutipan {{name}}',
  edit: 'Ubah kutipan {{name}}',
  remove: 'Hapus kutipan {{name}}',
  create: 'Simpan kutipan',
  save: 'Simpan',
  keysHint: 'Enter menyimpan (Ctrl+Enter di kotak ucapan), Esc membatalkan.',
  created: 'Kutipan {{name}} dicatat.',
  updated: 'Kutipan {{name}} disimpan.',
  removed: 'Kutipan {{name}} dihapus.',
  restored: 'Kutipan {{name}} dikembalikan.',
  unchanged: 'Tidak ada perubahan.',
  formError: 'Periksa isian yang ditandai.',
  /** The words as the list shows them, between quotation marks. */
  quoted: '“{{words}}”',
  learning: 'Hasil: {{topic}}',
  agendaItem: 'Agenda: {{title}}',
  noPlaceOrDay: 'Tempat dan hari belum dicatat',
  goneSpeaker: '{{name}} (tidak lagi di perjalanan)',
  fields: {
    speakerPersonId: 'Yang berbicara',
    words: 'Ucapan',
    saidOn: 'Hari',
    place: 'Tempat',
    learningId: 'Hasil kunjungan',
    agendaItemId: 'Agenda',
  },
  options: {
    chooseSpeaker: 'Pilih yang berbicara…',
    members: 'Rombongan',
    hostPeople: 'Tuan rumah',
    noLearning: 'Tanpa hasil kunjungan',
    noAgendaItem: 'Tanpa agenda',
  },
  hints: {
    speakerPersonId: 'Hanya anggota rombongan dan pejabat tuan rumah perjalanan ini.',
    words: 'Tulis persis seperti yang diucapkan, tanpa tanda kutip.',
    saidOn: 'Mengikuti hari agenda yang dipilih; kosongkan bila tidak diketahui.',
    place: 'mis. di Ruang Sidang Balai Kota Malang',
    noSpeakers: 'Perjalanan ini belum punya anggota rombongan atau pejabat tuan rumah. Tambahkan dulu, lalu catat ucapan mereka.',
  },
  validation: {
    speakerRequired: 'Pilih siapa yang mengucapkannya.',
  },
  errors: {
    speakerNotOfTrip: 'Yang berbicara bukan anggota rombongan atau pejabat tuan rumah perjalanan ini. Siaran pers hanya mengutip orang perjalanan ini.',
    learningNotOfTrip: 'Hasil kunjungan ini bukan dari perjalanan ini. Pilih yang lain.',
    agendaItemNotOfTrip: 'Agenda ini bukan dari perjalanan ini. Pilih yang lain.',
    notFound: 'Kutipan tidak ditemukan. Mungkin sudah dihapus.',
  },
};

export default quotesId;
export type QuotesResources = typeof quotesId;
