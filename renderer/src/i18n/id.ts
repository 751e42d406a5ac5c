/**
 * Indonesian, the default language. Every user-facing text of the renderer
 * lives here and in en.ts (same keys; `Resources` below keeps them in step).
 */
const id = {
  app: {
    name: 'Rombongan',
    tagline: 'Studi komparasi antardaerah',
    skipToContent: 'Langsung ke konten utama',
    documentTitle: '{{page}} — Rombongan',
  },
  nav: {
    label: 'Navigasi utama',
    trips: 'Perjalanan',
    directory: 'Direktori',
    followups: 'Tindak Lanjut',
    settings: 'Pengaturan',
  },
  common: {
    save: 'Simpan',
    cancel: 'Batal',
    edit: 'Ubah',
    delete: 'Hapus',
    undo: 'Urungkan',
    retry: 'Coba lagi',
    close: 'Tutup',
    loading: 'Memuat…',
    dismissNotification: 'Tutup pemberitahuan',
    notifications: 'Pemberitahuan',
    comingLater: 'Menyusul',
  },
  fields: {
    title: 'Judul perjalanan',
    startDate: 'Tanggal mulai',
    endDate: 'Tanggal selesai',
    id: 'Perjalanan',
    generic: 'Isian ini',
  },
  trips: {
    heading: 'Perjalanan',
    new: 'Perjalanan baru',
    // Indonesian has no plural forms (Intl picks `other`); `_one` keeps the keys in step with English.
    count_one: '{{count}} perjalanan',
    count_other: '{{count}} perjalanan',
    caption: 'Daftar perjalanan',
    columns: {
      title: 'Judul',
      dates: 'Tanggal',
      length: 'Lama',
    },
    days_one: '{{count}} hari',
    days_other: '{{count}} hari',
    emptyTitle: 'Belum ada perjalanan',
    emptyText:
      'Catat rencana studi komparasi pertama Anda: cukup judul dan tanggalnya. Rombongan, agenda, dan laporan bisa dilengkapi kemudian.',
    loadError: 'Daftar perjalanan tidak dapat dimuat.',
    keys: {
      label: 'Pintasan keyboard',
      move: 'pindah baris',
      open: 'buka',
      rename: 'ubah',
      delete: 'hapus',
      newTrip: 'perjalanan baru',
    },
  },
  trip: {
    breadcrumb: 'Jejak navigasi',
    backToList: 'Kembali ke Perjalanan',
    dates: 'Tanggal',
    length: 'Lama',
    start: 'Berangkat',
    end: 'Kembali',
    actions: 'Tindakan perjalanan',
    notFoundTitle: 'Perjalanan tidak ditemukan',
    notFoundText: 'Perjalanan ini tidak ada atau sudah dihapus.',
    notFoundLink: 'Lihat semua perjalanan',
    loadError: 'Perjalanan tidak dapat dimuat.',
    sectionsHeading: 'Isi perjalanan',
    sectionsNote: 'Bagian-bagian ini akan tersedia pada versi berikutnya.',
    sections: {
      members: 'Rombongan',
      membersText: 'Peserta yang berangkat: nama, jabatan, dan perangkat daerah asal.',
      agenda: 'Agenda',
      agendaText: 'Jadwal kunjungan per hari: tempat, waktu, dan narasumber yang ditemui.',
      results: 'Hasil',
      resultsText: 'Temuan dan praktik baik yang dibawa pulang untuk diterapkan di daerah sendiri.',
      documents: 'Dokumen',
      documentsText: 'Surat tugas, surat permohonan kunjungan, dan laporan perjalanan dinas.',
    },
  },
  dialog: {
    createTitle: 'Perjalanan baru',
    editTitle: 'Ubah perjalanan',
    titlePlaceholder: 'mis. Studi Komparasi Command Center ke Kota Malang',
  },
  toast: {
    deleted: 'Perjalanan “{{title}}” dihapus.',
    restored: 'Perjalanan “{{title}}” dikembalikan.',
  },
  directory: {
    heading: 'Direktori',
    emptyTitle: 'Direktori orang akan ada di sini',
    emptyText:
      'Nama, jabatan, instansi, dan kontak narasumber serta peserta dari setiap kunjungan — tersimpan sekali, dipakai lagi di perjalanan berikutnya.',
  },
  followups: {
    heading: 'Tindak Lanjut',
    emptyTitle: 'Pelacak tindak lanjut akan ada di sini',
    emptyText:
      'Rencana aksi dari hasil kunjungan: apa yang akan diterapkan, siapa penanggung jawabnya, kapan tenggatnya, dan sejauh mana kemajuannya.',
  },
  settings: {
    heading: 'Pengaturan',
    language: 'Bahasa',
    languageHint: 'Bahasa tampilan aplikasi. Perubahan langsung berlaku.',
    about: 'Tentang',
    version: 'Versi',
    dbPath: 'Berkas basis data',
    schemaVersion: 'Versi skema',
    mode: 'Mode',
    modes: {
      electron: 'Aplikasi desktop',
      browser: 'Mode peramban',
      test: 'Pengujian',
    },
    infoError: 'Informasi aplikasi tidak dapat dimuat.',
  },
  languages: {
    id: 'Bahasa Indonesia',
    en: 'English',
  },
  notFound: {
    heading: 'Halaman tidak ditemukan',
    text: 'Alamat ini tidak dikenal oleh Rombongan.',
    link: 'Ke daftar perjalanan',
  },
  validation: {
    required: '{{field}} wajib diisi.',
    tooLong: '{{field}} terlalu panjang: paling banyak {{max}} karakter.',
    invalidDate: '{{field}} bukan tanggal yang valid.',
    endBeforeStart: 'Tanggal selesai tidak boleh sebelum tanggal mulai.',
    invalidId: 'Pengenal perjalanan tidak valid.',
    emptyPatch: 'Tidak ada perubahan untuk disimpan.',
    invalidType: '{{field}} berisi jenis data yang salah.',
    unknownField: 'Isian “{{field}}” tidak dikenal.',
    tooLarge: 'Data yang dikirim terlalu besar.',
    invalid: '{{field}} tidak valid.',
  },
  errors: {
    tripNotFound: 'Perjalanan tidak ditemukan. Mungkin sudah dihapus.',
    INTERNAL: 'Terjadi kesalahan tak terduga. Rinciannya tercatat di log aplikasi.',
    transport: 'Tidak dapat menghubungi aplikasi. Periksa apakah Rombongan masih berjalan, lalu coba lagi.',
    UNKNOWN_OPERATION: 'Perintah ini tidak dikenal. Versi tampilan dan aplikasi mungkin tidak cocok; mulai ulang Rombongan.',
    DB_TOO_NEW:
      'Berkas data dibuat oleh versi Rombongan yang lebih baru. Perbarui aplikasi untuk membukanya.',
    UNAUTHORIZED: 'Sesi tidak sah. Buka kembali Rombongan dari alamat yang ditampilkan saat aplikasi dimulai.',
    CONFLICT: 'Data ini baru saja diubah di tempat lain. Muat ulang lalu coba lagi.',
    NOT_FOUND: 'Data yang dicari tidak ditemukan.',
    VALIDATION: 'Data yang dimasukkan tidak valid.',
    unknown: 'Terjadi kesalahan.',
  },
};

export default id;
export type Resources = typeof id;
