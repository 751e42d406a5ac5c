/** The delegation on the trip page: the officials in protocol order. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member, MemberRole, TripDetail } from '../../../shared/delegation/schemas';
import { DEFAULT_OFFICIAL_ROLE, LEAD_ROLE, OFFICIAL_ROLES, isJournalistRole } from '../../../shared/vocabulary';
import { fullName } from '../../../shared/directory/person';
import { formatNip } from '../../../shared/directory/nip';
import { pangkatName } from '../../../shared/directory/ranks';
import { MembersIcon } from '../components/Icons';
import { MoveButtons } from '../components/MoveButtons';
import { useMemberList } from './memberActions';
import { NewPersonForm } from './NewPersonForm';
import { SectionEmpty } from '../components/SectionEmpty';
import { RefreshAllBar } from './directoryChanges';
import { AddMemberBar, LogisticsToggle, MemberTable, RemoveButton } from './memberRows';

/** The officials of the delegation, in protocol or the user's order. */
export function OfficialsSection({ detail }: { detail: TripDetail }) {
  const { t } = useTranslation();
  const officials = detail.members.filter((m) => !isJournalistRole(m.role));
  const { uid, pickerId, actions, table, focusAfter, refresh, changed, remove, newPerson, setNewPerson, addNew, cancelNew, focusPicker } = useMemberList(
    detail,
    officials,
  );
  const hasKetua = officials.some((m) => m.role === LEAD_ROLE);
  const [roleChoice, setRoleChoice] = useState<MemberRole | null>(null);
  const role = roleChoice ?? (hasKetua ? DEFAULT_OFFICIAL_ROLE : LEAD_ROLE);
  const [announce, setAnnounce] = useState('');

  const move = async (m: Member, delta: number, action?: string) => {
    const n = await actions.move(m, delta);
    if (n === null) return;
    focusAfter({ memberId: m.id, action });
    setAnnounce(t('delegation.members.moved', { name: fullName(m.person), n }));
  };

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
          <MemberTable
            handle={table}
            detail={detail}
            members={officials}
            className="member-table"
            caption={t(detail.customOrder ? 'delegation.members.captionCustom' : 'delegation.members.caption')}
            columns={[
              { className: 'col-no', header: t('delegation.members.columns.no'), numeric: true },
              { header: t('delegation.members.columns.name') },
              { className: 'col-nip', header: t('delegation.members.columns.nip') },
              { className: 'col-rank', header: t('delegation.members.columns.rank') },
              { className: 'col-jabatan', header: t('delegation.members.columns.jabatan') },
              { className: 'col-role', header: t('delegation.members.columns.role') },
              { className: 'col-actions', header: <span className="visually-hidden">{t('delegation.members.columns.actions')}</span> },
            ]}
            onMove={(m, d) => void move(m, d)}
            onRefresh={(m) => void refresh([m])}
            cells={(m, i, row) => (
              <>
                <td className="cell-person">
                  <span className="person-name">{row.name}</span>
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
                    aria-label={t('delegation.members.roleOf', { name: row.name })}
                    value={m.role}
                    onChange={(e) => {
                      focusAfter({ memberId: m.id, action: 'role' });
                      void actions.setRole(m, e.target.value as MemberRole);
                    }}
                  >
                    <CodeOptions codes={OFFICIAL_ROLES} labelOf={(r) => t(`delegation.roles.${r}`)} />
                  </select>
                </td>
                <td className="cell-actions">
                  <span className="row-actions">
                    <MoveButtons
                      axis="vertical"
                      labels={[t('delegation.members.moveUp', { name: row.name }), t('delegation.members.moveDown', { name: row.name })]}
                      first={i === 0}
                      last={i === officials.length - 1}
                      onMove={(delta, action) => void move(m, delta, action)}
                    />
                    <LogisticsToggle member={m} open={row.open} controls={row.panelId} onToggle={row.toggle} />
                    <RemoveButton name={row.name} onRemove={() => void remove(m, i, 'delegation.members.removed')} />
                  </span>
                </td>
              </>
            )}
          />
        )}
        <AddMemberBar
          pickerId={pickerId}
          kind="official"
          label={t('delegation.members.addLabel')}
          placeholder={t('delegation.members.pickerPlaceholder')}
          newPerson={t('delegation.members.newPerson')}
          excludeIds={detail.members.map((m) => m.personId)}
          onSelect={(p) => {
            void actions.add(p, role, 'delegation.members.added');
            setRoleChoice(null);
          }}
          onAddNew={(name) => setNewPerson({ name })}
        >
          <select
            className="input input-compact add-bar-role"
            aria-label={t('delegation.members.addRole')}
            value={role}
            onChange={(e) => setRoleChoice(e.target.value as MemberRole)}
          >
            <CodeOptions codes={OFFICIAL_ROLES} labelOf={(r) => t(`delegation.roles.${r}`)} />
          </select>
        </AddMemberBar>
        {newPerson && (
          <div className="add-panel">
            <NewPersonForm
              kind="official"
              title={t('delegation.newPerson.titleOfficial')}
              initialName={newPerson.name}
              extra={<span className="muted">{t('delegation.newPerson.as', { role: t(`delegation.roles.${role}`) })}</span>}
              onCancel={cancelNew}
              onSubmit={async (person) => {
                const error = await addNew(person, role, 'delegation.members.added');
                if (!error) setRoleChoice(null);
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
import { CodeOptions } from '../components/Options';
