import { CloseIcon } from './Icons';

/** The × that closes a notice or clears a choice; `label` says what it closes. */
export function CloseButton({ label, onClick, className = 'icon-btn', size = 16 }: { label: string; onClick: () => void; className?: string; size?: number }) {
  return (
    <button type="button" className={className} aria-label={label} onClick={onClick}>
      <CloseIcon size={size} />
    </button>
  );
}
