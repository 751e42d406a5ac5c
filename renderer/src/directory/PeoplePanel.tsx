import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Institution } from '../../../shared/directory/institution';
import { fullName, type PersonKind, type PersonRow } from '../../../shared/directory/person';
import { api } from '../api/bridge';
import { useCommand } from '../lib/commands-react';
import { hrefs } from '../lib/router';
import { DirectoryIcon } from '../components/Icons';
import { HINT_KEYS, KeyboardHints } from '../components/KeyboardHints';
import { ListFilter, ListToolbar, NoMatches, SearchBox, useSearchCommand } from '../components/ListToolbar';
import { NewButton } from '../components/NewButton';
import { EmptyState, ErrorPanel, Loading } from '../components/Page';
import { useToasts } from '../components/Toasts';
import { notifyDirectoryChanged, useDirectoryVersion } from '../lib/directoryVersion';
import { EraseDialog } from './EraseDialog';
import { useConfirmDelete } from '../components/DeleteConfirm';
import { PeopleTable, type PeopleTableHandle } from './PeopleTable';
import { PersonDialog } from './PersonDialog';
import { UploadIcon } from './icons';
import { SEARCH_DEBOUNCE_MS, useDebounced } from '../lib/useDebounced';
import { usePeoplePages, type PeopleFilter } from './usePeoplePages';
import { errorText } from '../i18n/errors';
import { focusLost } from '../lib/focusAfterDelete';
import { ItemOptions } from '../components/Options';

type DialogState = { mode: 'create' } | { mode: 'edit'; person: PersonRow; index: number } | { mode: 'erase'; person: PersonRow } | null;

interface PeoplePanelProps {
  kind: PersonKind;
  /** Everyone of this kind, for "3 of 30 people". */
  kindTotal: number | null;
  /** Where the panel's actions (Impor, New…) go: the page header. */
  actionsSlot: HTMLElement | null;
}

/** One tab of the directory: search, filters, the virtualized list and the person dialog. */
export function PeoplePanel({ kind, kindTotal, actionsSlot }: PeoplePanelProps) {
  const { t } = useTranslation();
  const toasts = useToasts();
  const version = useDirectoryVersion();
  const uid = useId();
  const searchRef = useRef<HTMLInputElement>(null);
  const newButtonRef = useRef<HTMLButtonElement>(null);
  const emptyNewRef = useRef<HTMLButtonElement>(null);
  const tableRef = useRef<PeopleTableHandle>(null);
  /** The person just deleted and their place in the list: the focus moves on once the list is shown without them. */
  const afterDelete = useRef<{ id: string; index: number } | null>(null);
  const [deletedCount, setDeletedCount] = useState(0);
  const [text, setText] = useState('');
  const [unitText, setUnitText] = useState('');
  const [institutionId, setInstitutionId] = useState('');
  const [sort, setSort] = useState<PeopleFilter['sort']>('name');
  const [dialog, setDialog] = useState<DialogState>(null);
  const query = useDebounced(text.trim(), SEARCH_DEBOUNCE_MS);
  const unit = useDebounced(unitText.trim(), SEARCH_DEBOUNCE_MS);

  const filter: PeopleFilter = useMemo(
    () => ({
      kind,
      query,
      sort,
      ...(kind === 'official' && unit ? { unit } : {}),
      ...(kind !== 'official' && institutionId ? { institutionId } : {}),
    }),
    [kind, query, sort, unit, institutionId],
  );
  const filtered = filter.query !== '' || filter.unit !== undefined || filter.institutionId !== undefined;
  const pages = usePeoplePages(filter, version);
  const { total, rowAt, ensure, loadedRows } = pages;
  const shown = pages.shownFilter;
  // Counted against what is on screen, not what is still being fetched.
  const shownFiltered = shown !== null && (shown.query !== '' || shown.unit !== undefined || shown.institutionId !== undefined);

  // Outlets / host institutions for the filter.
  const [institutions, setInstitutions] = useState<Institution[]>([]);
  useEffect(() => {
    if (kind === 'official') return;
    let live = true;
    void api()
      .call('institutions.list', { kind: kind === 'journalist' ? 'media' : 'host' })
      .then((r) => {
        if (live && r.ok) setInstitutions(r.value);
      });
    return () => {
      live = false;
    };
  }, [kind, version]);

  // Units seen so far: suggestions for the unit filter and the form.
  const units = useMemo(() => {
    if (kind !== 'official') return [];
    const set = new Set<string>();
    for (const page of loadedRows.values()) for (const p of page) if (p.unit) set.add(p.unit);
    return [...set].sort((a, b) => a.localeCompare(b, 'id')).slice(0, 300);
  }, [kind, loadedRows]);

  const openCreate = useCallback(() => setDialog({ mode: 'create' }), []);

  // Ctrl+N / ⌘N: a new person of this tab (ahead of the app-wide "new trip").
  // Ctrl+F / ⌘F and "/": the search box.
  useCommand({
    id: 'directory.people.new',
    label: `people.new.${kind}`,
    keys: 'Mod+N',
    context: 'directory.people',
    inTextField: true,
    run: openCreate,
  });
  useSearchCommand({ id: 'directory.people.search', context: 'directory.people' }, searchRef);

  const restore = useCallback(
    async (p: PersonRow) => {
      const r = await api().call('people.restore', { id: p.id });
      if (!r.ok) {
        toasts.show({ kind: 'error', message: (tr) => errorText(tr, r.error) });
        return;
      }
      notifyDirectoryChanged();
      toasts.show({ message: (tr) => tr('people.toast.restored', { name: fullName(r.value) }), duration: 5000 });
    },
    [toasts],
  );

  // Asks first when the person is in trips (their memberships go with them); one deletion at a time.
  const { ask, dialog: confirmDialog } = useConfirmDelete();
  const remove = useCallback(
    (p: PersonRow, index: number) =>
      ask({
        ref: { kind: 'person', id: p.id },
        name: fullName(p),
        remove: () => api().call('people.delete', { id: p.id }),
        onFailed: (error) => toasts.show({ kind: 'error', message: (tr) => errorText(tr, error) }),
        onDeleted: () => {
          afterDelete.current = { id: p.id, index };
          setDeletedCount((n) => n + 1);
          notifyDirectoryChanged();
          toasts.show({
            message: (tr) => tr('people.toast.deleted', { name: fullName(p) }),
            action: { label: (tr) => tr('common.undo'), run: () => restore(p) },
            undoable: true,
          });
        },
      }),
    [ask, toasts, restore],
  );

  // Focus after a delete, once the list without the person is shown: the row that took their place
  // (the one before after the last); with nobody left, "… baru" of the empty directory, or the search box.
  const loaded = pages.current ? total : null;
  useEffect(() => {
    const done = afterDelete.current;
    if (!done || loaded === null) return;
    // Still listed, or its place not loaded yet: wait for the answer.
    const shownAt = rowAt(done.index);
    if (shownAt?.id === done.id || (shownAt === undefined && done.index < loaded)) return;
    afterDelete.current = null;
    if (!focusLost()) return;
    if (loaded > 0) tableRef.current?.focusIndex(Math.min(done.index, loaded - 1));
    else (emptyNewRef.current ?? searchRef.current)?.focus();
  }, [loaded, rowAt, deletedCount]);

  const onRange = useCallback((a: number, b: number) => ensure(a, b), [ensure]);

  const clearFilters = () => {
    setText('');
    setUnitText('');
    setInstitutionId('');
    searchRef.current?.focus();
  };

  const newLabel = t(`people.new.${kind}`);
  const newButton = (inEmpty: boolean) => <NewButton label={newLabel} onClick={openCreate} buttonRef={inEmpty ? emptyNewRef : newButtonRef} />;
  const importLink = (
    <a href={hrefs.directoryImport} className="btn btn-secondary" title={t('people.importHint')}>
      <UploadIcon size={16} />
      <span>{t('people.import')}</span>
    </a>
  );

  const isEmptyDirectory = total === 0 && !filtered && pages.current;
  const searchId = `${uid}-search`;
  const unitId = `${uid}-unit`;
  const unitListId = `${uid}-units`;
  const instId = `${uid}-inst`;
  const sortId = `${uid}-sort`;

  return (
    <>
      {actionsSlot &&
        !isEmptyDirectory &&
        createPortal(
          <>
            {kind === 'official' && importLink}
            {newButton(false)}
          </>,
          actionsSlot,
        )}
      {isEmptyDirectory ? (
        <EmptyState
          icon={<DirectoryIcon size={28} />}
          title={t(`people.empty.${kind}.title`)}
          action={
            <div className="dir-empty-actions">
              {newButton(true)}
              {kind === 'official' && importLink}
            </div>
          }
        >
          {t(`people.empty.${kind}.text`)}
        </EmptyState>
      ) : (
        <>
          <ListToolbar label={t('people.toolbarLabel')} className="dir-toolbar">
            <SearchBox
              id={searchId}
              inputRef={searchRef}
              label={t('people.search')}
              placeholder={t(`people.searchPlaceholder.${kind}`)}
              className="dir-search"
              value={text}
              onChange={setText}
              onKeyDown={(e) => {
                if (e.key === 'Escape' && text) {
                  e.preventDefault();
                  setText('');
                }
              }}
            />
            {kind === 'official' ? (
              <ListFilter htmlFor={unitId} label={t('people.filter.unit')}>
                <input
                  id={unitId}
                  type="search"
                  className="input dir-filter-input"
                  placeholder={t('people.filter.allUnits')}
                  list={units.length ? unitListId : undefined}
                  autoComplete="off"
                  value={unitText}
                  onChange={(e) => setUnitText(e.target.value)}
                />
                <datalist id={unitListId}>
                  {units.map((u) => (
                    <option key={u} value={u} />
                  ))}
                </datalist>
              </ListFilter>
            ) : (
              <ListFilter htmlFor={instId} label={kind === 'journalist' ? t('people.filter.outlet') : t('people.filter.hostInstitution')}>
                <select id={instId} className="input dir-filter-input" value={institutionId} onChange={(e) => setInstitutionId(e.target.value)}>
                  <option value="">{kind === 'journalist' ? t('people.filter.allOutlets') : t('people.filter.allHostInstitutions')}</option>
                  <ItemOptions items={institutions} valueOf={(i) => i.id} labelOf={(i) => i.name} />
                </select>
              </ListFilter>
            )}
            <ListFilter htmlFor={sortId} label={t('people.sort.label')}>
              <select id={sortId} className="input dir-sort" value={sort} onChange={(e) => setSort(e.target.value as PeopleFilter['sort'])}>
                <option value="name">{t('people.sort.name')}</option>
                {kind === 'official' && <option value="rank">{t('people.sort.rank')}</option>}
                <option value="updated">{t('people.sort.updated')}</option>
              </select>
            </ListFilter>
          </ListToolbar>

          <p className="dir-count" aria-live="polite">
            {total === null
              ? ''
              : shownFiltered && kindTotal !== null
                ? t('people.countFiltered', { count: total, all: kindTotal })
                : t('people.count', { count: total })}
          </p>

          {pages.error && total === null && (
            <ErrorPanel title={t('people.loadError')} error={pages.error} onRetry={() => notifyDirectoryChanged()} />
          )}
          {total === null && !pages.error && <Loading />}

          {total !== null && total === 0 && shownFiltered && (
            <NoMatches
              className="dir-nomatch"
              title={t('people.noMatchesTitle')}
              text={shown?.query ? t('people.noMatchesText', { query: shown.query }) : t('people.noMatchesFilterText')}
              clearLabel={t('people.clearFilters')}
              onClear={clearFilters}
            />
          )}

          {total !== null && total > 0 && (
            <>
              <div className="list-table-wrap">
                <PeopleTable
                  kind={kind}
                  total={total}
                  rowAt={rowAt}
                  onRange={onRange}
                  onOpen={(person, index) => setDialog({ mode: 'edit', person, index })}
                  onDelete={(person, index) => void remove(person, index)}
                  onErase={(person) => setDialog({ mode: 'erase', person })}
                  resetKey={JSON.stringify(filter)}
                  caption={t(`people.caption.${kind}`)}
                  handle={tableRef}
                />
              </div>
              <KeyboardHints
                label={t('people.keys.label')}
                hints={[
                  [HINT_KEYS.move, t('people.keys.move')],
                  [HINT_KEYS.enter, t('people.keys.open')],
                  [HINT_KEYS.delete, t('people.keys.delete')],
                  [HINT_KEYS.erase, t('people.erase.key')],
                  [HINT_KEYS.search, t('people.keys.search')],
                  [HINT_KEYS.new, t('people.keys.new')],
                ]}
              />
            </>
          )}
        </>
      )}

      {confirmDialog}
      {dialog?.mode === 'erase' && (
        <EraseDialog
          key={dialog.person.id}
          target={{ kind: 'person', person: dialog.person }}
          onCancel={() => setDialog(null)}
          onErased={(result, name) => {
            setDialog(null);
            notifyDirectoryChanged();
            // An erasure cannot be undone: no undo action, no Ctrl+Z.
            toasts.show({ message: (tr) => tr(result.compacted ? 'people.erase.done' : 'people.erase.notCompacted', { name }) });
          }}
        />
      )}
      {dialog && dialog.mode !== 'erase' && (
        <PersonDialog
          key={dialog.mode === 'edit' ? dialog.person.id : 'new'}
          kind={kind}
          person={dialog.mode === 'edit' ? dialog.person : undefined}
          unitSuggestions={units}
          onCancel={() => setDialog(null)}
          onSaved={(saved, created) => {
            setDialog(null);
            notifyDirectoryChanged();
            toasts.show({
              message: (tr) => tr(created ? 'people.toast.created' : 'people.toast.updated', { name: fullName(saved) }),
              duration: 5000,
            });
          }}
          onDelete={(person) => {
            setDialog(null);
            void remove(person, dialog.mode === 'edit' ? dialog.index : 0);
          }}
          onErase={(person) => setDialog({ mode: 'erase', person })}
        />
      )}
    </>
  );
}
