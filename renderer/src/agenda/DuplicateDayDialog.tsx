import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, formatDay } from '../../../shared/zones';
import { currentLang } from '../i18n';
import { FormDate, FormDialog, useForm } from '../components/form';
import { useToasts } from '../components/Toasts';
import { useTripWrite } from '../lib/mutate';

/**
 * Copies every item of a local day to another date. `knownIds` are the items
 * shown before the copy: the others in the answer are the copies, which undo
 * removes in one operation.
 */
export function DuplicateDayDialog({
  tripId,
  date,
  knownIds,
  onClose,
}: {
  tripId: string;
  date: string;
  knownIds: ReadonlyMap<string, unknown>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const uid = useId();
  const lang = currentLang();
  const write = useTripWrite();
  const toasts = useToasts();
  const form = useForm<{ to: string }>({
    idPrefix: uid,
    defaults: () => ({ to: addDays(date, 1) }),
    fields: ['to'],
    // Whatever is refused, it is about the date chosen.
    fieldFor: () => 'to',
  });
  const day = formatDay(date, lang);

  const submit = form.submit({
    send: (v) => write('agenda.duplicateDay', { tripId, date, toDate: v.to }, { quiet: true }),
    onSaved: (items, v) => {
      onClose();
      const ids = items.filter((i) => !knownIds.has(i.id)).map((i) => i.id);
      toasts.show({
        message: (tr) => tr('agenda.duplicated', { day, to: formatDay(v.to, lang) }),
        ...(ids.length > 0 && {
          action: { label: (tr) => tr('common.undo'), run: () => void write('agenda.removeMany', { tripId, ids }) },
          undoable: true,
        }),
      });
    },
  });

  return (
    <FormDialog
      form={form}
      title={t('agenda.duplicateTitle', { day })}
      description={t('agenda.duplicateText')}
      onSubmit={submit}
      onCancel={onClose}
      submitLabel={t('agenda.duplicateSubmit')}
    >
      <FormDate form={form} name="to" label={t('agenda.toDate')} reference={date} data-autofocus />
    </FormDialog>
  );
}
