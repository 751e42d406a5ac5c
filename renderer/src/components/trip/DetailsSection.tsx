import { useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TripDetail } from '../../../../shared/domain/delegation';
import { TRIP_STATUSES, tripPatchSchema, type TripStatus } from '../../../../shared/domain/trip';
import { regionByCode } from '../../../../shared/regions';
import type { ApiError } from '../../../../shared/result';
import { errorMessage, issueError } from '../../i18n/errors';
import { CloseIcon, PlusIcon } from '../Icons';
import { InstitutionPicker } from '../directory/InstitutionPicker';
import { RegionPicker } from '../RegionPicker';
import { useToasts } from '../Toasts';
import { ArrowDownIcon, ArrowUpIcon, NoteIcon, RemoveIcon } from './icons';
import { useTripWrite } from './mutate';
import { SectionEmpty } from './parts';

const NARRATIVE = ['background', 'purpose', 'objectives', 'scope'] as const;
type Narrative = (typeof NARRATIVE)[number];

interface Values {
  status: TripStatus;
  originInstitutionId: string | null;
  hostRegionCodes: string[];
  background: string;
  purpose: string;
  objectives: string;
  scope: string;
  legalBasis: string[];
}

const valuesOf = (d: TripDetail): Values => ({
  status: d.trip.status,
  originInstitutionId: d.trip.originInstitutionId,
  hostRegionCodes: [...d.trip.hostRegionCodes],
  background: d.trip.background,
  purpose: d.trip.purpose,
  objectives: d.trip.objectives,
  scope: d.trip.scope,
  legalBasis: [...d.trip.legalBasis],
});

/** "Kota Malang" with its province and zone, or the bare code if unknown. */
function RegionChip({ code, onRemove }: { code: string; onRemove?: () => void }) {
  const { t } = useTranslation();
  const r = regionByCode(code);
  const name = r?.name ?? code;
  return (
    <li className="region-chip">
      <span className="region-chip-name">{name}</span>
      {r && r.level !== 'provinsi' && <span className="region-chip-meta">{r.provinceName}</span>}
      {r && <span className="zone-badge">{r.zoneLabel}</span>}
      {onRemove && (
        <button type="button" className="icon-btn region-chip-remove" aria-label={t('delegation.details.removeRegion', { name })} onClick={onRemove}>
          <CloseIcon size={13} />
        </button>
      )}
    </li>
  );
}

export function StatusBadge({ status }: { status: TripStatus }) {
  const { t } = useTranslation();
  return <span className={`status-badge status-${status}`}>{t(`delegation.status.${status}`)}</span>;
}

/** Rincian: status, origin, destinations, the report's introduction and its legal basis. */
export function DetailsSection({ detail }: { detail: TripDetail }) {
  const { t } = useTranslation();
  const uid = useId();
  const [editing, setEditing] = useState(false);
  const { trip, originInstitution } = detail;
  const empty =
    !trip.originInstitutionId && trip.hostRegionCodes.length === 0 && NARRATIVE.every((f) => trip[f] === '') && trip.legalBasis.length === 0;
  const editButtonId = `${uid}-edit`;

  const done = () => {
    setEditing(false);
    // Back to where the user started.
    requestAnimationFrame(() => document.getElementById(editButtonId)?.focus());
  };

  return (
    <section className="trip-section" aria-labelledby={`${uid}-h`}>
      <div className="section-head">
        <h2 id={`${uid}-h`}>{t('delegation.details.heading')}</h2>
        {!editing && !empty && (
          <div className="section-head-actions">
            <button id={editButtonId} type="button" className="btn btn-secondary btn-small" onClick={() => setEditing(true)}>
              {t('delegation.details.edit')}
            </button>
          </div>
        )}
      </div>
      {editing ? (
        <DetailsForm detail={detail} onDone={done} />
      ) : empty ? (
        <div className="trip-card">
          <SectionEmpty
            icon={<NoteIcon size={20} />}
            title={t('delegation.details.emptyTitle')}
            action={
              <button id={editButtonId} type="button" className="btn btn-secondary btn-small" onClick={() => setEditing(true)}>
                {t('delegation.details.fill')}
              </button>
            }
          >
            {t('delegation.details.emptyText')}
          </SectionEmpty>
        </div>
      ) : (
        <div className="trip-card details-card">
          <dl className="details-list">
            <div className="details-item">
              <dt>{t('fields.status')}</dt>
              <dd>
                <StatusBadge status={trip.status} />
              </dd>
            </div>
            <div className="details-item">
              <dt>{t('fields.originInstitutionId')}</dt>
              <dd>{originInstitution?.name ?? <span className="muted">{t('delegation.details.none')}</span>}</dd>
            </div>
            <div className="details-item">
              <dt>{t('fields.hostRegionCodes')}</dt>
              <dd>
                {trip.hostRegionCodes.length ? (
                  <ul className="region-chips">
                    {trip.hostRegionCodes.map((c) => (
                      <RegionChip key={c} code={c} />
                    ))}
                  </ul>
                ) : (
                  <span className="muted">{t('delegation.details.none')}</span>
                )}
              </dd>
            </div>
            {NARRATIVE.map((f) => (
              <div className="details-item details-wide" key={f}>
                <dt>{t(`fields.${f}`)}</dt>
                <dd className="narrative">{trip[f] || <span className="muted">{t('delegation.details.none')}</span>}</dd>
              </div>
            ))}
            <div className="details-item details-full">
              <dt>{t('fields.legalBasis')}</dt>
              <dd>
                {trip.legalBasis.length ? (
                  <ol className="legal-basis">
                    {trip.legalBasis.map((line, i) => (
                      <li key={i}>{line}</li>
                    ))}
                  </ol>
                ) : (
                  <span className="muted">{t('delegation.details.none')}</span>
                )}
              </dd>
            </div>
          </dl>
        </div>
      )}
    </section>
  );
}

type Errors = Record<string, ApiError>;

function DetailsForm({ detail, onDone }: { detail: TripDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const uid = useId();
  const write = useTripWrite();
  const toasts = useToasts();
  const fid = (f: string) => `${uid}-${f.replace('.', '-')}`;
  const [values, setValues] = useState<Values>(() => valuesOf(detail));
  const [originName, setOriginName] = useState(detail.originInstitution?.name ?? '');
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const [focus, setFocus] = useState<{ id: string; n: number } | null>(null);

  useEffect(() => {
    if (focus) document.getElementById(focus.id)?.focus();
  }, [focus]);

  const set = <K extends keyof Values>(f: K, v: Values[K]) => {
    setValues((x) => ({ ...x, [f]: v }));
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => k !== f && !k.startsWith(`${f}.`))));
  };
  const setLine = (i: number, v: string) => set('legalBasis', values.legalBasis.map((x, j) => (j === i ? v : x)));
  const moveLine = (i: number, d: number) => {
    const next = [...values.legalBasis];
    const [line] = next.splice(i, 1);
    next.splice(i + d, 0, line ?? '');
    set('legalBasis', next);
    setFocus((r) => ({ id: fid(`legalBasis.${i + d}`), n: (r?.n ?? 0) + 1 }));
  };

  const show = (next: Errors, form: ApiError | null) => {
    setErrors(next);
    setFormError(form);
    const order = ['status', 'originInstitutionId', 'hostRegionCodes', ...NARRATIVE, ...values.legalBasis.map((_, i) => `legalBasis.${i}`), 'legalBasis'];
    const first = order.find((k) => next[k]);
    if (first) setFocus((r) => ({ id: fid(first), n: (r?.n ?? 0) + 1 }));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    const cur = valuesOf(detail);
    // Blank lines of the legal basis are dropped, not refused.
    const next: Values = { ...values, legalBasis: values.legalBasis.map((l) => l.trim()).filter(Boolean) };
    for (const f of NARRATIVE) next[f] = next[f].trim();
    const patch: Record<string, unknown> = {};
    for (const k of Object.keys(next) as Array<keyof Values>) {
      if (JSON.stringify(next[k]) !== JSON.stringify(cur[k])) patch[k] = next[k];
    }
    if (Object.keys(patch).length === 0) {
      onDone();
      return;
    }
    const parsed = tripPatchSchema.safeParse(patch);
    if (!parsed.success) {
      const out: Errors = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path.map(String).join('.');
        if (out[key]) continue;
        out[key] = issueError(issue, String(issue.path[0] ?? ''));
      }
      setValues(next);
      show(out, null);
      return;
    }
    setSaving(true);
    setFormError(null);
    const r = await write('trips.update', { id: detail.trip.id, patch: parsed.data }, { quiet: true });
    setSaving(false);
    if (r.ok) {
      toasts.show({ message: (tr) => tr('delegation.details.saved'), duration: 4000 });
      onDone();
      return;
    }
    const path = (r.error.field ?? '').replace(/^patch\./, '');
    if (path && path !== 'id') show({ [path]: { ...r.error, field: path.split('.')[0] ?? path } }, null);
    else show({}, r.error);
  };

  const err = (k: string) =>
    errors[k] ? (
      <p id={`${fid(k)}-error`} className="field-error" role="alert">
        {errorMessage(t, errors[k])}
      </p>
    ) : null;
  const aria = (k: string, hint?: string) => ({
    'aria-invalid': errors[k] ? true : undefined,
    'aria-describedby': [errors[k] ? `${fid(k)}-error` : null, hint].filter(Boolean).join(' ') || undefined,
  });
  const field = (k: string, label: string, control: ReactNode, hint?: string) => (
    <div className={`field${errors[k] ? ' field-invalid' : ''}`}>
      <label htmlFor={fid(k)} className="label">
        {label}
      </label>
      {control}
      {hint && (
        <p className="field-hint" id={`${fid(k)}-hint`}>
          {hint}
        </p>
      )}
      {err(k)}
    </div>
  );

  return (
    <form className="trip-card details-form" noValidate aria-label={t('delegation.details.heading')} onSubmit={(e) => void submit(e)} aria-busy={saving || undefined}>
      {formError && (
        <p className="form-error" role="alert">
          {errorMessage(t, formError)}
        </p>
      )}
      <div className="field-row details-top">
        {field(
          'status',
          t('fields.status'),
          <select id={fid('status')} className="input" value={values.status} onChange={(e) => set('status', e.target.value as TripStatus)} {...aria('status')}>
            {TRIP_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`delegation.status.${s}`)}
              </option>
            ))}
          </select>,
        )}
        {field(
          'originInstitutionId',
          t('fields.originInstitutionId'),
          <InstitutionPicker
            id={fid('originInstitutionId')}
            kind="own"
            value={values.originInstitutionId}
            valueName={originName}
            onChange={(id, name) => {
              set('originInstitutionId', id);
              setOriginName(name);
            }}
            invalid={Boolean(errors.originInstitutionId)}
            describedBy={aria('originInstitutionId', `${fid('originInstitutionId')}-hint`)['aria-describedby']}
          />,
          t('delegation.details.originHint'),
        )}
      </div>
      <div className={`field${errors.hostRegionCodes ? ' field-invalid' : ''}`}>
        <label htmlFor={fid('hostRegionCodes')} className="label">
          {t('fields.hostRegionCodes')}
        </label>
        {values.hostRegionCodes.length > 0 && (
          <ul className="region-chips">
            {values.hostRegionCodes.map((c) => (
              <RegionChip key={c} code={c} onRemove={() => set('hostRegionCodes', values.hostRegionCodes.filter((x) => x !== c))} />
            ))}
          </ul>
        )}
        <RegionPicker
          id={fid('hostRegionCodes')}
          value=""
          onChange={(code) => {
            if (code && !values.hostRegionCodes.includes(code)) set('hostRegionCodes', [...values.hostRegionCodes, code]);
          }}
          invalid={Boolean(errors.hostRegionCodes)}
          describedBy={aria('hostRegionCodes', `${fid('hostRegionCodes')}-hint`)['aria-describedby']}
        />
        <p className="field-hint" id={`${fid('hostRegionCodes')}-hint`}>
          {t('delegation.details.regionsHint')}
        </p>
        {err('hostRegionCodes')}
      </div>
      <div className="narrative-grid">
        {NARRATIVE.map((f: Narrative) => (
          <div key={f}>
            {field(
              f,
              t(`fields.${f}`),
              <textarea
                id={fid(f)}
                className="input trip-textarea"
                rows={4}
                placeholder={t(`delegation.details.narrativePlaceholder.${f}`)}
                value={values[f]}
                onChange={(e) => set(f, e.target.value)}
                {...aria(f)}
              />,
            )}
          </div>
        ))}
      </div>
      <fieldset className={`field legal-basis-field${errors.legalBasis ? ' field-invalid' : ''}`} aria-describedby={`${fid('legalBasis')}-hint`}>
        <legend className="label">{t('fields.legalBasis')}</legend>
        <p className="field-hint" id={`${fid('legalBasis')}-hint`}>
          {t('delegation.details.legalBasisHint')}
        </p>
        {values.legalBasis.length > 0 && (
          <ol className="legal-basis-edit">
            {values.legalBasis.map((line, i) => {
              const k = `legalBasis.${i}`;
              const n = i + 1;
              return (
                <li key={i} className="legal-basis-line">
                  <span className="legal-basis-no" aria-hidden="true">
                    {n}.
                  </span>
                  <div className="legal-basis-input">
                    <input
                      id={fid(k)}
                      className="input"
                      aria-label={t('delegation.details.legalBasisItem', { n })}
                      placeholder={t('delegation.details.legalBasisPlaceholder')}
                      value={line}
                      onChange={(e) => setLine(i, e.target.value)}
                      {...aria(k)}
                    />
                    {err(k)}
                  </div>
                  <span className="row-actions">
                    <button type="button" className="icon-btn row-btn" aria-label={t('delegation.details.moveUp', { n })} disabled={i === 0} onClick={() => moveLine(i, -1)}>
                      <ArrowUpIcon />
                    </button>
                    <button
                      type="button"
                      className="icon-btn row-btn"
                      aria-label={t('delegation.details.moveDown', { n })}
                      disabled={i === values.legalBasis.length - 1}
                      onClick={() => moveLine(i, 1)}
                    >
                      <ArrowDownIcon />
                    </button>
                    <button
                      type="button"
                      className="icon-btn row-btn row-btn-danger"
                      aria-label={t('delegation.details.removeLine', { n })}
                      onClick={() => {
                        set('legalBasis', values.legalBasis.filter((_, j) => j !== i));
                        const to = Math.min(i, values.legalBasis.length - 2);
                        setFocus((r) => ({ id: to >= 0 ? fid(`legalBasis.${to}`) : `${uid}-add-line`, n: (r?.n ?? 0) + 1 }));
                      }}
                    >
                      <RemoveIcon />
                    </button>
                  </span>
                </li>
              );
            })}
          </ol>
        )}
        {err('legalBasis')}
        <div>
          <button
            id={`${uid}-add-line`}
            type="button"
            className="btn btn-secondary btn-small"
            onClick={() => {
              set('legalBasis', [...values.legalBasis, '']);
              setFocus((r) => ({ id: fid(`legalBasis.${values.legalBasis.length}`), n: (r?.n ?? 0) + 1 }));
            }}
          >
            <PlusIcon size={14} />
            {t('delegation.details.addLegalBasis')}
          </button>
        </div>
      </fieldset>
      <div className="inline-form-foot">
        <span className="spacer" />
        <button type="button" className="btn btn-secondary" onClick={onDone} disabled={saving}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="btn btn-primary" disabled={saving}>
          {t('delegation.details.save')}
        </button>
      </div>
    </form>
  );
}
