import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DIMENSIONS,
  PRIORITIES,
  SPBE_DOMAINS,
  learningCreateSchema,
  type Learning,
} from '../../../shared/learnings/schemas';
import type { Stamped } from '../../../shared/common';
import { DEFAULT_PRIORITY } from '../../../shared/learnings/vocabulary';
import type { AgendaItem } from '../../../shared/agenda/schemas';
import { formatDay, formatTime, localDateOf } from '../../../shared/zones';
import { currentLang } from '../i18n';
import { useCall } from '../lib/data';
import { useTripWrite } from '../lib/mutate';
import { FieldError, FormDialog, FormInput, FormSelect, FormTextarea, schemaErrors, useForm } from '../components/form';
import { errorText } from '../i18n/errors';
import { CodeOptions } from '../components/Options';

interface FigureDraft {
  key: number;
  label: string;
  value: string;
}

/** "Kamis, 24 April 2025 · 09.00 WIB · Penyambutan oleh Sekda Kota Malang". */
export function agendaItemLabel(a: Pick<AgendaItem, 'title' | 'startAt' | 'startZone'>, lang = currentLang()): string {
  return `${formatDay(localDateOf(a.startAt, a.startZone), lang)} · ${formatTime(a.startAt, a.startZone)} · ${a.title}`;
}

/** The learning's typed fields, its figures keyed for the list. */
type Draft = Omit<Pick<Learning, LearningField>, 'figures'> & { figures: FigureDraft[] };
type LearningField = keyof Omit<Learning, keyof Stamped | 'tripId' | 'position' | 'followups'>;

let figureKey = 1;
const toDraft = (l: Learning | null): Draft => ({
  topic: l?.topic ?? '',
  agendaItemIds: l?.agendaItemIds ?? [],
  hostPractice: l?.hostPractice ?? '',
  figures: (l?.figures ?? []).map((f) => ({ key: figureKey++, ...f })),
  applicability: l?.applicability ?? '',
  recommendation: l?.recommendation ?? '',
  dimensions: l?.dimensions ?? [],
  spbeDomains: l?.spbeDomains ?? [],
  responsibleUnit: l?.responsibleUnit ?? '',
  priority: l?.priority ?? DEFAULT_PRIORITY,
});

/** The fields in screen order, the figures' two per row. */
const fieldsOf = (d: Draft): string[] => [
  'topic',
  'agendaItemIds',
  'hostPractice',
  ...d.figures.flatMap((_, i) => [`figures.${i}.label`, `figures.${i}.value`]),
  'applicability',
  'recommendation',
  'responsibleUnit',
];

/** Adds or edits one learning; checks the whole form before sending. */
export function LearningDialog({ tripId, learning, onClose }: { tripId: string; learning: Learning | null; onClose: (saved?: Learning) => void }) {
  const { t } = useTranslation();
  const uid = useId();
  const write = useTripWrite();
  const form = useForm<Draft, string>({ version: learning?.updatedAt, idPrefix: uid, defaults: () => toDraft(learning), fields: fieldsOf });
  const { values: d, errors } = form;
  const fid = form.fieldId;
  // The trip's agenda (items are read by agenda.list through api().call).
  const agenda = useCall('agenda.list', { tripId }).state;
  const agendaItems = agenda.status === 'ok' ? agenda.value : null;

  const set = form.set;
  const toggle = <T extends string>(list: T[], v: T): T[] => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);
  /** A list of codes as checkboxes, each one in or out of the chosen. */
  const checks = <C extends string>(legend: string, codes: readonly C[], chosen: C[], onChange: (next: C[]) => void, labelOf: (code: C) => string) => (
    <fieldset className="learning-checks">
      <legend>{legend}</legend>
      {codes.map((x) => (
        <label key={x} className="learning-check">
          <input type="checkbox" checked={chosen.includes(x)} onChange={() => onChange(toggle(chosen, x))} />
          {labelOf(x)}
        </label>
      ))}
    </fieldset>
  );

  const patchOf = (v: Draft) => {
    // Ids whose agenda item was removed meanwhile are dropped; with the agenda
    // unread, an edit leaves the stored ids alone.
    const agendaItemIds = agendaItems ? agendaItems.filter((a) => v.agendaItemIds.includes(a.id)).map((a) => a.id) : undefined;
    return {
      topic: v.topic,
      ...(agendaItemIds ? { agendaItemIds } : {}),
      hostPractice: v.hostPractice,
      figures: v.figures.map(({ label, value }) => ({ label, value })),
      applicability: v.applicability,
      recommendation: v.recommendation,
      dimensions: v.dimensions,
      spbeDomains: v.spbeDomains,
      responsibleUnit: v.responsibleUnit,
      priority: v.priority,
    };
  };

  const submit = form.submit({
    validate: (v) => schemaErrors(learningCreateSchema, { tripId, ...patchOf(v) }, fieldsOf(v)),
    send: (v, meta) =>
      learning
        ? write('learnings.update', { id: learning.id, patch: patchOf(v), ...meta }, { quiet: true })
        : write('learnings.create', { tripId, ...patchOf(v) }, { quiet: true }),
    onSaved: (saved) => onClose(saved),
    keepSaved: false,
  });

  const err = (f: string, label: string) => <FieldError id={form.errorId(f)} error={errors[f]} label={label} />;
  const area = (f: 'hostPractice' | 'applicability' | 'recommendation', rows = 3) => (
    <FormTextarea form={form} name={f} label={t(`learnings.f.${f}`)} errorLabel={t(`learnings.f.${f}`)} className="textarea" rows={rows} />
  );
  // A figure's two inputs; the labels show on the first row only (they head the columns).
  const figureInput = (i: number, part: 'label' | 'value') => {
    const f = `figures.${i}.${part}`;
    const label = t(part === 'label' ? 'learnings.f.figureLabel' : 'learnings.f.figureValue');
    return (
      <div className="field">
        <label htmlFor={fid(f)} className={i > 0 ? 'visually-hidden' : undefined}>
          {label}
        </label>
        <input className="input" {...form.input(f)} />
        {err(f, label)}
      </div>
    );
  };

  return (
    <FormDialog
      form={form}
      title={learning ? t('learnings.dialogEdit') : t('learnings.dialogNew')}
      errorLabel={t('learnings.f.topic')}
      className="learning-form"
      onSubmit={submit}
      onCancel={() => onClose()}
      submitLabel={t('learnings.save')}
      cancelLabel={t('learnings.cancel')}
    >
      {Object.keys(errors).length > 0 && (
        <p className="form-error" role="alert">
          {t('learnings.fixErrors')}
        </p>
      )}
      <FormInput form={form} name="topic" label={t('learnings.f.topic')} errorLabel={t('learnings.f.topic')} data-autofocus />
      <fieldset className="learning-checks">
        <legend>{t('learnings.f.agendaItems')}</legend>
        {agendaItems?.length === 0 && <p className="field-hint">{t('learnings.f.noAgenda')}</p>}
        {agenda.status === 'error' && <p className="field-hint">{errorText(t, agenda.error, { label: t('learnings.f.agendaItems') })}</p>}
        {agendaItems?.map((a) => (
          <label key={a.id} className="learning-check">
            <input type="checkbox" checked={d.agendaItemIds.includes(a.id)} onChange={() => set('agendaItemIds', toggle(d.agendaItemIds, a.id))} />
            {agendaItemLabel(a)}
          </label>
        ))}
        {err('agendaItemIds', t('learnings.f.agendaItems'))}
      </fieldset>
      {area('hostPractice', 4)}
      <fieldset className="learning-figures-edit">
        <legend>{t('learnings.f.figures')}</legend>
        {d.figures.map((f, i) => (
          <div key={f.key} className="learning-figure-row">
            {figureInput(i, 'label')}
            {figureInput(i, 'value')}
            <button
              type="button"
              className="btn btn-secondary btn-small learning-figure-remove"
              aria-label={t('learnings.f.removeFigure', { n: i + 1 })}
              onClick={() => set('figures', d.figures.filter((x) => x.key !== f.key))}
            >
              ×
            </button>
          </div>
        ))}
        {/* A new row moves no other: the messages shown stay. */}
        <button type="button" className="btn btn-secondary btn-small" onClick={() => form.setValues((x) => ({ ...x, figures: [...x.figures, { key: figureKey++, label: '', value: '' }] }))}>
          {t('learnings.f.addFigure')}
        </button>
      </fieldset>
      {area('applicability')}
      {area('recommendation')}
      {checks(t('learnings.f.dimensions'), DIMENSIONS, d.dimensions, (next) => set('dimensions', next), (x) => t(`learnings.dimension.${x}`))}
      {checks(t('learnings.f.spbeDomains'), SPBE_DOMAINS, d.spbeDomains, (next) => set('spbeDomains', next), (x) => t(`learnings.spbe.${x}`))}
      <div className="field-row">
        <FormInput form={form} name="responsibleUnit" label={t('learnings.f.responsibleUnit')} errorLabel={t('learnings.f.responsibleUnit')} />
        <FormSelect form={form} name="priority" label={t('learnings.f.priority')}>
          <CodeOptions codes={PRIORITIES} labelOf={(p) => t(`learnings.priorityShort.${p}`)} />
        </FormSelect>
      </div>
    </FormDialog>
  );
}
