/** The application menu, in Indonesian, with only what the app needs. */
import { Menu, type MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  /** Reload and DevTools only in development. */
  isPackaged: boolean;
  isMac: boolean;
  showAbout: () => void;
}

export function buildMenu({ isPackaged, isMac, showAbout }: MenuOptions): Menu {
  const about: MenuItemConstructorOptions = { label: 'Tentang Rombongan', click: () => showAbout() };
  const template: MenuItemConstructorOptions[] = [];

  if (isMac) {
    // On macOS the first menu is always the application menu.
    template.push({
      label: 'Rombongan',
      submenu: [
        about,
        { type: 'separator' },
        { role: 'hide', label: 'Sembunyikan Rombongan' },
        { role: 'hideOthers', label: 'Sembunyikan Lainnya' },
        { role: 'unhide', label: 'Tampilkan Semua' },
        { type: 'separator' },
        { role: 'quit', label: 'Keluar dari Rombongan' },
      ],
    });
  }

  template.push(
    { label: 'Berkas', submenu: [isMac ? { role: 'close', label: 'Tutup Jendela' } : { role: 'quit', label: 'Keluar' }] },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo', label: 'Urungkan' },
        { role: 'redo', label: 'Ulangi' },
        { type: 'separator' },
        { role: 'cut', label: 'Potong' },
        { role: 'copy', label: 'Salin' },
        { role: 'paste', label: 'Tempel' },
        { role: 'selectAll', label: 'Pilih Semua' },
      ],
    },
    {
      label: 'Tampilan',
      submenu: [
        ...(isPackaged
          ? []
          : ([
              { role: 'reload', label: 'Muat Ulang' },
              { role: 'toggleDevTools', label: 'Alat Pengembang' },
              { type: 'separator' },
            ] satisfies MenuItemConstructorOptions[])),
        { role: 'resetZoom', label: 'Ukuran Asli' },
        { role: 'zoomIn', label: 'Perbesar' },
        { role: 'zoomOut', label: 'Perkecil' },
      ],
    },
    { label: 'Bantuan', role: 'help', submenu: [about] },
  );

  return Menu.buildFromTemplate(template);
}
