// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCommandRegistry, formatKeys, parseKeys, type Command, type CommandRegistry } from '../../renderer/src/lib/commands';
import { APP_SHELL_ID } from '../../renderer/src/components/Modal';

const cleanups: (() => void)[] = [];

afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
  document.body.innerHTML = '';
});

function registry(): CommandRegistry {
  return createCommandRegistry({ target: window });
}

/** Registers a command (unregistered after the test) and returns its `run` spy. */
function add(r: CommandRegistry, cmd: Omit<Partial<Command>, 'run'> & Pick<Command, 'id' | 'keys'>) {
  const run = vi.fn<(e: KeyboardEvent | null) => void>();
  cleanups.push(r.register({ label: `labels.${cmd.id}`, context: 'global', ...cmd, run }));
  return run;
}

/** Dispatches a real keydown on `target` (the body by default); returns the event to inspect. */
function press(init: KeyboardEventInit, target: HTMLElement = document.body): KeyboardEvent {
  const e = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(e);
  return e;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  document.body.append(el);
  return el;
}

describe('command registry: dispatch', () => {
  it('runs the command of the key pressed through its one window listener, and keeps the key from the browser', () => {
    const r = registry();
    const undo = add(r, { id: 'undo', keys: 'Mod+Z' });
    const help = add(r, { id: 'help', keys: 'F1' });

    const e = press({ key: 'z', ctrlKey: true });
    expect(undo).toHaveBeenCalledTimes(1);
    expect(undo.mock.calls[0]?.[0]).toBe(e);
    expect(e.defaultPrevented).toBe(true);
    // Mod is Ctrl or ⌘: either is accepted.
    press({ key: 'Z', metaKey: true });
    expect(undo).toHaveBeenCalledTimes(2);
    expect(help).not.toHaveBeenCalled();

    press({ key: 'F1' });
    expect(help).toHaveBeenCalledTimes(1);
  });

  it('leaves other keys and other modifiers alone', () => {
    const r = registry();
    const undo = add(r, { id: 'undo', keys: 'Mod+Z' });
    const plain = press({ key: 'z' });
    const shifted = press({ key: 'Z', ctrlKey: true, shiftKey: true });
    const alt = press({ key: 'z', ctrlKey: true, altKey: true });
    expect(undo).not.toHaveBeenCalled();
    expect([plain, shifted, alt].map((e) => e.defaultPrevented)).toEqual([false, false, false]);
  });

  it('takes a symbol as typed: "Shift+?" matches "?" whatever the layout needed for it', () => {
    const r = registry();
    const help = add(r, { id: 'help', keys: ['F1', 'Shift+?'] });
    press({ key: '?', shiftKey: true });
    press({ key: '?' });
    expect(help).toHaveBeenCalledTimes(2);
    press({ key: '/' });
    expect(help).toHaveBeenCalledTimes(2);
  });

  it('a command whose `when` says no lets the key through (to a command of a wider context, or the browser)', () => {
    const r = registry();
    let applies = false;
    const screenNew = add(r, { id: 'screen.new', keys: 'Mod+N', context: 'directory.people', when: () => applies });
    const appNew = add(r, { id: 'app.new', keys: 'Mod+N', context: 'trips' });
    const undo = add(r, { id: 'undo', keys: 'Mod+Z', when: () => applies });

    press({ key: 'n', ctrlKey: true });
    expect(appNew).toHaveBeenCalledTimes(1);
    expect(screenNew).not.toHaveBeenCalled();
    expect(press({ key: 'z', ctrlKey: true }).defaultPrevented).toBe(false);
    expect(undo).not.toHaveBeenCalled();

    applies = true;
    press({ key: 'n', ctrlKey: true });
    expect(screenNew).toHaveBeenCalledTimes(1);
    expect(appNew).toHaveBeenCalledTimes(1);
    press({ key: 'z', ctrlKey: true });
    expect(undo).toHaveBeenCalledTimes(1);
  });

  it('a handled key does not reach the page’s own handlers; an unhandled one does', () => {
    const r = registry();
    add(r, { id: 'undo', keys: 'Mod+Z' });
    const button = element('button');
    const seen = vi.fn<(key: string) => void>();
    button.addEventListener('keydown', (e) => seen(e.key));
    press({ key: 'z', ctrlKey: true }, button);
    press({ key: 'x', ctrlKey: true }, button);
    expect(seen.mock.calls).toEqual([['x']]);
  });

  it('ignores keys while an IME composes text', () => {
    const r = registry();
    const help = add(r, { id: 'help', keys: 'F1', inTextField: true, inModal: true });
    press({ key: 'F1', isComposing: true });
    expect(help).not.toHaveBeenCalled();
  });

  it('runs once for a held key unless the command wants repeats; the repeats still do not reach the browser', () => {
    const r = registry();
    const undo = add(r, { id: 'undo', keys: 'Mod+Z' });
    const next = add(r, { id: 'next', keys: 'J', repeat: true });
    press({ key: 'z', ctrlKey: true });
    const repeated = press({ key: 'z', ctrlKey: true, repeat: true });
    expect(undo).toHaveBeenCalledTimes(1);
    expect(repeated.defaultPrevented).toBe(true);
    press({ key: 'j' });
    press({ key: 'j', repeat: true });
    expect(next).toHaveBeenCalledTimes(2);
  });
});

describe('command registry: text fields and dialogs', () => {
  it('keys typed in inputs, textareas, selects and contenteditable stay theirs unless the command applies there', () => {
    const r = registry();
    const undo = add(r, { id: 'undo', keys: 'Mod+Z' });
    const create = add(r, { id: 'new', keys: 'Mod+N', inTextField: true });
    const help = add(r, { id: 'help', keys: ['F1', 'Shift+?'], inTextField: ['F1'] });
    const editor = element('div', { contenteditable: 'true' });
    const inside = document.createElement('span');
    editor.append(inside);
    const fields = [element('input'), element('textarea'), element('select'), editor, inside];

    for (const field of fields) {
      const z = press({ key: 'z', ctrlKey: true }, field);
      // Ctrl+Z undoes typing there: not even prevented.
      expect(z.defaultPrevented).toBe(false);
      expect(press({ key: '?' }, field).defaultPrevented).toBe(false);
      press({ key: 'n', ctrlKey: true }, field);
      press({ key: 'F1' }, field);
    }
    expect(undo).not.toHaveBeenCalled();
    expect(create).toHaveBeenCalledTimes(fields.length);
    expect(help).toHaveBeenCalledTimes(fields.length);

    // Outside a text field "?" works.
    press({ key: '?' }, element('button'));
    expect(help).toHaveBeenCalledTimes(fields.length + 1);
  });

  it('stands down while a modal dialog is open (the app shell inert, or an aria-modal dialog) unless the command says otherwise', () => {
    const r = registry();
    const undo = add(r, { id: 'undo', keys: 'Mod+Z' });
    const close = add(r, { id: 'always', keys: 'F9', inModal: true });
    const create = add(r, { id: 'new', keys: 'Mod+N', reserve: true });
    const shell = element('div', { id: APP_SHELL_ID, inert: '' });

    const z = press({ key: 'z', ctrlKey: true });
    expect(undo).not.toHaveBeenCalled();
    expect(z.defaultPrevented).toBe(false);
    press({ key: 'F9' });
    expect(close).toHaveBeenCalledTimes(1);
    // A reserved key is kept from the browser even when its command does not run.
    expect(press({ key: 'n', ctrlKey: true }).defaultPrevented).toBe(true);
    expect(create).not.toHaveBeenCalled();

    shell.removeAttribute('inert');
    const dialog = element('div', { role: 'dialog', 'aria-modal': 'true' });
    press({ key: 'z', ctrlKey: true });
    expect(undo).not.toHaveBeenCalled();

    dialog.remove();
    press({ key: 'z', ctrlKey: true });
    press({ key: 'n', ctrlKey: true });
    expect(undo).toHaveBeenCalledTimes(1);
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('a reserved key typed in a text field is left to the field', () => {
    const r = registry();
    add(r, { id: 'help', keys: ['F1', 'Shift+?'], inTextField: ['F1'], reserve: true });
    element('div', { id: APP_SHELL_ID, inert: '' });
    const input = element('input');
    expect(press({ key: '?' }, input).defaultPrevented).toBe(false);
    expect(press({ key: 'F1' }, input).defaultPrevented).toBe(true);
  });
});

describe('command registry: registration', () => {
  it('throws on a second command on the same key in the same context, Mod overlapping Ctrl and ⌘', () => {
    const r = registry();
    add(r, { id: 'a', keys: 'Mod+N', context: 'directory.people' });
    expect(() => r.register({ id: 'b', label: 'b', keys: 'Mod+N', context: 'directory.people', run: () => undefined })).toThrow(
      /Mod\+N.*"b".*"a".*directory\.people/,
    );
    expect(() => r.register({ id: 'c', label: 'c', keys: ['F3', 'Ctrl+n'], context: 'directory.people', run: () => undefined })).toThrow(/Ctrl\+n/);
    expect(() => r.register({ id: 'd', label: 'd', keys: 'Meta+N', context: 'directory.people', run: () => undefined })).toThrow();
    // A rejected command is not half-registered.
    expect(r.list().map((c) => c.id)).toEqual(['a']);
    // Different modifiers are different keys.
    add(r, { id: 'e', keys: 'Mod+Shift+N', context: 'directory.people' });
    add(r, { id: 'f', keys: 'N', context: 'directory.people' });
  });

  it('the same key in two contexts is fine: the more specific context wins', () => {
    const r = registry();
    const trips = add(r, { id: 'trips.new', keys: 'Mod+N', context: 'trips' });
    const people = add(r, { id: 'people.new', keys: 'Mod+N', context: 'directory.people' });
    const general = add(r, { id: 'global.new', keys: 'Mod+N', context: 'global' });
    press({ key: 'n', ctrlKey: true });
    expect(people).toHaveBeenCalledTimes(1);
    expect(trips).not.toHaveBeenCalled();
    expect(general).not.toHaveBeenCalled();
  });

  it('throws on a duplicate id, in any context', () => {
    const r = registry();
    add(r, { id: 'trips.new', keys: 'Mod+N', context: 'trips' });
    expect(() => r.register({ id: 'trips.new', label: 'x', keys: 'F5', context: 'global', run: () => undefined })).toThrow(/trips\.new.*already registered/);
  });

  it('throws on a malformed key', () => {
    expect(() => parseKeys('Hyper+N')).toThrow(/Hyper/);
    expect(() => parseKeys('Ctrl+')).toThrow();
  });

  it('unregisters: the key is free again, and the window listener goes with the last command', () => {
    const target = { addEventListener: vi.fn(), removeEventListener: vi.fn() };
    const counted = createCommandRegistry({ target });
    const offA = counted.register({ id: 'a', label: 'a', keys: 'F1', context: 'global', run: () => undefined });
    const offB = counted.register({ id: 'b', label: 'b', keys: 'F2', context: 'global', run: () => undefined });
    expect(target.addEventListener).toHaveBeenCalledTimes(1);
    expect(target.addEventListener).toHaveBeenCalledWith('keydown', expect.any(Function), true);
    offA();
    expect(target.removeEventListener).not.toHaveBeenCalled();
    offB();
    expect(target.removeEventListener).toHaveBeenCalledTimes(1);

    const r = registry();
    const first = vi.fn();
    const off = r.register({ id: 'undo', label: 'u', keys: 'Mod+Z', context: 'global', run: first });
    off();
    // Twice is harmless.
    off();
    expect(press({ key: 'z', ctrlKey: true }).defaultPrevented).toBe(false);
    expect(first).not.toHaveBeenCalled();
    const second = add(r, { id: 'undo', keys: 'Mod+Z' });
    press({ key: 'z', ctrlKey: true });
    expect(second).toHaveBeenCalledTimes(1);
    expect(first).not.toHaveBeenCalled();
  });

  it('lists the commands by context and tells subscribers of each change; execute runs one by id', () => {
    const r = registry();
    const changes = vi.fn();
    cleanups.push(r.subscribe(changes));
    add(r, { id: 'people.search', keys: '/', context: 'directory.people' });
    const help = add(r, { id: 'help', keys: 'F1', context: 'global' });
    add(r, { id: 'trips.new', keys: 'Mod+N', context: 'trips' });
    expect(r.list().map((c) => c.id)).toEqual(['help', 'trips.new', 'people.search']);
    expect(r.list()).toBe(r.list());
    expect(changes).toHaveBeenCalledTimes(3);

    expect(r.execute('help')).toBe(true);
    expect(help).toHaveBeenCalledWith(null);
    expect(r.execute('nothing')).toBe(false);
  });
});

describe('command keys as the platform writes them', () => {
  it('Ctrl+… elsewhere, ⌘… on macOS; symbols without their Shift', () => {
    expect(formatKeys('Mod+Z', false)).toBe('Ctrl+Z');
    expect(formatKeys('Mod+Z', true)).toBe('⌘Z');
    expect(formatKeys('Mod+Shift+Z', false)).toBe('Ctrl+Shift+Z');
    expect(formatKeys('Mod+Shift+Z', true)).toBe('⇧⌘Z');
    expect(formatKeys('Alt+ArrowUp', true)).toBe('⌥↑');
    expect(formatKeys('F1', false)).toBe('F1');
    expect(formatKeys('Delete', false)).toBe('Delete');
    expect(formatKeys('Shift+?', false)).toBe('?');
    expect(formatKeys('/', true)).toBe('/');
  });
});
