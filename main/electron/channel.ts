/**
 * The IPC channels between the window and main: calls go up one channel,
 * change announcements come down the other. Shared by main.ts and the
 * preload; imports nothing, so the sandboxed preload bundle stays tiny.
 */
export const INVOKE_CHANNEL = 'rombongan:invoke';
export const CHANGES_CHANNEL = 'rombongan:changes';
