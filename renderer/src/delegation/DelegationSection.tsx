/** The delegation on the trip page: the officials in protocol order. */
import { Fragment, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member, MemberRole, TripDetail } from '../../../shared/delegation/schemas';
import { DEFAULT_OFFICIAL_ROLE, LEAD_ROLE, OFFICIAL_ROLES, isJournalistRole } from '../../../shared/vocabulary';
import { fullName } from '../../../shared/directory/person';
import { formatNip } from '../../../shared/directory/nip';
import { pangkatName } from '../../../shared/directory/ranks';
import { PersonPicker } from '../components/PersonPicker';
import { MembersIcon } from '../components/Icons';
import { MoveButtons } from '../components/MoveButtons';
import { useFocusAfterLoad, useMemberActions } from './memberActions';
import { NewPersonForm } from './NewPersonForm';
import { SectionEmpty } from '../components/SectionEmpty';
import { canRefresh, RefreshAllBar, useRefreshMembers } from './directoryChanges';
import { LogisticsToggle, MemberDetailRows, RemoveButton, rowKeys } from './memberRows';
import { useProgressive } from '../lib/progressive';

/** The officials of the delegation, in protocol or the user's order. */
export function OfficialsSection({ detail }: { detail: TripDetail }) {
  const { t } = useTranslation();
  const uid = useId();
  const pickerId = `${uid}-picker`;
  const actions = useMemberActions(detail);
  const focusAfter = useFocusAfterLoad(detail);
  const officials = detail.members.filter((m) => !isJournalistRole(m.role));
  // A 500-member delegation: the first rows when the page opens, the rest a frame later.
  const shownOfficials = useProgressive(officials, { once: true });
  const hasKetua = officials.some((m) => m.role === LEAD_ROLE);
  const [roleChoice, setRoleChoice] = useState<MemberRole | null>(null);
  const role = roleChoice ?? (hasKetua ? DEFAULT_OFFICIAL_ROLE : LEAD_ROLE);
  const [newPerson, setNewPerson] = useState<{ name: string } | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  // One row in the tab order (the last one focused); arrows move between rows.
  const [activeRow, setActiveRow] = useState<string | null>(null);
  const [announce, setAnnounce] = useState('');
  const changed = canRefresh(detail) ? officials.filter((m) => m.directoryChanges.length > 0) : [];

  const refresh = useRefreshMembers(detail.trip.id, (memberId) => focusAfter({ memberId }));

  const move = async (m: Member, delta: number, action?: string) => {
    const n = await actions.move(m, delta);
    if (n === null) return;
    focusAfter({ memberId: m.id, action });
    setAnnounce(t('delegation.members.moved', { name: fullName(m.person), n }));
  };

  const remove = async (m: Member, index: number) => {
    const next = officials[index + 1] ?? officials[index - 1];
    if (await actions.remove(m, 'delegation.members.removed')) {
      focusAfter(next ? { memberId: next.id } : { selector: `#${CSS.escape(pickerId)}` });
    }
  };

  const focusPicker = () => document.getElementById(pickerId)?.focus();

  return (
    <section className="trip-section" aria-labelledby={`${uid}-h`}>
      <div className="section-head">
        <h3 id={`${uid}-h`}>{t('delegation.members.heading')}</h3>
        {officials.length > 0 && <p className="muted">{t('delegation.counts.officials', { count: officials.length })}</p>}
        {detail.customOrder && officials.length > 0 && (
          <div className="section-head-actions">
            <span className="order-note">{t('delegation.members.customOrder')}</span>
            <button type="button" className="btn btn-secondary btn-small" onClick={() => void actions.resetOrder()}>
              {t('delegation.members.resetOrder')}
            </button>
          </div>
        )}
      </div>
      <div className="table-wrap trip-card">
        <RefreshAllBar count={changed.length} onRefresh={() => void refresh(changed)} />
        {officials.length === 0 ? (
          <SectionEmpty
            icon={<MembersIcon size={20} />}
            title={t('delegation.members.emptyTitle')}
            action={
              <button type="button" className="btn btn-primary btn-small" onClick={focusPicker}>
                {t('delegation.members.emptyAction')}
              </button>
            }
          >
            {t('delegation.members.emptyText')}
          </SectionEmpty>
        ) : (
          <table className="data-table member-table">
            <caption className="visually-hidden">{t(detail.customOrder ? 'delegation.members.captionCustom' : 'delegation.members.caption')}</caption>
            <colgroup>
              <col className="col-no" />
              <col />
              <col className="col-nip" />
              <col className="col-rank" />
              <col className="col-jabatan" />
              <col className="col-role" />
              <col className="col-actions" />
            </colgroup>
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t('delegation.members.columns.no')}
                </th>
                <th scope="col">{t('delegation.members.columns.name')}</th>
                <th scope="col">{t('delegation.members.columns.nip')}</th>
                <th scope="col">{t('delegation.members.columns.rank')}</th>
                <th scope="col">{t('delegation.members.columns.jabatan')}</th>
                <th scope="col">{t('delegation.members.columns.role')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('delegation.members.columns.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shownOfficials.map((m, i) => {
                const name = fullName(m.person);
                const panelId = `${uid}-log-${m.id}`;
                const isOpen = open === m.id;
                return (
                  <Fragment key={m.id}>
                    <tr
                      className={`row member-row${isOpen ? ' is-open' : ''}${m.warnings.length ? ' has-warning' : ''}`}
                      data-member-id={m.id}
                      tabIndex={(officials.some((o) => o.id === activeRow) ? activeRow : officials[0]?.id) === m.id ? 0 : -1}
                      onFocus={(e) => e.target === e.currentTarget && setActiveRow(m.id)}
                      aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
                      onKeyDown={(e) => rowKeys(e, (d) => void move(m, d))}
                    >
                      <td className="num cell-no">{i + 1}</td>
                      <td className="cell-person">
                        <span className="person-name">{name}</span>
                        {m.person.unit && <span className="person-sub">{m.person.unit}</span>}
                      </td>
                      <td className="cell-nip">
                        {m.person.nip ? (
                          formatNip(m.person.nip, m.person.employment === 'pppk' ? 'pppk' : 'pns')
                        ) : (
                          <span className="muted">{m.person.employment === 'elected' ? t('delegation.members.elected') : t('delegation.members.noNip')}</span>
                        )}
                      </td>
                      <td className="cell-rank">
                        {m.person.golongan ? (
                          <>
                            <span>{m.person.golongan}</span>
                            <span className="person-sub">{pangkatName(m.person.golongan)}</span>
                          </>
                        ) : (
                          <span className="muted">—</span>
                        )}
                      </td>
                      <td className="cell-jabatan">{m.person.jabatan || <span className="muted">—</span>}</td>
                      <td className="cell-role">
                        <select
                          className="input input-compact"
                          data-action="role"
                          aria-label={t('delegation.members.roleOf', { name })}
                          value={m.role}
                          onChange={(e) => {
                            focusAfter({ memberId: m.id, action: 'role' });
                            void actions.setRole(m, e.target.value as MemberRole);
                          }}
                        >
                          {OFFICIAL_ROLES.map((r) => (
                            <option key={r} value={r}>
                              {t(`delegation.roles.${r}`)}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td className="cell-actions">
                        <span className="row-actions">
                          <MoveButtons
                            axis="vertical"
                            labels={[t('delegation.members.moveUp', { name }), t('delegation.members.moveDown', { name })]}
                            first={i === 0}
                            last={i === officials.length - 1}
                            onMove={(delta, action) => void move(m, delta, action)}
                          />
                          <LogisticsToggle member={m} open={isOpen} controls={panelId} onToggle={() => setOpen(isOpen ? null : m.id)} />
                          <RemoveButton name={name} onRemove={() => void remove(m, i)} />
                        </span>
                      </td>
                    </tr>
                    <MemberDetailRows
                      member={m}
                      detail={detail}
                      open={isOpen}
                      panelId={panelId}
                      columns={7}
                      onClose={() => setOpen(null)}
                      onRefresh={() => void refresh([m])}
                    />
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        )}
        <div className="add-bar">
          <label htmlFor={pickerId} className="add-bar-label">
            {t('delegation.members.addLabel')}
          </label>
          <select
            className="input input-compact add-bar-role"
            aria-label={t('delegation.members.addRole')}
            value={role}
            onChange={(e) => setRoleChoice(e.target.value as MemberRole)}
          >
            {OFFICIAL_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`delegation.roles.${r}`)}
              </option>
            ))}
          </select>
          <div className="add-bar-picker">
            <PersonPicker
              id={pickerId}
              kind="official"
              placeholder={t('delegation.members.pickerPlaceholder')}
              excludeIds={detail.members.map((m) => m.personId)}
              onSelect={(p) => {
                void actions.add(p, role, 'delegation.members.added');
                setRoleChoice(null);
              }}
              onAddNew={(name) => setNewPerson({ name })}
            />
          </div>
          <button type="button" className="btn btn-secondary" onClick={() => setNewPerson({ name: '' })}>
            {t('delegation.members.newPerson')}
          </button>
        </div>
        {newPerson && (
          <div className="add-panel">
            <NewPersonForm
              kind="official"
              title={t('delegation.newPerson.titleOfficial')}
              initialName={newPerson.name}
              extra={<span className="muted">{t('delegation.newPerson.as', { role: t(`delegation.roles.${role}`) })}</span>}
              onCancel={() => {
                setNewPerson(null);
                focusPicker();
              }}
              onSubmit={async (person) => {
                const error = await actions.addNew(person, role, 'delegation.members.added');
                if (!error) {
                  setNewPerson(null);
                  setRoleChoice(null);
                  focusPicker();
                }
                return error;
              }}
            />
          </div>
        )}
      </div>
      {officials.length > 1 && (
        <p className="keyboard-hints" aria-hidden="true">
          <span>
            <kbd className="kbd">Alt</kbd>+<kbd className="kbd">↑</kbd>
            <kbd className="kbd">↓</kbd> {t('delegation.members.keys.move')}
          </span>
          <span>{detail.customOrder ? t('delegation.members.customOrder') : t('delegation.members.protocolOrder')}</span>
        </p>
      )}
      <p className="visually-hidden" aria-live="polite">
        {announce}
      </p>
    </section>
  );
}

export { JournalistsSection } from './JournalistsSection';
