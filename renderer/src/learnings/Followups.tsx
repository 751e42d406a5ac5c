import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLongDate } from '../../../shared/dates';
import {
  FOLLOWUP_STATUSES,
  followupCreateSchema,
  isOverdue,
  type Followup,
  type FollowupStatus,
  type Learning,
} from '../../../shared/learnings/schemas';
import { currentLang } from '../i18n';
import { useToasts } from '../components/Toasts';
import { DateField } from '../components/date';
import { useTripWrite } from '../lib/mutate';
import { dateTimeFormat } from '../lib/formatters';

const HISTORY_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
import { fieldAt, FieldError, formKeys, schemaErrors, useForm } from '../components/form';
import { CodeOptions } from '../components/Options';

/** The follow-up actions of one learning, with their status and history. */
export function FollowupList({ learning, today }: { learning: Learning; today: string }) {
  const { t } = useTranslation();
  const uid = useId();
  const [adding, setAdding] = useState(false);
  return (
    <div className="followups" aria-labelledby={`${uid}-h`} role="group">
      <h4 id={`${uid}-h`} className="followups-heading">
        {t('learnings.fu.heading')}
      </h4>
      {learning.followups.length === 0 && !adding && <p className="muted followups-none">{t('learnings.fu.none')}</p>}
      {learning.followups.length > 0 && (
        <ul className="followup-list">
          {learning.followups.map((f) => (
            <FollowupItem key={f.id} followup={f} today={today} />
          ))}
        </ul>
      )}
      {adding ? (
        <FollowupForm learningId={learning.id} onDone={() => setAdding(false)} />
      ) : (
        <button type="button" className="btn btn-secondary btn-small followup-add" onClick={() => setAdding(true)}>
          {t('learnings.fu.add')}
        </button>
      )}
    </div>
  );
}

function FollowupItem({ followup: f, today }: { followup: Followup; today: string }) {
  const { t } = useTranslation();
  const uid = useId();
  const write = useTripWrite();
  const toasts = useToasts();
  const lang = currentLang();
  const late = isOverdue(f, today);
  const [editing, setEditing] = useState(false);
  const [historyOpen, setHistoryOpen] = useState(false);
  // A chosen status waits for its note (optional) and a Save: the note goes into the history.
  // Until then the row says "belum disimpan", and leaving the screen asks (the form is dirty).
  const noteForm = useForm<{ status: FollowupStatus; note: string }>({
    idPrefix: uid,
    version: f.updatedAt,
    defaults: () => ({ status: f.status, note: '' }),
    fields: ['note'],
    // Whatever the change is refused for shows by the note, the one field of the form.
    fieldFor: () => 'note',
  });
  const saving = noteForm.saving;
  const noteError = noteForm.errors.note;
  const pending = noteForm.values.status !== f.status ? noteForm.values.status : null;

  const choose = (status: FollowupStatus) => {
    noteForm.set('status', status);
    noteForm.clearError('note');
  };
  const cancelStatus = () => {
    noteForm.reset({ status: f.status, note: '' });
    document.getElementById(`${uid}-status`)?.focus();
  };
  const saveStatus = noteForm.submit({
    send: (v) => (v.status !== f.status ? write('followups.setStatus', { id: f.id, status: v.status, note: v.note.trim() }, { quiet: true }) : null),
    keepSaved: false,
    onSaved: (_saved, v) => {
      const status = v.status;
      noteForm.reset({ status, note: '' });
      toasts.show({ message: (tr) => tr('learnings.fu.statusChanged', { action: f.action, to: tr(`learnings.status.${status}`) }), duration: 3000 });
    },
  });
  const remove = async () => {
    const r = await write('followups.remove', { id: f.id });
    if (!r.ok) return;
    toasts.show({
      message: (tr) => tr('learnings.fu.removed', { action: f.action }),
      action: { label: (tr) => tr('common.undo'), run: () => void write('followups.restore', { id: f.id }) },
      undoable: true,
    });
  };

  if (editing) {
    return (
      <li className="followup-editing">
        <FollowupForm learningId={f.learningId} followup={f} onDone={() => setEditing(false)} />
      </li>
    );
  }

  return (
    <li className={`followup${late ? ' is-overdue' : ''} followup-${f.status}`}>
      <div className="followup-main">
        <p className="followup-action">{f.action}</p>
        <p className="followup-meta">
          {f.ownerUnit && <span>{f.ownerUnit}</span>}
          <span className="followup-date">
            {t('learnings.fu.targetDate')}: {f.targetDate ? formatLongDate(f.targetDate, lang) : t('learnings.fu.noDate')}
          </span>
          {late && <span className="overdue-badge">{t('learnings.fu.overdue')}</span>}
        </p>
        {f.evidence && <p className="followup-evidence">{f.evidence}</p>}
        <details className="followup-history" onToggle={(e) => setHistoryOpen(e.currentTarget.open)}>
          <summary>{t('learnings.fu.history', { count: f.history.length })}</summary>
          {/* Rendered when opened: most stay closed, and a long trip has hundreds. */}
          {historyOpen && (
            <ol>
              {f.history.map((h) => (
                <li key={h.id}>
                  <time dateTime={new Date(h.at).toISOString()}>{dateTimeFormat(lang, HISTORY_TIME).format(h.at)}</time>{' '}
                  {h.fromStatus
                    ? t('learnings.fu.changed', { from: t(`learnings.status.${h.fromStatus}`), to: t(`learnings.status.${h.toStatus}`) })
                    : t('learnings.fu.created', { to: t(`learnings.status.${h.toStatus}`) })}
                  {h.note && <span className="followup-note"> — {h.note}</span>}
                </li>
              ))}
            </ol>
          )}
        </details>
      </div>
      <div className="followup-side">
        <label htmlFor={`${uid}-status`} className="visually-hidden">
          {t('learnings.fu.statusOf', { action: f.action })}
        </label>
        <select
          id={`${uid}-status`}
          className={`input status-select status-${pending ?? f.status}`}
          value={pending ?? f.status}
          onChange={(e) => choose(e.target.value as FollowupStatus)}
        >
          <CodeOptions codes={FOLLOWUP_STATUSES} labelOf={(s) => t(`learnings.status.${s}`)} />
        </select>
        <button type="button" className="btn btn-secondary btn-small" aria-label={t('learnings.fu.edit', { action: f.action })} onClick={() => setEditing(true)}>
          {t('learnings.edit')}
        </button>
        <button type="button" className="icon-btn followup-remove" aria-label={t('learnings.fu.remove', { action: f.action })} onClick={() => void remove()}>
          ×
        </button>
      </div>
      {pending && (
        <form
          className="followup-status-form"
          noValidate
          aria-label={t('learnings.fu.statusFormLabel', { action: f.action })}
          aria-busy={saving || undefined}
          onSubmit={(e) => void saveStatus(e)}
          onKeyDown={formKeys(cancelStatus)}
        >
          <p className="followup-status-change">
            {t('learnings.fu.changed', { from: t(`learnings.status.${f.status}`), to: t(`learnings.status.${pending}`) })}{' '}
            <span className="unsaved-badge">{t('learnings.fu.unsaved')}</span>
          </p>
          <div className="field followup-status-note">
            <label htmlFor={`${uid}-note`}>{t('learnings.fu.statusNote')}</label>
            <input
              type="text"
              className="input"
              autoComplete="off"
              autoFocus
              maxLength={2000}
              placeholder={t('learnings.fu.statusNotePlaceholder')}
              {...noteForm.input('note')}
            />
            <FieldError id={noteForm.errorId('note')} error={noteError} label={t('learnings.fu.statusNote')} />
          </div>
          <div className="followup-form-buttons">
            <button type="submit" className="btn btn-primary btn-small" disabled={saving}>
              {t('learnings.fu.statusSave')}
            </button>
            <button type="button" className="btn btn-secondary btn-small" onClick={cancelStatus} disabled={saving}>
              {t('learnings.cancel')}
            </button>
          </div>
        </form>
      )}
    </li>
  );
}

type FuField = 'action' | 'ownerUnit' | 'targetDate' | 'evidence';
const FU_FIELDS: readonly FuField[] = ['action', 'ownerUnit', 'targetDate', 'evidence'];

/** Adds a follow-up to the learning, or edits `followup` when given. */
function FollowupForm({ learningId, followup, onDone }: { learningId: string; followup?: Followup; onDone: () => void }) {
  const { t } = useTranslation();
  const uid = useId();
  const write = useTripWrite();
  const form = useForm<Record<FuField, string>>({
    version: followup?.updatedAt,
    idPrefix: uid,
    defaults: () => ({
      action: followup?.action ?? '',
      ownerUnit: followup?.ownerUnit ?? '',
      targetDate: followup?.targetDate ?? '',
      evidence: followup?.evidence ?? '',
    }),
    fields: FU_FIELDS,
    // The form has no room for a message of its own: a refusal about none of its fields shows by the action.
    fieldFor: (path) => fieldAt(FU_FIELDS, path ?? '') ?? 'action',
  });
  const { errors, saving } = form;
  const labels: Record<FuField, string> = {
    action: t('learnings.fu.action'),
    ownerUnit: t('learnings.fu.ownerUnit'),
    targetDate: t('learnings.fu.targetDate'),
    evidence: t('learnings.fu.evidence'),
  };

  const submit = form.submit({
    validate: (v) => schemaErrors(followupCreateSchema, { learningId, ...v }, FU_FIELDS),
    send: (v, meta) => (followup ? write('followups.update', { id: followup.id, patch: v, ...meta }, { quiet: true }) : write('followups.create', { learningId, ...v }, { quiet: true })),
    onSaved: () => onDone(),
    keepSaved: false,
  });

  const field = (f: FuField, type: 'text' | 'date' = 'text') => (
    <div className={`field followup-field-${f}`}>
      <label htmlFor={form.fieldId(f)}>{labels[f]}</label>
      {type === 'date' ? (
        <DateField {...form.bind(f)} label={labels[f]} />
      ) : (
        <input type={type} className="input" autoComplete="off" autoFocus={f === 'action'} {...form.input(f)} />
      )}
      <FieldError id={form.errorId(f)} error={errors[f]} label={labels[f]} />
    </div>
  );

  return (
    <form className="followup-form" noValidate onSubmit={(e) => void submit(e)} aria-busy={saving || undefined}>
      {field('action')}
      {field('ownerUnit')}
      {field('targetDate', 'date')}
      {field('evidence')}
      <div className="followup-form-buttons">
        <button id={form.submitId} type="submit" className="btn btn-primary btn-small" disabled={saving}>
          {t('learnings.save')}
        </button>
        <button type="button" className="btn btn-secondary btn-small" onClick={onDone} disabled={saving}>
          {t('learnings.cancel')}
        </button>
      </div>
    </form>
  );
}
