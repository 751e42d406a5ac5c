import { Fragment } from 'react';
import { isMac, shortcutLabel } from '../lib/keys';

/** One hint: the keys (shown side by side) and what they do. */
export type KeyHint = readonly [keys: readonly string[], text: string];

/** The keys the lists share, as the hints show them. */
export const HINT_KEYS = {
  move: ['↑', '↓'],
  enter: ['Enter'],
  delete: [isMac ? '⌘⌫' : 'Delete'],
  erase: [isMac ? '⇧⌘⌫' : 'Shift+Delete'],
  search: ['/'],
  new: [shortcutLabel('N')],
} as const;

/** The line under a list naming its keys; `label` is read by screen readers before them. */
export function KeyboardHints({ label, hints }: { label: string; hints: readonly KeyHint[] }) {
  return (
    <p className="keyboard-hints">
      <span className="visually-hidden">{label}: </span>
      {hints.map(([keys, text]) => (
        <span key={text}>
          {keys.map((k) => (
            <Fragment key={k}>
              <kbd className="kbd">{k}</kbd>{' '}
            </Fragment>
          ))}
          {text}
        </span>
      ))}
    </p>
  );
}
