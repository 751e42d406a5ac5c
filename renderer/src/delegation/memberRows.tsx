/**
 * What the officials and journalists tables share: the table itself (windowed
 * past a few dozen members), row keys, the logistics toggle and rows, the
 * remove button, and the add bar under the table.
 */
import { Fragment, useId, useImperativeHandle, useMemo, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import '../styles/windowed.css';
import type { Member, TripDetail } from '../../../shared/delegation/schemas';
import type { PersonKind, PersonRow } from '../../../shared/directory/person';
import { fullName } from '../../../shared/directory/person';
import { PersonPicker } from '../components/PersonPicker';
import { LuggageIcon, RemoveIcon } from '../components/SectionIcons';
import { SpacerRow, usePageWindow, WINDOW_AFTER } from '../lib/windowed';
import { LogisticsForm, hasLogistics } from './LogisticsForm';
import { MemberWarnings } from './MemberWarnings';
import { canRefresh, DirectoryNotice } from './directoryChanges';
import type { FocusTarget } from './memberActions';

/**
 * Row keys: Alt+↑/↓ move the focused member (`onMove`, when the list can be
 * reordered), ↑/↓ go to the member before or after (`onStep`).
 */
export function rowKeys(e: KeyboardEvent<HTMLTableRowElement>, onMove: ((delta: -1 | 1) => void) | undefined, onStep: (delta: -1 | 1) => void) {
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
  onStep(delta);
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

/** Focuses a member's row (or a control of it), scrolling it into view and rendering it first if need be. */
export interface MemberTableHandle {
  focus(target: FocusTarget): boolean;
}

export interface MemberColumn {
  className?: string;
  header: ReactNode;
  numeric?: boolean;
}

/** What a row's cells can do with the row: its logistics panel. */
export interface RowControls {
  name: string;
  open: boolean;
  panelId: string;
  toggle: () => void;
}

interface MemberTableProps {
  detail: TripDetail;
  members: readonly Member[];
  caption: string;
  className: string;
  /** The columns, the row number's first. */
  columns: readonly MemberColumn[];
  /** A member's cells after the row number. */
  cells: (m: Member, index: number, row: RowControls) => ReactNode;
  /** Alt+↑/↓ on a row: moves the member (when the list can be reordered). */
  onMove?: (m: Member, delta: -1 | 1) => void;
  onRefresh: (m: Member) => void;
  handle: Ref<MemberTableHandle>;
}

/** The table's rows: each member's, and under it where the directory differs, its warnings and its open logistics form. */
type Line = { kind: 'member' | 'directory' | 'warnings' | 'logistics'; key: string; member: Member; index: number };

/** Row heights before they are measured, in px (trip.css). */
const ESTIMATE: Record<Line['kind'], number> = { member: 53, directory: 44, warnings: 30, logistics: 320 };

/**
 * The members of one table. One row is in the tab order (the last one
 * focused); ↑/↓ move between rows. Past WINDOW_AFTER members only the rows
 * near the view are rendered, with the room of the others kept by spacer rows;
 * aria-rowcount and aria-rowindex tell assistive technology the whole.
 */
export function MemberTable({ detail, members, caption, className, columns, cells, onMove, onRefresh, handle }: MemberTableProps) {
  const uid = useId();
  const [open, setOpen] = useState<string | null>(null);
  const [activeRow, setActiveRow] = useState<string | null>(null);
  const refreshable = canRefresh(detail);
  const lines = useMemo(
    () =>
      members.flatMap((member, index): Line[] => {
        const line = (kind: Line['kind'], key: string): Line => ({ kind, key, member, index });
        const out = [line('member', member.id)];
        if (refreshable && member.directoryChanges.length > 0) out.push(line('directory', `${member.id}:directory`));
        if (member.warnings.length > 0) out.push(line('warnings', `${member.id}:warnings`));
        if (open === member.id) out.push(line('logistics', `${member.id}:logistics`));
        return out;
      }),
    [members, refreshable, open],
  );
  const keys = useMemo(() => lines.map((l) => l.key), [lines]);
  const tabStop = members.some((m) => m.id === activeRow) ? activeRow : members[0]?.id;
  const win = usePageWindow({
    keys,
    estimateSize: (i) => ESTIMATE[lines[i]?.kind ?? 'member'],
    windowed: members.length > WINDOW_AFTER,
    // The row in the tab order stays rendered, so Tab always finds the table.
    keep: [tabStop],
  });

  const focusMember = ({ memberId, action }: FocusTarget) =>
    win.focus(memberId, (row) => {
      const control = action ? row.querySelector<HTMLButtonElement | HTMLSelectElement>(`[data-action="${action}"]`) : null;
      return control && !control.disabled ? control : null;
    });
  useImperativeHandle(handle, () => ({ focus: focusMember }));

  const span = columns.length;
  const rowIndex = (i: number) => (win.windowed ? i + 2 : undefined);
  const renderLine = (line: Line, i: number) => {
    const m = line.member;
    const panelId = `${uid}-log-${m.id}`;
    const rowProps = { 'data-index': i, ref: win.rowRef, 'aria-rowindex': rowIndex(i) };
    if (line.kind === 'directory') {
      return (
        <tr className="warning-row directory-row" {...rowProps}>
          <td />
          <td colSpan={span - 1}>
            <DirectoryNotice name={fullName(m.person)} changes={m.directoryChanges} onRefresh={() => onRefresh(m)} />
          </td>
        </tr>
      );
    }
    if (line.kind === 'warnings') {
      return (
        <tr className="warning-row" {...rowProps}>
          <td />
          <td colSpan={span - 1}>
            <MemberWarnings member={m} members={detail.members} />
          </td>
        </tr>
      );
    }
    if (line.kind === 'logistics') {
      return (
        <tr className="logistics-row" id={panelId} {...rowProps}>
          <td colSpan={span}>
            <LogisticsForm
              member={m}
              members={detail.members}
              onClose={() => {
                setOpen(null);
                // Focus returns to the toggle.
                focusMember({ memberId: m.id, action: 'logistics' });
              }}
            />
          </td>
        </tr>
      );
    }
    const isOpen = open === m.id;
    const step = (delta: -1 | 1) => {
      const next = members[line.index + delta];
      if (next) win.focus(next.id);
    };
    return (
      <tr
        {...rowProps}
        className={`row member-row${isOpen ? ' is-open' : ''}${m.warnings.length ? ' has-warning' : ''}`}
        data-member-id={m.id}
        tabIndex={tabStop === m.id ? 0 : -1}
        onFocus={(e) => e.target === e.currentTarget && setActiveRow(m.id)}
        aria-keyshortcuts={onMove ? 'Alt+ArrowUp Alt+ArrowDown' : undefined}
        onKeyDown={(e) => rowKeys(e, onMove && ((d) => onMove(m, d)), step)}
      >
        <td className="num cell-no">{line.index + 1}</td>
        {cells(m, line.index, { name: fullName(m.person), open: isOpen, panelId, toggle: () => setOpen(isOpen ? null : m.id) })}
      </tr>
    );
  };

  return (
    <table className={`data-table ${className}`} aria-rowcount={win.windowed ? lines.length + 1 : undefined}>
      <caption className="visually-hidden">{caption}</caption>
      <colgroup>
        {columns.map((c, i) => (
          <col key={i} className={c.className} />
        ))}
      </colgroup>
      <thead>
        <tr aria-rowindex={win.windowed ? 1 : undefined}>
          {columns.map((c, i) => (
            <th key={i} scope="col" className={c.numeric ? 'num' : undefined}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody {...win.listProps}>
        {win.rows.map((r) => {
          const line = lines[r.index];
          return (
            <Fragment key={r.key}>
              <SpacerRow size={r.before} columns={span} />
              {line && renderLine(line, r.index)}
            </Fragment>
          );
        })}
        <SpacerRow size={win.after} columns={span} />
      </tbody>
    </table>
  );
}

/** Under the table: "Tambah …" with the directory picker (after `children`, a role choice), and "Orang baru". */
export function AddMemberBar(props: {
  pickerId: string;
  kind: PersonKind;
  label: string;
  placeholder: string;
  newPerson: string;
  excludeIds: readonly string[];
  onSelect: (p: PersonRow) => void;
  onAddNew: (name: string) => void;
  children?: ReactNode;
}) {
  const { pickerId, kind, label, placeholder, newPerson, excludeIds, onSelect, onAddNew, children } = props;
  return (
    <div className="add-bar">
      <label htmlFor={pickerId} className="add-bar-label">
        {label}
      </label>
      {children}
      <div className="add-bar-picker">
        <PersonPicker id={pickerId} kind={kind} placeholder={placeholder} excludeIds={excludeIds} onSelect={onSelect} onAddNew={onAddNew} />
      </div>
      <button type="button" className="btn btn-secondary" onClick={() => onAddNew('')}>
        {newPerson}
      </button>
    </div>
  );
}
