import type { MoneyResources } from './i18n-money.id';

/** English texts of the money area: same keys as i18n-money.id.ts. */
const moneyEn: MoneyResources = {
  errors: {
    rateSetNotFound: 'Rate set not found. It may have been deleted.',
    ppkNotFound: 'The PPK is not in the directory. They may have been deleted.',
    memberNotOfTrip: "This person is not a member of this trip's delegation.",
    advanceNotFound: 'Advance not found. It may have been deleted.',
    receiptType: '{{name}}: a receipt must be a PDF or an image (JPEG, PNG, WebP, GIF).',
    receiptTooBig: '{{field}}: the receipt file is larger than 20 MB.',
    receiptNotFound: 'Receipt not found. It may have been deleted.',
  },
  receipts: {
    heading: 'Receipts',
    intro: 'Tickets, boarding passes, hotel bills: scans or photos (PDF or image, at most 20 MB). The cost detail names each receipt on its line.',
    empty: 'No receipts yet.',
    component: 'Cost component',
    label: 'Description',
    labelPlaceholder: 'e.g. ticket GA 345',
    choose: 'Choose file…',
    chooseLabel: 'Choose a receipt file for {{component}}',
    adding: 'Saving {{name}}…',
    added: 'Receipt {{name}} saved.',
    tooBig: '{{name}}: the receipt file is larger than 20 MB.',
    image: 'Image',
    open: 'Open {{name}}',
    remove: 'Remove receipt {{name}}',
    removed: 'Receipt {{name}} removed.',
    loadError: 'The receipts could not be loaded',
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
