import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { DirectoryChange, Member, TripDetail } from '../../../shared/delegation/schemas';
import { fullName } from '../../../shared/directory/person';
import { formatNip } from '../../../shared/directory/nip';
import { isReportedStatus } from '../../../shared/vocabulary';
import { i18n } from '../i18n';
import { InfoIcon, RefreshIcon } from '../components/StatusIcons';
import { useToasts } from '../components/Toasts';
import { useTripWrite } from '../lib/mutate';
import { runtimeKey } from '../i18n';

/*
 * A trip keeps what its documents print about each person as they were when
 * they joined. When the directory says something else now, the row says so
 * and offers "Perbarui dari direktori" (one, or all above the table), with
 * an undo. A reported trip keeps its history: no offer.
 */

/** Whether this trip may still take people's data from the directory. */
export const canRefresh = (detail: TripDetail): boolean => !isReportedStatus(detail.trip.status);

function valueText(t: TFunction, c: DirectoryChange, v: string): string {
  if (!v.trim()) return t('delegation.directory.empty');
  if (c.field === 'employment' && i18n.exists(`people.employment.${v}`)) return t(runtimeKey(`people.employment.${v}`));
  if (c.field === 'mediaType' && i18n.exists(`people.mediaTypes.${v}`)) return t(runtimeKey(`people.mediaTypes.${v}`));
  if (c.field === 'nip') return formatNip(v);
  return v;
}

/** "Jabatan Kepala Bidang → Kepala Dinas" */
export function changeText(t: TFunction, c: DirectoryChange): string {
  return t('delegation.directory.change', { field: t(`delegation.directory.fields.${c.field}`), from: valueText(t, c, c.trip), to: valueText(t, c, c.directory) });
}

interface Ids {
  memberIds: string[];
  hostPersonIds: string[];
}

/** Runs "Perbarui dari direktori" for the given people, with a toast whose undo restores exactly them. */
export function useDirectoryRefresh(tripId: string) {
  const write = useTripWrite();
  const toasts = useToasts();
  return useCallback(
    async (ids: Ids, message: (t: TFunction) => string) => {
      // Both lists are always sent: an omitted one would mean "everyone who differs".
      const input = { tripId, memberIds: ids.memberIds, hostPersonIds: ids.hostPersonIds };
      const r = await write('trips.refreshFromDirectory', input);
      if (!r.ok) return false;
      toasts.show({
        message,
        action: {
          label: (tr) => tr('common.undo'),
          run: async () => {
            const back = await write('trips.undoRefresh', input);
            if (back.ok) toasts.show({ message: (tr) => tr('delegation.directory.undone'), duration: 4000 });
          },
        },
        undoable: true,
      });
      return true;
    },
    [write, toasts, tripId],
  );
}

/**
 * "Perbarui dari direktori" for members (one or all that differ): the toast
 * names one or counts many, and `focus` is told the first member afterwards.
 */
export function useRefreshMembers(tripId: string, focus: (memberId: string) => void) {
  const refreshPeople = useDirectoryRefresh(tripId);
  return async (list: readonly Member[]) => {
    const first = list[0];
    if (!first) return;
    const name = fullName(first.person);
    const done = await refreshPeople({ memberIds: list.map((m) => m.id), hostPersonIds: [] }, (tr) =>
      list.length === 1 ? tr('delegation.directory.refreshed', { name }) : tr('delegation.directory.refreshedMany', { count: list.length }),
    );
    if (done) focus(first.id);
  };
}

/** The row's note: what the directory says now, and the button that takes it. */
export function DirectoryNotice({ name, changes, onRefresh }: { name: string; changes: readonly DirectoryChange[]; onRefresh: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="directory-notice">
      <InfoIcon size={14} />
      <p className="directory-notice-text">
        <span className="directory-notice-label">{t('delegation.directory.notice')}</span>{' '}
        <span aria-label={t('delegation.directory.listLabel', { name })}>
          {changes.map((c, i) => (
            <span key={c.field} className="directory-change">
              {i > 0 && <span aria-hidden="true"> · </span>}
              {changeText(t, c)}
            </span>
          ))}
        </span>
      </p>
      <button
        type="button"
        className="btn btn-secondary btn-small directory-refresh"
        data-action="refresh"
        aria-label={t('delegation.directory.refreshOneLabel', { name })}
        onClick={onRefresh}
      >
        <RefreshIcon size={13} />
        <span aria-hidden="true">{t('delegation.directory.refreshOne')}</span>
      </button>
    </div>
  );
}

/** Above a table: how many people differ from the directory, and "Perbarui semua dari direktori". */
export function RefreshAllBar({ count, onRefresh }: { count: number; onRefresh: () => void }) {
  const { t } = useTranslation();
  if (count === 0) return null;
  return (
    <div className="directory-bar">
      <InfoIcon size={15} />
      <p>{t('delegation.directory.summary', { count })}</p>
      <button type="button" className="btn btn-secondary btn-small" onClick={onRefresh}>
        <RefreshIcon size={13} />
        <span>{t('delegation.directory.refreshAll')}</span>
      </button>
    </div>
  );
}
