import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { formatDateRange } from '../../../shared/dates';
import type { TrashEntry, TrashRef } from '../../../shared/trash/schemas';
import type { TrashKind } from '../../../shared/vocabulary';
import { api } from '../api/bridge';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { partsText } from '../components/DeleteConfirm';
import { DirectoryIcon, ResultsIcon, TrashIcon, TripsIcon } from '../components/Icons';
import { HINT_KEYS, KeyboardHints } from '../components/KeyboardHints';
import { EmptyState, ErrorPanel, Loading, PageHeading } from '../components/Page';
import { useToasts } from '../components/Toasts';
import { currentLang, type Lang } from '../i18n';
import { errorText } from '../i18n/errors';
import { useCommand } from '../lib/commands-react';
import { useCall } from '../lib/data';
import { ignoreRepeat, useOneAtATime } from '../lib/deleteGuard';
import { isMac } from '../lib/keys';
import { dateTimeFormat } from '../lib/formatters';
import './trash.css';

const ROW_SELECTOR = '[data-trash-row]';

const KIND_ICONS: Record<TrashKind, ReactNode> = {
  trip: <TripsIcon size={20} />,
  person: <DirectoryIcon size={20} />,
  institution: <DirectoryIcon size={20} />,
  learning: <ResultsIcon size={20} />,
  photo: <TrashIcon size={20} />,
};

const refOf = (e: TrashEntry): TrashRef => ({ kind: e.kind, id: e.id });
const keyOf = (e: TrashEntry) => `${e.kind}:${e.id}`;

function deletedWhen(at: number, lang: Lang): string {
  return dateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(at);
}

/** Where the entry came from: a trip's dates and origin, a person's institution, a learning's or photo's trip. */
function fromText(t: TFunction, e: TrashEntry, lang: Lang): string {
  switch (e.kind) {
    case 'trip': {
      const dates = e.startDate && e.endDate ? formatDateRange(e.startDate, e.endDate, lang) : '';
      return [dates, e.parent ? t('trash.from.origin', { name: e.parent.name }) : ''].filter(Boolean).join(' · ');
    }
    case 'person':
      return [
        e.personKind ? t(`people.kinds.${e.personKind}`) : '',
        e.parent ? t('trash.from.institution', { name: e.parent.name }) : t('trash.from.directory'),
      ]
        .filter(Boolean)
        .join(' · ');
    case 'institution':
      return [e.institutionKind ? t(`people.institutions.kinds.${e.institutionKind}`) : '', t('trash.from.directory')].filter(Boolean).join(' · ');
    case 'learning':
    case 'photo':
      return e.parent ? t('trash.from.trip', { name: e.parent.name }) : '';
  }
}

/**
 * Sampah (#/trash): everything deleted, newest first. Each row says what it
 * is, where it came from, when it was deleted and what comes back with it;
 * "Pulihkan" brings it back, "Hapus permanen…" asks first and removes it for
 * good. The rows are one tab stop (arrows move between them); on a row Enter
 * restores and Delete asks to delete permanently (registry commands: a held
 * key acts once).
 */
export function TrashScreen() {
  const { t } = useTranslation();
  const lang = currentLang();
  const toasts = useToasts();
  const { state, retry } = useCall('trash.list', {});
  const entries = state.status === 'ok' ? state.value : [];
  const [active, setActive] = useState(0);
  const [purging, setPurging] = useState<TrashEntry | null>(null);
  const rows = useRef(new Map<string, HTMLLIElement>());
  /** The entry whose leaving moves the focus to the row that takes its place. */
  const focusAfter = useRef<string | null>(null);
  const oneAtATime = useOneAtATime();
  const activeIndex = Math.max(0, Math.min(active, entries.length - 1));

  // After a restore or purge, once the entry has left the list, the row taking its place gets the focus.
  useEffect(() => {
    const gone = focusAfter.current;
    if (gone === null || state.status !== 'ok' || entries.some((e) => keyOf(e) === gone)) return;
    focusAfter.current = null;
    const e = entries[activeIndex];
    if (e) rows.current.get(keyOf(e))?.focus();
    else document.querySelector<HTMLElement>('main h1')?.focus();
  });

  const focusedEntry = (): TrashEntry | null => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement) || !el.matches(ROW_SELECTOR)) return null;
    return entries.find((e) => keyOf(e) === el.dataset.trashRow) ?? null;
  };

  const afterRemoval = (e: TrashEntry) => {
    // The focus was on the row or its buttons: keep it in the list.
    const el = rows.current.get(keyOf(e));
    if (el?.contains(document.activeElement) || document.activeElement === document.body) focusAfter.current = keyOf(e);
  };

  const restore = (e: TrashEntry) =>
    oneAtATime(async () => {
      if (e.waitsFor) {
        toasts.show({ kind: 'error', message: (tr) => tr('trash.errors.tripInTrash', { title: e.waitsFor?.name ?? '' }) });
        return;
      }
      const r = await api().call('trash.restore', refOf(e));
      if (!r.ok) {
        toasts.show({ kind: 'error', message: (tr) => errorText(tr, r.error) });
        return;
      }
      afterRemoval(e);
      toasts.show({ message: (tr) => tr('trash.restored', { name: e.name }), duration: 5000 });
    });

  const askPurge = (e: TrashEntry) => {
    if (!e.purgeBlock) setPurging(e);
  };

  useCommand({
    id: 'trash.restore',
    label: 'trash.commands.restore',
    keys: 'Enter',
    context: 'trash',
    when: () => focusedEntry() !== null,
    run: () => {
      const e = focusedEntry();
      if (e) void restore(e);
    },
  });
  useCommand({
    id: 'trash.purge',
    label: 'trash.commands.purge',
    keys: ['Delete', 'Mod+Backspace'],
    context: 'trash',
    when: () => focusedEntry() !== null,
    run: () => {
      const e = focusedEntry();
      if (e) askPurge(e);
    },
  });

  const moveTo = (i: number) => {
    const next = Math.max(0, Math.min(i, entries.length - 1));
    setActive(next);
    const e = entries[next];
    if (e) rows.current.get(keyOf(e))?.focus();
  };

  const onListKey = (ev: KeyboardEvent<HTMLUListElement>) => {
    if (ev.altKey || ev.ctrlKey || ev.metaKey || !(ev.target as HTMLElement).matches(ROW_SELECTOR)) return;
    const keys: Record<string, number> = { ArrowDown: activeIndex + 1, ArrowUp: activeIndex - 1, Home: 0, End: entries.length - 1 };
    const to = keys[ev.key];
    if (to === undefined) return;
    ev.preventDefault();
    moveTo(to);
  };

  return (
    <div className="trash-screen">
      <header className="page-header">
        <div className="page-header-main">
          <PageHeading title={t('trash.title')}>{t('trash.title')}</PageHeading>
          <p className="page-subtitle" aria-live="polite">
            {state.status === 'ok' && entries.length > 0 ? t('trash.count', { count: entries.length }) : ''}
          </p>
        </div>
      </header>
      <p className="lead">{t('trash.lead')}</p>

      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <ErrorPanel title={t('trash.loadError')} error={state.error} onRetry={retry} />}
      {state.status === 'ok' && entries.length === 0 && (
        <EmptyState icon={<TrashIcon size={28} />} title={t('trash.emptyTitle')}>
          {t('trash.emptyText')}
        </EmptyState>
      )}
      {entries.length > 0 && (
        <>
          <ul className="card-list" aria-label={t('trash.listLabel')} onKeyDown={onListKey}>
            {entries.map((e, i) => {
              const brings = partsText(t, e.brings);
              const from = fromText(t, e, lang);
              return (
                <li
                  key={keyOf(e)}
                  ref={(el) => {
                    if (el) rows.current.set(keyOf(e), el);
                    else rows.current.delete(keyOf(e));
                  }}
                  className="card-list-row trash-row"
                  data-trash-row={keyOf(e)}
                  tabIndex={i === activeIndex ? 0 : -1}
                  onFocus={(ev) => {
                    if (ev.target === ev.currentTarget) setActive(i);
                  }}
                  aria-label={`${t(`trash.kind.${e.kind}`)}: ${e.name}`}
                  aria-keyshortcuts={isMac ? 'Enter Delete Meta+Backspace' : 'Enter Delete'}
                >
                  <div className="trash-thumb" aria-hidden="true">
                    {e.thumbUrl ? <img src={e.thumbUrl} alt="" /> : <span className="trash-kind-mark">{KIND_ICONS[e.kind]}</span>}
                  </div>
                  <div className="trash-main">
                    <p className="trash-title">
                      <span className={`trash-kind trash-kind-${e.kind}`}>{t(`trash.kind.${e.kind}`)}</span>
                      <span className="trash-name">{e.name}</span>
                    </p>
                    <p className="trash-meta">
                      {from && <span>{from}</span>}
                      <span>{t('trash.deletedAt', { when: deletedWhen(e.deletedAt, lang) })}</span>
                    </p>
                    {brings && <p className="trash-brings">{t('trash.brings', { parts: brings })}</p>}
                    {e.waitsFor && <p className="trash-note">{t('trash.waits', { name: e.waitsFor.name })}</p>}
                    {e.purgeBlock && <p className="trash-note trash-note-muted">{t(`trash.purgeBlock.${e.purgeBlock}`)}</p>}
                  </div>
                  <div className="trash-actions">
                    <button
                      type="button"
                      className="btn btn-secondary btn-small"
                      tabIndex={-1}
                      disabled={e.waitsFor !== null}
                      aria-label={t('trash.restoreLabel', { name: e.name })}
                      onClick={() => void restore(e)}
                      onKeyDown={ignoreRepeat}
                    >
                      {t('trash.restore')}
                    </button>
                    <button
                      type="button"
                      className="btn btn-danger btn-small"
                      tabIndex={-1}
                      disabled={e.purgeBlock !== null}
                      aria-label={t('trash.purgeLabel', { name: e.name })}
                      onClick={() => askPurge(e)}
                      onKeyDown={ignoreRepeat}
                    >
                      {t('trash.purge')}
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
          <KeyboardHints
            label={t('trash.keys.label')}
            hints={[
              [HINT_KEYS.move, t('trash.keys.move')],
              [HINT_KEYS.enter, t('trash.keys.restore')],
              [HINT_KEYS.delete, t('trash.keys.purge')],
            ]}
          />
        </>
      )}

      {purging && (
        <ConfirmDialog
          key={keyOf(purging)}
          title={t('trash.confirm.title', { name: purging.name })}
          confirmLabel={t('trash.confirm.confirm')}
          workingLabel={t('trash.confirm.working')}
          tone="danger"
          action={() => api().call('trash.purge', refOf(purging))}
          onCancel={() => {
            const e = purging;
            setPurging(null);
            rows.current.get(keyOf(e))?.focus();
          }}
          onDone={(r) => {
            const e = purging;
            setPurging(null);
            focusAfter.current = keyOf(e);
            toasts.show({ message: (tr) => tr(r.compacted ? 'trash.purged' : 'trash.purgedNotCompacted', { name: e.name }) });
          }}
        >
          <p>{t(`trash.confirm.${purging.kind}`)}</p>
          {Object.keys(purging.brings).length > 0 && <p>{t('trash.confirm.parts', { parts: partsText(t, purging.brings) })}</p>}
          <p>
            <strong>{t('trash.confirm.irreversible')}</strong>
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}
