/** Indonesian texts of the keyboard commands and their help overlay (merged under the "commands" key). */
const commandsId = {
  open: 'Pintasan papan ketik',
  title: 'Pintasan papan ketik',
  lead: 'Pintasan yang berlaku di layar ini. Tombol pada baris tabel dan di dalam formulir tidak tercantum di sini.',
  columns: {
    action: 'Tindakan',
    keys: 'Tombol',
  },
  or: 'atau',
  contexts: {
    global: 'Umum',
    trip: 'Halaman perjalanan',
    trips: 'Perjalanan',
    directory: {
      people: 'Direktori: orang',
      institutions: 'Direktori: instansi',
    },
    trash: 'Sampah',
    rates: 'Standar biaya',
  },
  labels: {
    help: 'Tampilkan pintasan papan ketik',
    undo: 'Urungkan penghapusan terakhir (selama pemberitahuannya tampil)',
    editTrip: 'Ubah rincian perjalanan ini',
    newTrip: 'Perjalanan baru (dari layar mana pun)',
    search: 'Ke kotak pencarian',
  },
};

export default commandsId;
export type CommandsResources = typeof commandsId;
