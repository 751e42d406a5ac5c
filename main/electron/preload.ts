/**
 * Preload of the Rombongan window. It runs sandboxed (it may require only
 * 'electron') and exposes exactly two functions to the page: `invoke`, which
 * forwards an operation name and its input over the single call channel, and
 * `subscribe`, which hands the page main's change announcements (plain data:
 * the event object never reaches the page). No ipcRenderer, no Node: main
 * validates every input with the contract, so the page gets no more power
 * than the contract gives.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANGES_CHANNEL, INVOKE_CHANNEL } from './channel';

const bridge = {
  invoke: (operation: string, input: unknown): Promise<unknown> => ipcRenderer.invoke(INVOKE_CHANNEL, operation, input),
  subscribe: (listener: (changes: unknown) => void): (() => void) => {
    const handler = (_event: IpcRendererEvent, changes: unknown) => listener(changes);
    ipcRenderer.on(CHANGES_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(CHANGES_CHANNEL, handler);
    };
  },
};

contextBridge.exposeInMainWorld('rombongan', Object.freeze(bridge));
