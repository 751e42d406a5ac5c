import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { reportTextUpdateSchema, type ReportDrafts, type ReportText } from '../../../shared/documents/schemas';
import { errorText, fieldOf } from '../i18n/errors';
import { useCall } from '../lib/data';
import { ErrorPanel, Loading } from '../components/Page';
import { useToasts } from '../components/Toasts';
import { useTripWrite } from '../lib/mutate';
import { FormError, isStale, schemaErrors, useForm } from '../components/form';

/** The texts with a draft, in screen order, by the document they belong to. */
const GROUPS = [
  { id: 'report', fields: ['foreword', 'conclusion', 'suggestions', 'closing'] },
  { id: 'spt', fields: ['sptTasks'] },
  { id: 'press', fields: ['pressHeadline', 'pressContact'] },
] as const;
type TextField = keyof ReportDrafts;
const TEXT_FIELDS: readonly TextField[] = GROUPS.flatMap((g) => g.fields);
/** Rows of each box; the headline is one line. */
const ROWS: Record<TextField, number> = { foreword: 5, conclusion: 5, suggestions: 5, closing: 3, sptTasks: 4, pressHeadline: 1, pressContact: 2 };
const HINTED = new Set<string>(['sptTasks', 'pressContact']);
/** The report's optional parts, switched on and off here. */
const PARTS = ['cover', 'approval', 'obstaclesOn'] as const;
type Part = (typeof PARTS)[number];

type Values = Pick<ReportText, TextField | 'acknowledge' | Part | 'obstacles'>;
/** Every field of Values, in screen order (what changes() compares and errors focus). */
const VALUE_FIELDS: ReadonlyArray<keyof Values> = [...PARTS, 'foreword', 'obstacles', ...TEXT_FIELDS.filter((f) => f !== 'foreword'), 'acknowledge'];

const valuesOf = (r: ReportText): Values => ({
  conclusion: r.conclusion,
  suggestions: r.suggestions,
  closing: r.closing,
  sptTasks: r.sptTasks,
  pressHeadline: r.pressHeadline,
  pressContact: r.pressContact,
  foreword: r.foreword,
  acknowledge: r.acknowledge,
  cover: r.cover,
  approval: r.approval,
  obstaclesOn: r.obstaclesOn,
  obstacles: r.obstacles,
});

function changes(from: Values, to: Values): Partial<Values> {
  const patch: Record<string, unknown> = {};
  for (const f of VALUE_FIELDS) if (from[f] !== to[f]) patch[f] = to[f];
  return patch;
}

/** Teks laporan dan surat: the trip's own words for its documents; an empty box uses the draft. */
export function ReportTextsForm({ tripId }: { tripId: string }) {
  const { t } = useTranslation();
  const { state, retry } = useCall('reportText.get', { tripId });
  const drafts = useCall('reportText.drafts', { tripId }).state;
  if (state.status === 'error') return <ErrorPanel title={t('documents.texts.loadError')} error={state.error} onRetry={retry} />;
  if (state.status === 'loading') return <Loading />;
  return <TextsForm tripId={tripId} stored={state.value} drafts={drafts.status === 'ok' ? drafts.value : null} />;
}

/** The form itself, created with what is stored. */
function TextsForm({ tripId, stored, drafts }: { tripId: string; stored: ReportText; drafts: ReportDrafts | null }) {
  const { t } = useTranslation();
  const uid = useId();
  const write = useTripWrite();
  const toasts = useToasts();
  const form = useForm<Values>({ idPrefix: uid, defaults: () => valuesOf(stored), fields: VALUE_FIELDS, version: stored.updatedAt });
  const { values, errors } = form;
  const busy = form.saving;
  const dirty = form.isDirty;
  // "Check the fields marked": shown with the fields' messages, until a save or a reset.
  const [marked, setMarked] = useState(false);

  // Take what is stored when it loads again, unless the user is in the middle of editing.
  const [seen, setSeen] = useState(stored);
  if (stored !== seen) {
    setSeen(stored);
    if (!dirty) form.reset(valuesOf(stored));
  }

  const draftOf = (f: TextField) => drafts?.[f] ?? '';
  const fid = form.fieldId;
  const set = form.set;
  const patchOf = (v: Values) => changes(form.baseline, v);

  const submit = form.submit({
    validate: (v) => {
      const patch = patchOf(v);
      if (Object.keys(patch).length === 0) return null;
      // Every field's problem at once; the server checks again.
      const out = schemaErrors(reportTextUpdateSchema, { tripId, patch }, VALUE_FIELDS);
      if (Object.keys(out).length > 0) setMarked(true);
      return out;
    },
    send: (v, meta) => {
      const patch = patchOf(v);
      // The fields changed, with what they were when the edit started: other parts of the page write other fields of the same texts.
      const expected = Object.fromEntries(Object.keys(patch).map((k) => [k, form.baseline[k as keyof Values]]));
      if (Object.keys(patch).length > 0) return write('reportText.update', { tripId, patch, ...(meta.expectedUpdatedAt !== undefined ? { expected } : {}) }, { quiet: true });
      toasts.show({ message: (tr) => tr('documents.texts.unchanged'), duration: 3000 });
      return null;
    },
    onSaved: (saved) => {
      form.reset(valuesOf(saved));
      setMarked(false);
      toasts.show({ message: (tr) => tr('documents.texts.saved'), duration: 4000 });
    },
    onFailed: (error) => {
      if (error.field && fieldOf(error.field) !== 'tripId') setMarked(true);
      else if (isStale(error)) return; // shown in the form with "Muat ulang" / "Timpa"
      else toasts.show({ kind: 'error', message: (tr) => errorText(tr, error) });
    },
  });

  const reset = () => {
    form.reset();
    setMarked(false);
  };

  const errorOf = (f: keyof Values) =>
    errors[f] && (
      <p id={form.errorId(f)} className="field-error">
        {errorText(t, errors[f])}
      </p>
    );

  const textField = (f: TextField): ReactNode => {
    const draft = draftOf(f);
    const value = values[f];
    const label = t(`documents.texts.fields.${f}`);
    const hintId = `${fid(f)}-hint`;
    const common = { ...form.input(f, [hintId]), className: 'input', placeholder: draft } as const;
    return (
      <div key={f} className={`field doc-text-field${errors[f] ? ' field-invalid' : ''}`}>
        <div className="doc-text-label">
          <label htmlFor={fid(f)} className="label">
            {label}
          </label>
          <button
            type="button"
            className="btn btn-secondary btn-small"
            disabled={!draft || value === draft}
            aria-label={t('documents.texts.useDraftLabel', { field: label })}
            title={draft ? undefined : t('documents.texts.noDraft')}
            onClick={() => {
              set(f, draft);
              document.getElementById(fid(f))?.focus();
            }}
          >
            {t('documents.texts.useDraft')}
          </button>
        </div>
        {ROWS[f] === 1 ? (
          <input {...common} />
        ) : (
          <textarea {...common} className="input trip-textarea doc-textarea" rows={ROWS[f]} />
        )}
        <p className="field-hint" id={hintId}>
          {HINTED.has(f) && <>{t(`documents.texts.hints.${f as 'sptTasks' | 'pressContact'}`)} </>}
          {value.trim() === '' ? t('documents.texts.draftUsed') : t('documents.texts.ownUsed')}
        </p>
        {errorOf(f)}
      </div>
    );
  };

  /** Hambatan: the user's own text only (no draft: only the team knows what stood in the way). */
  const obstaclesField = (): ReactNode => {
    const f = 'obstacles' as const;
    const hintId = `${fid(f)}-hint`;
    return (
      <div key={f} className={`field doc-text-field${errors[f] ? ' field-invalid' : ''}`}>
        <div className="doc-text-label">
          <label htmlFor={fid(f)} className="label">
            {t('documents.texts.fields.obstacles')}
          </label>
        </div>
        <textarea className="input trip-textarea doc-textarea" rows={4} {...form.input(f, [hintId])} />
        <p className="field-hint" id={hintId}>
          {t('documents.texts.hints.obstacles')}
        </p>
        {errorOf(f)}
      </div>
    );
  };

  const partsChoice = (
    <fieldset className="learning-checks doc-report-parts">
      <legend className="group-label">{t('documents.texts.parts.legend')}</legend>
      {PARTS.map((p) => (
        <label key={p} className="learning-check">
          {/* A switch: the part is in the report or not (saved with the texts). */}
          <input id={fid(p)} type="checkbox" role="switch" checked={values[p]} onChange={(e) => set(p, e.target.checked)} /> {t(`documents.texts.parts.${p}`)}
        </label>
      ))}
      {values.approval && <p className="field-hint">{t('documents.texts.hints.approval')}</p>}
    </fieldset>
  );

  return (
    <form className="trip-card doc-texts" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${uid}-h`} aria-busy={busy || undefined}>
      <header className="doc-panel-head">
        <h3 id={`${uid}-h`}>{t('documents.texts.heading')}</h3>
        <p className="field-hint">{t('documents.texts.intro')}</p>
      </header>
      {marked && (
        <p className="form-error doc-form-error" role="alert">
          {t('documents.texts.formError')}
        </p>
      )}
      {GROUPS.map((g) => (
        <fieldset key={g.id} className="doc-text-group">
          <legend className="group-label">{t(`documents.texts.groups.${g.id}`)}</legend>
          {g.id === 'report' && partsChoice}
          <div className={`doc-text-grid doc-text-grid-${g.id}`}>
            {g.fields.flatMap((f) => (f === 'foreword' && values.obstaclesOn ? [textField(f), obstaclesField()] : [textField(f)]))}
          </div>
          {g.id === 'report' && <p className="field-hint">{t('documents.texts.hints.acknowledge')}</p>}
        </fieldset>
      ))}
      <FormError error={form.formError} />
      <footer className="doc-texts-footer">
        {dirty && (
          <button type="button" className="btn btn-secondary" onClick={reset} disabled={busy}>
            {t('documents.texts.reset')}
          </button>
        )}
        <button id={form.submitId} type="submit" className="btn btn-primary" disabled={busy}>
          {t('documents.texts.save')}
        </button>
      </footer>
    </form>
  );
}
