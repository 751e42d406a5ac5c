import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The buttons under a form: Cancel, then the submit button (both off while
 * saving). `submitId` is the form's `submitId`, where the focus goes after an
 * error about the whole form. `start` is what stands before the buttons (a
 * delete button, a hint). A dialog's footer by default; `inline` for a form in
 * the page, whose buttons are pushed to the right.
 */
export function FormFooter({
  saving,
  submitId,
  onCancel,
  submitLabel,
  cancelLabel,
  start,
  inline = false,
}: {
  saving: boolean;
  submitId?: string;
  onCancel: () => void;
  /** Default "Simpan". */
  submitLabel?: string;
  /** Default "Batal". */
  cancelLabel?: string;
  start?: ReactNode;
  inline?: boolean;
}) {
  const { t } = useTranslation();
  const buttons = (
    <>
      <button type="button" className="btn btn-secondary" onClick={onCancel} disabled={saving}>
        {cancelLabel ?? t('common.cancel')}
      </button>
      <button id={submitId} type="submit" className="btn btn-primary" disabled={saving}>
        {submitLabel ?? t('common.save')}
      </button>
    </>
  );
  if (inline) {
    return (
      <div className="inline-form-foot">
        {start}
        <span className="spacer" />
        {buttons}
      </div>
    );
  }
  return (
    <footer className="modal-footer">
      {start}
      {buttons}
    </footer>
  );
}

/**
 * The end of a form that stays on screen (the house style, an issuer): while
 * it holds unsaved changes it says so and offers to put them back; then Save.
 */
export function SaveActions({
  dirty,
  saving,
  submitId,
  onRevert,
  unsavedText,
  revertLabel,
  saveLabel,
}: {
  dirty: boolean;
  saving: boolean;
  submitId: string;
  onRevert: () => void;
  unsavedText: string;
  revertLabel: string;
  saveLabel: string;
}) {
  return (
    <div className="profile-actions">
      {dirty && !saving && <span className="field-hint">{unsavedText}</span>}
      {dirty && !saving && (
        <button type="button" className="btn btn-secondary" onClick={onRevert}>
          {revertLabel}
        </button>
      )}
      <button id={submitId} type="submit" className="btn btn-primary" disabled={saving}>
        {saveLabel}
      </button>
    </div>
  );
}

/** What FormSaveActions reads of its form (`useForm`'s answer has all of it). */
export interface SavingForm {
  isDirty: boolean;
  saving: boolean;
  submitId: string;
  reset: () => void;
}

/**
 * SaveActions of a kit form: shown dirty from the form, put back with its
 * `reset`, Save as its submit button; `savingLabel` while saving.
 */
export function FormSaveActions({
  form,
  unsavedText,
  revertLabel,
  saveLabel,
  savingLabel,
}: {
  form: SavingForm;
  unsavedText: string;
  revertLabel: string;
  saveLabel: string;
  savingLabel: string;
}) {
  return (
    <SaveActions
      dirty={form.isDirty}
      saving={form.saving}
      submitId={form.submitId}
      onRevert={() => form.reset()}
      unsavedText={unsavedText}
      revertLabel={revertLabel}
      saveLabel={form.saving ? savingLabel : saveLabel}
    />
  );
}
