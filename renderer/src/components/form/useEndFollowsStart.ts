import { useState } from 'react';
import type { Form } from './useForm';

/** A form's two dates, ISO strings as typed. */
export interface DateRange {
  startDate: string;
  endDate: string;
}

/**
 * The end date of a form while the start date moves: until the user sets the
 * end (`follows` true at first), `moveEnd` moves it along with the start;
 * after that it is the user's, and `moveEnd` is asked with `follows` false.
 * `moveEnd` gets the dates before the move (the range's length) and the new
 * start, and answers the new end. Give the date fields `setStart` and
 * `setEnd` as their `onChange`.
 */
export function useEndFollowsStart<V extends DateRange>(
  form: Pick<Form<V>, 'values' | 'set' | 'setValues'>,
  follows: boolean,
  moveEnd: (prev: DateRange, start: string, follows: boolean) => string,
) {
  const [endFollows, setEndFollows] = useState(follows);

  const setStart = (value: string) => {
    // The end first, from the dates before the move.
    form.setValues((prev) => ({ ...prev, endDate: moveEnd(prev, value, endFollows) }));
    form.set('startDate', value);
  };
  const setEnd = (value: string) => {
    form.set('endDate', value);
    if (value !== form.values.endDate) setEndFollows(false);
  };

  return { endFollows, setStart, setEnd };
}
