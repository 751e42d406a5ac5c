import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fullName, type PersonKind, type PersonRow } from '../../../shared/directory/person';
import { formatNip } from '../../../shared/directory/nip';
import { api } from '../api/bridge';
import { Combobox } from './Combobox';
import { SEARCH_DEBOUNCE_MS, useDebounced } from '../lib/useDebounced';

export interface PersonPickerProps {
  /** id of the input, for its <label htmlFor>. */
  id: string;
  /** Only people of this kind (officials for the delegation, host officials for hosts…). */
  kind?: PersonKind;
  /** A person was chosen; the input empties for the next one. */
  onSelect: (person: PersonRow) => void;
  /** Shows "Add “…” as a new person" as the last choice; gets what was typed. */
  onAddNew?: (query: string) => void;
  /** People not to offer (e.g. those already in the delegation). */
  excludeIds?: readonly string[];
  placeholder?: string;
  /** Accessible name when no <label> points at `id`. */
  ariaLabel?: string;
  describedBy?: string;
  disabled?: boolean;
  autoFocus?: boolean;
}

const LIMIT = 20;

/** One line under the name: what tells two people apart. */
function personMeta(p: PersonRow): string {
  const parts =
    p.kind === 'official'
      ? [p.jabatan, p.unit, p.nip ? formatNip(p.nip, p.employment === 'pppk' ? 'pppk' : 'pns') : '']
      : p.kind === 'journalist'
        ? [p.institutionName, p.pressCard]
        : [p.jabatan, p.institutionName];
  return parts.filter(Boolean).join(' · ');
}

/**
 * Finds a person in the directory as you type (name, titles, NIP, jabatan,
 * unit, institution) and hands the choice to `onSelect`; optionally offers
 * to add someone new with what was typed.
 */
export function PersonPicker({ id, kind, onSelect, onAddNew, excludeIds, placeholder, ariaLabel, describedBy, disabled, autoFocus }: PersonPickerProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const query = useDebounced(text.trim(), SEARCH_DEBOUNCE_MS);
  const [found, setFound] = useState<{ key: string; items: PersonRow[] } | null>(null);
  const [active, setActive] = useState(false);

  useEffect(() => {
    if (!active) return;
    let live = true;
    void api()
      .call('people.search', { query, kind, limit: Math.min(500, LIMIT + (excludeIds?.length ?? 0)) })
      .then((r) => {
        if (live && r.ok) setFound({ key: `${kind ?? ''}|${query}`, items: r.value.items });
      });
    return () => {
      live = false;
    };
  }, [query, kind, active, excludeIds?.length]);

  const excluded = new Set(excludeIds ?? []);
  const items = found ? found.items.filter((p) => !excluded.has(p.id)).slice(0, LIMIT) : [];
  const typed = text.trim();
  // The items are not yet those of what is in the input: the search waits for the typing to pause, then runs.
  const stale = found?.key !== `${kind ?? ''}|${typed}`;

  return (
    <Combobox<PersonRow>
      id={id}
      value={text}
      onValueChange={(v) => {
        setText(v);
        setActive(true);
      }}
      items={items}
      itemKey={(p) => p.id}
      renderItem={(p) => (
        <>
          <span className="combo-main">{fullName(p)}</span>
          {personMeta(p) && <span className="combo-meta">{personMeta(p)}</span>}
        </>
      )}
      onPick={(p) => {
        setText('');
        onSelect(p);
      }}
      action={
        onAddNew
          ? {
              label: typed ? t('people.personPicker.addNewNamed', { name: typed }) : t('people.personPicker.addNew'),
              run: () => {
                setText('');
                onAddNew(typed);
              },
            }
          : undefined
      }
      emptyText={found === null ? t('people.personPicker.searching') : t('people.personPicker.none')}
      busy={stale}
      stale={stale}
      placeholder={placeholder ?? t('people.personPicker.placeholder')}
      ariaLabel={ariaLabel}
      describedBy={describedBy}
      disabled={disabled}
      autoFocus={autoFocus}
      openOnFocus
      // Searching starts once the picker is used, not when it merely appears.
      onFocus={() => setActive(true)}
    />
  );
}
