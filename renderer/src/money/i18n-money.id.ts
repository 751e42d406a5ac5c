/**
 * Indonesian texts of the money area (standar biaya, biaya perjalanan,
 * SPPD), merged under the "money" key. Errors are named by main's money
 * service (main/money) and its rate-set import (shared/money/csv.ts).
 */
const moneyId = {
  errors: {
    rateSetNotFound: 'Standar biaya tidak ditemukan. Mungkin sudah dihapus.',
    ppkNotFound: 'PPK tidak ditemukan di direktori. Mungkin sudah dihapus.',
    memberNotOfTrip: 'Orang ini bukan anggota rombongan perjalanan ini.',
    advanceNotFound: 'Uang muka tidak ditemukan. Mungkin sudah dihapus.',
  },
  import: {
    notReady: 'Standar biaya belum bisa disimpan: {{invalid}} baris salah (pertama: baris {{firstRow}}) dan {{problems}} masalah lain.',
    unknownRow: 'Baris tidak dikenal: kolom pertama harus Nama, Dasar Hukum, Berlaku Dari, Berlaku Sampai, Contoh, Catatan atau salah satu aturan.',
    duplicateRow: 'Baris ini sudah ada di atasnya.',
    levelLabelTwice: 'Tingkat ini sudah punya uraian lain; kosongkan Uraian pada baris lanjutan.',
    unknownLevelColumn: 'Kolom ini bukan kode tingkat dari bagian Tingkat.',
    unknownTable: 'Tabel tidak dikenal (Uang Harian, Biaya Penginapan, Uang Representasi, Biaya Taksi, Transport Lokal, Sewa Kendaraan, Tiket Pesawat/Kapal/Darat).',
    unknownRegion: 'Wilayah tidak dikenal: tulis nama atau kode provinsi/kabupaten/kota.',
    regionMismatch: 'Kode wilayah dan nama wilayah tidak sama.',
    amountOutsideColumn: 'Uang Harian, Taksi dan Transport Lokal diisi di kolom Jumlah; tabel lain di kolom tingkat.',
    noLevels: 'Bagian Tingkat tidak ditemukan (judul: Tingkat;Uraian;Jabatan;…).',
    noTables: 'Bagian tabel tarif tidak ditemukan (judul: Tabel;Jenis;Kode Wilayah;Wilayah;Jumlah;…).',
  },
};

export default moneyId;
export type MoneyResources = typeof moneyId;
