import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { DayPicker, type Matcher } from 'react-day-picker';
import { id as dayPickerId } from 'react-day-picker/locale/id';
import { enGB } from 'react-day-picker/locale/en-GB';
import { enUS } from 'react-day-picker/locale/en-US';
import { format, parse } from 'date-fns';
import 'react-day-picker/style.css';
import { parseDateInput, weekdayName, type DateParseFailure, type DayNameCheck } from '../../../../shared/date-input';
import { formatDateRange, isRealIsoDate } from '../../../../shared/dates';
import { todayIso } from '../../lib/today';
import { CalendarIcon } from '../Icons';
import { FieldNote, typedInputProps, useFieldFormats, type TypedFieldProps } from './fieldParts';
import { useTypedValue } from './typed';
import './date.css';

export interface DateFieldProps extends TypedFieldProps {
  /** The field's label: names the calendar and its button. */
  label?: string;
  /** Days before `min` or after `max` cannot be picked in the calendar ('yyyy-MM-dd'). */
  min?: string;
  max?: string;
  /** The year of a date typed without one is the nearest to this day (default: the value, else today). */
  reference?: string;
  autoFocus?: boolean;
}

type Note = { kind: 'wrongDay'; date: string; check: DayNameCheck } | { kind: 'failure'; reason: Exclude<DateParseFailure, 'empty'> };

const EXAMPLE = '2025-04-24';

const toDate = (iso: string) => parse(iso, 'yyyy-MM-dd', new Date(2000, 0, 1));
const toIso = (d: Date) => format(d, 'yyyy-MM-dd');

/**
 * A date typed as the app's language writes it (id: 24/04/2025; en: the
 * user's locale), with a calendar. Typed and pasted text is read on blur,
 * Enter and paste ("Jumat (26/4/2025)", "24 April 2025", "24/4", "2025-04-24");
 * a day name that does not match the date is told under the field. The
 * calendar opens with Alt+ArrowDown or the button: arrows move, Enter picks,
 * Escape closes; focus goes back to the field.
 */
export function DateField(props: DateFieldProps) {
  const { value, onChange, onCommit, label, min, max, reference, disabled, autoFocus } = props;
  const { t, lang, formats, noteId } = useFieldFormats();
  const inputRef = useRef<HTMLInputElement>(null);
  const wrapRef = useRef<HTMLDivElement>(null);
  const popRef = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);

  const typed = useTypedValue<Note>({
    inputRef,
    value,
    onChange,
    onCommit,
    display: (v) => (isRealIsoDate(v) ? format(toDate(v), formats.date) : v),
    read: (text) => {
      const r = parseDateInput(text, { reference: reference && isRealIsoDate(reference) ? reference : isRealIsoDate(value) ? value : todayIso(), order: formats.order });
      if (r.ok) {
        const note: Note | null = r.dayName && !r.dayName.matches ? { kind: 'wrongDay', date: r.date, check: r.dayName } : null;
        return { ok: true, value: r.date, note };
      }
      if (r.reason === 'empty') return { ok: true, value: '', note: null };
      return { ok: false, value: text.trim(), note: { kind: 'failure', reason: r.reason } };
    },
  });

  const close = () => {
    setOpen(false);
    inputRef.current?.focus();
  };

  // A press outside the calendar and the field closes it (the focus stays where the press puts it).
  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      const target = e.target as Node;
      if (popRef.current?.contains(target) || wrapRef.current?.contains(target)) return;
      setOpen(false);
    };
    document.addEventListener('mousedown', onDown, true);
    return () => document.removeEventListener('mousedown', onDown, true);
  }, [open]);

  // The calendar sits under the field (above it when there is no room), kept there on scroll and resize.
  useLayoutEffect(() => {
    if (!open) return;
    const place = () => {
      const anchor = wrapRef.current;
      const pop = popRef.current;
      if (!anchor || !pop) return;
      const r = anchor.getBoundingClientRect();
      const h = pop.offsetHeight;
      const w = pop.offsetWidth;
      let top = r.bottom + 4;
      if (top + h > window.innerHeight - 8 && r.top - h - 4 >= 8) top = r.top - h - 4;
      const left = Math.max(8, Math.min(r.left, window.innerWidth - w - 8));
      pop.style.top = `${Math.round(top)}px`;
      pop.style.left = `${Math.round(left)}px`;
    };
    place();
    window.addEventListener('resize', place);
    window.addEventListener('scroll', place, true);
    return () => {
      window.removeEventListener('resize', place);
      window.removeEventListener('scroll', place, true);
    };
  }, [open]);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && e.altKey) {
      e.preventDefault();
      e.stopPropagation();
      typed.commit();
      setOpen(true);
    } else if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
      typed.onEnter(e);
    }
  };

  const onPopoverKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    // Keys in the calendar are the calendar's: not the dialog's, the row's or the page's.
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
    } else if (e.key === 'Tab' && popRef.current) {
      // Tab stays in the calendar (it is modal while open).
      const items = [...popRef.current.querySelectorAll<HTMLElement>('button:not([disabled]):not([tabindex="-1"]), select:not([disabled]):not([tabindex="-1"])')];
      const first = items[0];
      const last = items[items.length - 1];
      if (!first || !last) return;
      if (e.shiftKey && document.activeElement === first) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && document.activeElement === last) {
        e.preventDefault();
        first.focus();
      }
    }
  };

  const selected = isRealIsoDate(value) ? toDate(value) : undefined;
  const refIso = reference && isRealIsoDate(reference) ? reference : null;
  const disabledDays: Matcher[] = [];
  if (min && isRealIsoDate(min)) disabledDays.push({ before: toDate(min) });
  if (max && isRealIsoDate(max)) disabledDays.push({ after: toDate(max) });
  const calendarLocale = lang === 'id' ? dayPickerId : formats.order === 'mdy' ? enUS : enGB;

  const letters = t('date.letters', { returnObjects: true });
  const placeholder = formats.date.replace(/d/g, letters.day).replace(/M/g, letters.month).replace(/y/g, letters.year);

  let noteText: string | null = null;
  const note = typed.editing ? null : typed.note;
  if (note?.kind === 'wrongDay') {
    noteText = t('date.wrongDay', {
      date: formatDateRange(note.date, note.date, lang),
      actual: weekdayName(note.check.actual, lang),
      given: weekdayName(note.check.given, lang),
    });
  } else if (note?.kind === 'failure' && !props['aria-invalid']) {
    noteText = t(`date.failures.${note.reason}`, { example: format(toDate(EXAMPLE), formats.date) });
  }

  const calendarName = label ? t('date.calendarFor', { label }) : t('date.calendar');

  return (
    <div className="date-field" ref={wrapRef}>
      <div className="date-field-control">
        <input
          ref={inputRef}
          {...typedInputProps(props, { kind: 'date', placeholder, noteId, noteText, typed })}
          inputMode="text"
          aria-keyshortcuts="Alt+ArrowDown"
          autoFocus={autoFocus}
          onKeyDown={onKeyDown}
        />
        <button
          type="button"
          className="icon-btn date-field-button"
          tabIndex={-1}
          disabled={disabled}
          aria-label={label ? t('date.openCalendarFor', { label }) : t('date.openCalendar')}
          aria-haspopup="dialog"
          aria-expanded={open}
          title={`${t('date.openCalendar')} (Alt+↓)`}
          onClick={() => {
            if (open) {
              close();
              return;
            }
            typed.commit();
            setOpen(true);
          }}
        >
          <CalendarIcon size={16} />
        </button>
      </div>
      <FieldNote id={noteId} text={noteText} warning={note?.kind === 'wrongDay'} />
      {open &&
        createPortal(
          <div ref={popRef} className="date-popover" role="dialog" aria-modal="true" aria-label={calendarName} onKeyDown={onPopoverKeyDown}>
            <DayPicker
              mode="single"
              required
              selected={selected}
              onSelect={(d: Date) => {
                typed.choose(toIso(d));
                close();
              }}
              defaultMonth={selected ?? (refIso ? toDate(refIso) : undefined)}
              locale={calendarLocale}
              disabled={disabledDays}
              showOutsideDays
              fixedWeeks
              autoFocus
            />
          </div>,
          document.body,
        )}
    </div>
  );
}
