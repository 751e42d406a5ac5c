import type { KeyboardEvent, ReactNode, Ref, RefObject } from 'react';
import '../styles/lists.css';
import type { CommandContext } from '../lib/commands';
import { useCommand } from '../lib/commands-react';
import { isMac } from '../lib/keys';
import { SearchIcon } from './Icons';
import { CodeOptions } from './Options';

/**
 * The parts of a list screen above and around its table (the trips, the directory's tabs):
 * the search-and-filters row, its search box, a labelled filter, and what shows when the
 * filters hide everything. `className` carries the screen's own spacing.
 */
export function ListToolbar({ label, className, children }: { label: string; className: string; children: ReactNode }) {
  return (
    <div className={`list-toolbar ${className}`} role="search" aria-label={label}>
      {children}
    </div>
  );
}

/** Ctrl+F / ⌘F and "/": to the search box of the list of `context`, its text selected (registered while the caller is mounted). */
export function useSearchCommand({ id, context }: { id: string; context: CommandContext }, inputRef: RefObject<HTMLInputElement | null>) {
  useCommand({
    id,
    label: 'commands.labels.search',
    keys: ['Mod+F', '/'],
    context,
    inTextField: ['Mod+F'],
    run: () => {
      inputRef.current?.focus();
      inputRef.current?.select();
    },
  });
}

interface SearchBoxProps {
  id: string;
  inputRef: Ref<HTMLInputElement>;
  /** The box's label, read by screen readers only. */
  label: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
  onKeyDown?: (e: KeyboardEvent<HTMLInputElement>) => void;
  maxLength?: number;
  className: string;
}

/** The search box: a magnifier, the input (Ctrl+F / ⌘F and "/" reach it: the screen's command) and the "/" hint while empty. */
export function SearchBox({ id, inputRef, label, placeholder, value, onChange, onKeyDown, maxLength, className }: SearchBoxProps) {
  return (
    <div className={`list-search ${className}`}>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <SearchIcon size={16} />
      <input
        id={id}
        ref={inputRef}
        type="search"
        className="input list-search-input"
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        maxLength={maxLength}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={onKeyDown}
        aria-keyshortcuts={isMac ? 'Meta+F /' : 'Control+F /'}
      />
      {!value && (
        <kbd className="kbd list-search-kbd" aria-hidden="true">
          /
        </kbd>
      )}
    </div>
  );
}

/** A filter of the toolbar: its label beside its select or input (`htmlFor` names the control). */
export function ListFilter({ htmlFor, label, className, children }: { htmlFor: string; label: string; className?: string; children: ReactNode }) {
  return (
    <div className={className ? `list-filter ${className}` : 'list-filter'}>
      <label htmlFor={htmlFor} className="list-filter-label">
        {label}
      </label>
      {children}
    </div>
  );
}

/** The filters hide every row: say so, and offer to clear them. */
export function NoMatches({ className, title, text, clearLabel, onClear }: { className: string; title: string; text?: string; clearLabel: string; onClear: () => void }) {
  return (
    <div className={className}>
      <p className="empty-title">{title}</p>
      {text !== undefined && <p className="empty-text">{text}</p>}
      <button type="button" className="btn btn-secondary" onClick={onClear}>
        {clearLabel}
      </button>
    </div>
  );
}

interface FilterSelectProps<T extends string> {
  id: string;
  className: string;
  value: T | '';
  onChange: (value: T | '') => void;
  /** The first option, "all …" (value ''). */
  allLabel: string;
  codes: readonly T[];
  labelOf: (code: T) => string;
}

/** A filter's select over a code list: "all …" first, then each code by its label. */
export function FilterSelect<T extends string>({ id, className, value, onChange, allLabel, codes, labelOf }: FilterSelectProps<T>) {
  return (
    <select id={id} className={className} value={value} onChange={(e) => onChange(e.target.value as T | '')}>
      <option value="">{allLabel}</option>
      <CodeOptions codes={codes} labelOf={labelOf} />
    </select>
  );
}
