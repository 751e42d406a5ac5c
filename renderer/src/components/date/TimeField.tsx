import { useId, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { format } from 'date-fns';
import { ISO_TIME_RE, parseTimeInput, type TimeParseFailure } from '../../../../shared/date-input';
import { isLang, type Lang } from '../../i18n';
import { fieldFormats } from './formats';
import { useTypedValue } from './typed';
import './date.css';

export interface TimeFieldProps {
  id: string;
  /** 'HH:mm' (24-hour); '' when empty; what the user typed when it is not a time. */
  value: string;
  onChange: (value: string) => void;
  onCommit?: (value: string) => void;
  disabled?: boolean;
  required?: boolean;
  className?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
  'aria-label'?: string;
  'data-autofocus'?: boolean;
}

type Note = { reason: Exclude<TimeParseFailure, 'empty'> };

function asDate(hhmm: string): Date {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return new Date(2000, 0, 1, h, m);
}

/**
 * A time typed as the app's language writes it (id: 08.00; en: 9:00 AM or
 * 09:00 after the user's clock). "8", "0800", "08:00", "08.00 WIB", "9 pm",
 * "8 malam" are read on blur, Enter and paste; a zone word is left to the
 * form's zone field.
 */
export function TimeField({
  id,
  value,
  onChange,
  onCommit,
  disabled,
  required,
  className,
  'aria-invalid': ariaInvalid,
  'aria-describedby': describedBy,
  'aria-label': ariaLabel,
  'data-autofocus': dataAutofocus,
}: TimeFieldProps) {
  const { t, i18n } = useTranslation();
  const lang: Lang = isLang(i18n.language) ? i18n.language : 'id';
  const formats = fieldFormats(lang);
  const uid = useId();
  const noteId = `${uid}-note`;
  const inputRef = useRef<HTMLInputElement>(null);

  const typed = useTypedValue<Note>({
    inputRef,
    value,
    onChange,
    onCommit,
    display: (v) => (ISO_TIME_RE.test(v) ? format(asDate(v), formats.time) : v),
    read: (text) => {
      const r = parseTimeInput(text);
      if (r.ok) return { ok: true, value: r.time, note: null };
      if (r.reason === 'empty') return { ok: true, value: '', note: null };
      return { ok: false, value: text.trim(), note: { reason: r.reason } };
    },
  });

  const note = typed.editing || ariaInvalid ? null : typed.note;
  const noteText = note ? t(`date.timeFailures.${note.reason}`, { example: format(asDate('08:00'), formats.time) }) : null;
  const describe = [describedBy, noteText ? noteId : null].filter(Boolean).join(' ') || undefined;

  return (
    <div className="date-field time-field">
      <input
        ref={inputRef}
        id={id}
        type="text"
        autoComplete="off"
        spellCheck={false}
        className={`input time-input${className ? ` ${className}` : ''}`}
        placeholder={formats.hour12 ? t('date.timePlaceholder12') : t('date.timePlaceholder')}
        disabled={disabled}
        required={required}
        aria-invalid={ariaInvalid || undefined}
        aria-describedby={describe}
        aria-label={ariaLabel}
        data-autofocus={dataAutofocus || undefined}
        {...typed.inputProps}
        onKeyDown={(e: KeyboardEvent<HTMLInputElement>) => {
          if (e.key === 'Enter' && !e.nativeEvent.isComposing) typed.onEnter(e);
        }}
      />
      <p id={noteId} className="date-note" aria-live="polite">
        {noteText}
      </p>
    </div>
  );
}
