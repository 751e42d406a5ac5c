/**
 * The Desktop the export handlers use (main/handlers/export.ts), made of
 * Electron's native dialogs and shell. Main opens the dialogs itself, so the
 * renderer never sends a path to write to: it only asks, over the one
 * contract channel, to save documents it built.
 */
import { app, dialog, shell, type BrowserWindow, type SaveDialogOptions, type OpenDialogOptions } from 'electron';
import { dirname, join } from 'node:path';
import type { Desktop } from '../documents';

const DOCX_FILTERS = [
  { name: 'Dokumen Word', extensions: ['docx'] },
  { name: 'Semua berkas', extensions: ['*'] },
];
const XLSX_FILTERS = [
  { name: 'Buku kerja Excel', extensions: ['xlsx'] },
  { name: 'Semua berkas', extensions: ['*'] },
];

/** `getWindow` gives the window the dialogs belong to (modal to it), or null. */
export function createDesktop(getWindow: () => BrowserWindow | null): Desktop {
  // The folder the user last chose, so a second export starts there.
  let lastFolder: string | null = null;
  const startFolder = (): string => lastFolder ?? app.getPath('documents');
  const parent = (): BrowserWindow | null => {
    const win = getWindow();
    return win !== null && !win.isDestroyed() ? win : null;
  };

  return {
    async chooseSaveFile(defaultName) {
      const options: SaveDialogOptions = {
        title: 'Simpan dokumen',
        defaultPath: join(startFolder(), defaultName),
        buttonLabel: 'Simpan',
        filters: defaultName.toLowerCase().endsWith('.xlsx') ? XLSX_FILTERS : DOCX_FILTERS,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const win = parent();
      const r = await (win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options));
      if (r.canceled || !r.filePath) return null;
      lastFolder = dirname(r.filePath);
      return r.filePath;
    },

    async chooseFolder() {
      const options: OpenDialogOptions = {
        title: 'Pilih folder untuk dokumen',
        defaultPath: startFolder(),
        buttonLabel: 'Simpan di sini',
        properties: ['openDirectory', 'createDirectory'],
      };
      const win = parent();
      const r = await (win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options));
      const folder = r.filePaths[0];
      if (r.canceled || folder === undefined) return null;
      lastFolder = folder;
      return folder;
    },

    showItemInFolder(path) {
      shell.showItemInFolder(path);
    },
  };
}
