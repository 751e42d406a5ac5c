import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TripDetail } from '../../../shared/delegation/schemas';
import { TRIP_STATUSES, tripPatchSchema, type Trip } from '../../../shared/trips/schemas';
import { StatusBadge } from './StatusBadge';
import { regionByCode } from '../../../shared/regions';
import { runtimeKey } from '../i18n';
import { CloseIcon, PlusIcon } from '../components/Icons';
import { InstitutionPicker } from '../components/InstitutionPicker';
import { RegionPicker } from '../components/RegionPicker';
import { useToasts } from '../components/Toasts';
import { ArrowDownIcon, ArrowUpIcon, NoteIcon, RemoveIcon } from '../components/SectionIcons';
import { useTripWrite } from '../lib/mutate';
import { SectionEmpty } from '../components/SectionEmpty';
import { FieldError, FormError, FormField, FormFooter, FormSelect, FormTextarea, schemaErrors, useForm } from '../components/form';
import { CodeOptions } from '../components/Options';

const NARRATIVE = ['background', 'purpose', 'objectives', 'scope'] as const;
type Narrative = (typeof NARRATIVE)[number];

/** The trip's fields this section edits (title and dates are the trip dialog's). */
type Values = Pick<Trip, 'status' | 'originInstitutionId' | 'hostRegionCodes' | Narrative | 'legalBasis'>;

const valuesOf = ({ trip }: TripDetail): Values => ({
  status: trip.status,
  originInstitutionId: trip.originInstitutionId,
  hostRegionCodes: [...trip.hostRegionCodes],
  ...(Object.fromEntries(NARRATIVE.map((k) => [k, trip[k]])) as Record<Narrative, string>),
  legalBasis: [...trip.legalBasis],
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

/** The fields in screen order: a message on a line of the legal basis is about that line. */
const fieldsOf = (v: Values): string[] => [
  'status',
  'originInstitutionId',
  'hostRegionCodes',
  ...NARRATIVE,
  ...v.legalBasis.map((_, i) => `legalBasis.${i}`),
  'legalBasis',
];

/** The values as saved: blank lines of the legal basis are dropped, not refused, and the texts trimmed. */
function normalized(v: Values): Values {
  const next: Values = { ...v, legalBasis: v.legalBasis.map((l) => l.trim()).filter(Boolean) };
  for (const f of NARRATIVE) next[f] = next[f].trim();
  return next;
}

function DetailsForm({ detail, onDone }: { detail: TripDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const uid = useId();
  const write = useTripWrite();
  const toasts = useToasts();
  const form = useForm<Values, string>({ version: detail.trip.updatedAt, idPrefix: uid, defaults: () => valuesOf(detail), fields: fieldsOf });
  const { values, errors, saving, set } = form;
  const fid = form.fieldId;
  const [originName, setOriginName] = useState(detail.originInstitution?.name ?? '');
  // Where the focus goes after a line of the legal basis moved, went or came.
  const [focus, setFocus] = useState<{ id: string; n: number } | null>(null);

  useEffect(() => {
    if (focus) document.getElementById(focus.id)?.focus();
  }, [focus]);

  const setLine = (i: number, v: string) => set('legalBasis', values.legalBasis.map((x, j) => (j === i ? v : x)));
  const moveLine = (i: number, d: number) => {
    const next = [...values.legalBasis];
    const [line] = next.splice(i, 1);
    next.splice(i + d, 0, line ?? '');
    set('legalBasis', next);
    setFocus((r) => ({ id: fid(`legalBasis.${i + d}`), n: (r?.n ?? 0) + 1 }));
  };

  /** What changed against the trip as stored. */
  const patchOf = (next: Values) => {
    const cur = valuesOf(detail);
    const patch: Record<string, unknown> = {};
    for (const k of Object.keys(next) as Array<keyof Values>) {
      if (JSON.stringify(next[k]) !== JSON.stringify(cur[k])) patch[k] = next[k];
    }
    return patch;
  };

  const submit = form.submit({
    validate: (v) => {
      const next = normalized(v);
      const patch = patchOf(next);
      if (Object.keys(patch).length === 0) return null;
      const out = schemaErrors(tripPatchSchema, patch, fieldsOf(next));
      // The messages are about the lines as they will be saved: the form shows those.
      if (Object.keys(out).length > 0) form.setValues(next);
      return out;
    },
    send: (v, meta) => {
      const patch = patchOf(normalized(v));
      if (Object.keys(patch).length > 0) return write('trips.update', { id: detail.trip.id, patch: tripPatchSchema.parse(patch), ...meta }, { quiet: true });
      onDone();
      return null;
    },
    onSaved: () => {
      toasts.show({ message: (tr) => tr('delegation.details.saved'), duration: 4000 });
      onDone();
    },
    keepSaved: false,
  });

  // A message names its field ("Dasar hukum …" for a line of it too).
  const err = (k: string) => <FieldError id={form.errorId(k)} error={errors[k]} label={t(runtimeKey(`fields.${k.split('.')[0] ?? k}`))} />;
  const aria = (k: string) => ({ 'aria-invalid': errors[k] ? true : undefined, 'aria-describedby': form.describe(k) });
  const labelOf = (k: string) => t(runtimeKey(`fields.${k}`));

  return (
    <form className="trip-card details-form" noValidate aria-label={t('delegation.details.heading')} onSubmit={(e) => void submit(e)} aria-busy={saving || undefined}>
      <FormError error={form.formError} />
      <div className="field-row details-top">
        <FormSelect form={form} name="status" label={t('fields.status')} errorLabel={labelOf('status')}>
          <CodeOptions codes={TRIP_STATUSES} labelOf={(s) => t(`delegation.status.${s}`)} />
        </FormSelect>
        <FormField form={form} name="originInstitutionId" label={t('fields.originInstitutionId')} errorLabel={labelOf('originInstitutionId')} hint={t('delegation.details.originHint')} hintId={`${fid('originInstitutionId')}-hint`}>
          <InstitutionPicker
            kind="own"
            value={values.originInstitutionId}
            valueName={originName}
            onChange={(id, name) => {
              set('originInstitutionId', id);
              setOriginName(name);
            }}
            {...form.control('originInstitutionId', [`${fid('originInstitutionId')}-hint`])}
          />
        </FormField>
      </div>
      <FormField form={form} name="hostRegionCodes" label={t('fields.hostRegionCodes')} errorLabel={labelOf('hostRegionCodes')} hint={t('delegation.details.regionsHint')} hintId={`${fid('hostRegionCodes')}-hint`}>
        {values.hostRegionCodes.length > 0 && (
          <ul className="region-chips">
            {values.hostRegionCodes.map((c) => (
              <RegionChip key={c} code={c} onRemove={() => set('hostRegionCodes', values.hostRegionCodes.filter((x) => x !== c))} />
            ))}
          </ul>
        )}
        <RegionPicker
          value=""
          onChange={(code) => {
            if (code && !values.hostRegionCodes.includes(code)) set('hostRegionCodes', [...values.hostRegionCodes, code]);
          }}
          {...form.control('hostRegionCodes', [`${fid('hostRegionCodes')}-hint`])}
        />
      </FormField>
      <div className="narrative-grid">
        {NARRATIVE.map((f: Narrative) => (
          <div key={f}>
            <FormTextarea
              form={form}
              name={f}
              label={t(`fields.${f}`)}
              errorLabel={labelOf(f)}
              className="trip-textarea"
              rows={4}
              placeholder={t(`delegation.details.narrativePlaceholder.${f}`)}
            />
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
      <FormFooter inline saving={saving} submitId={form.submitId} onCancel={onDone} submitLabel={t('delegation.details.save')} />
    </form>
  );
}
