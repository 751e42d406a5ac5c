import type { MessageBoxSyncOptions } from 'electron';

/*
 * Closing or reloading the window with unsaved changes. The renderer's
 * beforeunload handler (renderer/src/components/form/unsaved.ts) refuses the
 * unload while a form holds unsaved changes; Electron then shows nothing and
 * emits 'will-prevent-unload', where this asks the user. "Kembali" keeps the
 * window (the in-app question then offers Simpan there); "Buang perubahan"
 * lets it close. Main does not know the UI language, so, like the About box,
 * the question is in Indonesian, the app's first language.
 */
export const UNLOAD_QUESTION: MessageBoxSyncOptions = {
  type: 'question',
  buttons: ['Kembali', 'Buang perubahan'],
  defaultId: 0,
  cancelId: 0,
  noLink: true,
  title: 'Perubahan belum disimpan',
  message: 'Ada isian yang belum disimpan.',
  detail: 'Pilih "Kembali" untuk menyimpannya, atau "Buang perubahan" untuk menutup tanpa menyimpan.',
};

const DISCARD = 1;

interface UnloadEvent {
  preventDefault(): void;
}
interface WebContentsLike {
  on(event: 'will-prevent-unload', listener: (event: UnloadEvent) => void): unknown;
}

/** Asks before a window whose page refused to unload is closed or reloaded; `ask` shows the native question and returns the button chosen. */
export function guardUnload(contents: WebContentsLike, ask: (options: MessageBoxSyncOptions) => number): void {
  contents.on('will-prevent-unload', (event) => {
    // preventDefault here cancels the page's refusal: the window goes.
    if (ask(UNLOAD_QUESTION) === DISCARD) event.preventDefault();
  });
}
