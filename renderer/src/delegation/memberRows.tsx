/** What the officials and journalists tables share: row keys, the logistics toggle and rows, the remove button. */
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member, TripDetail } from '../../../shared/delegation/schemas';
import { fullName } from '../../../shared/directory/person';
import { LuggageIcon, RemoveIcon } from '../components/SectionIcons';
import { LogisticsForm, hasLogistics } from './LogisticsForm';
import { MemberWarnings } from './MemberWarnings';
import { canRefresh, DirectoryNotice } from './directoryChanges';

/** Row keys: Alt+↑/↓ move the focused member, ↑/↓ move between rows. */
export function rowKeys(e: KeyboardEvent<HTMLTableRowElement>, onMove?: (delta: number) => void) {
  const target = e.target as HTMLElement;
  // Selects and inputs inside the row keep their own arrow keys.
  if (target !== e.currentTarget && !(target instanceof HTMLButtonElement)) return;
  if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
  const delta = e.key === 'ArrowUp' ? -1 : 1;
  if (e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey) {
    if (!onMove) return;
    e.preventDefault();
    onMove(delta);
    return;
  }
  if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || target !== e.currentTarget) return;
  e.preventDefault();
  const rows = [...(e.currentTarget.closest('tbody')?.querySelectorAll<HTMLElement>('tr[data-member-id]') ?? [])];
  rows[rows.indexOf(e.currentTarget) + delta]?.focus();
}

export function LogisticsToggle({ member, open, onToggle, controls }: { member: Member; open: boolean; onToggle: () => void; controls: string }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className={`icon-btn row-btn${open ? ' is-on' : ''}${hasLogistics(member) ? ' is-filled' : ''}`}
      data-action="logistics"
      aria-label={t('delegation.members.logistics', { name: fullName(member.person) })}
      title={t('delegation.members.logistics', { name: fullName(member.person) })}
      aria-expanded={open}
      aria-controls={open ? controls : undefined}
      onClick={onToggle}
    >
      <LuggageIcon />
    </button>
  );
}

export function RemoveButton({ name, onRemove }: { name: string; onRemove: () => void }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="icon-btn row-btn row-btn-danger"
      aria-label={t('delegation.members.remove', { name })}
      title={t('delegation.members.remove', { name })}
      onClick={onRemove}
    >
      <RemoveIcon />
    </button>
  );
}

/**
 * Under a member's row: where the directory now differs (with "Perbarui dari
 * direktori"), their warnings, and the logistics form when open (focus
 * returns to its toggle on close).
 */
export function MemberDetailRows(props: { member: Member; detail: TripDetail; open: boolean; panelId: string; columns: number; onClose: () => void; onRefresh: () => void }) {
  const { member: m, detail, open, panelId, columns, onClose, onRefresh } = props;
  return (
    <>
      {m.directoryChanges.length > 0 && canRefresh(detail) && (
        <tr className="warning-row directory-row">
          <td />
          <td colSpan={columns - 1}>
            <DirectoryNotice name={fullName(m.person)} changes={m.directoryChanges} onRefresh={onRefresh} />
          </td>
        </tr>
      )}
      {m.warnings.length > 0 && (
        <tr className="warning-row">
          <td />
          <td colSpan={columns - 1}>
            <MemberWarnings member={m} members={detail.members} />
          </td>
        </tr>
      )}
      {open && (
        <tr className="logistics-row" id={panelId}>
          <td colSpan={columns}>
            <LogisticsForm
              member={m}
              members={detail.members}
              onClose={() => {
                onClose();
                document.querySelector<HTMLElement>(`[data-member-id="${m.id}"] [data-action="logistics"]`)?.focus();
              }}
            />
          </td>
        </tr>
      )}
    </>
  );
}
