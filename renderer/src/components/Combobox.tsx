import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import './combobox.css';

export interface ComboboxProps<T> {
  /** id of the input (a <label htmlFor> names it). */
  id: string;
  /** The text in the input. */
  value: string;
  onValueChange: (text: string) => void;
  /** The choices for the current text. */
  items: readonly T[];
  itemKey: (item: T) => string;
  renderItem: (item: T) => ReactNode;
  onPick: (item: T) => void;
  /** One more choice after the items, e.g. "Add “…” as new". */
  action?: { label: string; run: () => void };
  /** Shown in the open list when there is nothing to choose. */
  emptyText?: string;
  placeholder?: string;
  invalid?: boolean;
  describedBy?: string;
  ariaLabel?: string;
  disabled?: boolean;
  busy?: boolean;
  /**
   * The items are still those of an earlier text (a search is under way for
   * what was just typed): Enter then waits for the fresh items and picks from
   * them, so typing fast and pressing Enter never takes a stale choice.
   */
  stale?: boolean;
  onFocus?: () => void;
  /** Called when focus leaves (e.g. to put back the chosen item's text). */
  onBlur?: () => void;
  /** Opens the list when the input gains focus, before any typing. */
  openOnFocus?: boolean;
  /** Rendered inside the field, after the input (a clear button). */
  trailing?: ReactNode;
  autoFocus?: boolean;
}

/**
 * An editable combobox (WAI-ARIA 1.2 pattern, list autocomplete with manual
 * selection): typing filters the list and leaves no option active; ↓ from the
 * input activates the first option (↑ the last), then ↑/↓ move; Enter picks
 * the active option, or the first one when none is active; Escape closes the
 * list (and only the list: a surrounding dialog stays open), Tab leaves.
 * Focus stays in the input; the active option is announced through
 * aria-activedescendant.
 */
export function Combobox<T>(props: ComboboxProps<T>) {
  const { id, value, onValueChange, items, itemKey, renderItem, onPick, action, emptyText } = props;
  const [open, setOpen] = useState(false);
  // -1: no option is active (the user is typing).
  const [active, setActive] = useState(-1);
  // Enter was pressed while the items were stale: pick once they are fresh.
  const pendingEnter = useRef(false);
  const listId = `${id}-list`;
  const count = items.length + (action ? 1 : 0);
  const activeIndex = count === 0 || active < 0 ? -1 : Math.min(active, count - 1);
  const optionId = (i: number) => `${id}-opt-${i}`;
  const showList = open && (count > 0 || emptyText !== undefined);

  const activeId = showList && activeIndex >= 0 ? optionId(activeIndex) : undefined;

  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeId]);

  const close = () => {
    pendingEnter.current = false;
    setOpen(false);
    setActive(-1);
  };

  const choose = (i: number) => {
    const item = items[i];
    close();
    if (item !== undefined) onPick(item);
    else if (action && i === items.length) action.run();
  };

  // Enter, then the fresh items: the active option if any, else the first.
  useEffect(() => {
    if (!pendingEnter.current || props.stale) return;
    pendingEnter.current = false;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- answers the fresh items a search brought, once per Enter
    if (open && count > 0) choose(Math.max(activeIndex, 0));
  });

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    switch (e.key) {
      case 'ArrowDown':
        // Alt+↓ only opens the list.
        if (!open) setOpen(true);
        if (!e.altKey || open) setActive(activeIndex < 0 ? 0 : Math.min(activeIndex + 1, count - 1));
        break;
      case 'ArrowUp':
        if (!open) setOpen(true);
        setActive(activeIndex < 0 ? count - 1 : Math.max(activeIndex - 1, 0));
        break;
      case 'Home':
      case 'End':
        if (!open || count === 0) return;
        setActive(e.key === 'Home' ? 0 : count - 1);
        break;
      case 'Enter':
        // Enter picks: it must not submit the surrounding form meanwhile.
        if (!open) return;
        if (props.stale) {
          pendingEnter.current = true;
          break;
        }
        if (count === 0) return;
        choose(Math.max(activeIndex, 0));
        break;
      case 'Escape':
        if (!open) return;
        e.stopPropagation();
        close();
        break;
      case 'Tab':
        close();
        return;
      default:
        return;
    }
    e.preventDefault();
  };

  return (
    <div className={`combo${props.disabled ? ' combo-disabled' : ''}`}>
      <div className="combo-field">
        <input
          id={id}
          type="text"
          className="input combo-input"
          role="combobox"
          aria-expanded={showList}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeId}
          aria-invalid={props.invalid ? true : undefined}
          aria-describedby={props.describedBy}
          aria-label={props.ariaLabel}
          aria-busy={props.busy || undefined}
          autoComplete="off"
          spellCheck={false}
          placeholder={props.placeholder}
          disabled={props.disabled}
          data-autofocus={props.autoFocus || undefined}
          value={value}
          onChange={(e) => {
            pendingEnter.current = false;
            onValueChange(e.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onFocus={() => {
            props.onFocus?.();
            if (props.openOnFocus) setOpen(true);
          }}
          onBlur={() => {
            close();
            props.onBlur?.();
          }}
          onClick={() => setOpen(true)}
        />
        {props.trailing}
      </div>
      <ul id={listId} role="listbox" className="combo-list" hidden={!showList} aria-label={props.ariaLabel}>
        {items.map((item, i) => (
          <li
            key={itemKey(item)}
            id={optionId(i)}
            role="option"
            aria-selected={i === activeIndex}
            className="combo-option"
            // Keep focus in the input; pick on press.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(i)}
            onMouseMove={() => i !== activeIndex && setActive(i)}
          >
            {renderItem(item)}
          </li>
        ))}
        {action && (
          <li
            id={optionId(items.length)}
            role="option"
            aria-selected={items.length === activeIndex}
            className="combo-option combo-action"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(items.length)}
            onMouseMove={() => items.length !== activeIndex && setActive(items.length)}
          >
            {action.label}
          </li>
        )}
        {count === 0 && emptyText !== undefined && (
          <li className="combo-empty" role="presentation">
            {emptyText}
          </li>
        )}
      </ul>
    </div>
  );
}
