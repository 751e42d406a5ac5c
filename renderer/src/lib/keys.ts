/** Keyboard helpers shared by the screens. */
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';

export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/i.test(navigator.platform || navigator.userAgent);

/** Ctrl (Windows, Linux) or ⌘ (macOS); either is accepted everywhere. */
export function isPrimaryModifier(e: KeyboardEvent | ReactKeyboardEvent): boolean {
  return (e.ctrlKey || e.metaKey) && !e.altKey;
}

/** The shortcut as the platform writes it: "Ctrl+N" or "⌘N". */
export function shortcutLabel(key: string): string {
  return isMac ? `⌘${key}` : `Ctrl+${key}`;
}

/** Typing targets keep their own keys (Ctrl+Z undoes typing there, F2 is theirs…). */
export function isEditableTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/** A modal dialog is open: page-level shortcuts stand down. */
export function modalOpen(): boolean {
  return document.querySelector('[aria-modal="true"]') !== null;
}
