import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './learnings.css';
import '../styles/windowed.css';
import type { AgendaItem } from '../../../shared/agenda/schemas';
import type { TripDetail } from '../../../shared/delegation/schemas';
import type { Learning } from '../../../shared/learnings/schemas';
import { moveItem } from '../../../shared/delegation/protocol';
import { useCall } from '../lib/data';
import { moveKey } from '../lib/reorder';
import { useFocusAfterDelete } from '../lib/focusAfterDelete';
import { todayIso } from '../lib/today';
import { ResultsIcon } from '../components/Icons';
import { MoveButtons } from '../components/MoveButtons';
import { ErrorPanel, Loading } from '../components/Page';
import { useToasts } from '../components/Toasts';
import { useConfirmDelete } from '../components/DeleteConfirm';
import { ignoreRepeat } from '../lib/deleteGuard';
import { useTripWrite } from '../lib/mutate';
import { useFocusAfterChange, usePageWindow, WINDOW_AFTER, type PickInRow } from '../lib/windowed';
import { SectionEmpty } from '../components/SectionEmpty';
import { FollowupList } from './Followups';
import { agendaItemLabel, LearningDialog } from './LearningDialog';

/** Hasil kunjungan: what was learnt from the hosts, and what will be done about it. */
const NONE: readonly Learning[] = [];

/** A card's height before it is measured, in px. */
const CARD_ESTIMATE = 280;

/** In a learning's list item: its card. */
const cardIn: PickInRow = (li) => li.querySelector<HTMLElement>('[data-learning-id]');

/** In a learning's list item: its move button `via` while it can still move, else the other one, else the card. */
const moveButtonIn =
  (via: 'up' | 'down'): PickInRow =>
  (li) => {
    for (const action of [via, via === 'up' ? 'down' : 'up']) {
      const b = li.querySelector<HTMLButtonElement>(`[data-learning-id] [data-action="${action}"]`);
      if (b && !b.disabled) return b;
    }
    return cardIn(li);
  };

export function LearningsSection({ detail }: { detail: TripDetail }) {
  const { t } = useTranslation();
  const uid = useId();
  const tripId = detail.trip.id;
  const { state, retry } = useCall('learnings.list', { tripId });
  const agenda = useCall('agenda.list', { tripId }).state;
  const agendaById = new Map<string, AgendaItem>(agenda.status === 'ok' ? agenda.value.map((a) => [a.id, a]) : []);
  const [editing, setEditing] = useState<Learning | 'new' | null>(null);
  const toasts = useToasts();
  const write = useTripWrite();
  const today = todayIso();
  const [announce, setAnnounce] = useState('');

  const learnings = state.status === 'ok' ? state.value : NONE;
  // Past a few dozen cards, only those near the view are rendered (lib/windowed.tsx).
  const keys = useMemo(() => learnings.map((l) => l.id), [learnings]);
  const win = usePageWindow({ keys, estimateSize: () => CARD_ESTIMATE, windowed: learnings.length > WINDOW_AFTER });
  const focusAfter = useFocusAfterChange(state, win.focus);
  const addRef = useRef<HTMLButtonElement>(null);
  // After a delete: the next learning's card (the previous one after the last), else "Tambah hasil".
  const focusAfterDelete = useFocusAfterDelete(
    state.status === 'ok' ? state.value : null,
    (l) => l.id,
    (l) => ({ focus: () => win.focus(l.id, cardIn) }),
    () => addRef.current,
  );

  /** Moves a learning one place; focus stays on what moved it (the card, or its button while it can still move). */
  const move = async (l: Learning, delta: -1 | 1, via: 'card' | 'up' | 'down') => {
    const from = learnings.findIndex((x) => x.id === l.id);
    const next = moveItem(learnings, from, delta);
    if (next.every((x, i) => x.id === learnings[i]?.id)) return;
    const r = await write('learnings.reorder', { tripId, learningIds: next.map((x) => x.id) });
    if (!r.ok) return;
    focusAfter(l.id, via === 'card' ? cardIn : moveButtonIn(via));
    setAnnounce(t('learnings.moved', { topic: l.topic, n: from + delta + 1 }));
  };
  const addButton = (
    <button ref={addRef} type="button" className="btn btn-secondary btn-small" onClick={() => setEditing('new')}>
      {t('learnings.add')}
    </button>
  );

  return (
    <section className="trip-section learnings" aria-labelledby={`${uid}-h`}>
      <div className="section-head">
        <h2 id={`${uid}-h`}>{t('learnings.heading')}</h2>
        {learnings.length > 0 && <p className="muted">{t('learnings.count', { count: learnings.length })}</p>}
        {learnings.length > 0 && <div className="section-head-actions">{addButton}</div>}
      </div>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <ErrorPanel title={t('learnings.heading')} error={state.error} onRetry={retry} />}
      {state.status === 'ok' && learnings.length === 0 && (
        <div className="trip-card">
          <SectionEmpty icon={<ResultsIcon size={20} />} title={t('learnings.emptyTitle')} action={addButton}>
            {t('learnings.emptyText')}
          </SectionEmpty>
        </div>
      )}
      {learnings.length > 0 && (
        <ol className="learning-list" {...win.listProps} style={win.after > 0 ? { paddingBottom: win.after } : undefined}>
          {win.rows.map(({ index: i, key, before }) => {
            const l = learnings[i];
            if (!l) return null;
            return (
              <li
                key={key}
                data-index={i}
                ref={win.rowRef}
                style={before > 0 ? { marginTop: before } : undefined}
                aria-posinset={win.windowed ? i + 1 : undefined}
                aria-setsize={win.windowed ? learnings.length : undefined}
              >
                <LearningCard
                  learning={l}
                  agendaById={agendaById}
                  today={today}
                  onEdit={() => setEditing(l)}
                  first={i === 0}
                  last={i === learnings.length - 1}
                  onMove={(delta, via) => void move(l, delta, via)}
                  onDeleted={() => focusAfterDelete(l.id, i)}
                />
              </li>
            );
          })}
        </ol>
      )}
      {learnings.length > 1 && <p className="muted agenda-hint">{t('learnings.reorderHint')}</p>}
      <p className="visually-hidden" aria-live="polite">
        {announce}
      </p>
      {editing && (
        <LearningDialog
          tripId={tripId}
          learning={editing === 'new' ? null : editing}
          onClose={(saved) => {
            setEditing(null);
            if (saved) toasts.show({ message: (tr) => tr('learnings.saved', { topic: saved.topic }), duration: 4000 });
          }}
        />
      )}
    </section>
  );
}

function LearningCard({
  learning: l,
  agendaById,
  today,
  onEdit,
  first,
  last,
  onMove,
  onDeleted,
}: {
  learning: Learning;
  agendaById: ReadonlyMap<string, AgendaItem>;
  today: string;
  onEdit: () => void;
  first: boolean;
  last: boolean;
  onMove: (delta: -1 | 1, via: 'card' | 'up' | 'down') => void;
  /** It went to the trash (the focus moves on). */
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  // Ids whose agenda item was removed are left out.
  const fromAgenda = l.agendaItemIds.flatMap((id) => {
    const a = agendaById.get(id);
    return a ? [agendaItemLabel(a)] : [];
  });
  const uid = useId();
  const write = useTripWrite();
  const toasts = useToasts();

  // Asks first when follow-ups go with it; one deletion at a time.
  const confirmDelete = useConfirmDelete();
  const remove = () =>
    confirmDelete.ask({
      ref: { kind: 'learning', id: l.id },
      name: l.topic,
      remove: () => write('learnings.remove', { id: l.id }),
      onDeleted: () => {
        onDeleted();
        toasts.show({
          message: (tr) => tr('learnings.removed', { topic: l.topic }),
          action: { label: (tr) => tr('common.undo'), run: () => void write('learnings.restore', { id: l.id }) },
          undoable: true,
        });
      },
    });

  return (
    <article
      className="trip-card learning-card"
      aria-labelledby={`${uid}-topic`}
      data-learning-id={l.id}
      tabIndex={0}
      aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
      onKeyDown={(e) => {
        const delta = moveKey(e);
        if (delta === null) return;
        e.preventDefault();
        const action = (e.target as HTMLElement).dataset.action;
        const via = action === 'up' || action === 'down' ? action : 'card';
        if ((delta < 0 && !first) || (delta > 0 && !last)) onMove(delta, via);
      }}
    >
      <header className="learning-head">
        <h3 id={`${uid}-topic`} className="learning-topic">
          {l.topic}
        </h3>
        <span className={`learning-priority learning-priority-${l.priority}`}>{t(`learnings.priority.${l.priority}`)}</span>
        <div className="learning-actions">
          <MoveButtons
            axis="vertical"
            labels={[t('learnings.moveUp', { topic: l.topic }), t('learnings.moveDown', { topic: l.topic })]}
            first={first}
            last={last}
            onMove={onMove}
          />
          <button type="button" className="btn btn-secondary btn-small" onClick={onEdit} aria-label={`${t('learnings.edit')}: ${l.topic}`}>
            {t('learnings.edit')}
          </button>
          <button
            type="button"
            className="btn btn-secondary btn-small"
            onClick={() => void remove()}
            onKeyDown={ignoreRepeat}
            aria-label={`${t('learnings.remove')}: ${l.topic}`}
          >
            {t('learnings.remove')}
          </button>
        </div>
      </header>
      {(l.dimensions.length > 0 || l.spbeDomains.length > 0 || l.responsibleUnit) && (
        <ul className="learning-chips" aria-label={t('learnings.f.dimensions')}>
          {l.dimensions.map((x) => (
            <li key={x} className="learning-chip">
              {t(`learnings.dimension.${x}`)}
            </li>
          ))}
          {l.spbeDomains.map((x) => (
            <li key={x} className="learning-chip learning-chip-spbe">
              {t(`learnings.spbe.${x}`)}
            </li>
          ))}
          {l.responsibleUnit && <li className="learning-unit">{t('learnings.unit', { unit: l.responsibleUnit })}</li>}
        </ul>
      )}
      {fromAgenda.length > 0 && (
        <p className="field-hint learning-from">
          {t('learnings.fromAgenda')} {fromAgenda.join('; ')}
        </p>
      )}
      <div className="learning-body">
        <div className="learning-text">
          {l.hostPractice && (
            <>
              <p className="learning-label">{t('learnings.practice')}</p>
              <p className="learning-para">{l.hostPractice}</p>
            </>
          )}
          {l.applicability && (
            <>
              <p className="learning-label">{t('learnings.applicability')}</p>
              <p className="learning-para">{l.applicability}</p>
            </>
          )}
          {l.recommendation && (
            <>
              <p className="learning-label">{t('learnings.recommendation')}</p>
              <p className="learning-para learning-recommendation">{l.recommendation}</p>
            </>
          )}
        </div>
        {l.figures.length > 0 && (
          <table className="learning-figures">
            <caption>{t('learnings.figuresCaption')}</caption>
            <tbody>
              {l.figures.map((f, i) => (
                <tr key={i}>
                  <th scope="row">{f.label}</th>
                  <td>{f.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      <FollowupList learning={l} today={today} />
      {confirmDelete.dialog}
    </article>
  );
}
