import type { MoneyResources } from './i18n-money.id';

/** English texts of the money area: same keys as i18n-money.id.ts. */
const moneyEn: MoneyResources = {
  errors: {
    rateSetNotFound: 'Rate set not found. It may have been deleted.',
    ppkNotFound: 'The PPK is not in the directory. They may have been deleted.',
    memberNotOfTrip: "This person is not a member of this trip's delegation.",
    advanceNotFound: 'Advance not found. It may have been deleted.',
  },
  import: {
    notReady: "The rate set can't be saved yet: {{invalid}} rows are wrong (first: row {{firstRow}}) and {{problems}} other problems.",
    unknownRow: 'Unknown row: the first column must be Nama, Dasar Hukum, Berlaku Dari, Berlaku Sampai, Contoh, Catatan or one of the rules.',
    duplicateRow: 'This row was already given above.',
    levelLabelTwice: 'This level already has another description; leave Uraian empty on continuation rows.',
    unknownLevelColumn: 'This column is not a level code from the Tingkat part.',
    unknownTable: 'Unknown table (Uang Harian, Biaya Penginapan, Uang Representasi, Biaya Taksi, Transport Lokal, Sewa Kendaraan, Tiket Pesawat/Kapal/Darat).',
    unknownRegion: "Unknown region: write the province's or regency's/city's name or code.",
    regionMismatch: 'The region code and the region name do not match.',
    amountOutsideColumn: 'Uang Harian, Taksi and Transport Lokal take the Jumlah column; the other tables the level columns.',
    noLevels: 'The levels part is missing (header: Tingkat;Uraian;Jabatan;…).',
    noTables: 'The rate tables part is missing (header: Tabel;Jenis;Kode Wilayah;Wilayah;Jumlah;…).',
  },
};

export default moneyEn;
