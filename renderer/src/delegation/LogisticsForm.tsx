import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TRANSPORT_MODES, memberUpdateSchema, type Member } from '../../../shared/delegation/schemas';
import { fullName } from '../../../shared/directory/person';
import { useToasts } from '../components/Toasts';
import { useTripWrite } from '../lib/mutate';
import { FormError, FormFooter, FormInput, FormSelect, FormTextarea, schemaErrors, useForm } from '../components/form';
import { CodeOptions, ItemOptions } from '../components/Options';

type TextField = 'carrier' | 'transportNumber' | 'seat' | 'hotel' | 'room';
type Field = 'transportMode' | TextField | 'roommatePersonId' | 'needs';
const FIELDS: readonly Field[] = ['transportMode', 'carrier', 'transportNumber', 'seat', 'hotel', 'room', 'roommatePersonId', 'needs'];

type Values = Record<Exclude<Field, 'roommatePersonId'>, string> & { roommatePersonId: string };

const valuesOf = (m: Member): Values => ({
  transportMode: m.transportMode,
  carrier: m.carrier,
  transportNumber: m.transportNumber,
  seat: m.seat,
  hotel: m.hotel,
  room: m.room,
  roommatePersonId: m.roommatePersonId ?? '',
  needs: m.needs,
});

/** Anything of the member's travel or stay is filled in. */
export function hasLogistics(m: Member): boolean {
  return [m.transportMode, m.carrier, m.transportNumber, m.seat, m.hotel, m.room, m.needs].some(Boolean) || m.roommatePersonId !== null;
}

/** Travel and stay of one member: transport, seat, hotel, room, roommate, needs. */
export function LogisticsForm({ member, members, onClose }: { member: Member; members: readonly Member[]; onClose: () => void }) {
  const { t } = useTranslation();
  const uid = useId();
  const write = useTripWrite();
  const toasts = useToasts();
  const form = useForm<Values>({ version: member?.updatedAt, idPrefix: uid, defaults: () => valuesOf(member), fields: FIELDS });
  const { saving } = form;
  const name = fullName(member.person);

  /** What changed against the member as stored. */
  const patchOf = (v: Values) => {
    const before = valuesOf(member);
    const patch: Record<string, string | null> = {};
    for (const f of FIELDS) {
      const x = f === 'transportMode' || f === 'roommatePersonId' ? v[f] : v[f].trim();
      if (x !== before[f]) patch[f] = f === 'roommatePersonId' ? x || null : x;
    }
    return patch;
  };

  const submit = form.submit({
    validate: (v) => {
      const patch = patchOf(v);
      return Object.keys(patch).length === 0 ? null : schemaErrors(memberUpdateSchema, { id: member.id, patch }, FIELDS);
    },
    send: (v, meta) => {
      const patch = patchOf(v);
      if (Object.keys(patch).length > 0) return write('members.update', { id: member.id, patch, ...meta }, { quiet: true });
      onClose();
      return null;
    },
    onSaved: () => {
      toasts.show({ message: (tr) => tr('delegation.logistics.saved', { name }), duration: 4000 });
      onClose();
    },
    keepSaved: false,
  });

  const text = (f: TextField) => <FormInput form={form} name={f} label={t(`fields.${f}`)} />;
  const others = members.filter((m) => m.id !== member.id);

  return (
    <form className="logistics-form" noValidate aria-label={t('delegation.logistics.heading', { name })} onSubmit={(e) => void submit(e)} aria-busy={saving || undefined}>
      <FormError error={form.formError} />
      <fieldset className="logistics-group">
        <legend className="group-label">{t('delegation.logistics.transport')}</legend>
        <div className="inline-grid logistics-grid">
          <FormSelect form={form} name="transportMode" label={t('fields.transportMode')}>
            <option value="">{t('delegation.transport.none')}</option>
            <CodeOptions codes={TRANSPORT_MODES} labelOf={(x) => t(`delegation.transport.${x}`)} />
          </FormSelect>
          {text('carrier')}
          {text('transportNumber')}
          {text('seat')}
        </div>
      </fieldset>
      <fieldset className="logistics-group">
        <legend className="group-label">{t('delegation.logistics.stay')}</legend>
        <div className="inline-grid logistics-grid">
          {text('hotel')}
          {text('room')}
          <FormSelect form={form} name="roommatePersonId" label={t('fields.roommatePersonId')} fieldClassName="logistics-roommate">
            <option value="">{t('delegation.logistics.roommateNone')}</option>
            <ItemOptions items={others} valueOf={(m) => m.personId} labelOf={(m) => fullName(m.person)} />
          </FormSelect>
        </div>
      </fieldset>
      <FormTextarea form={form} name="needs" label={t('fields.needs')} className="trip-textarea" rows={2} placeholder={t('delegation.logistics.needsPlaceholder')} />
      <FormFooter inline saving={saving} submitId={form.submitId} onCancel={onClose} cancelLabel={t('delegation.logistics.close')} submitLabel={t('delegation.logistics.save')} />
    </form>
  );
}
