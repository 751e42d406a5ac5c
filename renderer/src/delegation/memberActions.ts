import { useCallback, useEffect, useId, useRef, useState, type RefObject } from 'react';
import type { Member, MemberRole, TripDetail } from '../../../shared/delegation/schemas';
import { fullName, type PersonCreateInput, type PersonRow } from '../../../shared/directory/person';
import type { ApiError } from '../../../shared/result';
import { moveItem } from '../../../shared/delegation/protocol';
import { isJournalistRole } from '../../../shared/vocabulary';
import { useToasts } from '../components/Toasts';
import { useTripWrite } from '../lib/mutate';
import { runtimeKey } from '../i18n';
import { canRefresh, useRefreshMembers } from './directoryChanges';
import type { MemberTableHandle } from './memberRows';

/** What takes focus once the page shows the result of a write. */
export interface FocusTarget {
  memberId: string;
  /** A control of the row (data-action), else the row itself. */
  action?: string;
}

/**
 * Focus that must survive the reload after a write: the row (or its control)
 * is looked up again once the new detail is on screen — through the table,
 * which renders it first when it was scrolled out of its window.
 */
export function useFocusAfterLoad(detail: TripDetail, table: RefObject<MemberTableHandle | null>) {
  const pending = useRef<FocusTarget | { selector: string } | null>(null);
  useEffect(() => {
    const p = pending.current;
    if (!p) return;
    pending.current = null;
    if ('selector' in p) document.querySelector<HTMLElement>(p.selector)?.focus();
    else table.current?.focus(p);
  }, [detail, table]);
  return useCallback((target: FocusTarget | { selector: string }) => {
    pending.current = target;
  }, []);
}

/**
 * What the officials' and the journalists' sections share: their table's
 * handle, focus after writes (the next row after a removal, else the
 * picker), "Orang baru", "Perbarui dari direktori".
 */
export function useMemberList(detail: TripDetail, members: readonly Member[]) {
  const uid = useId();
  const pickerId = `${uid}-picker`;
  const actions = useMemberActions(detail);
  const table = useRef<MemberTableHandle>(null);
  const focusAfter = useFocusAfterLoad(detail, table);
  const [newPerson, setNewPerson] = useState<{ name: string } | null>(null);
  const refresh = useRefreshMembers(detail.trip.id, (memberId) => focusAfter({ memberId }));
  const changed = canRefresh(detail) ? members.filter((m) => m.directoryChanges.length > 0) : [];
  const focusPicker = () => document.getElementById(pickerId)?.focus();

  const remove = async (m: Member, index: number, message: string) => {
    const next = members[index + 1] ?? members[index - 1];
    if (await actions.remove(m, message)) {
      focusAfter(next ? { memberId: next.id } : { selector: `#${CSS.escape(pickerId)}` });
    }
  };

  /** Creates someone new and adds them; the form closes on success. */
  const addNew = async (person: PersonCreateInput, role: MemberRole, message: string) => {
    const error = await actions.addNew(person, role, message);
    if (!error) {
      setNewPerson(null);
      focusPicker();
    }
    return error;
  };

  const cancelNew = () => {
    setNewPerson(null);
    focusPicker();
  };

  return { uid, pickerId, actions, table, focusAfter, refresh, changed, remove, newPerson, setNewPerson, addNew, cancelNew, focusPicker };
}

/** Add, change, move, remove (with undo) members of one trip. */
export function useMemberActions(detail: TripDetail) {
  const write = useTripWrite();
  const toasts = useToasts();
  const tripId = detail.trip.id;
  const members = detail.members;

  const add = useCallback(
    async (person: PersonRow, role: MemberRole, message: string) => {
      const r = await write('members.add', { tripId, personId: person.id, role });
      if (r.ok) toasts.show({ message: (tr) => tr(runtimeKey(message), { name: fullName(r.value.person), role: tr(`delegation.roles.${role}`) }), duration: 4000 });
      return r.ok;
    },
    [write, toasts, tripId],
  );

  const addNew = useCallback(
    async (person: PersonCreateInput, role: MemberRole, message: string): Promise<ApiError | null> => {
      const r = await write('members.addNew', { tripId, role, person }, { quiet: true });
      if (!r.ok) return r.error;
      toasts.show({ message: (tr) => tr(runtimeKey(message), { name: fullName(r.value.person), role: tr(`delegation.roles.${role}`) }), duration: 4000 });
      return null;
    },
    [write, toasts, tripId],
  );

  const setRole = useCallback((member: Member, role: MemberRole) => write('members.update', { id: member.id, patch: { role } }), [write]);

  const remove = useCallback(
    async (member: Member, message: string) => {
      const r = await write('members.remove', { id: member.id });
      if (!r.ok) return false;
      const name = fullName(member.person);
      toasts.show({
        message: (tr) => tr(runtimeKey(message), { name }),
        action: {
          label: (tr) => tr('common.undo'),
          run: async () => {
            const back = await write('members.restore', { id: member.id });
            if (back.ok) toasts.show({ message: (tr) => tr('delegation.members.restored', { name }), duration: 4000 });
          },
        },
        undoable: true,
      });
      return true;
    },
    [write, toasts],
  );

  /** Moves an official by `delta` places among the officials; journalists keep their order after them. */
  const move = useCallback(
    async (member: Member, delta: number) => {
      const officials = members.filter((m) => !isJournalistRole(m.role));
      const from = officials.findIndex((m) => m.id === member.id);
      const next = moveItem(officials, from, delta);
      if (next.every((m, i) => m.id === officials[i]?.id)) return null;
      const memberIds = [...next, ...members.filter((m) => isJournalistRole(m.role))].map((m) => m.id);
      const r = await write('members.reorder', { tripId, memberIds });
      return r.ok ? next.findIndex((m) => m.id === member.id) + 1 : null;
    },
    [write, members, tripId],
  );

  const resetOrder = useCallback(async () => {
    const r = await write('members.resetOrder', { tripId });
    if (r.ok) toasts.show({ message: (tr) => tr('delegation.members.orderReset'), duration: 4000 });
    return r.ok;
  }, [write, toasts, tripId]);

  return { add, addNew, setRole, remove, move, resetOrder };
}
