/** The journalists of the delegation: outlet, media type and press card. */
import { Fragment, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member, TripDetail } from '../../../shared/delegation/schemas';
import { JOURNALIST_ROLE, isJournalistRole } from '../../../shared/vocabulary';
import { fullName } from '../../../shared/directory/person';
import { PersonPicker } from '../components/PersonPicker';
import { MicIcon } from '../components/SectionIcons';
import { useFocusAfterLoad, useMemberActions } from './memberActions';
import { NewPersonForm } from './NewPersonForm';
import { SectionEmpty } from '../components/SectionEmpty';
import { canRefresh, RefreshAllBar, useRefreshMembers } from './directoryChanges';
import { runtimeKey } from '../i18n';
import { LogisticsToggle, MemberDetailRows, RemoveButton, rowKeys } from './memberRows';

/** The journalists travelling with the delegation. */
export function JournalistsSection({ detail }: { detail: TripDetail }) {
  const { t } = useTranslation();
  const uid = useId();
  const pickerId = `${uid}-picker`;
  const actions = useMemberActions(detail);
  const focusAfter = useFocusAfterLoad(detail);
  const journalists = detail.members.filter((m) => isJournalistRole(m.role));
  const [newPerson, setNewPerson] = useState<{ name: string } | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [activeRow, setActiveRow] = useState<string | null>(null);
  const focusPicker = () => document.getElementById(pickerId)?.focus();
  const changed = canRefresh(detail) ? journalists.filter((m) => m.directoryChanges.length > 0) : [];

  const refresh = useRefreshMembers(detail.trip.id, (memberId) => focusAfter({ memberId }));

  const remove = async (m: Member, index: number) => {
    const next = journalists[index + 1] ?? journalists[index - 1];
    if (await actions.remove(m, 'delegation.journalists.removed')) {
      focusAfter(next ? { memberId: next.id } : { selector: `#${CSS.escape(pickerId)}` });
    }
  };

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
          <table className="data-table member-table journalist-table">
            <caption className="visually-hidden">{t('delegation.journalists.caption')}</caption>
            <colgroup>
              <col className="col-no" />
              <col />
              <col className="col-outlet" />
              <col className="col-media" />
              <col className="col-press" />
              <col className="col-actions-2" />
            </colgroup>
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t('delegation.journalists.columns.no')}
                </th>
                <th scope="col">{t('delegation.journalists.columns.name')}</th>
                <th scope="col">{t('delegation.journalists.columns.outlet')}</th>
                <th scope="col">{t('delegation.journalists.columns.mediaType')}</th>
                <th scope="col">{t('delegation.journalists.columns.pressCard')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('delegation.journalists.columns.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {journalists.map((m, i) => {
                const name = fullName(m.person);
                const panelId = `${uid}-log-${m.id}`;
                const isOpen = open === m.id;
                return (
                  <Fragment key={m.id}>
                    <tr
                      className={`row member-row${isOpen ? ' is-open' : ''}`}
                      data-member-id={m.id}
                      tabIndex={(journalists.some((o) => o.id === activeRow) ? activeRow : journalists[0]?.id) === m.id ? 0 : -1}
                      onFocus={(e) => e.target === e.currentTarget && setActiveRow(m.id)}
                      onKeyDown={(e) => rowKeys(e)}
                    >
                      <td className="num cell-no">{i + 1}</td>
                      <td className="cell-person">
                        <span className="person-name">{name}</span>
                      </td>
                      <td>{m.person.institutionName || <span className="muted">—</span>}</td>
                      <td>{m.person.mediaType ? t(runtimeKey(`people.mediaTypes.${m.person.mediaType}`)) : <span className="muted">—</span>}</td>
                      <td className="cell-press">{m.person.pressCard || <span className="muted">—</span>}</td>
                      <td className="cell-actions">
                        <span className="row-actions">
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
                      columns={6}
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
            {t('delegation.journalists.addLabel')}
          </label>
          <div className="add-bar-picker">
            <PersonPicker
              id={pickerId}
              kind="journalist"
              placeholder={t('delegation.journalists.pickerPlaceholder')}
              excludeIds={detail.members.map((m) => m.personId)}
              onSelect={(p) => void actions.add(p, JOURNALIST_ROLE, 'delegation.journalists.added')}
              onAddNew={(name) => setNewPerson({ name })}
            />
          </div>
          <button type="button" className="btn btn-secondary" onClick={() => setNewPerson({ name: '' })}>
            {t('delegation.journalists.newPerson')}
          </button>
        </div>
        {newPerson && (
          <div className="add-panel">
            <NewPersonForm
              kind="journalist"
              title={t('delegation.newPerson.titleJournalist')}
              initialName={newPerson.name}
              onCancel={() => {
                setNewPerson(null);
                focusPicker();
              }}
              onSubmit={async (person) => {
                const error = await actions.addNew(person, JOURNALIST_ROLE, 'delegation.journalists.added');
                if (!error) {
                  setNewPerson(null);
                  focusPicker();
                }
                return error;
              }}
            />
          </div>
        )}
      </div>
    </section>
  );
}
