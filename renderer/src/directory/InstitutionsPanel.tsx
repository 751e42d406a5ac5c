import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Institution, InstitutionKind } from '../../../shared/directory/institution';
import { INSTITUTION_KINDS } from '../../../shared/directory/institution';
import { regionByCode } from '../../../shared/regions';
import type { ApiError } from '../../../shared/result';
import { api } from '../api/bridge';
import { useCommand } from '../lib/commands-react';
import { isMac } from '../lib/keys';
import { HINT_KEYS, KeyboardHints } from '../components/KeyboardHints';
import { FilterSelect, ListFilter, ListToolbar, NoMatches, SearchBox, useSearchCommand } from '../components/ListToolbar';
import { NewButton } from '../components/NewButton';
import { ColGroup, TableHead } from '../components/TableHead';
import { EmptyState, ErrorPanel, Loading } from '../components/Page';
import { useToasts } from '../components/Toasts';
import { notifyDirectoryChanged, useDirectoryVersion } from '../lib/directoryVersion';
import { EraseDialog } from './EraseDialog';
import { useConfirmDelete } from '../components/DeleteConfirm';
import { InstitutionDialog } from './InstitutionDialog';
import { BuildingIcon } from './icons';
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
  useSearchCommand({ id: 'directory.institutions.search', context: 'directory.institutions' }, searchRef);

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

  const newButton = <NewButton label={t('people.institutions.new')} onClick={openCreate} buttonRef={newRef} />;

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
          <ListToolbar label={t('people.toolbarLabel')} className="dir-toolbar">
            <SearchBox
              id={searchId}
              inputRef={searchRef}
              label={t('people.search')}
              placeholder={t('people.institutions.searchPlaceholder')}
              className="dir-search"
              value={text}
              onChange={setText}
            />
            <ListFilter htmlFor={kindId} label={t('people.institutions.kindFilter')}>
              <FilterSelect
                id={kindId}
                className="input dir-filter-input"
                value={kind}
                onChange={setKind}
                allLabel={t('people.institutions.allKinds')}
                codes={INSTITUTION_KINDS}
                labelOf={(k) => t(`people.institutions.kinds.${k}`)}
              />
            </ListFilter>
          </ListToolbar>

          {items && <p className="dir-count">{t('people.institutions.count', { count: items.length })}</p>}
          {load.status === 'loading' && <Loading />}
          {load.status === 'error' && (
            <ErrorPanel title={t('people.institutions.loadError')} error={load.error} onRetry={() => setAttempt((a) => a + 1)} />
          )}
          {items && items.length === 0 && filtered && (
            <NoMatches
              className="dir-nomatch"
              title={t('people.institutions.noMatches')}
              clearLabel={t('people.clearFilters')}
              onClear={() => {
                setText('');
                setKind('');
              }}
            />
          )}
          {items && items.length > 0 && (
            <>
              <div className="table-wrap inst-table-wrap">
                <table className="data-table inst-table">
                  <caption className="visually-hidden">{t('people.institutions.caption')}</caption>
                  <ColGroup classes={[undefined, 'inst-col-kind', 'inst-col-region', 'inst-col-phone']} />
                  <TableHead
                    columns={[
                      t('people.institutions.columns.name'),
                      t('people.institutions.columns.kind'),
                      t('people.institutions.columns.region'),
                      t('people.institutions.columns.phone'),
                    ]}
                  />
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
              <KeyboardHints
                label={t('people.keys.label')}
                hints={[
                  [HINT_KEYS.move, t('people.keys.move')],
                  [HINT_KEYS.enter, t('people.institutions.keys.open')],
                  [HINT_KEYS.delete, t('people.keys.delete')],
                  [HINT_KEYS.erase, t('people.erase.key')],
                  [HINT_KEYS.new, t('people.institutions.new').toLowerCase()],
                ]}
              />
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
