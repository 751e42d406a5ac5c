/**
 * The keyboard-command registry (after Excalidraw's action manager): every
 * page-level shortcut is a command here, and ONE window listener dispatches
 * them. The conditions every shortcut shares live in `dispatch` only: keys
 * typed in text fields, keys pressed while a modal dialog is open, IME
 * composition and held (repeating) keys.
 *
 * Element-level keys (rows, comboboxes, dialogs) stay on their elements.
 */
import { APP_SHELL_ID } from '../components/Modal';
import { isEditableTarget, isMac } from './keys';

/**
 * Where a command belongs: its group in the help overlay, and its precedence
 * when two commands share a key (a later context in this list wins: a screen's
 * "Ctrl+N" beats the app-wide one).
 */
export const COMMAND_CONTEXTS = ['global', 'trips', 'trip', 'directory.people', 'directory.institutions', 'trash', 'rates'] as const;
export type CommandContext = (typeof COMMAND_CONTEXTS)[number];

export interface Command {
  /** Unique name, e.g. "trips.new". */
  id: string;
  /** i18n key of what it does, shown in the help overlay. */
  label: string;
  /** "Mod+Z", "Delete", "Shift+?", "F1"…; Mod is Ctrl, or ⌘ on macOS (either is accepted everywhere). */
  keys: string | readonly string[];
  context: CommandContext;
  /** Applies now? Checked on every key press; a command that does not apply lets the key through. */
  when?: () => boolean;
  run: (event: KeyboardEvent | null) => void;
  /** Also while typing in an input, textarea, select or contenteditable: true for all its keys, or just these. */
  inTextField?: boolean | readonly string[];
  /** Also while a modal dialog is open. */
  inModal?: boolean;
  /** Runs again for each repeat of a held key (otherwise a held key runs it once). */
  repeat?: boolean;
  /** The browser's default for the key is suppressed even while a dialog is open or `when` says no (e.g. Ctrl+N opening a window). */
  reserve?: boolean;
}

type Modifier = 'mod' | 'ctrl' | 'meta' | 'alt' | 'shift';

export interface KeyCombo {
  /** Lower-case `KeyboardEvent.key` ("z", "f1", "delete", "?"). */
  key: string;
  mod: boolean;
  ctrl: boolean;
  meta: boolean;
  alt: boolean;
  shift: boolean;
}

const MODIFIERS: Record<string, Modifier> = {
  mod: 'mod',
  ctrl: 'ctrl',
  control: 'ctrl',
  meta: 'meta',
  cmd: 'meta',
  alt: 'alt',
  option: 'alt',
  shift: 'shift',
};

/** A printed symbol ("?", "/") already carries Shift in its character: Shift is not compared for it. */
const isSymbol = (key: string) => key.length === 1 && !/[\p{L}\p{N}]/u.test(key);

/** Parses "Mod+Shift+Z", "F1", "Shift+?" (throws on a malformed key: a programming error). */
export function parseKeys(spec: string): KeyCombo {
  const parts = spec.endsWith('++') ? [...spec.slice(0, -2).split('+').filter(Boolean), '+'] : spec.split('+');
  const key = parts.pop();
  if (!key) throw new Error(`Malformed key "${spec}"`);
  const combo: KeyCombo = { key: key.toLowerCase(), mod: false, ctrl: false, meta: false, alt: false, shift: false };
  for (const part of parts) {
    const m = MODIFIERS[part.toLowerCase()];
    if (!m) throw new Error(`Unknown modifier "${part}" in key "${spec}"`);
    combo[m] = true;
  }
  return combo;
}

/** The (ctrl, meta) pairs a combo accepts: Mod takes either (or both). */
function controlStates(c: KeyCombo): string[] {
  if (c.mod) return ['10', '01', '11'].filter((s) => (!c.ctrl || s[0] === '1') && (!c.meta || s[1] === '1'));
  return [`${c.ctrl ? 1 : 0}${c.meta ? 1 : 0}`];
}

/** Could one key press match both? */
function overlaps(a: KeyCombo, b: KeyCombo): boolean {
  if (a.key !== b.key || a.alt !== b.alt) return false;
  if (!isSymbol(a.key) && a.shift !== b.shift) return false;
  const bs = controlStates(b);
  return controlStates(a).some((s) => bs.includes(s));
}

export function matches(combo: KeyCombo, e: KeyboardEvent): boolean {
  if (e.key.toLowerCase() !== combo.key) return false;
  if (e.altKey !== combo.alt) return false;
  if (!isSymbol(combo.key) && e.shiftKey !== combo.shift) return false;
  return controlStates(combo).includes(`${e.ctrlKey ? 1 : 0}${e.metaKey ? 1 : 0}`);
}

const KEY_NAMES: Record<string, string> = {
  ' ': 'Space',
  escape: 'Esc',
  arrowup: '↑',
  arrowdown: '↓',
  arrowleft: '←',
  arrowright: '→',
};

function keyName(key: string): string {
  if (KEY_NAMES[key]) return KEY_NAMES[key];
  if (key.length === 1) return key.toUpperCase();
  // "f1" → "F1", "delete" → "Delete", "pagedown" → "Pagedown" is fine for a key cap.
  return /^f\d+$/.test(key) ? key.toUpperCase() : key[0]!.toUpperCase() + key.slice(1);
}

/** The key as the platform writes it: "Ctrl+Z" / "⌘Z", "Ctrl+Shift+Z" / "⇧⌘Z", "F1", "?". */
export function formatKeys(spec: string, mac: boolean = isMac): string {
  const c = parseKeys(spec);
  const shift = c.shift && !isSymbol(c.key);
  const name = keyName(c.key);
  if (mac) {
    return `${c.ctrl ? '⌃' : ''}${c.alt ? '⌥' : ''}${shift ? '⇧' : ''}${c.mod || c.meta ? '⌘' : ''}${name}`;
  }
  const mods = [c.mod || c.ctrl ? 'Ctrl' : '', c.meta ? 'Meta' : '', c.alt ? 'Alt' : '', shift ? 'Shift' : ''].filter(Boolean);
  return [...mods, name].join('+');
}

/** Typing targets keep their keys: inputs, textareas, selects and contenteditable (by attribute too, where isContentEditable is missing). */
export function inTextField(target: EventTarget | null): boolean {
  if (isEditableTarget(target)) return true;
  return target instanceof HTMLElement && target.closest('[contenteditable]:not([contenteditable="false"])') !== null;
}

const keyList = (keys: string | readonly string[]): readonly string[] => (typeof keys === 'string' ? [keys] : keys);

/** A modal dialog is open: the page behind is inert (see Modal), or some dialog says aria-modal. */
export function defaultModalOpen(): boolean {
  if (typeof document === 'undefined') return false;
  return document.getElementById(APP_SHELL_ID)?.hasAttribute('inert') === true || document.querySelector('[aria-modal="true"]') !== null;
}

interface Entry {
  command: Command;
  combos: { spec: string; combo: KeyCombo }[];
  order: number;
}

export interface CommandRegistry {
  /** Adds a command; throws on a duplicate id or a key already taken in the same context. Returns its unregister. */
  register: (command: Command) => () => void;
  /** The registered commands: by context (COMMAND_CONTEXTS order), then in registration order. Same array until a change. */
  list: () => readonly Command[];
  /** Handles one key press; true if a command ran. */
  dispatch: (e: KeyboardEvent) => boolean;
  /** Runs a command by id (a button's way in), if registered and applicable now. */
  execute: (id: string) => boolean;
  /** Called after every register/unregister. */
  subscribe: (listener: () => void) => () => void;
}

export interface RegistryOptions {
  /** Listened to (one keydown listener, capture phase) while at least one command is registered. */
  target?: Pick<Window, 'addEventListener' | 'removeEventListener'> | null;
  modalOpen?: () => boolean;
}

export function createCommandRegistry({ target = null, modalOpen = defaultModalOpen }: RegistryOptions = {}): CommandRegistry {
  const entries = new Map<string, Entry>();
  const listeners = new Set<() => void>();
  let order = 0;
  let snapshot: readonly Command[] = [];
  const rank = (c: CommandContext) => COMMAND_CONTEXTS.indexOf(c);

  const changed = () => {
    snapshot = [...entries.values()]
      .sort((a, b) => rank(a.command.context) - rank(b.command.context) || a.order - b.order)
      .map((e) => e.command);
    for (const l of [...listeners]) l();
  };

  const onKeyDown = (e: Event) => {
    if (e instanceof KeyboardEvent) dispatch(e);
  };

  function dispatch(e: KeyboardEvent): boolean {
    // A key that composes text (IME) belongs to the text.
    if (e.isComposing || e.keyCode === 229) return false;
    const candidates: { entry: Entry; spec: string }[] = [];
    for (const entry of entries.values()) {
      const hit = entry.combos.find((c) => matches(c.combo, e));
      if (hit) candidates.push({ entry, spec: hit.spec });
    }
    // The most specific context first; within one, the latest registered.
    candidates.sort((a, b) => rank(b.entry.command.context) - rank(a.entry.command.context) || b.entry.order - a.entry.order);

    const editable = inTextField(e.target);
    const modal = candidates.length > 0 && modalOpen();
    let reserved = false;
    for (const { entry, spec } of candidates) {
      const cmd = entry.command;
      const inText = cmd.inTextField === true || (Array.isArray(cmd.inTextField) && cmd.inTextField.includes(spec));
      // Typing keeps its keys (Ctrl+Z undoes typing, "?" is a character), and nothing is reserved there.
      if (editable && !inText) continue;
      if ((modal && !cmd.inModal) || (cmd.when && !cmd.when())) {
        reserved ||= cmd.reserve === true;
        continue;
      }
      e.preventDefault();
      // A held key runs its command once; the repeats are swallowed.
      if (e.repeat && !cmd.repeat) return false;
      // The key is the command's: it does not also reach the page's own handlers.
      e.stopPropagation();
      cmd.run(e);
      return true;
    }
    if (reserved) e.preventDefault();
    return false;
  }

  return {
    register(command) {
      if (entries.has(command.id)) throw new Error(`Command "${command.id}" is already registered`);
      const combos = keyList(command.keys).map((spec) => ({ spec, combo: parseKeys(spec) }));
      if (combos.length === 0) throw new Error(`Command "${command.id}" has no keys`);
      for (const other of entries.values()) {
        if (other.command.context !== command.context) continue;
        for (const mine of combos) {
          const clash = other.combos.find((c) => overlaps(c.combo, mine.combo));
          if (clash) {
            throw new Error(
              `Key "${mine.spec}" of command "${command.id}" is already taken by "${other.command.id}" ("${clash.spec}") in context "${command.context}"`,
            );
          }
        }
      }
      const entry: Entry = { command, combos, order: order++ };
      if (entries.size === 0) target?.addEventListener('keydown', onKeyDown, true);
      entries.set(command.id, entry);
      changed();
      return () => {
        if (entries.get(command.id) !== entry) return;
        entries.delete(command.id);
        if (entries.size === 0) target?.removeEventListener('keydown', onKeyDown, true);
        changed();
      };
    },
    list: () => snapshot,
    dispatch,
    execute(id) {
      const cmd = entries.get(id)?.command;
      if (!cmd || (cmd.when && !cmd.when())) return false;
      cmd.run(null);
      return true;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/** The app's registry, listening on the window. */
export const commands: CommandRegistry = createCommandRegistry({ target: typeof window === 'undefined' ? null : window });

export const commandKeys = keyList;
