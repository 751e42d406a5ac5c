import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Institution, InstitutionKind } from '../../../shared/directory/institution';
import { regionByCode } from '../../../shared/regions';
import { api } from '../api/bridge';
import { CloseIcon } from './Icons';
import { useToasts } from './Toasts';
import { Combobox } from './Combobox';
import { notifyDirectoryChanged, useDirectoryVersion } from '../lib/directoryVersion';
import { errorText } from '../i18n/errors';

export interface InstitutionPickerProps {
  id: string;
  kind: InstitutionKind;
  /** The chosen institution's id, null for none. */
  value: string | null;
  /** Its name, as the person row carries it (it may have been deleted since). */
  valueName: string;
  onChange: (id: string | null, name: string) => void;
  invalid?: boolean;
  describedBy?: string;
  autoFocus?: boolean;
}

export const foldText = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');

/** Chooses an institution of one kind, or creates one from what was typed. */
export function InstitutionPicker({ id, kind, value, valueName, onChange, invalid, describedBy, autoFocus }: InstitutionPickerProps) {
  const { t } = useTranslation();
  const toasts = useToasts();
  const version = useDirectoryVersion();
  const [all, setAll] = useState<Institution[]>([]);
  const [typed, setTyped] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    let live = true;
    void api()
      .call('institutions.list', { kind })
      .then((r) => {
        if (live && r.ok) setAll(r.value);
      });
    return () => {
      live = false;
    };
  }, [kind, version]);

  const query = typed?.trim() ?? '';
  const items = useMemo(() => {
    if (typed === null) return all.slice(0, 50);
    const words = foldText(query).split(/\s+/).filter(Boolean);
    return all.filter((i) => words.every((w) => foldText(i.name).includes(w))).slice(0, 50);
  }, [all, typed, query]);
  const exact = all.some((i) => foldText(i.name) === foldText(query));

  const create = async () => {
    if (creating) return;
    setCreating(true);
    const r = await api().call('institutions.create', { kind, name: query });
    setCreating(false);
    if (!r.ok) {
      toasts.show({ kind: 'error', message: (tr) => errorText(tr, r.error) });
      return;
    }
    setTyped(null);
    onChange(r.value.id, r.value.name);
    notifyDirectoryChanged();
    toasts.show({ message: (tr) => tr('people.institutionPicker.created', { name: r.value.name }), duration: 5000 });
  };

  return (
    <Combobox<Institution>
      id={id}
      value={typed ?? (value ? valueName : '')}
      onValueChange={setTyped}
      items={items}
      itemKey={(i) => i.id}
      renderItem={(i) => {
        const region = i.regionCode ? regionByCode(i.regionCode) : undefined;
        return (
          <>
            <span className="combo-main">{i.name}</span>
            {region && (
              <span className="combo-meta">
                {region.name} · {region.zoneLabel}
              </span>
            )}
          </>
        );
      }}
      onPick={(i) => {
        setTyped(null);
        onChange(i.id, i.name);
      }}
      action={
        query && !exact
          ? { label: t(`people.institutionPicker.create.${kind}`, { name: query }), run: () => void create() }
          : undefined
      }
      emptyText={t('people.institutionPicker.none')}
      placeholder={t(`people.institutionPicker.placeholder.${kind}`)}
      invalid={invalid}
      describedBy={describedBy}
      busy={creating}
      openOnFocus
      autoFocus={autoFocus}
      onBlur={() => {
        if (typed !== null && typed.trim() === '' && value !== null) onChange(null, '');
        setTyped(null);
      }}
      trailing={
        value ? (
          <button
            type="button"
            className="icon-btn combo-clear"
            aria-label={t('people.institutionPicker.clear')}
            onClick={() => {
              setTyped(null);
              onChange(null, '');
            }}
          >
            <CloseIcon size={14} />
          </button>
        ) : null
      }
    />
  );
}
