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
    receiptType: '{{name}}: bukti harus berkas PDF atau gambar (JPEG, PNG, WebP, GIF).',
    receiptTooBig: '{{field}}: berkas bukti lebih dari 20 MB.',
    receiptNotFound: 'Bukti tidak ditemukan. Mungkin sudah dihapus.',
  },
  /** Bukti (tickets, boarding passes, hotel bills) of a member's cost lines (renderer/src/money/receipts). */
  receipts: {
    heading: 'Bukti pengeluaran',
    intro: 'Tiket, boarding pass, tagihan hotel: pindaian atau foto (PDF atau gambar, paling besar 20 MB). Rincian biaya menyebut setiap bukti pada barisnya.',
    empty: 'Belum ada bukti.',
    component: 'Komponen biaya',
    label: 'Keterangan',
    labelPlaceholder: 'mis. tiket GA 345',
    choose: 'Pilih berkas…',
    chooseLabel: 'Pilih berkas bukti untuk {{component}}',
    adding: 'Menyimpan {{name}}…',
    added: 'Bukti {{name}} disimpan.',
    tooBig: '{{name}}: berkas bukti lebih dari 20 MB.',
    image: 'Gambar',
    open: 'Buka {{name}}',
    remove: 'Hapus bukti {{name}}',
    removed: 'Bukti {{name}} dihapus.',
    loadError: 'Bukti tidak dapat dimuat',
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
