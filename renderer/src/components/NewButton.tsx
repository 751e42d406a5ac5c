import type { Ref } from 'react';
import { shortcutLabel } from '../lib/keys';
import { PlusIcon } from './Icons';

/** A screen's "… baru" button, with its Ctrl+N / ⌘N (the screen registers the command). */
export function NewButton({ label, onClick, buttonRef }: { label: string; onClick: () => void; buttonRef?: Ref<HTMLButtonElement> }) {
  return (
    <button ref={buttonRef} type="button" className="btn btn-primary" onClick={onClick} aria-keyshortcuts="Control+N Meta+N">
      <PlusIcon size={16} />
      <span>{label}</span>
      <kbd className="kbd kbd-on-accent" aria-hidden="true">
        {shortcutLabel('N')}
      </kbd>
    </button>
  );
}
