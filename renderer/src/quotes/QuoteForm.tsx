/** The form of one Kutipan: speaker, words, where and when it was said, and what it belongs to. */
import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../shared/agenda/schemas';
import type { Learning } from '../../../shared/learnings/schemas';
import { quoteCreateSchema, quoteUpdateSchema, type Quote } from '../../../shared/quotes/schemas';
import { currentLang } from '../i18n';
import { FormDate, FormError, FormFooter, FormInput, FormSelect, FormTextarea, formKeys, schemaErrors, useForm } from '../components/form';
import { useToasts } from '../components/Toasts';
import { useTripWrite } from '../lib/mutate';
import type { Errors, Speaker, Values} from './QuotesPanel';
import { agendaDefaults, agendaLabel, toInput, toValues } from './QuotesPanel';
import { ItemOptions } from '../components/Options';

/** The form's fields, in screen order (the first invalid one takes focus). */
export const FIELDS = ['speakerPersonId', 'words', 'agendaItemId', 'learningId', 'saidOn', 'place'] as const;

export type QuoteField = (typeof FIELDS)[number];

export interface QuoteFormProps {
  tripId: string;
  quote: Quote | null;
  speakers: readonly Speaker[];
  learnings: readonly Learning[];
  agenda: readonly AgendaItem[];
  /** The list answer on screen when the form saves (see Pending). */
  base: Quote[] | null;
  onCancel: () => void;
  onSaved: (q: Quote, base: Quote[] | null) => void;
}

/**
 * Adds or edits one quote. Enter in a one-line field saves (Ctrl+Enter in the
 * words), Escape cancels, errors show under their field and the first
 * invalid one takes focus. Choosing an agenda item brings its day and venue.
 */
export function QuoteForm({ tripId, quote, speakers, learnings, agenda, base, onCancel, onSaved }: QuoteFormProps) {
  const { t } = useTranslation();
  const uid = useId();
  const write = useTripWrite();
  const toasts = useToasts();
  const lang = currentLang();
  const original = toValues(quote);
  const form = useForm<Values>({
    version: quote?.updatedAt,
    idPrefix: uid,
    defaults: original,
    fields: FIELDS,
    // The day and place may have moved with the agenda item.
    clears: { agendaItemId: ['saidOn', 'place'] },
  });
  const { saving } = form;
  const fid = (f: QuoteField) => `${uid}-${f}`;

  // The form opens on purpose: a new quote starts with who spoke, an edit with the words.
  useEffect(() => {
    document.getElementById(fid(quote ? 'words' : 'speakerPersonId'))?.focus();
    // Once, when the form opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const set = (f: QuoteField, v: string) => {
    if (f !== 'agendaItemId') {
      form.set(f, v);
      return;
    }
    form.setValues((cur) => {
      // The day and place follow the agenda item, unless the user typed their own.
      const was = agendaDefaults(agenda.find((a) => a.id === cur.agendaItemId));
      const now = agendaDefaults(agenda.find((a) => a.id === v));
      return {
        ...cur,
        agendaItemId: v,
        saidOn: cur.saidOn === '' || cur.saidOn === was.saidOn ? now.saidOn : cur.saidOn,
        place: cur.place.trim() === '' || cur.place === was.place ? now.place : cur.place,
      };
    });
    form.clearError('agendaItemId');
  };

  const patchOf = (v: Values) => {
    const input = toInput(v);
    const from = toInput(original);
    const patch: Partial<ReturnType<typeof toInput>> = {};
    for (const f of FIELDS) if (input[f] !== from[f]) (patch as Record<string, unknown>)[f] = input[f];
    return patch;
  };

  const submit = form.submit({
    // Every field's problem at once; main checks again (and that the speaker is of the trip).
    validate: (v) => {
      const input = toInput(v);
      const patch = patchOf(v);
      // Nothing changed: nothing to check (send says so and closes).
      if (quote && Object.keys(patch).length === 0) return null;
      const out: Errors = schemaErrors(
        quote ? quoteUpdateSchema : quoteCreateSchema,
        quote ? { id: quote.id, patch } : { tripId, ...input },
        FIELDS,
        (path) => String(path[quote ? 1 : 0] ?? ''),
      );
      if (out.speakerPersonId && v.speakerPersonId === '') {
        out.speakerPersonId = { code: 'VALIDATION', message: 'speaker required', key: 'quotes.validation.speakerRequired', field: 'speakerPersonId' };
      }
      return out;
    },
    send: (v, meta) => {
      if (!quote) return write('quotes.create', { tripId, ...toInput(v) }, { quiet: true });
      const patch = patchOf(v);
      if (Object.keys(patch).length === 0) {
        toasts.show({ message: (tr) => tr('quotes.unchanged'), duration: 3000 });
        onCancel();
        return null;
      }
      return write('quotes.update', { id: quote.id, patch, ...meta }, { quiet: true });
    },
    onSaved: (q) => onSaved(q, base),
  });

  const onKeyDown = formKeys(() => {
    if (!saving) onCancel();
  });

  /** A field's label and the name its messages give it. */
  const named = (f: QuoteField) => ({ form, name: f, label: t(`quotes.fields.${f}`), errorLabel: t(`quotes.fields.${f}`) });

  const speakerOption = (s: Speaker) => (
    <option key={s.personId} value={s.personId}>
      {s.jabatan ? `${s.name} — ${s.jabatan}` : s.name}
    </option>
  );
  const members = speakers.filter((s) => s.group === 'members');
  const hosts = speakers.filter((s) => s.group === 'hostPeople');
  // A speaker who has since left the trip still shows as recorded; main asks for another on save.
  const gone = quote && !speakers.some((s) => s.personId === quote.speakerPersonId) ? quote : null;
  const title = quote ? t('quotes.editTitle', { name: quote.speakerName }) : t('quotes.addTitle');

  return (
    <form
      className="inline-form quote-form"
      noValidate
      aria-label={title}
      onSubmit={(e) => {
        e.stopPropagation();
        void submit(e);
      }} onKeyDown={onKeyDown} aria-busy={saving || undefined}>
      <div className="inline-form-head">
        <p className="inline-form-title">{title}</p>
        <p className="field-hint">{t('quotes.keysHint')}</p>
      </div>
      <FormError error={form.formError} />
      <div className="quote-form-grid">
        <FormSelect
          {...named('speakerPersonId')}
          fieldClassName="quote-wide"
          hint={speakers.length === 0 ? t('quotes.hints.noSpeakers') : t('quotes.hints.speakerPersonId')}
        >
          <option value="">{t('quotes.options.chooseSpeaker')}</option>
          {gone && (
            <option value={gone.speakerPersonId}>{t('quotes.goneSpeaker', { name: gone.speakerJabatan ? `${gone.speakerName} — ${gone.speakerJabatan}` : gone.speakerName })}</option>
          )}
          {members.length > 0 && <optgroup label={t('quotes.options.members')}>{members.map(speakerOption)}</optgroup>}
          {hosts.length > 0 && <optgroup label={t('quotes.options.hostPeople')}>{hosts.map(speakerOption)}</optgroup>}
        </FormSelect>
        <FormTextarea {...named('words')} fieldClassName="quote-wide" hint={t('quotes.hints.words')} className="trip-textarea doc-textarea" rows={4} spellCheck />
        <FormSelect {...named('agendaItemId')} onChange={(e) => set('agendaItemId', e.target.value)}>
          <option value="">{t('quotes.options.noAgendaItem')}</option>
          {quote?.agendaItemId && !agenda.some((a) => a.id === quote.agendaItemId) && <option value={quote.agendaItemId}>—</option>}
          <ItemOptions items={agenda} valueOf={(a) => a.id} labelOf={(a) => agendaLabel(a, lang)} />
        </FormSelect>
        <FormSelect {...named('learningId')}>
          <option value="">{t('quotes.options.noLearning')}</option>
          {quote?.learningId && !learnings.some((l) => l.id === quote.learningId) && <option value={quote.learningId}>—</option>}
          <ItemOptions items={learnings} valueOf={(l) => l.id} labelOf={(l) => l.topic} />
        </FormSelect>
        <FormDate {...named('saidOn')} hint={t('quotes.hints.saidOn')} />
        <FormInput {...named('place')} placeholder={t('quotes.hints.place')} />
      </div>
      <FormFooter inline saving={saving} submitId={form.submitId} onCancel={onCancel} submitLabel={quote ? t('quotes.save') : t('quotes.create')} />
    </form>
  );
}
