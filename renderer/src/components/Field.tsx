import type { ReactNode } from 'react';

/**
 * A labelled form field with its error under it (the dialogs' common row).
 * `hint` is shown under the control, before the error; give it `hintId` and
 * put that id in the control's aria-describedby.
 */
export function Field({
  id,
  label,
  error,
  hint,
  hintId,
  className,
  children,
}: {
  id: string;
  label: string;
  error: ReactNode;
  hint?: ReactNode;
  hintId?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={`field${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className="label">
        {label}
      </label>
      {children}
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error}
    </div>
  );
}
