/** The journalists of the delegation: outlet, media type and press card. */
import { useTranslation } from 'react-i18next';
import type { TripDetail } from '../../../shared/delegation/schemas';
import { JOURNALIST_ROLE, isJournalistRole } from '../../../shared/vocabulary';
import { MicIcon } from '../components/SectionIcons';
import { useMemberList } from './memberActions';
import { NewPersonForm } from './NewPersonForm';
import { SectionEmpty } from '../components/SectionEmpty';
import { RefreshAllBar } from './directoryChanges';
import { runtimeKey } from '../i18n';
import { AddMemberBar, LogisticsToggle, MemberTable, RemoveButton } from './memberRows';

/** The journalists travelling with the delegation. */
export function JournalistsSection({ detail }: { detail: TripDetail }) {
  const { t } = useTranslation();
  const journalists = detail.members.filter((m) => isJournalistRole(m.role));
  const { uid, pickerId, actions, table, refresh, changed, remove, newPerson, setNewPerson, addNew, cancelNew, focusPicker } = useMemberList(detail, journalists);

  return (
    <section className="trip-section" aria-labelledby={`${uid}-h`}>
      <div className="section-head">
        <h3 id={`${uid}-h`}>{t('delegation.journalists.heading')}</h3>
        {journalists.length > 0 && <p className="muted">{t('delegation.counts.journalists', { count: journalists.length })}</p>}
      </div>
      <div className="table-wrap trip-card">
        <RefreshAllBar count={changed.length} onRefresh={() => void refresh(changed)} />
        {journalists.length === 0 ? (
          <SectionEmpty
            icon={<MicIcon size={20} />}
            title={t('delegation.journalists.emptyTitle')}
            action={
              <button type="button" className="btn btn-secondary btn-small" onClick={focusPicker}>
                {t('delegation.journalists.emptyAction')}
              </button>
            }
          >
            {t('delegation.journalists.emptyText')}
          </SectionEmpty>
        ) : (
          <MemberTable
            handle={table}
            detail={detail}
            members={journalists}
            className="member-table journalist-table"
            caption={t('delegation.journalists.caption')}
            columns={[
              { className: 'col-no', header: t('delegation.journalists.columns.no'), numeric: true },
              { header: t('delegation.journalists.columns.name') },
              { className: 'col-outlet', header: t('delegation.journalists.columns.outlet') },
              { className: 'col-media', header: t('delegation.journalists.columns.mediaType') },
              { className: 'col-press', header: t('delegation.journalists.columns.pressCard') },
              { className: 'col-actions-2', header: <span className="visually-hidden">{t('delegation.journalists.columns.actions')}</span> },
            ]}
            onRefresh={(m) => void refresh([m])}
            cells={(m, i, row) => (
              <>
                <td className="cell-person">
                  <span className="person-name">{row.name}</span>
                </td>
                <td>{m.person.institutionName || <span className="muted">—</span>}</td>
                <td>{m.person.mediaType ? t(runtimeKey(`people.mediaTypes.${m.person.mediaType}`)) : <span className="muted">—</span>}</td>
                <td className="cell-press">{m.person.pressCard || <span className="muted">—</span>}</td>
                <td className="cell-actions">
                  <span className="row-actions">
                    <LogisticsToggle member={m} open={row.open} controls={row.panelId} onToggle={row.toggle} />
                    <RemoveButton name={row.name} onRemove={() => void remove(m, i, 'delegation.journalists.removed')} />
                  </span>
                </td>
              </>
            )}
          />
        )}
        <AddMemberBar
          pickerId={pickerId}
          kind="journalist"
          label={t('delegation.journalists.addLabel')}
          placeholder={t('delegation.journalists.pickerPlaceholder')}
          newPerson={t('delegation.journalists.newPerson')}
          excludeIds={detail.members.map((m) => m.personId)}
          onSelect={(p) => void actions.add(p, JOURNALIST_ROLE, 'delegation.journalists.added')}
          onAddNew={(name) => setNewPerson({ name })}
        />
        {newPerson && (
          <div className="add-panel">
            <NewPersonForm
              kind="journalist"
              title={t('delegation.newPerson.titleJournalist')}
              initialName={newPerson.name}
              onCancel={cancelNew}
              onSubmit={(person) => addNew(person, JOURNALIST_ROLE, 'delegation.journalists.added')}
            />
          </div>
        )}
      </div>
    </section>
  );
}
