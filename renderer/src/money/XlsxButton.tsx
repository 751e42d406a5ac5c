import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../shared/contract';
import { errorText } from '../i18n/errors';
import { useXlsxExport, type XlsxOperation, type XlsxOutcome } from './xlsx';

/**
 * A button that builds one of the money's workbooks (the trip's cost sheet,
 * a rate set) and saves it (desktop) or downloads it (browser), then says
 * where it went or what went wrong. The label is the caller's.
 */
export function XlsxButton<K extends XlsxOperation>({
  operation,
  input,
  children,
  className = 'btn',
  label,
  onDone,
}: {
  operation: K;
  input: InputOf<K>;
  children: ReactNode;
  className?: string;
  /** The accessible name when the visible label is short ("Excel"). */
  label?: string;
  onDone?: (outcome: XlsxOutcome) => void;
}) {
  const { t } = useTranslation();
  const { run, busy, error, outcome } = useXlsxExport(operation);
  const status = error
    ? errorText(t, error)
    : outcome?.kind === 'saved'
      ? t('exporting.savedAs', { path: outcome.path })
      : outcome?.kind === 'downloaded'
        ? t('rates.exported', { fileName: outcome.fileName })
        : '';
  return (
    <>
      <button
        type="button"
        className={className}
        aria-label={label}
        aria-busy={busy || undefined}
        disabled={busy}
        onClick={() =>
          void run(input).then((o) => {
            if (o) onDone?.(o);
          })
        }
      >
        {children}
      </button>
      <span role="status" className={error ? 'form-error' : 'muted'}>
        {status}
      </span>
    </>
  );
}
