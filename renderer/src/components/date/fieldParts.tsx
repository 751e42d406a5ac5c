import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isLang, type Lang } from '../../i18n';
import { fieldFormats } from './formats';
import type { useTypedValue } from './typed';

/** What DateField and TimeField both take. */
export interface TypedFieldProps {
  id: string;
  /** The value as kept ('yyyy-MM-dd', 'HH:mm'); '' when empty; what the user typed when it is not one (the form's check refuses it). */
  value: string;
  onChange: (value: string) => void;
  /** After the text is read (blur, Enter, paste) or a value picked, with the value kept. */
  onCommit?: (value: string) => void;
  disabled?: boolean;
  required?: boolean;
  className?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
  'aria-label'?: string;
  'data-autofocus'?: boolean;
}

/** The app's language, how it writes dates and times, and the id of the field's note. */
export function useFieldFormats() {
  const { t, i18n } = useTranslation();
  const lang: Lang = isLang(i18n.language) ? i18n.language : 'id';
  const noteId = `${useId()}-note`;
  return { t, lang, formats: fieldFormats(lang), noteId };
}

/** The attributes of a typed field's text input: its wiring, its aria (the note joins what describes it) and the typing. */
export function typedInputProps(
  props: TypedFieldProps,
  { kind, placeholder, noteId, noteText, typed }: { kind: 'date' | 'time'; placeholder: string; noteId: string; noteText: string | null; typed: ReturnType<typeof useTypedValue> },
) {
  return {
    id: props.id,
    type: 'text',
    autoComplete: 'off',
    spellCheck: false,
    className: `input ${kind}-input${props.className ? ` ${props.className}` : ''}`,
    placeholder,
    disabled: props.disabled,
    required: props.required,
    'aria-invalid': props['aria-invalid'] || undefined,
    'aria-describedby': [props['aria-describedby'], noteText ? noteId : null].filter(Boolean).join(' ') || undefined,
    'aria-label': props['aria-label'],
    'data-autofocus': props['data-autofocus'] || undefined,
    ...typed.inputProps,
  };
}

/** What the field says about the text read (a day name that does not match, text that is no date), read out politely. */
export function FieldNote({ id, text, warning = false }: { id: string; text: string | null; warning?: boolean }) {
  return (
    <p id={id} className={`date-note${warning ? ' date-note-warning' : ''}`} aria-live="polite">
      {text}
    </p>
  );
}
