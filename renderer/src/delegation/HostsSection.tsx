import { Fragment, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HOST_ROLES, venueCreateSchema, type HostRole, type TripDetail, type TripHost, type TripHostPerson, type Venue } from '../../../shared/delegation/schemas';
import { fullName, type PersonCreateInput } from '../../../shared/directory/person';
import { regionByCode } from '../../../shared/regions';
import { LIAISON_ROLE, RECEIVER_ROLE } from '../../../shared/vocabulary';
import type { ApiError } from '../../../shared/result';
import { api } from '../api/bridge';
import { InstitutionPicker } from '../components/InstitutionPicker';
import { FormError, FormFooter, FormInput, schemaErrors, useForm } from '../components/form';
import { PersonPicker } from '../components/PersonPicker';
import { useToasts } from '../components/Toasts';
import { BuildingIcon, PhoneIcon, PinIcon, RemoveIcon } from '../components/SectionIcons';
import { useTripWrite } from '../lib/mutate';
import { NewPersonForm } from './NewPersonForm';
import { SectionEmpty } from '../components/SectionEmpty';
import { canRefresh, DirectoryNotice, RefreshAllBar, useDirectoryRefresh } from './directoryChanges';
import { CodeOptions } from '../components/Options';

/** Tuan rumah: the receiving institutions, their people on this trip, the venues. */
export function HostsSection({ detail }: { detail: TripDetail }) {
  const { t } = useTranslation();
  const uid = useId();
  const write = useTripWrite();
  const toasts = useToasts();
  const pickerId = `${uid}-host`;
  const [picked, setPicked] = useState(0);
  const tripId = detail.trip.id;
  const hostIds = new Set(detail.hosts.map((h) => h.institutionId));
  const otherPeople = detail.hostPeople.filter((p) => !p.person.institutionId || !hostIds.has(p.person.institutionId));
  const otherVenues = detail.venues.filter((v) => !v.institutionId || !hostIds.has(v.institutionId));

  const addHost = async (institutionId: string, name: string) => {
    setPicked((n) => n + 1);
    const r = await write('hosts.add', { tripId, institutionId });
    if (r.ok) toasts.show({ message: (tr) => tr('delegation.hosts.added', { name }), duration: 4000 });
  };

  const addBar = (standalone: boolean) => (
    <div className={`add-bar${standalone ? ' add-bar-standalone' : ''}`}>
      <label htmlFor={pickerId} className="add-bar-label">
        {t('delegation.hosts.addLabel')}
      </label>
      <div className="add-bar-picker">
        <InstitutionPicker
          key={picked}
          id={pickerId}
          kind="host"
          value={null}
          valueName=""
          defaultRegionCode={detail.trip.hostRegionCodes[0]}
          onChange={(id, name) => {
            // One already hosting is refused by the service, which says so.
            if (id) void addHost(id, name);
          }}
        />
      </div>
    </div>
  );
  const empty = detail.hosts.length === 0 && otherPeople.length === 0 && otherVenues.length === 0;
  const refreshPeople = useDirectoryRefresh(tripId);
  const changed = canRefresh(detail) ? detail.hostPeople.filter((p) => p.directoryChanges.length > 0) : [];
  const refreshAll = () => {
    const count = changed.length;
    const name = changed[0] ? fullName(changed[0].person) : '';
    void refreshPeople({ memberIds: [], hostPersonIds: changed.map((p) => p.id) }, (tr) =>
      count === 1 ? tr('delegation.directory.refreshed', { name }) : tr('delegation.directory.refreshedMany', { count }),
    );
  };

  return (
    <section className="trip-section" aria-labelledby={`${uid}-h`}>
      <div className="section-head">
        <h2 id={`${uid}-h`}>{t('delegation.hosts.heading')}</h2>
        {detail.hosts.length > 0 && <p className="muted">{t('delegation.counts.hosts', { count: detail.hosts.length })}</p>}
      </div>
      {changed.length > 0 && (
        <div className="trip-card directory-card">
          <RefreshAllBar count={changed.length} onRefresh={refreshAll} />
        </div>
      )}
      {empty && (
        <div className="trip-card">
          <SectionEmpty
            icon={<BuildingIcon size={20} />}
            title={t('delegation.hosts.emptyTitle')}
            action={
              <button type="button" className="btn btn-secondary btn-small" onClick={() => document.getElementById(pickerId)?.focus()}>
                {t('delegation.hosts.emptyAction')}
              </button>
            }
          >
            {t('delegation.hosts.emptyText')}
          </SectionEmpty>
          {addBar(false)}
        </div>
      )}
      {detail.hosts.map((h) => (
        <HostCard
          key={h.id}
          detail={detail}
          host={h}
          people={detail.hostPeople.filter((p) => p.person.institutionId === h.institutionId)}
          venues={detail.venues.filter((v) => v.institutionId === h.institutionId)}
        />
      ))}
      {(otherPeople.length > 0 || otherVenues.length > 0) && <HostCard detail={detail} host={null} people={otherPeople} venues={otherVenues} />}
      {!empty && addBar(true)}
    </section>
  );
}

function HostCard({ detail, host, people, venues }: { detail: TripDetail; host: TripHost | null; people: TripHostPerson[]; venues: Venue[] }) {
  const { t } = useTranslation();
  const uid = useId();
  const write = useTripWrite();
  const toasts = useToasts();
  const tripId = detail.trip.id;
  const [newPerson, setNewPerson] = useState<{ name: string } | null>(null);
  const [newRole, setNewRole] = useState<HostRole>(RECEIVER_ROLE);
  const [venueForm, setVenueForm] = useState<Venue | 'new' | null>(null);
  const region = host?.institution.regionCode ? regionByCode(host.institution.regionCode) : undefined;
  const name = host ? host.institution.name : t('delegation.hosts.others');
  const liaisons = people.filter((p) => p.hostRole === LIAISON_ROLE);
  const pickerId = `${uid}-person`;
  const refreshPeople = useDirectoryRefresh(tripId);
  const refreshable = canRefresh(detail);

  const refreshPerson = async (p: TripHostPerson) => {
    const personName = fullName(p.person);
    const done = await refreshPeople({ memberIds: [], hostPersonIds: [p.id] }, (tr) => tr('delegation.directory.refreshed', { name: personName }));
    // The button goes once the row shows the new data; the row's own control stays: focus it.
    if (done) document.querySelector<HTMLElement>(`[data-host-person-id="${p.id}"] select`)?.focus();
  };

  const removeHost = async () => {
    if (!host) return;
    const r = await write('hosts.remove', { id: host.id });
    if (!r.ok) return;
    toasts.show({
      message: (tr) => tr('delegation.hosts.removed', { name }),
      action: { label: (tr) => tr('common.undo'), run: () => void write('hosts.add', { tripId, institutionId: host.institutionId }) },
      undoable: true,
    });
  };

  const addPerson = async (personId: string, personName: string, hostRole: HostRole) => {
    const r = await write('hostPeople.add', { tripId, personId, hostRole });
    if (r.ok) toasts.show({ message: (tr) => tr('delegation.hosts.personAdded', { name: personName, role: tr(`delegation.hostRoles.${hostRole}`) }), duration: 4000 });
    return r;
  };

  const removePerson = async (p: TripHostPerson) => {
    const r = await write('hostPeople.remove', { id: p.id });
    if (!r.ok) return;
    const personName = fullName(p.person);
    toasts.show({
      message: (tr) => tr('delegation.hosts.personRemoved', { name: personName }),
      action: { label: (tr) => tr('common.undo'), run: () => void write('hostPeople.add', { tripId, personId: p.personId, hostRole: p.hostRole }) },
      undoable: true,
    });
  };

  /** A new host official belongs to this host; saved in the directory, then added. */
  const addNewPerson = async (person: PersonCreateInput): Promise<ApiError | null> => {
    const created = await api().call('people.create', { ...person, kind: 'host_official', institutionId: host?.institutionId ?? null });
    if (!created.ok) return created.error;
    const r = await addPerson(created.value.id, fullName(created.value), newRole);
    if (!r.ok) return r.error;
    setNewPerson(null);
    return null;
  };

  const removeVenue = async (v: Venue) => {
    const r = await write('venues.remove', { id: v.id });
    if (r.ok) toasts.show({ message: (tr) => tr('delegation.hosts.venueRemoved', { name: v.name }), duration: 4000 });
  };

  return (
    <article className="trip-card host-card" aria-labelledby={`${uid}-h`}>
      <header className="host-head">
        <span className="host-icon">
          <BuildingIcon size={18} />
        </span>
        <div className="host-title">
          <h3 id={`${uid}-h`}>{name}</h3>
          {host ? (
            region && (
              <p className="muted host-region">
                {region.name} · {region.provinceName && region.level !== 'provinsi' ? `${region.provinceName} · ` : ''}
                <span className="zone-badge">{region.zoneLabel}</span>
              </p>
            )
          ) : (
            <p className="muted host-region">{t('delegation.hosts.othersText')}</p>
          )}
        </div>
        {host && (
          <button type="button" className="btn btn-danger btn-small" onClick={() => void removeHost()} aria-label={t('delegation.hosts.remove', { name })}>
            <RemoveIcon size={14} />
            <span aria-hidden="true">{t('common.delete')}</span>
          </button>
        )}
      </header>

      <div className="host-body">
        <div className="host-block">
          <p className="group-label host-block-title" id={`${uid}-people`}>
            {t('delegation.hosts.people')}
          </p>
          {people.length === 0 ? (
            <p className="muted host-empty">{t('delegation.hosts.peopleEmpty')}</p>
          ) : (
            <table className="data-table host-people" aria-labelledby={`${uid}-people`}>
              <caption className="visually-hidden">{t('delegation.hosts.peopleCaption', { name })}</caption>
              <colgroup>
                <col />
                <col className="col-role" />
                <col className="col-actions-1" />
              </colgroup>
              <thead className="visually-hidden">
                <tr>
                  <th scope="col">{t('fields.name')}</th>
                  <th scope="col">{t('fields.hostRole')}</th>
                  <th scope="col">{t('delegation.members.columns.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {people.map((p) => {
                  const pname = fullName(p.person);
                  return (
                    <Fragment key={p.id}>
                    <tr data-host-person-id={p.id} className={p.hostRole === LIAISON_ROLE ? 'is-liaison' : undefined}>
                      <td className="cell-person">
                        <span className="person-name">{pname}</span>
                        {p.person.jabatan && <span className="person-sub">{p.person.jabatan}</span>}
                        {p.hostRole === LIAISON_ROLE && (p.person.phone || p.person.email) && (
                          <span className="person-sub contact-line">
                            <PhoneIcon size={12} />
                            {[p.person.phone, p.person.email].filter(Boolean).join(' · ')}
                          </span>
                        )}
                      </td>
                      <td className="cell-role">
                        <select
                          className="input input-compact"
                          aria-label={t('delegation.hosts.hostRoleOf', { name: pname })}
                          value={p.hostRole}
                          onChange={(e) => void write('hostPeople.update', { id: p.id, hostRole: e.target.value as HostRole })}
                        >
                          <CodeOptions codes={HOST_ROLES} labelOf={(r) => t(`delegation.hostRoles.${r}`)} />
                        </select>
                      </td>
                      <td className="cell-actions">
                        <button
                          type="button"
                          className="icon-btn row-btn row-btn-danger"
                          aria-label={t('delegation.hosts.removePerson', { name: pname })}
                          title={t('delegation.hosts.removePerson', { name: pname })}
                          onClick={() => void removePerson(p)}
                        >
                          <RemoveIcon />
                        </button>
                      </td>
                    </tr>
                    {refreshable && p.directoryChanges.length > 0 && (
                      <tr className="directory-row">
                        <td colSpan={3}>
                          <DirectoryNotice name={pname} changes={p.directoryChanges} onRefresh={() => void refreshPerson(p)} />
                        </td>
                      </tr>
                    )}
                    </Fragment>
                  );
                })}
              </tbody>
            </table>
          )}
          {host && people.length > 0 && liaisons.length === 0 && <p className="field-hint liaison-hint">{t('delegation.hosts.liaisonNone')}</p>}
          {host && (
            <div className="add-bar add-bar-inline">
              <label htmlFor={pickerId} className="add-bar-label">
                {t('delegation.hosts.addPerson')}
              </label>
              <select className="input input-compact add-bar-role" aria-label={t('delegation.hosts.newPersonRole')} value={newRole} onChange={(e) => setNewRole(e.target.value as HostRole)}>
                <CodeOptions codes={HOST_ROLES} labelOf={(r) => t(`delegation.hostRoles.${r}`)} />
              </select>
              <div className="add-bar-picker">
                <PersonPicker
                  id={pickerId}
                  kind="host_official"
                  placeholder={t('delegation.hosts.personPlaceholder')}
                  excludeIds={detail.hostPeople.map((p) => p.personId)}
                  onSelect={(p) => void addPerson(p.id, fullName(p), newRole)}
                  onAddNew={(q) => setNewPerson({ name: q })}
                />
              </div>
              <button type="button" className="btn btn-secondary" onClick={() => setNewPerson({ name: '' })}>
                {t('delegation.hosts.newPerson')}
              </button>
            </div>
          )}
          {newPerson && host && (
            <NewPersonForm
              kind="host_official"
              title={`${t('delegation.newPerson.titleHost')} · ${name}`}
              initialName={newPerson.name}
              institutionId={host.institutionId}
              extra={<span className="muted">{t('delegation.newPerson.as', { role: t(`delegation.hostRoles.${newRole}`) })}</span>}
              onCancel={() => {
                setNewPerson(null);
                document.getElementById(pickerId)?.focus();
              }}
              onSubmit={addNewPerson}
            />
          )}
        </div>

        <div className="host-block">
          <p className="group-label host-block-title" id={`${uid}-venues`}>
            {t('delegation.hosts.venues')}
          </p>
          {venues.length === 0 && venueForm !== 'new' && <p className="muted host-empty">{t('delegation.hosts.venuesEmpty')}</p>}
          {venues.length > 0 && (
            <ul className="venue-list" aria-labelledby={`${uid}-venues`}>
              {venues.map((v) =>
                venueForm !== 'new' && venueForm?.id === v.id ? (
                  <li key={v.id}>
                    <VenueForm tripId={tripId} institutionId={v.institutionId} venue={v} onDone={() => setVenueForm(null)} />
                  </li>
                ) : (
                  <li key={v.id} className="venue">
                    <PinIcon size={15} />
                    <div className="venue-text">
                      <span className="venue-name">{v.name}</span>
                      {v.address && <span className="person-sub">{v.address}</span>}
                    </div>
                    <span className="row-actions">
                      <button type="button" className="btn btn-secondary btn-small" aria-label={t('delegation.hosts.editVenue', { name: v.name })} onClick={() => setVenueForm(v)}>
                        <span aria-hidden="true">{t('common.edit')}</span>
                      </button>
                      <button
                        type="button"
                        className="icon-btn row-btn row-btn-danger"
                        aria-label={t('delegation.hosts.removeVenue', { name: v.name })}
                        title={t('delegation.hosts.removeVenue', { name: v.name })}
                        onClick={() => void removeVenue(v)}
                      >
                        <RemoveIcon />
                      </button>
                    </span>
                  </li>
                ),
              )}
            </ul>
          )}
          {venueForm === 'new' ? (
            <VenueForm tripId={tripId} institutionId={host?.institutionId ?? null} onDone={() => setVenueForm(null)} />
          ) : (
            host && (
              <div>
                <button type="button" className="btn btn-secondary btn-small" onClick={() => setVenueForm('new')}>
                  <PinIcon size={14} />
                  {t('delegation.hosts.addVenue')}
                </button>
              </div>
            )
          )}
        </div>
      </div>
    </article>
  );
}

const VENUE_FIELDS = ['name', 'address'] as const;
type VenueValues = Pick<Venue, 'name' | 'address'>;

function VenueForm({ tripId, institutionId, venue, onDone }: { tripId: string; institutionId: string | null; venue?: Venue; onDone: () => void }) {
  const { t } = useTranslation();
  const write = useTripWrite();
  const toasts = useToasts();
  const form = useForm<VenueValues>({
    version: venue?.updatedAt,
    defaults: () => ({ name: venue?.name ?? '', address: venue?.address ?? '' }),
    fields: VENUE_FIELDS,
  });
  const { saving } = form;

  const submit = form.submit({
    validate: (v) => schemaErrors(venueCreateSchema, { tripId, institutionId, ...v }, VENUE_FIELDS),
    send: (v, meta) =>
      venue
        ? write('venues.update', { id: venue.id, patch: v, ...meta }, { quiet: true })
        : write('venues.create', { tripId, institutionId, ...v }, { quiet: true }),
    onSaved: (saved) => {
      if (!venue) toasts.show({ message: (tr) => tr('delegation.hosts.venueAdded', { name: saved.name }), duration: 4000 });
      onDone();
    },
    keepSaved: false,
  });

  return (
    <form
      className="inline-form venue-form"
      noValidate
      aria-label={venue ? t('delegation.hosts.editVenue', { name: venue.name }) : t('delegation.hosts.addVenue')}
      onSubmit={(e) => void submit(e)}
      aria-busy={saving || undefined}
    >
      <FormError error={form.formError} />
      <div className="inline-grid inline-grid-2">
        {/* Opened on purpose, to type a venue. */}
        <FormInput form={form} name="name" label={t('delegation.hosts.venueName')} placeholder={t('delegation.hosts.venueNamePlaceholder')} autoFocus />
        <FormInput form={form} name="address" label={t('delegation.hosts.venueAddress')} />
      </div>
      <FormFooter inline saving={saving} submitId={form.submitId} onCancel={onDone} submitLabel={t('delegation.hosts.venueSave')} />
    </form>
  );
}
