import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  INSTITUTION_KINDS,
  institutionCreateSchema,
  type Institution,
  type InstitutionKind,
} from '../../../../shared/domain/institution';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api/bridge';
import { errorMessage, fieldOf, issueError } from '../../i18n/errors';
import { Modal } from '../Modal';
import { RegionPicker } from '../RegionPicker';
import { Field } from '../Field';

interface Values {
  kind: InstitutionKind;
  name: string;
  regionCode: string;
  address: string;
  phone: string;
  email: string;
  website: string;
}
type Field = keyof Values;
const FIELDS: readonly Field[] = ['kind', 'name', 'regionCode', 'address', 'phone', 'email', 'website'];
const isField = (v: string | undefined): v is Field => v !== undefined && (FIELDS as readonly string[]).includes(v);

interface InstitutionDialogProps {
  institution?: Institution;
  /** Kind preselected for a new one. */
  defaultKind?: InstitutionKind;
  onCancel: () => void;
  onSaved: (institution: Institution, created: boolean) => void;
  onDelete?: (institution: Institution) => void;
  /** Shows "Hapus permanen…" (edit only): the caller asks for confirmation. */
  onErase?: (institution: Institution) => void;
}

/** Create or edit an institution: kind, name, region (with its time zone), address and contacts. */
export function InstitutionDialog({ institution, defaultKind = 'host', onCancel, onSaved, onDelete, onErase }: InstitutionDialogProps) {
  const { t } = useTranslation();
  const uid = useId();
  const headingId = `${uid}-heading`;
  const fid = (f: Field) => `${uid}-${f}`;
  const inputs = useRef<Partial<Record<Field, HTMLElement | null>>>({});
  const submitRef = useRef<HTMLButtonElement>(null);
  const [values, setValues] = useState<Values>(() =>
    institution
      ? {
          kind: institution.kind,
          name: institution.name,
          regionCode: institution.regionCode,
          address: institution.address,
          phone: institution.phone,
          email: institution.email,
          website: institution.website,
        }
      : { kind: defaultKind, name: '', regionCode: '', address: '', phone: '', email: '', website: '' },
  );
  const [errors, setErrors] = useState<Partial<Record<Field, ApiError>>>({});
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
    else (inputs.current[focusRequest.field] ?? document.getElementById(`${uid}-${focusRequest.field}`))?.focus();
  }, [focusRequest, uid]);

  const set = (field: Field, value: string) => {
    setValues((prev) => ({ ...prev, [field]: value }));
    setErrors((prev) => {
      const next = { ...prev };
      delete next[field];
      return next;
    });
  };

  const showErrors = (next: Partial<Record<Field, ApiError>>, form: ApiError | null) => {
    setErrors(next);
    setFormError(form);
    const first = FIELDS.find((f) => next[f]);
    setFocusRequest((r) => ({ field: first ?? 'submit', n: (r?.n ?? 0) + 1 }));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    const parsed = institutionCreateSchema.safeParse(values);
    if (!parsed.success) {
      const next: Partial<Record<Field, ApiError>> = {};
      for (const issue of parsed.error.issues) {
        const f = String(issue.path[0] ?? '');
        if (!isField(f) || next[f]) continue;
        next[f] = issueError(issue, f);
      }
      showErrors(next, null);
      return;
    }
    let call;
    if (institution) {
      const patch: Partial<Values> = {};
      for (const f of FIELDS) if (parsed.data[f] !== institution[f]) (patch as Record<string, string>)[f] = parsed.data[f];
      if (Object.keys(patch).length === 0) {
        onCancel();
        return;
      }
      call = api().call('institutions.update', { id: institution.id, patch });
    } else {
      call = api().call('institutions.create', values);
    }
    setSaving(true);
    setFormError(null);
    const r = await call;
    if (!live.current) return;
    setSaving(false);
    if (r.ok) {
      onSaved(r.value, !institution);
      return;
    }
    const f = fieldOf(r.error.field);
    if (isField(f)) showErrors({ [f]: { ...r.error, field: f } }, null);
    else showErrors({}, r.error);
  };

  const errorId = (f: Field) => `${fid(f)}-error`;
  const fieldError = (f: Field) =>
    errors[f] ? (
      <p id={errorId(f)} className="field-error" role="alert">
        {errorMessage(t, errors[f])}
      </p>
    ) : null;
  const input = (f: Field, opts: { type?: string; placeholder?: string; autoFocus?: boolean } = {}) => (
    <input
      id={fid(f)}
      ref={(el) => {
        inputs.current[f] = el;
      }}
      type={opts.type ?? 'text'}
      className="input"
      autoComplete="off"
      placeholder={opts.placeholder}
      data-autofocus={opts.autoFocus || undefined}
      value={values[f]}
      onChange={(e) => set(f, e.target.value)}
      aria-invalid={errors[f] ? true : undefined}
      aria-describedby={errors[f] ? errorId(f) : undefined}
    />
  );

  return (
    <Modal labelledBy={headingId} onCancel={() => !saving && onCancel()}>
      <form className="modal-form institution-form" noValidate onSubmit={(e) => void submit(e)} aria-busy={saving || undefined}>
        <header className="modal-header">
          <h2 id={headingId}>{institution ? t('people.institutions.editTitle') : t('people.institutions.createTitle')}</h2>
        </header>
        <div className="modal-body">
          {formError && (
            <p className="form-error" role="alert">
              {errorMessage(t, formError)}
            </p>
          )}
          <div className="field-row field-row-kind">
            <Field id={fid('kind')} label={t('fields.kind')} error={fieldError('kind')}>
              <select
                id={fid('kind')}
                ref={(el) => {
                  inputs.current.kind = el;
                }}
                className="input"
                value={values.kind}
                onChange={(e) => set('kind', e.target.value)}
              >
                {INSTITUTION_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`people.institutions.kinds.${k}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field id={fid('name')} label={t('fields.name')} error={fieldError('name')}>
              {input('name', { placeholder: t('people.institutions.namePlaceholder'), autoFocus: true })}
            </Field>
          </div>
          <Field id={fid('regionCode')} label={t('fields.regionCode')} error={fieldError('regionCode')}>
            <RegionPicker
              id={fid('regionCode')}
              value={values.regionCode}
              onChange={(code) => set('regionCode', code)}
              invalid={!!errors.regionCode}
              describedBy={errors.regionCode ? errorId('regionCode') : undefined}
            />
          </Field>
          <Field id={fid('address')} label={t('fields.address')} error={fieldError('address')}>
            <textarea
              id={fid('address')}
              ref={(el) => {
                inputs.current.address = el;
              }}
              className="input dir-textarea"
              rows={2}
              value={values.address}
              onChange={(e) => set('address', e.target.value)}
              aria-invalid={errors.address ? true : undefined}
              aria-describedby={errors.address ? errorId('address') : undefined}
            />
          </Field>
          <div className="field-row">
            <Field id={fid('phone')} label={t('fields.phone')} error={fieldError('phone')}>
              {input('phone', { type: 'tel' })}
            </Field>
            <Field id={fid('email')} label={t('fields.email')} error={fieldError('email')}>
              {input('email', { type: 'email' })}
            </Field>
          </div>
          <Field id={fid('website')} label={t('fields.website')} error={fieldError('website')}>
            {input('website', { placeholder: t('people.institutions.websitePlaceholder') })}
          </Field>
        </div>
        <footer className="modal-footer">
          {institution && (onDelete || onErase) && (
            <div className="dir-footer-start" style={{ display: 'flex', gap: 8 }}>
              {onDelete && (
                <button type="button" className="btn btn-danger" onClick={() => onDelete(institution)} disabled={saving}>
                  {t('common.delete')}
                </button>
              )}
              {onErase && (
                <button type="button" className="btn btn-danger" onClick={() => onErase(institution)} disabled={saving}>
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
