import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Institution, InstitutionKind } from '../../../shared/directory/institution';
import { regionByCode } from '../../../shared/regions';
import type { ApiError } from '../../../shared/result';
import { api } from '../api/bridge';
import { CloseButton } from './CloseButton';
import { useToasts } from './Toasts';
import { Combobox } from './Combobox';
import { RegionPicker } from './RegionPicker';
import { FieldError } from './form';
import { notifyDirectoryChanged, useDirectoryVersion } from '../lib/directoryVersion';
import { errorText, fieldOf } from '../i18n/errors';
import './institution-picker.css';

export interface InstitutionPickerProps {
  id: string;
  kind: InstitutionKind;
  /** The chosen institution's id, null for none. */
  value: string | null;
  /** Its name, as the person row carries it (it may have been deleted since). */
  valueName: string;
  onChange: (id: string | null, name: string) => void;
  /** Region offered first for an institution created here (e.g. the trip's host region), '' or absent for none. */
  defaultRegionCode?: string;
  invalid?: boolean;
  describedBy?: string;
  autoFocus?: boolean;
}

export const foldText = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');

/** An institution about to be created from what was typed: its region is asked first. */
interface Draft {
  name: string;
  regionCode: string;
  error: ApiError | null;
}

/**
 * Chooses an institution of one kind, or creates one from what was typed: a
 * small step under the field asks its region (its time zone and Kemendagri
 * code), which may be left out ("Tanpa wilayah").
 */
export function InstitutionPicker({ id, kind, value, valueName, onChange, defaultRegionCode, invalid, describedBy, autoFocus }: InstitutionPickerProps) {
  const { t } = useTranslation();
  const toasts = useToasts();
  const version = useDirectoryVersion();
  const [all, setAll] = useState<Institution[]>([]);
  const [typed, setTyped] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [draft, setDraft] = useState<Draft | null>(null);
  /** Focus to move once rendered: into the new-institution step, or back to the field. */
  const [focusTo, setFocusTo] = useState<{ id: string } | null>(null);
  const stepId = `${id}-new`;
  const regionId = `${id}-new-region`;

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

  useEffect(() => {
    if (focusTo) document.getElementById(focusTo.id)?.focus();
  }, [focusTo]);

  const query = typed?.trim() ?? '';
  const items = useMemo(() => {
    if (typed === null) return all.slice(0, 50);
    const words = foldText(query).split(/\s+/).filter(Boolean);
    return all.filter((i) => words.every((w) => foldText(i.name).includes(w))).slice(0, 50);
  }, [all, typed, query]);
  const exact = all.some((i) => foldText(i.name) === foldText(query));

  const startCreate = () => {
    const region = defaultRegionCode && regionByCode(defaultRegionCode) ? defaultRegionCode : '';
    setDraft({ name: query, regionCode: region, error: null });
    setFocusTo({ id: regionId });
  };

  const cancelCreate = () => {
    setDraft(null);
    setFocusTo({ id });
  };

  /** Creates the drafted institution in `regionCode` ('' only by "Tanpa wilayah"). */
  const create = async (regionCode: string, withoutRegion = false) => {
    if (creating || !draft) return;
    if (!regionCode && !withoutRegion) {
      setDraft({ ...draft, error: { code: 'VALIDATION', key: 'people.institutionPicker.regionNeeded', field: 'regionCode', message: 'region needed' } });
      setFocusTo({ id: regionId });
      return;
    }
    setCreating(true);
    const r = await api().call('institutions.create', { kind, name: draft.name, regionCode });
    setCreating(false);
    if (!r.ok) {
      if (r.error.code === 'VALIDATION' && fieldOf(r.error.field)) {
        setDraft({ ...draft, regionCode, error: r.error });
        setFocusTo({ id: fieldOf(r.error.field) === 'regionCode' ? regionId : stepId });
      } else {
        toasts.show({ kind: 'error', message: (tr) => errorText(tr, r.error) });
      }
      return;
    }
    setDraft(null);
    setTyped(null);
    onChange(r.value.id, r.value.name);
    notifyDirectoryChanged();
    setFocusTo({ id });
    toasts.show({ message: (tr) => tr('people.institutionPicker.created', { name: r.value.name }), duration: 5000 });
  };

  // Enter in the step creates (a picked region's Enter is the region list's); Escape leaves it, not the dialog.
  const onStepKeyDown = (e: KeyboardEvent<HTMLFieldSetElement>) => {
    if (e.defaultPrevented || !draft) return;
    if (e.key === 'Enter' && !(e.target instanceof HTMLButtonElement)) {
      e.preventDefault();
      void create(draft.regionCode);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      cancelCreate();
    }
  };

  const errorField = draft?.error ? fieldOf(draft.error.field) : undefined;
  const regionError = errorField === 'regionCode' ? draft?.error : null;
  const otherError = draft?.error && errorField !== 'regionCode' ? draft.error : null;

  return (
    <>
      <Combobox<Institution>
        id={id}
        value={typed ?? (value ? valueName : '')}
        onValueChange={(text) => {
          // Typing again: the step for the earlier text goes.
          setDraft(null);
          setTyped(text);
        }}
        items={items}
        itemKey={(i) => i.id}
        renderItem={(i) => {
          const r = i.regionCode ? regionByCode(i.regionCode) : undefined;
          return (
            <>
              <span className="combo-main">{i.name}</span>
              {r && (
                <span className="combo-meta">
                  {r.name} · {r.zoneLabel}
                </span>
              )}
            </>
          );
        }}
        onPick={(i) => {
          setDraft(null);
          setTyped(null);
          onChange(i.id, i.name);
        }}
        action={
          query && !exact
            ? { label: t(`people.institutionPicker.create.${kind}`, { name: query }), run: startCreate }
            : undefined
        }
        emptyText={t('people.institutionPicker.none')}
        placeholder={t(`people.institutionPicker.placeholder.${kind}`)}
        invalid={invalid}
        describedBy={describedBy}
        busy={creating}
        // Back from the step (created or cancelled), the field is not a list to choose from again.
        openOnFocus={focusTo?.id !== id}
        autoFocus={autoFocus}
        onBlur={() => {
          if (focusTo?.id === id) setFocusTo(null);
          // The step keeps what was typed: it is the new institution's name.
          if (draft) return;
          if (typed !== null && typed.trim() === '' && value !== null) onChange(null, '');
          setTyped(null);
        }}
        trailing={
          value && !draft ? (
            <CloseButton
              className="icon-btn combo-clear"
              size={14}
              label={t('people.institutionPicker.clear')}
              onClick={() => {
                setTyped(null);
                onChange(null, '');
              }}
            />
          ) : null
        }
      />
      {draft && (
        <fieldset
          id={stepId}
          className="inst-new"
          tabIndex={-1}
          aria-busy={creating || undefined}
          aria-describedby={otherError ? `${stepId}-error` : undefined}
          onKeyDown={onStepKeyDown}
        >
          <legend className="inst-new-title">{t(`people.institutionPicker.newTitle.${kind}`, { name: draft.name })}</legend>
          <div className={`field${regionError ? ' field-invalid' : ''}`}>
            <label htmlFor={regionId} className="label">
              {t('fields.regionCode')}
            </label>
            <RegionPicker
              id={regionId}
              value={draft.regionCode}
              onChange={(code) => setDraft((d) => (d ? { ...d, regionCode: code, error: null } : d))}
              invalid={Boolean(regionError)}
              describedBy={[regionError ? `${regionId}-error` : null, `${regionId}-hint`].filter(Boolean).join(' ')}
            />
            <p id={`${regionId}-hint`} className="field-hint">
              {t('people.institutionPicker.regionHint')}
            </p>
            <FieldError id={`${regionId}-error`} error={regionError} label={t('fields.regionCode')} />
          </div>
          <FieldError id={`${stepId}-error`} error={otherError} label={t('people.institutionPicker.nameLabel')} />
          <div className="inst-new-actions">
            <button type="button" className="btn btn-primary btn-small" disabled={creating} onClick={() => void create(draft.regionCode)}>
              {t('people.institutionPicker.add')}
            </button>
            <button type="button" className="btn btn-secondary btn-small" disabled={creating} onClick={() => void create('', true)}>
              {t('people.institutionPicker.skipRegion')}
            </button>
            <button type="button" className="btn btn-secondary btn-small inst-new-cancel" disabled={creating} onClick={cancelCreate}>
              {t('common.cancel')}
            </button>
          </div>
        </fieldset>
      )}
    </>
  );
}
