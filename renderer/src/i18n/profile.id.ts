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
  save: 'Simpan gaya dokumen',
  saving: 'Menyimpan…',
  saved: 'Gaya dokumen disimpan.',
  unsaved: 'Ada perubahan yang belum disimpan.',
  revert: 'Batalkan perubahan',
};

export default profileId;
export type ProfileResources = typeof profileId;
