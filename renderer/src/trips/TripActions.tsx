import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Trip } from '../../../shared/trips/schemas';
import { api } from '../api/bridge';
import { notifyTripsChanged, requestRowFocus } from '../lib/data';
import { useCommand } from '../lib/commands-react';
import { hrefs, navigate, parseHash } from '../lib/router';
import { TripDialog } from './TripDialog';
import { useToasts } from '../components/Toasts';
import { errorText } from '../i18n/errors';

interface TripActions {
  openCreate: () => void;
  openEdit: (trip: Trip) => void;
  /** Deletes at once, goes to the list and offers "Urungkan" for a while. */
  deleteTrip: (trip: Trip) => Promise<boolean>;
}

const Ctx = createContext<TripActions | null>(null);

export function useTripActions(): TripActions {
  const ctx = useContext(Ctx);
  if (!ctx) throw new Error('useTripActions outside <TripActionsProvider>');
  return ctx;
}

type DialogState = { mode: 'create' } | { mode: 'edit'; trip: Trip } | null;

const onList = () => parseHash(window.location.hash).name === 'trips';

/**
 * Shows the list with fresh data: a list already on screen reloads; one
 * about to mount loads anyway (and a trip page being left must not reload
 * into "not found" first).
 */
function showFreshList(): void {
  if (onList()) notifyTripsChanged();
  else navigate(hrefs.trips);
}

/** Create, edit, delete and undo for trips, from any screen; Ctrl+N / ⌘N anywhere. */
export function TripActionsProvider({ children }: { children: ReactNode }) {
  const toasts = useToasts();
  const [dialog, setDialog] = useState<DialogState>(null);

  const openCreate = useCallback(() => setDialog({ mode: 'create' }), []);
  const openEdit = useCallback((trip: Trip) => setDialog({ mode: 'edit', trip }), []);

  const restore = useCallback(
    async (trip: Trip) => {
      const r = await api().call('trips.restore', { id: trip.id });
      if (!r.ok) {
        toasts.show({ kind: 'error', message: (tr) => errorText(tr, r.error) });
        return;
      }
      // Focus the trip again if its list is on screen (not later, on some other visit).
      if (onList()) requestRowFocus(trip.id);
      notifyTripsChanged();
      toasts.show({ message: (tr) => tr('toast.restored', { title: r.value.title }), duration: 5000 });
    },
    [toasts],
  );

  const deleteTrip = useCallback(
    async (trip: Trip) => {
      const r = await api().call('trips.delete', { id: trip.id });
      if (!r.ok) {
        toasts.show({ kind: 'error', message: (tr) => errorText(tr, r.error) });
        return false;
      }
      showFreshList();
      toasts.show({
        message: (tr) => tr('toast.deleted', { title: trip.title }),
        action: { label: (tr) => tr('common.undo'), run: () => restore(trip) },
        undoable: true,
      });
      return true;
    },
    [toasts, restore],
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

  const value = useMemo(() => ({ openCreate, openEdit, deleteTrip }), [openCreate, openEdit, deleteTrip]);

  return (
    <Ctx.Provider value={value}>
      {children}
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
            } else {
              notifyTripsChanged();
            }
          }}
        />
      )}
    </Ctx.Provider>
  );
}
