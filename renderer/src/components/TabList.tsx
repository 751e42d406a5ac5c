import { useRef, type KeyboardEvent, type ReactNode } from 'react';

interface TabListProps<T extends string> {
  tabs: readonly T[];
  selected: T;
  onSelect: (tab: T) => void;
  label: string;
  className: string;
  /** The id of each tab, and of the panel it shows (named by the selected tab only). */
  tabId: (tab: T) => string;
  panelId: (tab: T) => string;
  children: (tab: T) => ReactNode;
}

/**
 * A row of tabs (the directory's kinds, an issuer's levels): one tab stop, ←/→ move and select
 * (automatic activation, wrapping), Home/End jump. The panel is the caller's.
 */
export function TabList<T extends string>({ tabs, selected, onSelect, label, className, tabId, panelId, children }: TabListProps<T>) {
  const refs = useRef(new Map<T, HTMLButtonElement>());

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    const i = tabs.indexOf(selected);
    let next: number | null = null;
    if (e.key === 'ArrowRight') next = (i + 1) % tabs.length;
    else if (e.key === 'ArrowLeft') next = (i - 1 + tabs.length) % tabs.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = tabs.length - 1;
    if (next === null) return;
    e.preventDefault();
    const tab = tabs[next] as T;
    onSelect(tab);
    refs.current.get(tab)?.focus();
  };

  return (
    <div role="tablist" aria-label={label} className={className}>
      {tabs.map((x) => (
        <button
          key={x}
          ref={(el) => {
            if (el) refs.current.set(x, el);
            else refs.current.delete(x);
          }}
          type="button"
          role="tab"
          id={tabId(x)}
          aria-controls={selected === x ? panelId(x) : undefined}
          aria-selected={selected === x}
          tabIndex={selected === x ? 0 : -1}
          className="dir-tab"
          onClick={() => onSelect(x)}
          onKeyDown={onKeyDown}
        >
          {children(x)}
        </button>
      ))}
    </div>
  );
}
