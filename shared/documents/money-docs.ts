/*
 * The money documents of a trip (issue 15, item 4): their kinds, the names
 * their files carry, and the fixed wording the forms print (SPPD lembar I and
 * II, rincian biaya, kuitansi, daftar penerimaan, daftar pengeluaran riil,
 * rencana anggaran). The wording is the forms' own (PMK 113/PMK.05/2012 and
 * the Permendagri forms regions copy); nothing here is a person's data.
 *
 * They are built by `docs.build` like the letters and listed apart from
 * DOC_KINDS: the export dialog offers them in their own group, "Keuangan (SPJ)".
 */

/** The money documents, in the order an SPJ file holds them. */
export const MONEY_DOC_KINDS = ['sppd', 'cost_detail', 'receipt', 'allowance_list', 'real_expenses', 'budget_plan'] as const;
export type MoneyDocKind = (typeof MONEY_DOC_KINDS)[number];

export const isMoneyDocKind = (k: string): k is MoneyDocKind => (MONEY_DOC_KINDS as readonly string[]).includes(k);

/** What each is called, as titles and file names print it. */
export const MONEY_DOC_TITLES = {
  sppd: 'Surat Perintah Perjalanan Dinas',
  cost_detail: 'Rincian Biaya Perjalanan Dinas',
  receipt: 'Kuitansi',
  allowance_list: 'Daftar Penerimaan Uang Harian',
  real_expenses: 'Daftar Pengeluaran Riil',
  budget_plan: 'Rencana Anggaran Biaya Perjalanan Dinas',
} as const satisfies Record<MoneyDocKind, string>;

/** The SPPD's lembar I, item by item (sub-items a., b., c. in order). */
export const SPPD_ITEMS = {
  ppk: 'Pejabat Pembuat Komitmen',
  traveller: 'Nama/NIP Pegawai yang melaksanakan perjalanan dinas',
  rank: ['Pangkat dan Golongan', 'Jabatan/Instansi', 'Tingkat Biaya Perjalanan Dinas'],
  purpose: 'Maksud Perjalanan Dinas',
  transport: 'Alat angkut yang dipergunakan',
  places: ['Tempat berangkat', 'Tempat tujuan'],
  dates: ['Lamanya Perjalanan Dinas', 'Tanggal berangkat', 'Tanggal harus kembali/tiba di tempat baru'],
  followers: 'Pengikut',
  budget: ['Pembebanan Anggaran', 'Instansi', 'Akun'],
  note: 'Keterangan lain-lain',
} as const;

/** The SPPD's lembar II: the closing statement the PPK signs, and the warning at its foot. */
export const SPPD_CHECKED =
  'Telah diperiksa dengan keterangan bahwa perjalanan tersebut atas perintahnya dan semata-mata untuk kepentingan jabatan dalam waktu yang sesingkat-singkatnya.';
export const SPPD_ATTENTION =
  'Pejabat Pembuat Komitmen yang menerbitkan SPPD, pegawai yang melakukan perjalanan dinas, para pejabat yang mengesahkan tanggal berangkat/tiba, serta Bendahara Pengeluaran bertanggung jawab berdasarkan peraturan-peraturan Keuangan Negara apabila negara menderita rugi akibat kesalahan, kelalaian, dan kealpaannya.';

/** The roles that sign the money papers, as their signature blocks name them. */
export const MONEY_SIGNER_LABELS = {
  ppk: 'Pejabat Pembuat Komitmen',
  treasurer: 'Bendahara Pengeluaran',
  receiver: 'Yang Menerima',
  traveller: 'Pelaksana SPPD',
  approvedToPay: 'Setuju dibayar',
  paidOut: 'Telah dibayar sejumlah',
  received: 'Telah menerima jumlah uang sebesar',
  knownBy: 'Mengetahui/Menyetujui',
} as const;

/** The daftar pengeluaran riil's statement: what the traveller declares, in the form's own words. */
export const REAL_EXPENSES_STATEMENT = {
  opening: 'Yang bertanda tangan di bawah ini:',
  basis: 'berdasarkan Surat Perintah Perjalanan Dinas (SPPD) tanggal',
  declare: 'dengan ini kami menyatakan dengan sesungguhnya bahwa:',
  first: 'Biaya transpor pegawai dan/atau biaya penginapan di bawah ini yang tidak dapat diperoleh bukti-bukti pengeluarannya, meliputi:',
  second:
    'Jumlah uang tersebut pada angka 1 di atas benar-benar dikeluarkan untuk pelaksanaan perjalanan dinas dimaksud dan apabila di kemudian hari terdapat kelebihan atas pembayaran, kami bersedia untuk menyetorkan kelebihan tersebut ke Kas Daerah.',
  closing: 'Demikian pernyataan ini kami buat dengan sebenarnya, untuk dipergunakan sebagaimana mestinya.',
  /** When no traveller has such costs. */
  none: 'Tidak ada biaya perjalanan dinas yang dibayar tanpa bukti pengeluaran.',
} as const;

/** The rencana anggaran's headings and summary lines. */
export const BUDGET_PLAN_LABELS = {
  byMember: 'A. Rincian per Pelaksana',
  byComponent: 'B. Rekapitulasi per Komponen Biaya',
  budgetLine: 'Kode Rekening',
  ceiling: 'Pagu Anggaran',
  planned: 'Jumlah Rencana Biaya',
  remaining: 'Sisa Pagu',
  over: 'Melebihi Pagu',
  component: 'Komponen Biaya',
  share: 'Persentase',
} as const;
