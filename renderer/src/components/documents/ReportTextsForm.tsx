import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { reportTextUpdateSchema, type ReportDrafts, type ReportText } from '../../../../shared/domain/documents';
import type { ApiError } from '../../../../shared/result';
import { fieldOf } from '../../i18n/errors';
import { useCall } from '../../lib/data';
import { ErrorPanel, Loading } from '../Page';
import { useToasts } from '../Toasts';
import { useTripWrite } from '../trip/mutate';
import { docErrorMessage } from './errors';

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
type Errors = Partial<Record<keyof Values, string>>;
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
  const uid = useId();
  const { state, retry } = useCall('reportText.get', { tripId });
  const drafts = useCall('reportText.drafts', { tripId }).state;
  const write = useTripWrite();
  const toasts = useToasts();
  const [saved, setSaved] = useState<Values | null>(null);
  const [values, setValues] = useState<Values | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const dirty = saved !== null && values !== null && Object.keys(changes(saved, values)).length > 0;

  // Take what is stored when it loads (again), unless the user is in the middle of editing.
  const loaded = state.status === 'ok' ? state.value : null;
  const [seen, setSeen] = useState<ReportText | null>(null);
  if (loaded && loaded !== seen) {
    setSeen(loaded);
    if (!dirty) {
      const v = valuesOf(loaded);
      setSaved(v);
      setValues(v);
    }
  }

  if (state.status === 'error') return <ErrorPanel title={t('documents.texts.loadError')} error={state.error} onRetry={retry} />;
  if (!values || !saved) return <Loading />;

  const draftOf = (f: TextField) => (drafts.status === 'ok' ? drafts.value[f] : '');
  const fid = (f: string) => `${uid}-${f}`;
  const set = <K extends keyof Values>(f: K, v: Values[K]) => {
    setValues((cur) => (cur ? { ...cur, [f]: v } : cur));
    if (errors[f]) setErrors((e) => ({ ...e, [f]: undefined }));
  };

  const showErrors = (list: Pick<ApiError, 'code' | 'key' | 'field' | 'params'>[]) => {
    const next: Errors = {};
    for (const e of list) {
      const name = fieldOf(e.field) as keyof Values | undefined;
      if (name && !next[name]) next[name] = docErrorMessage(t, e);
    }
    setErrors(next);
    setFormError(t('documents.texts.formError'));
    const first = VALUE_FIELDS.find((f) => next[f]);
    if (first) document.getElementById(fid(first))?.focus();
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const patch = changes(saved, values);
    if (Object.keys(patch).length === 0) {
      toasts.show({ message: (tr) => tr('documents.texts.unchanged'), duration: 3000 });
      return;
    }
    // Every field's problem at once; the server checks again.
    const parsed = reportTextUpdateSchema.safeParse({ tripId, patch });
    if (!parsed.success) {
      showErrors(
        parsed.error.issues.map((i) => ({
          code: 'VALIDATION' as const,
          key: i.message,
          field: i.path.map(String).join('.'),
          params: i.code === 'too_big' && typeof i.maximum === 'number' ? { max: i.maximum } : undefined,
        })),
      );
      return;
    }
    setBusy(true);
    const r = await write('reportText.update', { tripId, patch }, { quiet: true });
    setBusy(false);
    if (!r.ok) {
      if (r.error.field && fieldOf(r.error.field) !== 'tripId') showErrors([r.error]);
      else toasts.show({ kind: 'error', message: (tr) => docErrorMessage(tr, r.error) });
      return;
    }
    const v = valuesOf(r.value);
    setSaved(v);
    setValues(v);
    setErrors({});
    setFormError(null);
    toasts.show({ message: (tr) => tr('documents.texts.saved'), duration: 4000 });
  };

  const reset = () => {
    setValues(saved);
    setErrors({});
    setFormError(null);
  };

  const textField = (f: TextField): ReactNode => {
    const draft = draftOf(f);
    const value = values[f];
    const label = t(`documents.texts.fields.${f}`);
    const hintId = `${fid(f)}-hint`;
    const errId = `${fid(f)}-error`;
    const describedBy = [errors[f] ? errId : '', hintId].filter(Boolean).join(' ');
    const common = {
      id: fid(f),
      className: 'input',
      value,
      placeholder: draft,
      'aria-invalid': errors[f] ? true : undefined,
      'aria-describedby': describedBy,
    } as const;
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
          <input {...common} onChange={(e) => set(f, e.target.value)} />
        ) : (
          <textarea {...common} className="input trip-textarea doc-textarea" rows={ROWS[f]} onChange={(e) => set(f, e.target.value)} />
        )}
        <p className="field-hint" id={hintId}>
          {HINTED.has(f) && <>{t(`documents.texts.hints.${f as 'sptTasks' | 'pressContact'}`)} </>}
          {value.trim() === '' ? t('documents.texts.draftUsed') : t('documents.texts.ownUsed')}
        </p>
        {errors[f] && (
          <p id={errId} className="field-error">
            {errors[f]}
          </p>
        )}
      </div>
    );
  };

  /** Hambatan: the user's own text only (no draft: only the team knows what stood in the way). */
  const obstaclesField = (): ReactNode => {
    const f = 'obstacles' as const;
    const hintId = `${fid(f)}-hint`;
    const errId = `${fid(f)}-error`;
    return (
      <div key={f} className={`field doc-text-field${errors[f] ? ' field-invalid' : ''}`}>
        <div className="doc-text-label">
          <label htmlFor={fid(f)} className="label">
            {t('documents.texts.fields.obstacles')}
          </label>
        </div>
        <textarea
          id={fid(f)}
          className="input trip-textarea doc-textarea"
          rows={4}
          value={values.obstacles}
          aria-invalid={errors[f] ? true : undefined}
          aria-describedby={[errors[f] ? errId : '', hintId].filter(Boolean).join(' ')}
          onChange={(e) => set(f, e.target.value)}
        />
        <p className="field-hint" id={hintId}>
          {t('documents.texts.hints.obstacles')}
        </p>
        {errors[f] && (
          <p id={errId} className="field-error">
            {errors[f]}
          </p>
        )}
      </div>
    );
  };

  const partsChoice = (
    <fieldset className="learning-checks doc-report-parts">
      <legend>{t('documents.texts.parts.legend')}</legend>
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
      {formError && (
        <p className="form-error doc-form-error" role="alert">
          {formError}
        </p>
      )}
      {GROUPS.map((g) => (
        <fieldset key={g.id} className="doc-text-group">
          <legend>{t(`documents.texts.groups.${g.id}`)}</legend>
          {g.id === 'report' && partsChoice}
          <div className={`doc-text-grid doc-text-grid-${g.id}`}>
            {g.fields.flatMap((f) => (f === 'foreword' && values.obstaclesOn ? [textField(f), obstaclesField()] : [textField(f)]))}
          </div>
          {g.id === 'report' && <p className="field-hint">{t('documents.texts.hints.acknowledge')}</p>}
        </fieldset>
      ))}
      <footer className="doc-texts-footer">
        {dirty && (
          <button type="button" className="btn btn-secondary" onClick={reset} disabled={busy}>
            {t('documents.texts.reset')}
          </button>
        )}
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {t('documents.texts.save')}
        </button>
      </footer>
    </form>
  );
}
