import { useLayoutEffect, useRef, useState, type ClipboardEvent, type KeyboardEvent, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/** What a field's parser made of a text: the value to keep, and whether it is one. */
export interface Reading<N> {
  ok: boolean;
  /** The value: the parsed one, '' for nothing, else the text as typed (the form's check then refuses it). */
  value: string;
  /** What the field says about it (a day name that does not match …). */
  note: N | null;
}

/**
 * The text of a field holding a value in another form (a date shown as
 * 24/04/2025, kept as 2025-04-24): what the user types is read on blur, Enter
 * and paste; the value shows in the field's own format otherwise.
 */
export function useTypedValue<N>({
  value,
  onChange,
  onCommit,
  display,
  read,
  inputRef,
}: {
  value: string;
  onChange: (value: string) => void;
  onCommit?: (value: string) => void;
  display: (value: string) => string;
  read: (text: string) => Reading<N>;
  /** The input, to keep it selected when its value changes while it has the focus. */
  inputRef?: RefObject<HTMLInputElement | null>;
}) {
  // The text being typed, until it is read.
  const [text, setText] = useState<string | null>(null);
  // The note of the last reading, while the value is the one it was about.
  const [note, setNote] = useState<{ value: string; note: N } | null>(null);

  // The value changed under a field that has the focus but nothing typed (the end date
  // following the start as the user tabs into it): the new text is selected, as the old
  // one was, so what the user types next replaces it instead of being appended to it.
  const shown = text ?? display(value);
  const lastShown = useRef(shown);
  useLayoutEffect(() => {
    if (lastShown.current === shown) return;
    lastShown.current = shown;
    const input = inputRef?.current;
    if (text === null && input && input.ownerDocument.activeElement === input) input.select();
  }, [shown, text, inputRef]);

  const apply = (r: Reading<N>, sync: boolean) => {
    const update = () => {
      setText(null);
      setNote(r.note === null ? null : { value: r.value, note: r.note });
      if (r.value !== value) onChange(r.value);
    };
    // Before Enter's own submit: the form must see the value read.
    if (sync) flushSync(update);
    else update();
    onCommit?.(r.value);
  };

  /** Reads what was typed (nothing happens when nothing was). */
  const commit = (sync = false): Reading<N> | null => {
    if (text === null) return null;
    const r = read(text);
    apply(r, sync);
    return r;
  };

  return {
    text: text ?? display(value),
    editing: text !== null,
    note: note && note.value === value ? note.note : null,
    /** Reads what was typed now (before the calendar opens). */
    commit: () => void commit(),
    /** A value chosen another way (the calendar). */
    choose: (next: string) => apply({ ok: true, value: next, note: null }, false),
    inputProps: {
      value: text ?? display(value),
      onChange: (e: { target: { value: string } }) => setText(e.target.value),
      onBlur: () => void commit(),
      onPaste: (e: ClipboardEvent<HTMLInputElement>) => {
        const pasted = e.clipboardData.getData('text');
        const r = read(pasted);
        // A whole date or time pasted replaces the field; anything else is pasted as text.
        if (!r.ok || r.value === '') return;
        e.preventDefault();
        apply(r, false);
      },
    },
    /** Enter reads the text first; text that is not a value keeps the form from being sent. */
    onEnter: (e: KeyboardEvent<HTMLInputElement>) => {
      const r = commit(true);
      if (r && !r.ok) e.preventDefault();
    },
  };
}
