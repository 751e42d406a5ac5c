import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TRANSPORT_MODES, memberUpdateSchema, type Member } from '../../../../shared/domain/delegation';
import { fullName } from '../../../../shared/domain/person';
import type { ApiError } from '../../../../shared/result';
import { errorMessage, fieldOf, issueError } from '../../i18n/errors';
import { useToasts } from '../Toasts';
import { useTripWrite } from './mutate';

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
  const fid = (f: Field) => `${uid}-${f}`;
  const [values, setValues] = useState<Values>(() => valuesOf(member));
  const [errors, setErrors] = useState<Partial<Record<Field, ApiError>>>({});
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const name = fullName(member.person);

  const set = (f: Field, v: string) => {
    setValues((x) => ({ ...x, [f]: v }));
    setErrors((e) => {
      const next = { ...e };
      delete next[f];
      return next;
    });
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    const before = valuesOf(member);
    const patch: Record<string, string | null> = {};
    for (const f of FIELDS) {
      const v = f === 'transportMode' || f === 'roommatePersonId' ? values[f] : values[f].trim();
      if (v !== before[f]) patch[f] = f === 'roommatePersonId' ? v || null : v;
    }
    if (Object.keys(patch).length === 0) {
      onClose();
      return;
    }
    const parsed = memberUpdateSchema.safeParse({ id: member.id, patch });
    if (!parsed.success) {
      const out: Partial<Record<Field, ApiError>> = {};
      for (const issue of parsed.error.issues) {
        const f = String(issue.path[1] ?? '') as Field;
        if (!FIELDS.includes(f) || out[f]) continue;
        out[f] = issueError(issue, f);
      }
      setErrors(out);
      return;
    }
    setSaving(true);
    setFormError(null);
    const r = await write('members.update', { id: member.id, patch }, { quiet: true });
    setSaving(false);
    if (r.ok) {
      toasts.show({ message: (tr) => tr('delegation.logistics.saved', { name }), duration: 4000 });
      onClose();
      return;
    }
    const f = fieldOf(r.error.field) as Field | undefined;
    if (f && FIELDS.includes(f)) {
      setErrors({ [f]: { ...r.error, field: f } });
      document.getElementById(fid(f))?.focus();
    } else setFormError(r.error);
  };

  const err = (f: Field) =>
    errors[f] ? (
      <p id={`${fid(f)}-error`} className="field-error" role="alert">
        {errorMessage(t, errors[f])}
      </p>
    ) : null;
  const aria = (f: Field) => ({ 'aria-invalid': errors[f] ? true : undefined, 'aria-describedby': errors[f] ? `${fid(f)}-error` : undefined });
  const text = (f: TextField) => (
    <div className={`field${errors[f] ? ' field-invalid' : ''}`}>
      <label htmlFor={fid(f)} className="label">
        {t(`fields.${f}`)}
      </label>
      <input id={fid(f)} className="input" autoComplete="off" value={values[f]} onChange={(e) => set(f, e.target.value)} {...aria(f)} />
      {err(f)}
    </div>
  );
  const others = members.filter((m) => m.id !== member.id);

  return (
    <form className="logistics-form" noValidate aria-label={t('delegation.logistics.heading', { name })} onSubmit={(e) => void submit(e)} aria-busy={saving || undefined}>
      {formError && (
        <p className="form-error" role="alert">
          {errorMessage(t, formError)}
        </p>
      )}
      <fieldset className="logistics-group">
        <legend>{t('delegation.logistics.transport')}</legend>
        <div className="inline-grid logistics-grid">
          <div className="field">
            <label htmlFor={fid('transportMode')} className="label">
              {t('fields.transportMode')}
            </label>
            <select id={fid('transportMode')} className="input" value={values.transportMode} onChange={(e) => set('transportMode', e.target.value)} {...aria('transportMode')}>
              <option value="">{t('delegation.transport.none')}</option>
              {TRANSPORT_MODES.map((x) => (
                <option key={x} value={x}>
                  {t(`delegation.transport.${x}`)}
                </option>
              ))}
            </select>
            {err('transportMode')}
          </div>
          {text('carrier')}
          {text('transportNumber')}
          {text('seat')}
        </div>
      </fieldset>
      <fieldset className="logistics-group">
        <legend>{t('delegation.logistics.stay')}</legend>
        <div className="inline-grid logistics-grid">
          {text('hotel')}
          {text('room')}
          <div className={`field logistics-roommate${errors.roommatePersonId ? ' field-invalid' : ''}`}>
            <label htmlFor={fid('roommatePersonId')} className="label">
              {t('fields.roommatePersonId')}
            </label>
            <select id={fid('roommatePersonId')} className="input" value={values.roommatePersonId} onChange={(e) => set('roommatePersonId', e.target.value)} {...aria('roommatePersonId')}>
              <option value="">{t('delegation.logistics.roommateNone')}</option>
              {others.map((m) => (
                <option key={m.personId} value={m.personId}>
                  {fullName(m.person)}
                </option>
              ))}
            </select>
            {err('roommatePersonId')}
          </div>
        </div>
      </fieldset>
      <div className={`field${errors.needs ? ' field-invalid' : ''}`}>
        <label htmlFor={fid('needs')} className="label">
          {t('fields.needs')}
        </label>
        <textarea
          id={fid('needs')}
          className="input trip-textarea"
          rows={2}
          placeholder={t('delegation.logistics.needsPlaceholder')}
          value={values.needs}
          onChange={(e) => set('needs', e.target.value)}
          {...aria('needs')}
        />
        {err('needs')}
      </div>
      <div className="inline-form-foot">
        <span className="spacer" />
        <button type="button" className="btn btn-secondary" onClick={onClose} disabled={saving}>
          {t('delegation.logistics.close')}
        </button>
        <button type="submit" className="btn btn-primary" disabled={saving}>
          {t('delegation.logistics.save')}
        </button>
      </div>
    </form>
  );
}
