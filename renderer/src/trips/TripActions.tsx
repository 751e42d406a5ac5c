import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Trip } from '../../../shared/trips/schemas';
import { api } from '../api/bridge';
import { requestRowFocus } from '../lib/data';
import { useCommand } from '../lib/commands-react';
import { hrefs, navigate, parseHash } from '../lib/router';
import { lazyComponent } from '../lib/lazyComponent';
import { useToasts } from '../components/Toasts';
import { errorText } from '../i18n/errors';
import { useConfirmDelete } from '../components/DeleteConfirm';
import { useOneAtATime } from '../lib/deleteGuard';
import type { ApiError } from '../../../shared/result';

/** The trip form (schemas, date pickers, region picker) is fetched the first time it opens, not with the list. */
const TripDialog = lazyComponent(() => import('./TripDialog').then((m) => m.TripDialog));

interface TripActions {
  openCreate: () => void;
  openEdit: (trip: Trip) => void;
  /** Deletes at once, goes to the list and offers "Urungkan" for a while (for a caller that asked first). */
  deleteTrip: (trip: TripRef) => Promise<boolean>;
  /** The same, asking first when the trip holds anything ("Ikut terhapus: 12 anggota, 30 acara"); false when not deleted. */
  askDeleteTrip: (trip: TripRef) => Promise<boolean>;
}

const Ctx = createContext<TripActions | null>(null);

export function useTripActions(): TripActions {
  const ctx = useContext(Ctx);
  if (!ctx) throw new Error('useTripActions outside <TripActionsProvider>');
  return ctx;
}

/** What deleting and undoing need of a trip: the list's slim rows have it too. */
type TripRef = Pick<Trip, 'id' | 'title'>;

type DialogState = { mode: 'create' } | { mode: 'edit'; trip: Trip } | null;

const onList = () => parseHash(window.location.hash).name === 'trips';

/**
 * Shows the list with fresh data: a list already on screen reloads; one
 * about to mount loads anyway (and a trip page being left must not reload
 * into "not found" first).
 */
function showFreshList(): void {
  // A list on screen reads again by itself: the write announced the trips table.
  if (!onList()) navigate(hrefs.trips);
}

/** Create, edit, delete and undo for trips, from any screen; Ctrl+N / ⌘N anywhere. */
export function TripActionsProvider({ children }: { children: ReactNode }) {
  const toasts = useToasts();
  const [dialog, setDialog] = useState<DialogState>(null);

  const openCreate = useCallback(() => setDialog({ mode: 'create' }), []);
  const openEdit = useCallback((trip: Trip) => setDialog({ mode: 'edit', trip }), []);

  const restore = useCallback(
    async (trip: TripRef) => {
      const r = await api().call('trips.restore', { id: trip.id });
      if (!r.ok) {
        toasts.show({ kind: 'error', message: (tr) => errorText(tr, r.error) });
        return;
      }
      // Focus the trip again if its list is on screen (not later, on some other visit).
      if (onList()) requestRowFocus(trip.id);
      toasts.show({ message: (tr) => tr('toast.restored', { title: r.value.title }), duration: 5000 });
    },
    [toasts],
  );

  /** After the trip went to the trash: the list, and "Urungkan" for a while. */
  const deleted = useCallback(
    (trip: TripRef) => {
      showFreshList();
      toasts.show({
        message: (tr) => tr('toast.deleted', { title: trip.title }),
        action: { label: (tr) => tr('common.undo'), run: () => restore(trip) },
        undoable: true,
      });
    },
    [toasts, restore],
  );
  const failed = useCallback((error: ApiError) => toasts.show({ kind: 'error', message: (tr) => errorText(tr, error) }), [toasts]);

  // One deletion at a time: a second request while one is under way (a held key, a double click) does nothing.
  const oneAtATime = useOneAtATime();
  const deleteTrip = useCallback(
    async (trip: TripRef) =>
      (await oneAtATime(async () => {
        const r = await api().call('trips.delete', { id: trip.id });
        if (!r.ok) {
          failed(r.error);
          return false;
        }
        deleted(trip);
        return true;
      })) ?? false,
    [oneAtATime, deleted, failed],
  );

  const confirmDelete = useConfirmDelete();
  const { ask } = confirmDelete;
  const askDeleteTrip = useCallback(
    (trip: TripRef) =>
      ask({
        ref: { kind: 'trip', id: trip.id },
        name: trip.title,
        remove: () => api().call('trips.delete', { id: trip.id }),
        onDeleted: () => deleted(trip),
        onFailed: failed,
      }),
    [ask, deleted, failed],
  );

  useCommand({
    id: 'trips.new',
    label: 'commands.labels.newTrip',
    keys: 'Mod+N',
    context: 'trips',
    inTextField: true,
    // Always keep the browser from opening a window; the registry ignores it while a dialog is open.
    reserve: true,
    run: openCreate,
  });

  const value = useMemo(() => ({ openCreate, openEdit, deleteTrip, askDeleteTrip }), [openCreate, openEdit, deleteTrip, askDeleteTrip]);

  return (
    <Ctx.Provider value={value}>
      {children}
      {confirmDelete.dialog}
      {dialog && (
        <TripDialog
          key={dialog.mode === 'edit' ? dialog.trip.id : 'new'}
          trip={dialog.mode === 'edit' ? dialog.trip : undefined}
          onCancel={() => setDialog(null)}
          onSaved={(saved) => {
            setDialog(null);
            if (dialog.mode === 'create') {
              // A new trip is shown in the list, focused.
              requestRowFocus(saved.id);
              showFreshList();
            }
          }}
        />
      )}
    </Ctx.Provider>
  );
}
