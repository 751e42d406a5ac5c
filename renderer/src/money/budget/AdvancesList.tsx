import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { formatDateRange } from '../../../../shared/dates';
import { formatRupiah } from '../../../../shared/money/rupiah';
import type { AdvanceRecord } from '../../../../shared/money/schemas';
import type { SheetMember } from '../../../../shared/money/sheet';
import { api } from '../../api/bridge';
import { FormDate, FormError, FormInput, FormSelect, useForm } from '../../components/form';
import { RemoveIcon } from '../../components/SectionIcons';
import { useToasts } from '../../components/Toasts';
import { currentLang } from '../../i18n';
import { useTripWrite } from '../../lib/mutate';
import { readAmount } from './amounts';
import { ItemOptions } from '../../components/Options';

interface Values {
  memberId: string;
  amount: string;
  paidOn: string;
  note: string;
}
const FIELDS = ['memberId', 'amount', 'paidOn', 'note'] as const;
const EMPTY: Values = { memberId: '', amount: '', paidOn: '', note: '' };

const toWhom = (t: TFunction, a: Pick<AdvanceRecord, 'memberId'>, names: ReadonlyMap<string, string>) =>
  a.memberId === null ? t('budget.advances.wholeDelegation') : (names.get(a.memberId) ?? t('budget.advances.removedMember'));

/** Uang muka: the list, delete with undo, and the form that adds one (to a member or the whole delegation). */
export function AdvancesList({ tripId, advances, members, tripStart }: { tripId: string; advances: readonly AdvanceRecord[]; members: readonly SheetMember[]; tripStart: string }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const toasts = useToasts();
  const write = useTripWrite();
  const names = new Map(members.map((m) => [m.memberId, m.name]));
  const form = useForm<Values>({ defaults: EMPTY, fields: FIELDS, guardUnsaved: false });
  const amountLabel = t('budget.advances.amount');

  const remove = async (a: AdvanceRecord) => {
    const r = await write('advances.remove', { id: a.id });
    if (!r.ok) return;
    const params = { amount: formatRupiah(a.amount), to: toWhom(t, a, names) };
    toasts.show({
      message: (tr) => tr('budget.advances.removed', params),
      action: { label: (tr) => tr('common.undo'), run: () => void write('advances.restore', { id: a.id }) },
      undoable: true,
    });
  };

  const onSubmit = form.submit({
    validate: (v) => {
      const r = readAmount(v.amount, 'amount');
      return r.ok ? null : { amount: r.error };
    },
    send: (v) => {
      const r = readAmount(v.amount, 'amount');
      if (!r.ok) return null;
      return api().call('advances.create', { tripId, memberId: v.memberId || null, amount: r.value, paidOn: v.paidOn, note: v.note.trim() });
    },
    keepSaved: false,
    onSaved: (a) => {
      form.reset(EMPTY);
      toasts.show({ message: (tr) => tr('budget.advances.added', { amount: formatRupiah(a.amount), to: toWhom(tr, a, names) }), duration: 4000 });
    },
  });

  return (
    <div className="budget-advances">
      {advances.length === 0 ? (
        <p className="muted">{t('budget.advances.empty')}</p>
      ) : (
        <table className="data-table budget-advances-table">
          <caption className="visually-hidden">{t('budget.advances.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('budget.advances.to')}</th>
              <th scope="col" className="num">
                {amountLabel}
              </th>
              <th scope="col">{t('budget.advances.paidOn')}</th>
              <th scope="col">{t('budget.advances.note')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common.delete')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {advances.map((a) => (
              <tr key={a.id} data-advance-id={a.id}>
                <td>{toWhom(t, a, names)}</td>
                <td className="num budget-amount">{formatRupiah(a.amount)}</td>
                <td>{a.paidOn ? formatDateRange(a.paidOn, a.paidOn, lang) : <span className="muted">—</span>}</td>
                <td>{a.note || <span className="muted">—</span>}</td>
                <td className="cell-actions">
                  <button
                    type="button"
                    className="icon-btn"
                    aria-label={t('budget.advances.removeLabel', { amount: formatRupiah(a.amount), to: toWhom(t, a, names) })}
                    onClick={() => void remove(a)}
                  >
                    <RemoveIcon />
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form className="budget-advance-form" noValidate onSubmit={(e) => void onSubmit(e)} aria-label={t('budget.advances.add')}>
        <FormError error={form.formError} />
        <FormSelect form={form} name="memberId" label={t('budget.advances.to')}>
          <option value="">{t('budget.advances.wholeDelegation')}</option>
          <ItemOptions items={members} valueOf={(m) => m.memberId} labelOf={(m) => m.name} />
        </FormSelect>
        <FormInput form={form} name="amount" label={amountLabel} errorLabel={amountLabel} inputMode="decimal" placeholder="Rp0" />
        <FormDate form={form} name="paidOn" label={t('budget.advances.paidOn')} reference={tripStart} />
        <FormInput form={form} name="note" label={t('budget.advances.note')} />
        <button id={form.submitId} type="submit" className="btn btn-secondary" disabled={form.saving}>
          {t('budget.advances.add')}
        </button>
      </form>
    </div>
  );
}
