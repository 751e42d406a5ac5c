/** Indonesian texts of the house style in Pengaturan (merged under the "profile" key). */
const profileId = {
  heading: 'Gaya dokumen',
  intro: 'Ukuran kertas, huruf dan margin semua dokumen resmi. Penerbit naskah dapat memakai tata letaknya sendiri; bila tidak, gaya ini yang dipakai.',
  loadError: 'Gaya dokumen tidak dapat dimuat.',
  paper: 'Ukuran kertas',
  papers: {
    F4: 'F4 / folio (215 × 330 mm)',
    A4: 'A4 (210 × 297 mm)',
  },
  font: 'Huruf',
  margins: 'Margin (mm)',
  marginsHint: 'Antara 5 dan 60 mm.',
  marginTop: 'Atas',
  marginRight: 'Kanan',
  marginBottom: 'Bawah',
  marginLeft: 'Kiri',
  marginName: 'Margin {{side}}',
  pages: 'Halaman',
  pageNumbers: 'Nomor halaman',
  pageNumberStyles: {
    bottom_right: '“Halaman 2 dari 3”, kanan bawah',
    top_center: '“- 2 -”, tengah atas mulai halaman kedua',
  },
  pageNumberHints: {
    bottom_right: 'Daftar dan laporan bernomor di setiap halaman; surat, SPT dan siaran pers mulai halaman kedua, jadi surat satu halaman tanpa nomor.',
    top_center: 'Gaya kementerian: halaman pertama tanpa nomor, berikutnya “- 2 -” di tengah atas.',
  },
  letter: 'Surat',
  letterDate: 'Tempat dan tanggal surat',
  letterDates: {
    above: 'Di kanan atas, di atas Nomor',
    number_line: 'Sebaris dengan Nomor, rata kanan',
  },
  letterDateHints: {
    above: 'Singaraja, 21 April 2025 berdiri sendiri di kanan atas; Nomor, Sifat, Lampiran dan Hal di bawahnya.',
    number_line: 'Nomor : 000.1.2.3/…/2025 di kiri dan Singaraja, 21 April 2025 di kanan pada baris yang sama.',
  },
  save: 'Simpan gaya dokumen',
  saving: 'Menyimpan…',
  saved: 'Gaya dokumen disimpan.',
  unsaved: 'Ada perubahan yang belum disimpan.',
  revert: 'Batalkan perubahan',
};

export default profileId;
export type ProfileResources = typeof profileId;
