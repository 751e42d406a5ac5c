import { useEffect, useLayoutEffect, useRef, useSyncExternalStore } from 'react';

/*
 * Nothing typed is lost. Every kit form with unsaved changes registers here;
 * leaving the screen (a link, the address bar's back, `navigate`) is held and
 * the user is asked "Simpan / Buang / Batal" (UnsavedPrompt); a reload or a
 * closed window gets the browser's own question (beforeunload; in Electron
 * main asks, see main/electron/main.ts).
 */

interface Entry {
  /** Submits the form; true when it saved (false: its errors are on screen). */
  save: () => Promise<boolean>;
}

const dirty = new Map<symbol, Entry>();

export function hasUnsaved(): boolean {
  return dirty.size > 0;
}

/** Saves every form with unsaved changes; true when all saved. */
export async function saveAll(): Promise<boolean> {
  let all = true;
  for (const e of [...dirty.values()]) if (!(await e.save())) all = false;
  return all;
}

/**
 * While `isDirty`, the form counts as unsaved; `save` is its submit. Returns
 * `markSaved`, which takes the form off the list at once (a save that closes
 * a dialog and moves on must not be held by its own, not yet re-rendered, form).
 */
export function useUnsaved(isDirty: boolean, save: () => Promise<boolean>): () => void {
  const key = useRef<symbol>(Symbol('form'));
  const saveRef = useRef(save);
  useLayoutEffect(() => {
    saveRef.current = save;
  });
  useEffect(() => {
    const k = key.current;
    if (!isDirty) return;
    dirty.set(k, { save: () => saveRef.current() });
    return () => {
      dirty.delete(k);
    };
  }, [isDirty]);
  return () => {
    dirty.delete(key.current);
  };
}

// ---- Leaving the screen ----------------------------------------------------

/** The navigation held for the user's answer. */
let pending: string | null = null;
/** A hash the user agreed to leave for: let it through once. */
let approved: string | null = null;
const listeners = new Set<() => void>();
const emit = () => {
  for (const l of listeners) l();
};

/** The address the user tried to go to while a form was unsaved, or null. */
export function usePendingLeave(): string | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => pending,
  );
}

/** The user's answer: go on (after saving or discarding) or stay. */
export function answerLeave(go: boolean): void {
  const target = pending;
  pending = null;
  emit();
  if (go && target !== null) {
    approved = target;
    window.location.hash = target;
  }
}

let installed = false;
/**
 * Installs the window listeners once, before any screen subscribes to the
 * address (listeners run in order: this one can take a change back before the
 * router sees it).
 */
export function installUnsavedGuard(): void {
  if (installed) return;
  installed = true;
  window.addEventListener('hashchange', (e) => {
    const next = window.location.hash;
    const current = new URL(e.oldURL).hash;
    if (approved === next || !hasUnsaved() || next === current) {
      approved = null;
      return;
    }
    // Back to where the form is, before the router re-renders; then ask.
    e.stopImmediatePropagation();
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}${current}`);
    pending = next;
    emit();
  });
  window.addEventListener('beforeunload', (e) => {
    if (!hasUnsaved()) return;
    e.preventDefault();
    // Older engines need a value to ask at all.
    e.returnValue = '';
  });
}
