import { createElement, type ComponentProps, type ReactNode } from 'react';
import { DateField, TimeField, type DateFieldProps, type TimeFieldProps } from '../date';
import { FormField } from './FormField';
import type { Form } from './useForm';

/*
 * A kit form's field in one line: the label, the control wired to the form
 * (id, value, change, aria-invalid and aria-describedby: its error, its hint,
 * then `describedBy`), the hint and the error. Any other prop goes to the
 * control itself; `value` and `onChange` given replace the form's own (a value
 * worked out from others, a change that moves other fields too).
 */

interface Wiring<V extends object, F extends string> {
  form: Form<V, F>;
  name: F;
  label: string;
  /** Shown under the control; its id is the field's id + "-hint". */
  hint?: ReactNode;
  /** More ids describing the control (a summary under the field …). */
  describedBy?: (string | false | null | undefined)[];
  /** Names the field in its message when the shared field names do not. */
  errorLabel?: string;
  /** Classes of the field around the control besides `field`. */
  fieldClassName?: string;
  'data-autofocus'?: boolean;
}

type Control<E extends 'input' | 'textarea' | 'select'> = Omit<ComponentProps<E>, 'form' | 'name' | 'id'>;

const withInput = (className: string | undefined) => (className ? `input ${className}` : 'input');

/** A field's frame (FormField's props), the ids describing its control, and the props left for the control. */
function split<V extends object, F extends string, R extends object>(props: Wiring<V, F> & R) {
  const { form, name, label, hint, describedBy = [], errorLabel, fieldClassName, 'data-autofocus': autofocus, ...rest } = props;
  const hintId = hint ? `${form.fieldId(name)}-hint` : undefined;
  return {
    field: { form, name, label, hint, hintId, errorLabel, className: fieldClassName },
    hints: [hintId, ...describedBy],
    autofocus: autofocus || undefined,
    rest,
  };
}

/** A native control in its field: the form's wiring, then `defaults`, then the props given; class "input" and theirs. */
function nativeField<V extends object, F extends string, E extends 'input' | 'textarea' | 'select'>(tag: E, props: Wiring<V, F> & Control<E>, defaults?: Control<E>) {
  const { field, hints, autofocus, rest } = split(props);
  const { className, ...own } = rest as Control<E>;
  const wired = field.form.input(field.name, hints);
  return <FormField {...field}>{createElement(tag, { ...defaults, ...wired, ...own, className: withInput(className), 'data-autofocus': autofocus })}</FormField>;
}

/** A text input (`type` and the rest as on <input>). */
export function FormInput<V extends object, F extends string = keyof V & string>(props: Wiring<V, F> & Control<'input'>) {
  return nativeField('input', props, { autoComplete: 'off' });
}

/** A textarea. */
export function FormTextarea<V extends object, F extends string = keyof V & string>(props: Wiring<V, F> & Control<'textarea'>) {
  return nativeField('textarea', props);
}

/** A select; its options are the children. */
export function FormSelect<V extends object, F extends string = keyof V & string>(props: Wiring<V, F> & Control<'select'>) {
  return nativeField('select', props);
}

/** A date (DateField: typed in the app's language, with a calendar named after the label). */
export function FormDate<V extends object, F extends string = keyof V & string>(props: Wiring<V, F> & Partial<Omit<DateFieldProps, 'id' | 'label' | 'data-autofocus'>>) {
  const { field, hints, autofocus, rest } = split(props);
  return (
    <FormField {...field}>
      <DateField {...field.form.bind(field.name, hints)} label={field.label} {...rest} data-autofocus={autofocus} />
    </FormField>
  );
}

/** A time of day (TimeField). */
export function FormTime<V extends object, F extends string = keyof V & string>(props: Wiring<V, F> & Partial<Omit<TimeFieldProps, 'id' | 'data-autofocus'>>) {
  const { field, hints, autofocus, rest } = split(props);
  return (
    <FormField {...field}>
      <TimeField {...field.form.bind(field.name, hints)} {...rest} data-autofocus={autofocus} />
    </FormField>
  );
}
