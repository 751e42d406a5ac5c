import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../../shared/domain/agenda';
import type { TripDetail } from '../../../../shared/domain/delegation';
import type { Learning } from '../../../../shared/domain/learnings';
import { fullName, type PersonRow } from '../../../../shared/domain/person';
import { quoteCreateSchema, quoteUpdateSchema, type Quote } from '../../../../shared/domain/quotes';
import { formatDateRange, formatLongDate } from '../../../../shared/dates';
import type { ApiError } from '../../../../shared/result';
import { currentLang } from '../../i18n';
import { errorText, FieldError, FormError, formKeys, schemaErrors, useForm } from '../form';
import { useCall } from '../../lib/data';
import { PlusIcon } from '../Icons';
import { useToasts } from '../Toasts';
import { MicIcon, RemoveIcon } from '../trip/icons';
import { useTripWrite } from '../trip/mutate';
import { QUOTES_ADD_ID, QUOTES_ANCHOR } from './anchors';

/** The form's fields, in screen order (the first invalid one takes focus). */
const FIELDS = ['speakerPersonId', 'words', 'agendaItemId', 'learningId', 'saidOn', 'place'] as const;
type QuoteField = (typeof FIELDS)[number];

/** What the form edits: the selects hold '' for "none". */
type Values = Record<QuoteField, string>;
type Errors = Partial<Record<QuoteField, ApiError>>;

/** Who may be quoted: the trip's members and host officials. */
interface Speaker {
  personId: string;
  name: string;
  jabatan: string;
  group: 'members' | 'hostPeople';
}

/** A journalist has no jabatan: their outlet says who they are. */
const jabatanOf = (p: PersonRow) => p.jabatan || p.institutionName;

function speakersOf(detail: TripDetail): Speaker[] {
  const seen = new Set<string>();
  const out: Speaker[] = [];
  const add = (personId: string, p: PersonRow, group: Speaker['group']) => {
    if (seen.has(personId)) return;
    seen.add(personId);
    out.push({ personId, name: fullName(p), jabatan: jabatanOf(p), group });
  };
  for (const m of detail.members) add(m.personId, m.person, 'members');
  for (const h of detail.hostPeople) add(h.personId, h.person, 'hostPeople');
  return out;
}

/** The day and place an agenda item suggests for what was said there. */
function agendaDefaults(item: AgendaItem | undefined): { saidOn: string; place: string } {
  if (!item) return { saidOn: '', place: '' };
  return { saidOn: item.startLocal.slice(0, 10), place: item.venueName || item.venueText || item.toPlace };
}

/** "24 April 2025, 13.30 — Kunjungan ke Ngalam Command Center". */
function agendaLabel(item: AgendaItem, lang: 'id' | 'en'): string {
  const day = item.startLocal.slice(0, 10);
  return `${formatDateRange(day, day, lang)}, ${item.startLocal.slice(11, 16).replace(':', '.')} — ${item.title}`;
}

const toValues = (q: Quote | null): Values => ({
  speakerPersonId: q?.speakerPersonId ?? '',
  words: q?.words ?? '',
  saidOn: q?.saidOn ?? '',
  place: q?.place ?? '',
  learningId: q?.learningId ?? '',
  agendaItemId: q?.agendaItemId ?? '',
});

/** The values as the operations take them ('' → null for the links). */
const toInput = (v: Values) => ({ ...v, learningId: v.learningId || null, agendaItemId: v.agendaItemId || null });

/** What the panel edits when it adds a quote (else a quote's id). */
const NEW = 'new';

/** A write's effect shown until the list loads again (so nothing flickers back meanwhile). */
interface Pending {
  /** The list answer the write was made over; once another answer arrives, it holds the write. */
  base: Quote[] | null;
  put?: Quote;
  gone?: string;
}

/** After a write, what takes focus once the list shows it. */
type FocusAfter = { kind: 'add' } | { kind: 'item'; id: string };

/**
 * Kutipan: the words people of the trip said, as the user recorded them —
 * the only quotations the press release prints. Listed with who said them,
 * where, when and on which learning or agenda item; added, edited and
 * removed (with undo) in place.
 */
export function QuotesPanel({ detail }: { detail: TripDetail }) {
  const { t } = useTranslation();
  const uid = useId();
  const tripId = detail.trip.id;
  const write = useTripWrite();
  const toasts = useToasts();
  const { state, retry } = useCall('quotes.list', { tripId });
  const learningsState = useCall('learnings.list', { tripId }).state;
  const agendaState = useCall('agenda.list', { tripId }).state;
  const [editing, setEditing] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const focusAfter = useRef<FocusAfter | null>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const lang = currentLang();

  const loaded = state.status === 'ok' ? state.value : null;
  const quotes = useMemo(() => {
    let list = loaded ?? [];
    if (!pending || pending.base !== loaded) return list;
    const { put, gone } = pending;
    if (gone) list = list.filter((q) => q.id !== gone);
    if (put) list = list.some((q) => q.id === put.id) ? list.map((q) => (q.id === put.id ? put : q)) : [...list, put];
    return list;
  }, [loaded, pending]);
  const learnings: Learning[] = learningsState.status === 'ok' ? learningsState.value : [];
  const agenda: AgendaItem[] = agendaState.status === 'ok' ? [...agendaState.value].sort((a, b) => a.startAt - b.startAt || a.position - b.position) : [];
  const speakers = speakersOf(detail);

  useEffect(() => {
    const f = focusAfter.current;
    if (!f) return;
    focusAfter.current = null;
    const target = f.kind === 'item' ? document.querySelector<HTMLElement>(`[data-quote-id="${f.id}"] [data-action="edit"]`) : null;
    (target ?? addRef.current)?.focus();
  }, [quotes, editing]);

  const close = (focus: FocusAfter) => {
    focusAfter.current = focus;
    setEditing(null);
  };

  const saved = (q: Quote, base: Quote[] | null, wasNew: boolean) => {
    setPending({ base, put: q });
    close({ kind: 'item', id: q.id });
    toasts.show({ message: (tr) => tr(wasNew ? 'quotes.created' : 'quotes.updated', { name: q.speakerName }), duration: 4000 });
  };

  const remove = async (q: Quote) => {
    const base = loaded;
    const r = await write('quotes.remove', { id: q.id });
    if (!r.ok) return;
    setPending({ base, gone: q.id });
    focusAfter.current = { kind: 'add' };
    if (editing === q.id) setEditing(null);
    toasts.show({
      message: (tr) => tr('quotes.removed', { name: q.speakerName }),
      action: {
        label: (tr) => tr('common.undo'),
        run: async () => {
          const back = await write('quotes.restore', { id: q.id });
          if (back.ok) toasts.show({ message: (tr) => tr('quotes.restored', { name: q.speakerName }), duration: 4000 });
        },
      },
      undoable: true,
    });
  };

  const addButton = (
    <button ref={addRef} id={QUOTES_ADD_ID} type="button" className="btn btn-secondary btn-small" onClick={() => setEditing(NEW)}>
      <PlusIcon size={14} />
      {t('quotes.add')}
    </button>
  );

  const form = (quote: Quote | null) => (
    <QuoteForm
      key={quote?.id ?? 'new'}
      tripId={tripId}
      quote={quote}
      speakers={speakers}
      learnings={learnings}
      agenda={agenda}
      base={loaded}
      onCancel={() => close(quote ? { kind: 'item', id: quote.id } : { kind: 'add' })}
      onSaved={(q, base) => saved(q, base, quote === null)}
    />
  );

  let body: ReactNode;
  if (state.status === 'error') {
    body = (
      <div className="form-error doc-form-error" role="alert">
        <p>{t('quotes.loadError')}</p>
        <p>{errorText(t, state.error)}</p>
        <button type="button" className="btn btn-secondary btn-small" onClick={retry}>
          {t('common.retry')}
        </button>
      </div>
    );
  } else if (state.status === 'loading') {
    body = <p className="muted">{t('common.loading')}</p>;
  } else if (quotes.length === 0 && editing !== NEW) {
    // The panel's heading already names it: the empty state only says why it matters.
    body = (
      <div className="section-empty quote-empty">
        <span className="section-empty-icon">
          <MicIcon size={20} />
        </span>
        <div className="section-empty-body">
          <p className="section-empty-text">{t('quotes.empty')}</p>
          <div className="section-empty-action">{addButton}</div>
        </div>
      </div>
    );
  } else {
    body = (
      <>
        {quotes.length > 0 && (
          <ul className="quote-list" aria-label={t('quotes.caption')}>
            {quotes.map((q) =>
              editing === q.id ? (
                <li key={q.id} className="quote-item quote-item-editing">
                  {form(q)}
                </li>
              ) : (
                <QuoteItem key={q.id} quote={q} learnings={learnings} agenda={agenda} lang={lang} onEdit={() => setEditing(q.id)} onRemove={() => void remove(q)} />
              ),
            )}
          </ul>
        )}
        {editing === NEW && form(null)}
      </>
    );
  }

  return (
    <section id={QUOTES_ANCHOR} className="trip-card doc-quotes trip-anchor" aria-labelledby={`${uid}-h`}>
      <header className="doc-quotes-head">
        <div className="doc-panel-head">
          <h3 id={`${uid}-h`}>{t('quotes.heading')}</h3>
          <p className="field-hint">{t('quotes.intro')}</p>
        </div>
        {quotes.length > 0 && (
          <div className="doc-quotes-actions">
            <span className="muted">{t('quotes.count', { count: quotes.length })}</span>
            {editing !== NEW && addButton}
          </div>
        )}
      </header>
      {body}
    </section>
  );
}

function QuoteItem({
  quote: q,
  learnings,
  agenda,
  lang,
  onEdit,
  onRemove,
}: {
  quote: Quote;
  learnings: readonly Learning[];
  agenda: readonly AgendaItem[];
  lang: 'id' | 'en';
  onEdit: () => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const learning = q.learningId ? learnings.find((l) => l.id === q.learningId) : undefined;
  const item = q.agendaItemId ? agenda.find((a) => a.id === q.agendaItemId) : undefined;
  const where = [q.place, q.saidOn ? formatLongDate(q.saidOn, lang) : ''].filter(Boolean).join(' · ');
  return (
    <li className="quote-item" data-quote-id={q.id}>
      <div className="quote-body">
        <blockquote className="quote-words">
          <p>{t('quotes.quoted', { words: q.words })}</p>
        </blockquote>
        <p className="quote-speaker">
          <span className="person-name">{q.speakerName}</span>
          {q.speakerJabatan && <span className="quote-jabatan">{q.speakerJabatan}</span>}
        </p>
        <p className="quote-meta">
          {where ? <span>{where}</span> : <span className="muted">{t('quotes.noPlaceOrDay')}</span>}
          {learning && <span className="quote-link">{t('quotes.learning', { topic: learning.topic })}</span>}
          {item && <span className="quote-link">{t('quotes.agendaItem', { title: item.title })}</span>}
        </p>
      </div>
      <span className="row-actions quote-actions">
        <button type="button" className="btn btn-secondary btn-small" data-action="edit" aria-label={t('quotes.edit', { name: q.speakerName })} onClick={onEdit}>
          <span aria-hidden="true">{t('common.edit')}</span>
        </button>
        <button
          type="button"
          className="icon-btn row-btn row-btn-danger"
          aria-label={t('quotes.remove', { name: q.speakerName })}
          title={t('quotes.remove', { name: q.speakerName })}
          onClick={onRemove}
        >
          <RemoveIcon />
        </button>
      </span>
    </li>
  );
}

interface QuoteFormProps {
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
function QuoteForm({ tripId, quote, speakers, learnings, agenda, base, onCancel, onSaved }: QuoteFormProps) {
  const { t } = useTranslation();
  const uid = useId();
  const write = useTripWrite();
  const toasts = useToasts();
  const lang = currentLang();
  const original = toValues(quote);
  const form = useForm<Values>({
    idPrefix: uid,
    defaults: original,
    fields: FIELDS,
    // The day and place may have moved with the agenda item.
    clears: { agendaItemId: ['saidOn', 'place'] },
  });
  const { values, errors, saving } = form;
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
    send: (v) => {
      if (!quote) return write('quotes.create', { tripId, ...toInput(v) }, { quiet: true });
      const patch = patchOf(v);
      if (Object.keys(patch).length === 0) {
        toasts.show({ message: (tr) => tr('quotes.unchanged'), duration: 3000 });
        onCancel();
        return null;
      }
      return write('quotes.update', { id: quote.id, patch }, { quiet: true });
    },
    onSaved: (q) => onSaved(q, base),
  });

  const onKeyDown = formKeys(() => {
    if (!saving) onCancel();
  });

  const hintId = (f: QuoteField) => `${fid(f)}-hint`;
  const describe = (f: QuoteField, hint: boolean) => [errors[f] ? `${fid(f)}-error` : '', hint ? hintId(f) : ''].filter(Boolean).join(' ') || undefined;
  const a11y = (f: QuoteField, hint = false) => ({
    id: fid(f),
    'aria-invalid': errors[f] ? true : undefined,
    'aria-describedby': describe(f, hint),
  });
  const field = (f: QuoteField, control: ReactNode, hint?: string, className = '') => (
    <div className={`field${errors[f] ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={fid(f)} className="label">
        {t(`quotes.fields.${f}`)}
      </label>
      {control}
      {hint && (
        <p id={hintId(f)} className="field-hint">
          {hint}
        </p>
      )}
      <FieldError id={form.errorId(f)} error={errors[f]} label={t(`quotes.fields.${f}`)} />
    </div>
  );

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
        {field(
          'speakerPersonId',
          <select {...a11y('speakerPersonId', true)} className="input" value={values.speakerPersonId} onChange={(e) => set('speakerPersonId', e.target.value)}>
            <option value="">{t('quotes.options.chooseSpeaker')}</option>
            {gone && (
              <option value={gone.speakerPersonId}>{t('quotes.goneSpeaker', { name: gone.speakerJabatan ? `${gone.speakerName} — ${gone.speakerJabatan}` : gone.speakerName })}</option>
            )}
            {members.length > 0 && <optgroup label={t('quotes.options.members')}>{members.map(speakerOption)}</optgroup>}
            {hosts.length > 0 && <optgroup label={t('quotes.options.hostPeople')}>{hosts.map(speakerOption)}</optgroup>}
          </select>,
          speakers.length === 0 ? t('quotes.hints.noSpeakers') : t('quotes.hints.speakerPersonId'),
          'quote-wide',
        )}
        {field(
          'words',
          <textarea {...a11y('words', true)} className="input trip-textarea doc-textarea" rows={4} spellCheck value={values.words} onChange={(e) => set('words', e.target.value)} />,
          t('quotes.hints.words'),
          'quote-wide',
        )}
        {field(
          'agendaItemId',
          <select {...a11y('agendaItemId')} className="input" value={values.agendaItemId} onChange={(e) => set('agendaItemId', e.target.value)}>
            <option value="">{t('quotes.options.noAgendaItem')}</option>
            {quote?.agendaItemId && !agenda.some((a) => a.id === quote.agendaItemId) && <option value={quote.agendaItemId}>—</option>}
            {agenda.map((a) => (
              <option key={a.id} value={a.id}>
                {agendaLabel(a, lang)}
              </option>
            ))}
          </select>,
        )}
        {field(
          'learningId',
          <select {...a11y('learningId')} className="input" value={values.learningId} onChange={(e) => set('learningId', e.target.value)}>
            <option value="">{t('quotes.options.noLearning')}</option>
            {quote?.learningId && !learnings.some((l) => l.id === quote.learningId) && <option value={quote.learningId}>—</option>}
            {learnings.map((l) => (
              <option key={l.id} value={l.id}>
                {l.topic}
              </option>
            ))}
          </select>,
        )}
        {field('saidOn', <input {...a11y('saidOn', true)} type="date" className="input" value={values.saidOn} onChange={(e) => set('saidOn', e.target.value)} />, t('quotes.hints.saidOn'))}
        {field(
          'place',
          <input {...a11y('place')} className="input" autoComplete="off" placeholder={t('quotes.hints.place')} value={values.place} onChange={(e) => set('place', e.target.value)} />,
        )}
      </div>
      <div className="inline-form-foot">
        <span className="spacer" />
        <button type="button" className="btn btn-secondary" onClick={onCancel} disabled={saving}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="btn btn-primary" disabled={saving}>
          {quote ? t('quotes.save') : t('quotes.create')}
        </button>
      </div>
    </form>
  );
}
