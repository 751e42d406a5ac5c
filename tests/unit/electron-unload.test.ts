import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { MessageBoxSyncOptions } from 'electron';
import { guardUnload, UNLOAD_QUESTION } from '../../main/electron/unload';

/*
 * Electron's binary does not run under vitest: the window's webContents is an
 * EventEmitter that emits what Electron emits when the page's beforeunload
 * refuses, and the native question is a function that answers a button index.
 */
function windowWith(answer: number) {
  const contents = new EventEmitter();
  const asked: MessageBoxSyncOptions[] = [];
  guardUnload(contents, (options) => {
    asked.push(options);
    return answer;
  });
  const leave = () => {
    const event = { preventDefault: vi.fn() };
    contents.emit('will-prevent-unload', event);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { asked, leave };
}

describe('closing a window with unsaved changes', () => {
  it('asks, and "Kembali" keeps the window and its draft', () => {
    const w = windowWith(0);
    expect(w.leave()).toBe(false);
    expect(w.asked).toEqual([UNLOAD_QUESTION]);
  });

  it('"Buang perubahan" lets the window close', () => {
    expect(windowWith(1).leave()).toBe(true);
  });

  it('Escape or closing the question keeps the window (cancel is "Kembali")', () => {
    expect(UNLOAD_QUESTION.buttons?.[UNLOAD_QUESTION.cancelId ?? -1]).toBe('Kembali');
    expect(UNLOAD_QUESTION.defaultId).toBe(UNLOAD_QUESTION.cancelId);
  });
});
