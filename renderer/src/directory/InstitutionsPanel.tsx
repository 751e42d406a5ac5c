import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Institution, InstitutionKind } from '../../../shared/directory/institution';
import { INSTITUTION_KINDS } from '../../../shared/directory/institution';
import { regionByCode } from '../../../shared/regions';
import type { ApiError } from '../../../shared/result';
import { api } from '../api/bridge';
import { useCommand } from '../lib/commands-react';
import { isMac, shortcutLabel } from '../lib/keys';
import { PlusIcon } from '../components/Icons';
import { EmptyState, ErrorPanel, Loading } from '../components/Page';
import { useToasts } from '../components/Toasts';
import { notifyDirectoryChanged, useDirectoryVersion } from '../lib/directoryVersion';
import { EraseDialog } from './EraseDialog';
import { useConfirmDelete } from '../components/DeleteConfirm';
import { InstitutionDialog } from './InstitutionDialog';
import { BuildingIcon, SearchIcon } from './icons';
import { SEARCH_DEBOUNCE_MS, useDebounced } from '../lib/useDebounced';
import { useFocusAfterDelete } from '../lib/focusAfterDelete';
import { errorText } from '../i18n/errors';

type DialogState = { mode: 'create' } | { mode: 'edit'; institution: Institution } | { mode: 'erase'; institution: Institution } | null;
type Load = { status: 'loading' } | { status: 'ok'; key: string; items: Institution[] } | { status: 'error'; error: ApiError };

/** The institutions tab: own offices, host institutions and media outlets. */
export function InstitutionsPanel({ actionsSlot }: { actionsSlot: HTMLElement | null }) {
  const { t } = useTranslation();
  const toasts = useToasts();
  const version = useDirectoryVersion();
  const uid = useId();
  const searchRef = useRef<HTMLInputElement>(null);
  const newRef = useRef<HTMLButtonElement>(null);
  const [text, setText] = useState('');
  const [kind, setKind] = useState<InstitutionKind | ''>('');
  const query = useDebounced(text.trim(), SEARCH_DEBOUNCE_MS);
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [dialog, setDialog] = useState<DialogState>(null);
  const [active, setActive] = useState(0);
  const rows = useRef(new Map<string, HTMLTableRowElement>());
  const key = `${kind}|${query}`;

  useEffect(() => {
    let live = true;
    void api()
      .call('institutions.list', { ...(kind ? { kind } : {}), ...(query ? { query } : {}) })
      .then((r) => {
        if (!live) return;
        setLoad(r.ok ? { status: 'ok', key: `${kind}|${query}`, items: r.value } : { status: 'error', error: r.error });
      });
    return () => {
      live = false;
    };
  }, [kind, query, version, attempt]);

  const openCreate = useCallback(() => setDialog({ mode: 'create' }), []);

  useCommand({
    id: 'directory.institutions.new',
    label: 'people.institutions.new',
    keys: 'Mod+N',
    context: 'directory.institutions',
    inTextField: true,
    run: openCreate,
  });
  useCommand({
    id: 'directory.institutions.search',
    label: 'commands.labels.search',
    keys: ['Mod+F', '/'],
    context: 'directory.institutions',
    inTextField: ['Mod+F'],
    run: () => {
      searchRef.current?.focus();
      searchRef.current?.select();
    },
  });

  const restore = async (inst: Institution) => {
    const r = await api().call('institutions.restore', { id: inst.id });
    if (!r.ok) {
      toasts.show({ kind: 'error', message: (tr) => errorText(tr, r.error) });
      return;
    }
    notifyDirectoryChanged();
    toasts.show({ message: (tr) => tr('people.institutions.restored', { name: r.value.name }), duration: 5000 });
  };

  // Asks first when people or trips still refer to it (they keep the reference); one deletion at a time.
  const confirmDelete = useConfirmDelete();
  const remove = (inst: Institution, index: number) =>
    confirmDelete.ask({
      ref: { kind: 'institution', id: inst.id },
      name: inst.name,
      remove: () => api().call('institutions.delete', { id: inst.id }),
      onFailed: (error) => toasts.show({ kind: 'error', message: (tr) => errorText(tr, error) }),
      onDeleted: () => {
        focusAfterDelete(inst.id, index);
        void announceDeleted(inst);
      },
    });

  const announceDeleted = async (inst: Institution) => {
    // References stay (see main/directory/institutions.ts): say how many people still point at it.
    const refs = await api().call('people.search', { institutionId: inst.id, limit: 1 });
    const count = refs.ok ? refs.value.total : 0;
    notifyDirectoryChanged();
    toasts.show({
      message: (tr) =>
        count > 0 ? tr('people.institutions.deletedInUse', { name: inst.name, count }) : tr('people.institutions.deleted', { name: inst.name }),
      action: { label: (tr) => tr('common.undo'), run: () => restore(inst) },
      undoable: true,
    });
  };

  const items = load.status === 'ok' ? load.items : null;
  const activeIndex = items ? Math.max(0, Math.min(active, items.length - 1)) : 0;
  const filtered = query !== '' || kind !== '';
  const indexOf = (inst: Institution) => Math.max(0, items?.findIndex((x) => x.id === inst.id) ?? 0);

  // After a delete or an erasure: the row that takes its place (the one before it after the last);
  // with none left, "Instansi baru" of the empty directory, or the search box when a filter hides the rest.
  const focusAfterDelete = useFocusAfterDelete(
    items,
    (x) => x.id,
    (x) => rows.current.get(x.id),
    () => newRef.current ?? searchRef.current,
  );

  const focusRow = (list: Institution[], i: number) => {
    const inst = list[Math.max(0, Math.min(i, list.length - 1))];
    if (inst) rows.current.get(inst.id)?.focus();
  };

  const onRowKeyDown = (e: KeyboardEvent<HTMLTableRowElement>, list: Institution[], i: number, inst: Institution) => {
    if (e.altKey || e.ctrlKey || (e.metaKey && e.key !== 'Backspace')) return;
    // A held key opens or deletes once (lib/deleteGuard.ts); held arrows keep moving.
    if (e.repeat && (e.key === 'Enter' || e.key === 'Delete' || e.key === 'Backspace')) {
      e.preventDefault();
      return;
    }
    switch (e.key) {
      case 'ArrowDown':
        focusRow(list, i + 1);
        break;
      case 'ArrowUp':
        focusRow(list, i - 1);
        break;
      case 'Home':
        focusRow(list, 0);
        break;
      case 'End':
        focusRow(list, list.length - 1);
        break;
      case 'Enter':
        setDialog({ mode: 'edit', institution: inst });
        break;
      case 'Delete':
        if (e.shiftKey) setDialog({ mode: 'erase', institution: inst });
        else void remove(inst, i);
        break;
      case 'Backspace':
        if (!(isMac && e.metaKey)) return;
        if (e.shiftKey) setDialog({ mode: 'erase', institution: inst });
        else void remove(inst, i);
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  const newButton = (
    <button ref={newRef} type="button" className="btn btn-primary" onClick={openCreate} aria-keyshortcuts="Control+N Meta+N">
      <PlusIcon size={16} />
      <span>{t('people.institutions.new')}</span>
      <kbd className="kbd kbd-on-accent" aria-hidden="true">
        {shortcutLabel('N')}
      </kbd>
    </button>
  );

  const searchId = `${uid}-search`;
  const kindId = `${uid}-kind`;
  const emptyDirectory = items !== null && items.length === 0 && !filtered && load.status === 'ok' && load.key === key;

  return (
    <>
      {actionsSlot && !emptyDirectory && createPortal(newButton, actionsSlot)}
      {emptyDirectory ? (
        <EmptyState icon={<BuildingIcon size={28} />} title={t('people.institutions.emptyTitle')} action={newButton}>
          {t('people.institutions.emptyText')}
        </EmptyState>
      ) : (
        <>
          <div className="dir-toolbar" role="search" aria-label={t('people.toolbarLabel')}>
            <div className="dir-search">
              <label htmlFor={searchId} className="visually-hidden">
                {t('people.search')}
              </label>
              <SearchIcon size={16} />
              <input
                id={searchId}
                ref={searchRef}
                type="search"
                className="input dir-search-input"
                placeholder={t('people.institutions.searchPlaceholder')}
                autoComplete="off"
                spellCheck={false}
                value={text}
                onChange={(e) => setText(e.target.value)}
                aria-keyshortcuts={isMac ? 'Meta+F /' : 'Control+F /'}
              />
              {!text && (
                <kbd className="kbd dir-search-kbd" aria-hidden="true">
                  /
                </kbd>
              )}
            </div>
            <div className="dir-filter">
              <label htmlFor={kindId} className="dir-filter-label">
                {t('people.institutions.kindFilter')}
              </label>
              <select id={kindId} className="input dir-filter-input" value={kind} onChange={(e) => setKind(e.target.value as InstitutionKind | '')}>
                <option value="">{t('people.institutions.allKinds')}</option>
                {INSTITUTION_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`people.institutions.kinds.${k}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>

          {items && <p className="dir-count">{t('people.institutions.count', { count: items.length })}</p>}
          {load.status === 'loading' && <Loading />}
          {load.status === 'error' && (
            <ErrorPanel title={t('people.institutions.loadError')} error={load.error} onRetry={() => setAttempt((a) => a + 1)} />
          )}
          {items && items.length === 0 && filtered && (
            <div className="dir-nomatch">
              <p className="empty-title">{t('people.institutions.noMatches')}</p>
              <button
                type="button"
                className="btn btn-secondary"
                onClick={() => {
                  setText('');
                  setKind('');
                }}
              >
                {t('people.clearFilters')}
              </button>
            </div>
          )}
          {items && items.length > 0 && (
            <>
              <div className="table-wrap inst-table-wrap">
                <table className="data-table inst-table">
                  <caption className="visually-hidden">{t('people.institutions.caption')}</caption>
                  <colgroup>
                    <col />
                    <col className="inst-col-kind" />
                    <col className="inst-col-region" />
                    <col className="inst-col-phone" />
                  </colgroup>
                  <thead>
                    <tr>
                      <th scope="col">{t('people.institutions.columns.name')}</th>
                      <th scope="col">{t('people.institutions.columns.kind')}</th>
                      <th scope="col">{t('people.institutions.columns.region')}</th>
                      <th scope="col">{t('people.institutions.columns.phone')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {items.map((inst, i) => {
                      const region = inst.regionCode ? regionByCode(inst.regionCode) : undefined;
                      return (
                        <tr
                          key={inst.id}
                          ref={(el) => {
                            if (el) rows.current.set(inst.id, el);
                            else rows.current.delete(inst.id);
                          }}
                          tabIndex={i === activeIndex ? 0 : -1}
                          className="row"
                          aria-keyshortcuts="Enter Delete Shift+Delete"
                          onFocus={() => setActive(i)}
                          onKeyDown={(e) => onRowKeyDown(e, items, i, inst)}
                          onDoubleClick={() => setDialog({ mode: 'edit', institution: inst })}
                        >
                          <th scope="row" className="inst-name">
                            <button type="button" tabIndex={-1} className="row-link dir-name" onClick={() => setDialog({ mode: 'edit', institution: inst })}>
                              {inst.name}
                            </button>
                          </th>
                          <td>
                            <span className={`inst-kind inst-kind-${inst.kind}`}>{t(`people.institutions.kinds.${inst.kind}`)}</span>
                          </td>
                          <td className="inst-region">
                            {region ? (
                              <>
                                <span>{region.name}</span>
                                <span className="muted">
                                  {' '}
                                  · {region.level === 'provinsi' ? t('people.regionPicker.province') : region.provinceName} · {region.zoneLabel}
                                </span>
                              </>
                            ) : (
                              <span className="muted">{inst.regionCode || '—'}</span>
                            )}
                          </td>
                          <td className="dir-cell-mono">{inst.phone}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
              <p className="keyboard-hints">
                <span className="visually-hidden">{t('people.keys.label')}: </span>
                <span>
                  <kbd className="kbd">↑</kbd> <kbd className="kbd">↓</kbd> {t('people.keys.move')}
                </span>
                <span>
                  <kbd className="kbd">Enter</kbd> {t('people.institutions.keys.open')}
                </span>
                <span>
                  <kbd className="kbd">{isMac ? '⌘⌫' : 'Delete'}</kbd> {t('people.keys.delete')}
                </span>
                <span>
                  <kbd className="kbd">{isMac ? '⇧⌘⌫' : 'Shift+Delete'}</kbd> {t('people.erase.key')}
                </span>
                <span>
                  <kbd className="kbd">{shortcutLabel('N')}</kbd> {t('people.institutions.new').toLowerCase()}
                </span>
              </p>
            </>
          )}
        </>
      )}
      {dialog?.mode === 'erase' && (
        <EraseDialog
          key={dialog.institution.id}
          target={{ kind: 'institution', institution: dialog.institution }}
          onCancel={() => setDialog(null)}
          onErased={(result, name) => {
            focusAfterDelete(result.id, indexOf(dialog.institution));
            setDialog(null);
            notifyDirectoryChanged();
            // An erasure cannot be undone: no undo action, no Ctrl+Z.
            toasts.show({ message: (tr) => tr(result.compacted ? 'people.erase.done' : 'people.erase.notCompacted', { name }) });
          }}
        />
      )}
      {confirmDelete.dialog}
      {dialog && dialog.mode !== 'erase' && (
        <InstitutionDialog
          key={dialog.mode === 'edit' ? dialog.institution.id : 'new'}
          institution={dialog.mode === 'edit' ? dialog.institution : undefined}
          defaultKind={kind || 'host'}
          onCancel={() => setDialog(null)}
          onSaved={() => {
            setDialog(null);
            notifyDirectoryChanged();
          }}
          onDelete={(inst) => {
            setDialog(null);
            void remove(inst, indexOf(inst));
          }}
          onErase={(inst) => setDialog({ mode: 'erase', institution: inst })}
        />
      )}
    </>
  );
}
