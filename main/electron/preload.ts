/**
 * Preload of the Rombongan window. It runs sandboxed (it may require only
 * 'electron') and exposes exactly one function to the page: `invoke`, which
 * forwards an operation name and its input over the single IPC channel.
 * No ipcRenderer, no event listeners, no Node: main validates every input
 * with the contract, so the page gets no more power than the contract gives.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { INVOKE_CHANNEL } from './channel';

const bridge = {
  invoke: (operation: string, input: unknown): Promise<unknown> => ipcRenderer.invoke(INVOKE_CHANNEL, operation, input),
};

contextBridge.exposeInMainWorld('rombongan', Object.freeze(bridge));
