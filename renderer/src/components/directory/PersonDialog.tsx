import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EMPLOYMENT,
  MEDIA_TYPES,
  fullName,
  personCreateSchema,
  type Employment,
  type PersonCreateInput,
  type PersonKind,
  type PersonRow,
} from '../../../../shared/domain/person';
import { formatNip, nipDigits } from '../../../../shared/nip';
import { ESELON, RANKS, TRAVEL_LEVELS, suggestTravelLevel } from '../../../../shared/ranks';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api/bridge';
import { errorMessage, fieldOf, issueError } from '../../i18n/errors';
import { Modal } from '../Modal';
import { InstitutionPicker } from './InstitutionPicker';
import { NipField } from './NipField';
import { emptyPersonValues, type PersonValues } from './personValues';
import { Field } from '../Field';

type Values = PersonValues;
type Field = keyof Values;

/** Fields shown per kind, in screen order (the first invalid one takes focus). */
const FIELDS: Record<PersonKind, readonly Field[]> = {
  official: ['titlePrefix', 'name', 'titleSuffix', 'employment', 'nip', 'golongan', 'eselon', 'travelLevel', 'jabatan', 'unit', 'phone', 'email', 'notes'],
  journalist: ['titlePrefix', 'name', 'titleSuffix', 'institutionId', 'mediaType', 'pressCard', 'phone', 'email', 'notes'],
  host_official: ['titlePrefix', 'name', 'titleSuffix', 'institutionId', 'jabatan', 'phone', 'email', 'notes'],
};

function initialValues(kind: PersonKind, person: PersonRow | undefined): Values {
  const v = emptyPersonValues(kind);
  if (!person) return v;
  for (const k of Object.keys(v) as Field[]) (v as Record<Field, unknown>)[k] = person[k];
  // Shown grouped, as people write it.
  v.nip = person.nip ? formatNip(person.nip, person.employment === 'pppk' ? 'pppk' : 'pns') : '';
  return v;
}

const suggestionFor = (v: Values) =>
  suggestTravelLevel({ elected: v.employment === 'elected', eselon: v.eselon, golongan: v.golongan });

type Errors = Partial<Record<Field, ApiError>>;

interface PersonDialogProps {
  kind: PersonKind;
  /** The person to edit; none for a new one. */
  person?: PersonRow;
  /** Names for the unit field's suggestions. */
  unitSuggestions?: readonly string[];
  /** Prefill for a new person (e.g. the name typed in a picker). */
  initialName?: string;
  onCancel: () => void;
  onSaved: (person: PersonRow, created: boolean) => void;
  /** Shows a delete button (edit only). */
  onDelete?: (person: PersonRow) => void;
  /** Shows "Hapus permanen…" (edit only): the caller asks for confirmation. */
  onErase?: (person: PersonRow) => void;
}

/** Create or edit a person of one kind, with the fields that kind needs. */
export function PersonDialog({ kind, person, unitSuggestions, initialName, onCancel, onSaved, onDelete, onErase }: PersonDialogProps) {
  const { t } = useTranslation();
  const uid = useId();
  const headingId = `${uid}-heading`;
  const fid = (f: Field) => `${uid}-${f}`;
  const submitRef = useRef<HTMLButtonElement>(null);
  const [values, setValues] = useState<Values>(() => ({ ...initialValues(kind, person), ...(initialName ? { name: initialName } : {}) }));
  const [institutionName, setInstitutionName] = useState(person?.institutionName ?? '');
  // The travel level follows the suggestion until the user picks one.
  const [travelAuto, setTravelAuto] = useState(() => {
    if (!person) return true;
    return person.travelLevel === '' || person.travelLevel === suggestionFor(initialValues(kind, person));
  });
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const [focusRequest, setFocusRequest] = useState<{ field: Field | 'submit'; n: number } | null>(null);
  const live = useRef(true);

  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  useEffect(() => {
    if (!focusRequest) return;
    if (focusRequest.field === 'submit') submitRef.current?.focus();
    else document.getElementById(`${uid}-${focusRequest.field}`)?.focus();
  }, [focusRequest, uid]);

  const suggestion = kind === 'official' ? suggestionFor(values) : null;
  const travelLevel = kind === 'official' && travelAuto ? (suggestion ?? '') : values.travelLevel;
  const fields = FIELDS[kind];

  const set = <K extends Field>(field: K, value: Values[K]) => {
    setValues((prev) => ({ ...prev, [field]: value }));
    setErrors((prev) => {
      const next = { ...prev };
      delete next[field];
      // The NIP is judged by the employment too.
      if (field === 'employment') delete next.nip;
      return next;
    });
  };

  /** What is sent: only this kind's fields, the rest left as they are. */
  const payload = (): Record<string, unknown> => {
    const out: Record<string, unknown> = { kind };
    for (const f of fields) out[f] = f === 'travelLevel' ? travelLevel : values[f];
    return out;
  };

  const showErrors = (next: Errors, form: ApiError | null) => {
    setErrors(next);
    setFormError(form);
    const first = fields.find((f) => next[f]);
    setFocusRequest((r) => ({ field: first ?? 'submit', n: (r?.n ?? 0) + 1 }));
  };

  const validate = (data: Record<string, unknown>): Errors => {
    const parsed = personCreateSchema.safeParse(person ? { ...initialValues(kind, person), ...data, kind } : data);
    const out: Errors = {};
    if (parsed.success) return out;
    for (const issue of parsed.error.issues) {
      const f = String(issue.path[0] ?? '') as Field;
      if (!fields.includes(f) || out[f]) continue;
      out[f] = issueError(issue, f);
    }
    return out;
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    const data = payload();
    const local = validate(data);
    if (Object.keys(local).length > 0) {
      showErrors(local, null);
      return;
    }
    let call;
    if (person) {
      const patch: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(data)) {
        if (k === 'kind') continue;
        const before = person[k as Field];
        const same =
          k === 'nip' && typeof v === 'string'
            ? nipDigits(v) === before && !/[^\d\s.-]/.test(v)
            : typeof v === 'string' && typeof before === 'string'
              ? v.trim() === before
              : v === before;
        if (!same) patch[k] = v;
      }
      if (Object.keys(patch).length === 0) {
        onCancel();
        return;
      }
      call = api().call('people.update', { id: person.id, patch });
    } else {
      call = api().call('people.create', data as PersonCreateInput);
    }
    setSaving(true);
    setFormError(null);
    const result = await call;
    if (!live.current) return;
    setSaving(false);
    if (result.ok) {
      onSaved(result.value, !person);
      return;
    }
    const f = fieldOf(result.error.field) as Field | undefined;
    if (f && fields.includes(f)) showErrors({ [f]: { ...result.error, field: f } }, null);
    else showErrors({}, result.error);
  };

  const errorId = (f: Field) => `${fid(f)}-error`;
  const fieldError = (f: Field) => {
    const error = errors[f];
    if (!error) return null;
    return (
      <p id={errorId(f)} className="field-error" role="alert">
        {errorMessage(t, error)}
      </p>
    );
  };
  const describe = (f: Field, hint?: string) => [errors[f] ? errorId(f) : null, hint].filter(Boolean).join(' ') || undefined;
  const text = (f: Field, opts: { placeholder?: string; type?: string; list?: string; autoFocus?: boolean } = {}) => (
    <input
      id={fid(f)}
      type={opts.type ?? 'text'}
      className="input"
      autoComplete="off"
      list={opts.list}
      placeholder={opts.placeholder}
      data-autofocus={opts.autoFocus || undefined}
      value={values[f] as string}
      onChange={(e) => set(f, e.target.value as never)}
      aria-invalid={errors[f] ? true : undefined}
      aria-describedby={describe(f)}
    />
  );

  const shownName = fullName(values);
  const noNip = values.employment === 'elected' || values.employment === 'non_asn';
  const unitListId = `${uid}-units`;
  const travelHintId = `${uid}-travel-hint`;

  return (
    <Modal labelledBy={headingId} onCancel={() => !saving && onCancel()}>
      <form className="modal-form person-form" noValidate onSubmit={(e) => void submit(e)} aria-busy={saving || undefined}>
        <header className="modal-header">
          <h2 id={headingId}>{person ? t('people.form.editTitle', { name: fullName(person) }) : t(`people.form.createTitle.${kind}`)}</h2>
        </header>
        <div className="modal-body">
          {formError && (
            <p className="form-error" role="alert">
              {errorMessage(t, formError)}
            </p>
          )}

          <fieldset className="form-section">
            <legend className="form-section-title">{t('people.form.identity')}</legend>
            <div className="field-row name-row">
              <Field id={fid('titlePrefix')} label={t('fields.titlePrefix')} error={fieldError('titlePrefix')}>
                {text('titlePrefix', { placeholder: t('people.form.titlePrefixPlaceholder') })}
              </Field>
              <Field id={fid('name')} label={t('fields.name')} error={fieldError('name')}>
                {text('name', { placeholder: t('people.form.namePlaceholder'), autoFocus: true })}
              </Field>
              <Field id={fid('titleSuffix')} label={t('fields.titleSuffix')} error={fieldError('titleSuffix')}>
                {text('titleSuffix', { placeholder: t('people.form.titleSuffixPlaceholder') })}
              </Field>
            </div>
            {values.name.trim() && (values.titlePrefix.trim() || values.titleSuffix.trim()) && (
              <p className="field-hint">{t('people.form.preview', { name: shownName })}</p>
            )}
          </fieldset>

          {kind === 'official' && (
            <fieldset className="form-section">
              <legend className="form-section-title">{t('people.form.employmentSection')}</legend>
              <div className="field-row employment-row">
                <Field id={fid('employment')} label={t('fields.employment')} error={fieldError('employment')}>
                  <select
                    id={fid('employment')}
                    className="input"
                    value={values.employment}
                    onChange={(e) => set('employment', e.target.value as Employment)}
                  >
                    {EMPLOYMENT.map((x) => (
                      <option key={x} value={x}>
                        {t(`people.employment.${x}`)}
                      </option>
                    ))}
                  </select>
                </Field>
                {noNip && values.nip.trim() === '' && !errors.nip ? (
                  <div className="field">
                    <span className="label">{t('fields.nip')}</span>
                    <p className="dir-field-note">{t(`people.form.nipNone.${values.employment as 'elected' | 'non_asn'}`)}</p>
                  </div>
                ) : (
                  <NipField
                    id={fid('nip')}
                    value={values.nip}
                    employment={values.employment}
                    onChange={(v) => set('nip', v)}
                    error={errors.nip}
                  />
                )}
              </div>
              <div className="field-row field-row-3">
                <Field id={fid('golongan')} label={t('fields.golongan')} error={fieldError('golongan')}>
                  <select
                    id={fid('golongan')}
                    className="input"
                    value={values.golongan}
                    onChange={(e) => set('golongan', e.target.value)}
                  >
                    <option value="">{t('people.form.golonganNone')}</option>
                    {(['I', 'II', 'III', 'IV'] as const).map((group) => (
                      <optgroup key={group} label={`${t('fields.golongan')} ${group}`}>
                        {RANKS.filter(([g]) => g.split('/')[0] === group).map(([g, name]) => (
                          <option key={g} value={g}>
                            {`${name} (${g})`}
                          </option>
                        ))}
                      </optgroup>
                    ))}
                  </select>
                </Field>
                <Field id={fid('eselon')} label={t('fields.eselon')} error={fieldError('eselon')}>
                  <select id={fid('eselon')} className="input" value={values.eselon} onChange={(e) => set('eselon', e.target.value)}>
                    <option value="">{t('people.form.eselonNone')}</option>
                    {ESELON.map((x) => (
                      <option key={x} value={x}>
                        {t('people.form.eselonOption', { eselon: x })}
                      </option>
                    ))}
                  </select>
                </Field>
                <Field id={fid('travelLevel')} label={t('fields.travelLevel')} error={fieldError('travelLevel')}>
                  <select
                    id={fid('travelLevel')}
                    className="input"
                    value={travelLevel}
                    aria-describedby={describe('travelLevel', suggestion ? travelHintId : undefined)}
                    onChange={(e) => {
                      setTravelAuto(false);
                      set('travelLevel', e.target.value);
                    }}
                  >
                    <option value="">{t('people.form.travelNone')}</option>
                    {TRAVEL_LEVELS.map((x) => (
                      <option key={x} value={x}>
                        {t('people.form.travelOption', { level: x })}
                      </option>
                    ))}
                  </select>
                </Field>
              </div>
              {suggestion && (
                <p className="field-hint travel-hint" id={travelHintId}>
                  {t('people.form.travelSuggested', {
                    level: suggestion,
                    basis: t(
                      `people.form.travelBasis.${values.employment === 'elected' ? 'elected' : values.eselon ? 'eselon' : 'golongan'}`,
                    ),
                  })}
                  {!travelAuto && travelLevel !== suggestion && (
                    <button type="button" className="dir-btn-link" onClick={() => setTravelAuto(true)}>
                      {t('people.form.useSuggestion')}
                    </button>
                  )}
                </p>
              )}
              <Field id={fid('jabatan')} label={t('fields.jabatan')} error={fieldError('jabatan')}>
                {text('jabatan', { placeholder: t('people.form.jabatanPlaceholder') })}
              </Field>
              <Field id={fid('unit')} label={t('fields.unit')} error={fieldError('unit')}>
                {text('unit', { placeholder: t('people.form.unitPlaceholder'), list: unitSuggestions?.length ? unitListId : undefined })}
                {unitSuggestions && unitSuggestions.length > 0 && (
                  <datalist id={unitListId}>
                    {unitSuggestions.map((u) => (
                      <option key={u} value={u} />
                    ))}
                  </datalist>
                )}
              </Field>
            </fieldset>
          )}

          {kind !== 'official' && (
            <fieldset className="form-section">
              <legend className="form-section-title">{kind === 'journalist' ? t('people.columns.outlet') : t('fields.institution')}</legend>
              <Field
                id={fid('institutionId')}
                label={kind === 'journalist' ? t('people.columns.outlet') : t('fields.institution')}
                error={fieldError('institutionId')}
              >
                <InstitutionPicker
                  id={fid('institutionId')}
                  kind={kind === 'journalist' ? 'media' : 'host'}
                  value={values.institutionId}
                  valueName={institutionName}
                  onChange={(id, name) => {
                    set('institutionId', id);
                    setInstitutionName(name);
                  }}
                  invalid={!!errors.institutionId}
                  describedBy={describe('institutionId')}
                />
              </Field>
              {kind === 'journalist' ? (
                <div className="field-row">
                  <Field id={fid('mediaType')} label={t('fields.mediaType')} error={fieldError('mediaType')}>
                    <select
                      id={fid('mediaType')}
                      className="input"
                      value={values.mediaType}
                      onChange={(e) => set('mediaType', e.target.value)}
                    >
                      <option value="">{t('people.form.mediaTypeNone')}</option>
                      {MEDIA_TYPES.map((x) => (
                        <option key={x} value={x}>
                          {t(`people.mediaTypes.${x}`)}
                        </option>
                      ))}
                    </select>
                  </Field>
                  <Field id={fid('pressCard')} label={t('fields.pressCard')} error={fieldError('pressCard')}>
                    {text('pressCard')}
                  </Field>
                </div>
              ) : (
                <Field id={fid('jabatan')} label={t('fields.jabatan')} error={fieldError('jabatan')}>
                  {text('jabatan', { placeholder: t('people.form.jabatanPlaceholder') })}
                </Field>
              )}
            </fieldset>
          )}

          <fieldset className="form-section">
            <legend className="form-section-title">{t('people.form.contact')}</legend>
            <div className="field-row">
              <Field id={fid('phone')} label={t('fields.phone')} error={fieldError('phone')}>
                {text('phone', { type: 'tel', placeholder: t('people.form.phonePlaceholder') })}
              </Field>
              <Field id={fid('email')} label={t('fields.email')} error={fieldError('email')}>
                {text('email', { type: 'email' })}
              </Field>
            </div>
            <Field id={fid('notes')} label={t('fields.notes')} error={fieldError('notes')}>
              <textarea
                id={fid('notes')}
                className="input dir-textarea"
                rows={2}
                placeholder={t('people.form.notesPlaceholder')}
                value={values.notes}
                onChange={(e) => set('notes', e.target.value)}
                aria-invalid={errors.notes ? true : undefined}
                aria-describedby={describe('notes')}
              />
            </Field>
          </fieldset>
        </div>
        <footer className="modal-footer">
          {person && (onDelete || onErase) && (
            <div className="dir-footer-start" style={{ display: 'flex', gap: 8 }}>
              {onDelete && (
                <button type="button" className="btn btn-danger" onClick={() => onDelete(person)} disabled={saving}>
                  {t('common.delete')}
                </button>
              )}
              {onErase && (
                <button type="button" className="btn btn-danger" onClick={() => onErase(person)} disabled={saving}>
                  {t('people.erase.action')}
                </button>
              )}
            </div>
          )}
          <button type="button" className="btn btn-secondary" onClick={onCancel} disabled={saving}>
            {t('common.cancel')}
          </button>
          <button ref={submitRef} type="submit" className="btn btn-primary" disabled={saving}>
            {t('common.save')}
          </button>
        </footer>
      </form>
    </Modal>
  );
}
