import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/result';
import { errorText } from '../../i18n/errors';
import { Field } from '../Field';
import { isStale, staleActions, type Form } from './useForm';

/** A field's message, with the id its control's aria-describedby points at. */
export function FieldError({ id, error, label }: { id: string; error: ApiError | undefined | null; label?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p id={id} className="field-error" role="alert">
      {errorText(t, error, label === undefined ? {} : { label })}
    </p>
  );
}

/**
 * The error about the whole form (one not about any field on screen). A
 * refusal because the record changed in another window offers its two ways
 * on: reload the record (the draft goes) or overwrite it with the draft.
 */
export function FormError({ error, label }: { error: ApiError | null | undefined; label?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  const stale = isStale(error) ? staleActions.get(error) : undefined;
  return (
    <div className="form-error" role="alert">
      <p>{errorText(t, error, label === undefined ? {} : { label })}</p>
      {stale && (
        <p className="form-error-actions">
          {stale.reload && (
            <button type="button" className="btn btn-secondary btn-small" onClick={stale.reload}>
              {t('unsaved.reload')}
            </button>
          )}
          <button type="button" className="btn btn-secondary btn-small" onClick={stale.overwrite}>
            {t('unsaved.overwrite')}
          </button>
        </p>
      )}
    </div>
  );
}

/**
 * A field of a kit form: its label, the control (wire it with `form.input(name)`
 * or `form.control(name)`), an optional hint and its error. `errorLabel` names
 * the field in its message when the shared field names do not.
 */
export function FormField<V extends object, F extends string = keyof V & string>({
  form,
  name,
  label,
  hint,
  hintId,
  errorLabel,
  className,
  children,
}: {
  form: Form<V, F>;
  name: F;
  label: string;
  hint?: ReactNode;
  hintId?: string;
  errorLabel?: string;
  className?: string;
  children: ReactNode;
}) {
  const error = form.errors[name];
  return (
    <Field
      id={form.fieldId(name)}
      label={label}
      hint={hint}
      hintId={hintId}
      className={className}
      error={error ? <FieldError id={form.errorId(name)} error={error} label={errorLabel} /> : null}
    >
      {children}
    </Field>
  );
}
