import type { ReactNode } from 'react';

/** A labelled form field with its error under it (the dialogs' common row). */
export function Field({ id, label, error, children }: { id: string; label: string; error: ReactNode; children: ReactNode }) {
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id} className="label">
        {label}
      </label>
      {children}
      {error}
    </div>
  );
}
