import { useId, type FormEvent, type ReactNode } from 'react';
import type { ApiError } from '../../../../shared/result';
import { Modal } from '../Modal';
import { FormError } from './FormField';
import { FormFooter } from './FormFooter';

/** What a dialog reads of its form (`useForm`'s answer has all of it). */
export interface DialogForm {
  saving: boolean;
  submitId: string;
  formError: ApiError | null;
}

/**
 * A modal dialog holding one form: its heading, an optional description
 * (which also describes the dialog), the error about the whole form, the
 * fields (`children`) and the footer with Cancel and the submit button.
 * Escape and Cancel close it, except while saving.
 */
export function FormDialog({
  form,
  title,
  description,
  className,
  onSubmit,
  onCancel,
  submitLabel,
  cancelLabel,
  errorLabel,
  footerStart,
  children,
}: {
  form: DialogForm;
  title: string;
  description?: ReactNode;
  /** Classes of the form besides `modal-form`. */
  className?: string;
  onSubmit: (e: FormEvent) => Promise<void>;
  onCancel: () => void;
  submitLabel?: string;
  cancelLabel?: string;
  /** Names what the error about the whole form is about, when it names no field. */
  errorLabel?: string;
  /** What stands in the footer before Cancel (delete buttons). */
  footerStart?: ReactNode;
  children: ReactNode;
}) {
  const uid = useId();
  const headingId = `${uid}-heading`;
  const textId = `${uid}-text`;
  const { saving } = form;
  return (
    <Modal labelledBy={headingId} describedBy={description ? textId : undefined} onCancel={() => !saving && onCancel()}>
      <form
        className={`modal-form${className ? ` ${className}` : ''}`}
        noValidate
        onSubmit={(e) => void onSubmit(e)}
        aria-busy={saving || undefined}
      >
        <header className="modal-header">
          <h2 id={headingId}>{title}</h2>
        </header>
        <div className="modal-body">
          {description && (
            <p className="muted" id={textId}>
              {description}
            </p>
          )}
          <FormError error={form.formError} label={errorLabel} />
          {children}
        </div>
        <FormFooter saving={saving} submitId={form.submitId} onCancel={onCancel} submitLabel={submitLabel} cancelLabel={cancelLabel} start={footerStart} />
      </form>
    </Modal>
  );
}
