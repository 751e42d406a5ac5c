import { useRef, type KeyboardEvent } from 'react';
import { format } from 'date-fns';
import { ISO_TIME_RE, parseTimeInput, type TimeParseFailure } from '../../../../shared/date-input';
import { FieldNote, typedInputProps, useFieldFormats, type TypedFieldProps } from './fieldParts';
import { useTypedValue } from './typed';
import './date.css';

/** A time field takes what every typed field takes. */
export type TimeFieldProps = TypedFieldProps;

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
export function TimeField(props: TimeFieldProps) {
  const { value, onChange, onCommit } = props;
  const { t, formats, noteId } = useFieldFormats();
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

  const note = typed.editing || props['aria-invalid'] ? null : typed.note;
  const noteText = note ? t(`date.timeFailures.${note.reason}`, { example: format(asDate('08:00'), formats.time) }) : null;
  const placeholder = formats.hour12 ? t('date.timePlaceholder12') : t('date.timePlaceholder');

  return (
    <div className="date-field time-field">
      <input
        ref={inputRef}
        {...typedInputProps(props, { kind: 'time', placeholder, noteId, noteText, typed })}
        onKeyDown={(e: KeyboardEvent<HTMLInputElement>) => {
          if (e.key === 'Enter' && !e.nativeEvent.isComposing) typed.onEnter(e);
        }}
      />
      <FieldNote id={noteId} text={noteText} />
    </div>
  );
}
