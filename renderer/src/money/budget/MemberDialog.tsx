import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberMoney } from '../../../../shared/money/schemas';
import type { SheetMember } from '../../../../shared/money/sheet';
import { formatRupiah } from '../../../../shared/money/rupiah';
import { FARE_MODES } from '../../../../shared/money/vocabulary';
import { api } from '../../api/bridge';
import { FormDate, FormDialog, FormInput, FormSelect, useForm, type Form } from '../../components/form';
import { TabList } from '../../components/TabList';
import { useToasts } from '../../components/Toasts';
import { memberFields, readMemberValues, toMemberValues, type MemberValues, type Side } from './expenses';
import { MemberExplain } from './MemberExplain';
import { MemberReceipts } from '../receipts/MemberReceipts';
import { CodeOptions } from '../../components/Options';

type F = string;
type MemberForm = Form<MemberValues, F>;

const SIDES: readonly Side[] = ['planned', 'real'];

/** One side's expenses: stay, room rate, tickets, taxis, local transport and vehicle hire. */
function ExpenseFields({ form, side, tripStart }: { form: MemberForm; side: Side; tripStart: string }) {
  const { t } = useTranslation();
  const e = form.values[side];
  const roomLabel = t('budget.member.roomRate');
  const setTickets = (tickets: MemberValues[Side]['tickets']) => form.setAt(`${side}.tickets`, tickets);
  const check = (name: 'localTransport' | 'vehicleHire') => (
    <label className="budget-check">
      <input type="checkbox" checked={e[name]} onChange={(ev) => form.setAt(`${side}.${name}`, ev.target.checked)} />
      {t(`budget.member.${name}`)}
    </label>
  );
  return (
    <div className="budget-expenses">
      <div className="budget-form-row">
        <FormSelect form={form} name={`${side}.stay`} label={t('budget.member.stay')}>
          <option value="hotel">{t('budget.member.stayHotel')}</option>
          <option value="none">{t('budget.member.stayNone')}</option>
        </FormSelect>
        {e.stay === 'hotel' && (
          <FormInput form={form} name={`${side}.roomRate`} label={roomLabel} errorLabel={roomLabel} hint={t('budget.member.roomRateHint')} inputMode="decimal" />
        )}
      </div>
      <fieldset className="budget-tickets">
        <legend>{t('budget.member.tickets')}</legend>
        {e.tickets.map((x, i) => {
          const n = i + 1;
          const amountLabel = `${t('budget.member.ticketAmount')} (${t('budget.member.ticketN', { n })})`;
          return (
            <div key={i} className="budget-ticket" role="group" aria-label={t('budget.member.ticketN', { n })}>
              <FormSelect form={form} name={`${side}.tickets.${i}.mode`} label={t('budget.member.ticketMode')}>
                <CodeOptions codes={FARE_MODES} labelOf={(m) => t(`budget.fareModes.${m}`)} />
              </FormSelect>
              <FormInput form={form} name={`${side}.tickets.${i}.label`} label={t('budget.member.ticketLabel')} placeholder={t('budget.member.ticketLabelPlaceholder')} />
              <FormInput form={form} name={`${side}.tickets.${i}.amount`} label={t('budget.member.ticketAmount')} errorLabel={amountLabel} inputMode="decimal" />
              <FormDate form={form} name={`${side}.tickets.${i}.date`} label={t('budget.member.ticketDate')} reference={x.date || tripStart} />
              <button
                type="button"
                className="btn btn-secondary btn-small budget-remove"
                aria-label={t('budget.member.ticketRemove', { n })}
                onClick={() => setTickets(e.tickets.filter((_, j) => j !== i))}
              >
                ×
              </button>
            </div>
          );
        })}
        <button type="button" className="btn btn-secondary btn-small" onClick={() => setTickets([...e.tickets, { mode: 'air', label: '', amount: '', date: '' }])}>
          {t('budget.member.ticketAdd')}
        </button>
      </fieldset>
      <div className="budget-form-row">
        <FormInput form={form} name={`${side}.taxiOrigin`} label={t('budget.member.taxiOrigin')} errorLabel={t('budget.member.taxiOrigin')} inputMode="decimal" />
        <FormInput form={form} name={`${side}.taxiDestination`} label={t('budget.member.taxiDestination')} errorLabel={t('budget.member.taxiDestination')} inputMode="decimal" />
      </div>
      <p className="field-hint">{t('budget.member.taxiHint')}</p>
      <div className="budget-form-row">
        {check('localTransport')}
        {check('vehicleHire')}
      </div>
    </div>
  );
}

/** The member's own journeys, when the agenda's are not theirs. */
function LegFields({ form, tripStart }: { form: MemberForm; tripStart: string }) {
  const { t } = useTranslation();
  const v = form.values;
  return (
    <fieldset className="budget-legs">
      <legend>
        <label className="budget-check">
          <input type="checkbox" checked={v.ownLegs} onChange={(e) => form.setAt('ownLegs', e.target.checked)} />
          {t('budget.member.ownLegs')}
        </label>
      </legend>
      <p className="field-hint">{t('budget.member.ownLegsHint')}</p>
      {v.ownLegs &&
        v.legs.map((l, i) => (
          <div key={i} className="budget-leg" role="group" aria-label={t('budget.member.legN', { n: i + 1 })}>
            <FormDate form={form} name={`legs.${i}.departDate`} label={t('budget.member.legDepart')} reference={l.departDate || tripStart} />
            <FormDate form={form} name={`legs.${i}.arriveDate`} label={t('budget.member.legArrive')} reference={l.departDate || tripStart} />
            <button
              type="button"
              className="btn btn-secondary btn-small budget-remove"
              aria-label={t('budget.member.legRemove', { n: i + 1 })}
              disabled={v.legs.length === 1}
              onClick={() => form.setAt('legs', v.legs.filter((_, j) => j !== i))}
            >
              ×
            </button>
          </div>
        ))}
      {v.ownLegs && (
        <button type="button" className="btn btn-secondary btn-small" onClick={() => form.setAt('legs', [...v.legs, { departDate: tripStart, arriveDate: tripStart }])}>
          {t('budget.member.legAdd')}
        </button>
      )}
    </fieldset>
  );
}

/**
 * A member's cost: how each figure of the plan (and of the real costs, once
 * entered) came about, and the expenses it is computed from, saved with
 * `memberMoney.update`. The explanation is the live cost sheet's: it follows
 * each save.
 */
export function MemberDialog({ member, money, trip, onClose }: { member: SheetMember; money: MemberMoney; trip: { startDate: string; endDate: string }; onClose: () => void }) {
  const tripStart = trip.startDate;
  const { t } = useTranslation();
  const uid = useId();
  const toasts = useToasts();
  const [side, setSide] = useState<Side>('planned');
  const form = useForm<MemberValues, F>({
    defaults: () => toMemberValues(money, trip),
    fields: (v) => memberFields(v, v.withReal ? side : 'planned'),
    version: money.updatedAt,
  });
  const v = form.values;
  const shown: Side = v.withReal ? side : 'planned';
  const cost = shown === 'real' ? (member.real ?? member.planned) : member.planned;

  const onSubmit = form.submit({
    validate: (values) => {
      const r = readMemberValues(values);
      if ('patch' in r) return null;
      // The first error on the other side: show that side.
      const first = Object.keys(r.errors)[0] ?? '';
      if (values.withReal && first.startsWith('real.') !== (shown === 'real') && !first.startsWith('legs.')) setSide(first.startsWith('real.') ? 'real' : 'planned');
      return r.errors;
    },
    send: (values, meta) => {
      const r = readMemberValues(values);
      if (!('patch' in r)) return null;
      return api().call('memberMoney.update', {
        memberId: member.memberId,
        ...(meta.expectedUpdatedAt === undefined ? {} : { expectedUpdatedAt: meta.expectedUpdatedAt }),
        patch: r.patch,
      });
    },
    onSaved: () => toasts.show({ message: (tr) => tr('budget.member.saved', { name: member.name }), duration: 4000 }),
  });

  return (
    <FormDialog
      form={form}
      className="budget-member-form"
      title={t('budget.member.title', { name: member.name })}
      onSubmit={onSubmit}
      onCancel={onClose}
      cancelLabel={t('common.close')}
      submitLabel={t('budget.member.save')}
    >
      {v.withReal && (
        <TabList
          tabs={SIDES}
          selected={side}
          onSelect={setSide}
          label={t('budget.member.edit')}
          className="dir-tabs budget-tabs"
          tabId={(s) => `${uid}-tab-${s}`}
          panelId={(s) => `${uid}-panel-${s}`}
        >
          {(s) => (
            <>
              {t(s === 'planned' ? 'budget.member.planned' : 'budget.member.real')}{' '}
              <span className="muted">{formatRupiah(s === 'real' ? (member.real ?? member.planned).total : member.planned.total)}</span>
            </>
          )}
        </TabList>
      )}
      <div id={`${uid}-panel-${shown}`} role={v.withReal ? 'tabpanel' : undefined} aria-labelledby={v.withReal ? `${uid}-tab-${shown}` : undefined}>
        <MemberExplain cost={cost} caption={t('budget.member.title', { name: member.name })} focusFirst />
        <div className="budget-subhead">
          <h3>{t('budget.member.edit')}</h3>
          <label className="budget-check budget-real-toggle">
            <input
              type="checkbox"
              checked={v.withReal}
              aria-describedby={`${uid}-real-hint`}
              onChange={(e) => {
                form.setAt('withReal', e.target.checked);
                setSide(e.target.checked ? 'real' : 'planned');
              }}
            />
            {t('budget.member.showReal')}
          </label>
        </div>
        <p className="field-hint budget-real-hint" id={`${uid}-real-hint`}>
          {t('budget.member.showRealHint')}
        </p>
        <ExpenseFields key={shown} form={form} side={shown} tripStart={tripStart} />
      </div>
      <LegFields form={form} tripStart={tripStart} />
      <MemberReceipts tripId={money.tripId} memberId={member.memberId} />
    </FormDialog>
  );
}
