/**
 * The one IPC channel between the window and main. Shared by main.ts and the
 * preload; imports nothing, so the sandboxed preload bundle stays tiny.
 */
export const INVOKE_CHANNEL = 'rombongan:invoke';
