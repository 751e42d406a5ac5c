import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { AGENDA_KINDS, defaultAgendaZone, type AgendaItem, type AgendaKind, type Attendance } from '../../../shared/agenda/schemas';
import type { TripDetail } from '../../../shared/delegation/schemas';
import { fullName } from '../../../shared/directory/person';
import { regionByCode } from '../../../shared/regions';
import { isTravelKind } from '../../../shared/vocabulary';
import { AGENDA_ZONES, zoneLabel } from '../../../shared/zones';
import { fieldOf } from '../i18n/errors';
import { useCall } from '../lib/data';
import { FieldError, FormDate, FormDialog, FormInput, FormSelect, FormTextarea, FormTime, useForm } from '../components/form';
import { useTripWrite } from '../lib/mutate';
import { CodeOptions, ItemOptions } from '../components/Options';

interface FormValues {
  kind: AgendaKind;
  title: string;
  date: string;
  startTime: string;
  endDate: string;
  endTime: string;
  startZone: string;
  endZone: string;
  fromPlace: string;
  toPlace: string;
  venueId: string;
  venueText: string;
  pic: string;
  attendance: Attendance;
  memberIds: string[];
  notes: string;
}

function venueZone(detail: TripDetail, venueId: string): string {
  const venue = detail.venues.find((v) => v.id === venueId);
  const inst = venue?.institutionId ? detail.hosts.find((h) => h.institutionId === venue.institutionId)?.institution : undefined;
  return defaultAgendaZone(detail.trip.hostRegionCodes, inst?.regionCode ?? null);
}

/** Where a new journey starting at `startLocal` leaves from: the zone, and what says so. */
type Origin = { zone: string; from: { leg: string } | { institution: string } };

/**
 * The zone the delegation is in before a journey: where the last journey
 * starting before it arrived (that day or earlier), else the region of the
 * trip's own institution (home); null when neither is known.
 */
function originOf(detail: TripDetail, legs: readonly AgendaItem[], startLocal: string): Origin | null {
  let previous: AgendaItem | undefined;
  for (const leg of legs) {
    // Wall clocks of two zones compared: off by an hour or two at most, which only matters for two journeys that close.
    if (leg.startLocal < startLocal && (!previous || leg.startAt > previous.startAt)) previous = leg;
  }
  if (previous) return { zone: previous.endZone, from: { leg: previous.title } };
  const home = detail.originInstitution;
  const zone = home?.regionCode ? regionByCode(home.regionCode)?.zone : undefined;
  return home && zone ? { zone, from: { institution: home.name } } : null;
}

/** The form's fields in screen order. */
const FIELDS: readonly (keyof FormValues)[] = [
  'kind',
  'title',
  'date',
  'startTime',
  'endDate',
  'endTime',
  'startZone',
  'endZone',
  'fromPlace',
  'toPlace',
  'venueId',
  'venueText',
  'pic',
  'attendance',
  'memberIds',
  'notes',
];

/** Maps a service error field to the form field that shows it. */
const FIELD_OF: Record<string, keyof FormValues> = {
  startLocal: 'startTime',
  endLocal: 'endTime',
  startZone: 'startZone',
  endZone: 'endZone',
  title: 'title',
  venueId: 'venueId',
  memberIds: 'memberIds',
  pic: 'pic',
  notes: 'notes',
  venueText: 'venueText',
};

/** Add or edit one agenda item. Times are on the clocks of the chosen zone. */
export function AgendaDialog({ detail, item, date, onClose }: { detail: TripDetail; item: AgendaItem | null; date: string; onClose: () => void }) {
  const { t } = useTranslation();
  const uid = useId();
  const write = useTripWrite();
  // The journeys already planned: a new one leaves from where the last one arrived.
  const agenda = useCall('agenda.list', { tripId: detail.trip.id }).state;
  // A new item's zones are '' until the user picks one: they follow its kind, time and venue meanwhile (`startZone`, `endZone` below).
  const zone0 = item?.startZone ?? '';
  const form = useForm<FormValues>({
    version: item?.updatedAt,
    idPrefix: uid,
    fields: FIELDS,
    fieldFor: (path) => FIELD_OF[fieldOf(path) ?? ''],
    defaults: () => ({
    kind: item?.kind ?? 'presentation',
    title: item?.title ?? '',
    date: item ? item.startLocal.slice(0, 10) : date,
    startTime: item ? item.startLocal.slice(11) : '09:00',
    endDate: item ? item.endLocal.slice(0, 10) : date,
    endTime: item ? item.endLocal.slice(11) : '10:00',
    startZone: zone0,
    endZone: item?.endZone ?? zone0,
    fromPlace: item?.fromPlace ?? '',
    toPlace: item?.toPlace ?? '',
    venueId: item?.venueId ?? '',
    venueText: item?.venueText ?? '',
    pic: item?.pic ?? '',
    attendance: item?.attendance ?? 'all',
    memberIds: item?.memberIds ?? [],
    notes: item?.notes ?? '',
    }),
  });
  const { values: v, errors, set } = form;
  const travel = isTravelKind(v.kind);
  const fid = (f: string) => `${uid}-${f}`;

  // The zones a new item gets unless the user picks others: at the venue (the trip's host region without one);
  // a journey leaves from the origin (the last arrival, else home) and arrives at the venue or the host.
  const legs = agenda.status === 'ok' ? agenda.value.filter((a) => isTravelKind(a.kind) && a.id !== item?.id) : [];
  const origin = travel ? originOf(detail, legs, `${v.date}T${v.startTime}`) : null;
  const placeZone = venueZone(detail, v.venueId);
  const startZone = v.startZone || (origin?.zone ?? placeZone);
  const endZone = travel ? v.endZone || placeZone : startZone;

  const submit = form.submit({
    send: (_v, meta) => {
      const endDate = travel ? v.endDate : v.date;
      const body = {
        kind: v.kind,
        title: v.title,
        startLocal: `${v.date}T${v.startTime}`,
        startZone,
        endLocal: `${endDate}T${v.endTime}`,
        endZone,
        fromPlace: travel ? v.fromPlace : '',
        toPlace: travel ? v.toPlace : '',
        venueId: v.venueId || null,
        venueText: v.venueId ? '' : v.venueText,
        pic: v.pic,
        attendance: v.attendance,
        memberIds: v.attendance === 'chosen' ? v.memberIds : [],
        notes: v.notes,
      };
      return item
        ? write('agenda.update', { id: item.id, patch: body, ...meta }, { quiet: true })
        : write('agenda.create', { tripId: detail.trip.id, ...body }, { quiet: true });
    },
    onSaved: () => onClose(),
  });

  const err = (f: keyof FormValues) => <FieldError id={form.errorId(f)} error={errors[f]} />;
  const textField = (f: 'title' | 'fromPlace' | 'toPlace' | 'venueText' | 'pic', label: string) => <FormInput form={form} name={f} label={label} />;
  const zoneSelect = (f: 'startZone' | 'endZone', label: string, hint?: string) => (
    <FormSelect form={form} name={f} label={label} hint={hint} value={f === 'startZone' ? startZone : endZone}>
      <ItemOptions items={AGENDA_ZONES} valueOf={(z) => z.zone} labelOf={(z) => `${z.label} — ${z.hint}`} />
    </FormSelect>
  );
  // Says where a new journey's departure zone came from, while it is the suggested one.
  const departHint =
    travel && !v.startZone && origin
      ? 'leg' in origin.from
        ? t('agenda.form.departFromLeg', { zone: zoneLabel(origin.zone), title: origin.from.leg })
        : t('agenda.form.departFromHome', { zone: zoneLabel(origin.zone), name: origin.from.institution })
      : undefined;
  const timeField = (f: 'startTime' | 'endTime', label: string) => <FormTime form={form} name={f} label={label} />;
  const dateField = (f: 'date' | 'endDate', label: string) => (
    <FormDate form={form} name={f} label={label} reference={f === 'endDate' ? v.date : detail.trip.startDate} />
  );

  return (
    <FormDialog
      form={form}
      title={t(item ? 'agenda.form.editTitle' : 'agenda.form.newTitle')}
      className="agenda-form"
      onSubmit={submit}
      onCancel={onClose}
      submitLabel={t(item ? 'agenda.form.save' : 'agenda.form.create')}
    >
      <div className="field-row">
        <FormSelect form={form} name="kind" label={t('agenda.form.kind')}>
          <CodeOptions codes={AGENDA_KINDS} labelOf={(k) => t(`agenda.kinds.${k}`)} />
        </FormSelect>
        <FormInput form={form} name="title" label={t('agenda.form.title')} data-autofocus />
      </div>
      <div className="field-row">
        {dateField('date', t('agenda.form.date'))}
        {timeField('startTime', t(travel ? 'agenda.form.departTime' : 'agenda.form.startTime'))}
        {!travel && timeField('endTime', t('agenda.form.endTime'))}
      </div>
      {zoneSelect('startZone', t(travel ? 'agenda.form.departZone' : 'agenda.form.zone'), departHint)}
      {travel && (
        <>
          <div className="field-row">
            {dateField('endDate', t('agenda.form.arriveDate'))}
            {timeField('endTime', t('agenda.form.arriveTime'))}
          </div>
          {zoneSelect('endZone', t('agenda.form.arriveZone'))}
          <div className="field-row">
            {textField('fromPlace', t('agenda.form.fromPlace'))}
            {textField('toPlace', t('agenda.form.toPlace'))}
          </div>
        </>
      )}
      <p className="field-hint">{t('agenda.form.zoneHint')}</p>
      <div className="field-row">
        <FormSelect
          form={form}
          name="venueId"
          label={t('agenda.form.venue')}
          onChange={(e) => {
            const id = e.target.value;
            // A new item follows its venue's zone again: an event's zone, a journey's arrival.
            form.setValues((p) => ({ ...p, venueId: id, ...(item ? {} : travel ? { endZone: '' } : { startZone: '', endZone: '' }) }));
            form.clearError('venueId');
          }}
        >
          <option value="">{t('agenda.form.venueNone')}</option>
          <ItemOptions items={detail.venues} valueOf={(venue) => venue.id} labelOf={(venue) => venue.name} />
        </FormSelect>
        {!v.venueId && textField('venueText', t('agenda.form.venueText'))}
      </div>
      {textField('pic', t('agenda.form.pic'))}
      <fieldset className="agenda-attendance">
        <legend className="label">{t('agenda.form.attendance')}</legend>
        <label className="agenda-radio">
          <input type="radio" name={fid('attendance')} checked={v.attendance === 'all'} onChange={() => set('attendance', 'all')} />{' '}
          {t('agenda.form.all')}
        </label>
        <label className="agenda-radio">
          <input
            id={fid('memberIds')}
            type="radio"
            name={fid('attendance')}
            checked={v.attendance === 'chosen'}
            onChange={() => set('attendance', 'chosen')}
            aria-invalid={errors.memberIds ? true : undefined}
            aria-describedby={form.describe('memberIds')}
          />{' '}
          {t('agenda.form.chosen')}
        </label>
        {v.attendance === 'chosen' && (
          <ul className="agenda-members">
            {detail.members.map((m) => (
              <li key={m.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={v.memberIds.includes(m.id)}
                    onChange={(e) => set('memberIds', e.target.checked ? [...v.memberIds, m.id] : v.memberIds.filter((x) => x !== m.id))}
                  />{' '}
                  {fullName(m.person)}
                </label>
              </li>
            ))}
          </ul>
        )}
        {err('memberIds')}
      </fieldset>
      <FormTextarea form={form} name="notes" label={t('agenda.form.notes')} rows={2} />
    </FormDialog>
  );
}
