/** Kutipan: statements the user recorded, the only source of quotations in the press release. */
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../shared/agenda/schemas';
import type { TripDetail } from '../../../shared/delegation/schemas';
import type { Learning } from '../../../shared/learnings/schemas';
import { fullName, type PersonRow } from '../../../shared/directory/person';
import type { Quote } from '../../../shared/quotes/schemas';
import { formatDateRange, formatLongDate } from '../../../shared/dates';
import type { ApiError } from '../../../shared/result';
import { currentLang } from '../i18n';
import { errorText } from '../components/form';
import { useCall } from '../lib/data';
import { PlusIcon } from '../components/Icons';
import { useToasts } from '../components/Toasts';
import { MicIcon, RemoveIcon } from '../components/SectionIcons';
import { useTripWrite } from '../lib/mutate';
import type { QuoteField} from './QuoteForm';
import { QuoteForm } from './QuoteForm';

/** The recorded quotes' panel, inside the documents section: the only quotes the press release prints. */
export const QUOTES_ANCHOR = 'trip-documents-quotes';
/** Its "Tambah kutipan" button. */
export const QUOTES_ADD_ID = 'trip-documents-quotes-add';

/** What the form edits: the selects hold '' for "none". */
export type Values = Record<QuoteField, string>;

export type Errors = Partial<Record<QuoteField, ApiError>>;

/** Who may be quoted: the trip's members and host officials. */
export interface Speaker {
  personId: string;
  name: string;
  jabatan: string;
  group: 'members' | 'hostPeople';
}

/** A journalist has no jabatan: their outlet says who they are. */
export const jabatanOf = (p: PersonRow) => p.jabatan || p.institutionName;

export function speakersOf(detail: TripDetail): Speaker[] {
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
export function agendaDefaults(item: AgendaItem | undefined): { saidOn: string; place: string } {
  if (!item) return { saidOn: '', place: '' };
  return { saidOn: item.startLocal.slice(0, 10), place: item.venueName || item.venueText || item.toPlace };
}

/** "24 April 2025, 13.30 — Kunjungan ke Ngalam Command Center". */
export function agendaLabel(item: AgendaItem, lang: 'id' | 'en'): string {
  const day = item.startLocal.slice(0, 10);
  return `${formatDateRange(day, day, lang)}, ${item.startLocal.slice(11, 16).replace(':', '.')} — ${item.title}`;
}

export const toValues = (q: Quote | null): Values => ({
  speakerPersonId: q?.speakerPersonId ?? '',
  words: q?.words ?? '',
  saidOn: q?.saidOn ?? '',
  place: q?.place ?? '',
  learningId: q?.learningId ?? '',
  agendaItemId: q?.agendaItemId ?? '',
});

/** The values as the operations take them ('' → null for the links). */
export const toInput = (v: Values) => ({ ...v, learningId: v.learningId || null, agendaItemId: v.agendaItemId || null });

/** What the panel edits when it adds a quote (else a quote's id). */
export const NEW = 'new';

/** A write's effect shown until the list loads again (so nothing flickers back meanwhile). */
export interface Pending {
  /** The list answer the write was made over; once another answer arrives, it holds the write. */
  base: Quote[] | null;
  put?: Quote;
  gone?: string;
}

/** After a write, what takes focus once the list shows it. */
export type FocusAfter = { kind: 'add' } | { kind: 'item'; id: string };

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

export function QuoteItem({
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
