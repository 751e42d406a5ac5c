/**
 * The form kit: one hook every form of the app is written with.
 *
 * Why our own hook and not React Hook Form: our errors are data, not strings.
 * A field's error is the `ApiError` main answered (`{ code, key, field?,
 * params? }`) or the one a schema issue became, translated only when shown so
 * that switching language re-renders every message. React Hook Form keeps an
 * error as `{ type, message: string }`, and its zod resolver collapses an issue
 * to its message, losing the params ("at most {{max}}"). Our forms are also
 * controlled, with fields that move each other (a start date taking the end
 * along, the travel level following the rank) and pickers of our own, which
 * would all go through `Controller`; the server-field mapping, the live ref and
 * the double-submit guard would be ours either way. The library would add a
 * dependency and a wrapper per field without taking any of this code away, so
 * the kit is this hook (about as large as one of the copies it replaces).
 */
import { useCallback, useEffect, useId, useRef, useState, type ChangeEvent, type FormEvent, type KeyboardEvent } from 'react';
import type { ZodType } from 'zod';
import type { ApiError, Result } from '../../../../shared/result';
import { fieldOf, issueError } from '../../i18n/errors';

export type FieldErrors<F extends string> = Partial<Record<F, ApiError>>;

/** What a check before sending found: errors per field, and one for the whole form. */
export interface Problems<F extends string> {
  fields: FieldErrors<F>;
  form?: ApiError | null;
}

/** Plain-data equality (values are strings, numbers, booleans, arrays and records of them). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

const isProblems = <F extends string>(p: FieldErrors<F> | Problems<F>): p is Problems<F> =>
  typeof (p as Problems<F>).fields === 'object' && (p as Problems<F>).fields !== null;

const hasProblems = <F extends string>(p: Problems<F> | null | undefined): p is Problems<F> =>
  !!p && (Object.keys(p.fields).length > 0 || !!p.form);

/**
 * The schema's verdict on `data` as field errors: the first issue of each of
 * `fields` (by the issue's first path segment unless `pathOf` says otherwise),
 * with the schema's own i18n key; issues about other paths are left out.
 */
export function schemaErrors<F extends string>(
  schema: ZodType,
  data: unknown,
  fields: readonly F[],
  pathOf: (path: readonly PropertyKey[]) => string = (path) => String(path[0] ?? ''),
): FieldErrors<F> {
  const parsed = schema.safeParse(data);
  const out: FieldErrors<F> = {};
  if (parsed.success) return out;
  for (const issue of parsed.error.issues) {
    const f = pathOf(issue.path) as F;
    if (!fields.includes(f) || out[f]) continue;
    out[f] = issueError(issue, f);
  }
  return out;
}

/**
 * A call whose answer may come after its component is gone: `busy` while it
 * runs (a second run meanwhile is refused), its refusal kept in `error`, and
 * nothing at all done once the component has unmounted.
 */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const running = useRef(false);
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  /**
   * Runs `call` unless one is running; resolves to its result, or to null when
   * refused or when the component unmounted before the answer. A call that
   * throws reads as the transport failure. `holdOnSuccess` keeps `busy` on
   * after a success, for what closes on it (a confirm dialog).
   */
  const run = useCallback(async <R>(call: () => Promise<Result<R>>, opts: { holdOnSuccess?: boolean } = {}): Promise<Result<R> | null> => {
    if (running.current) return null;
    running.current = true;
    setBusy(true);
    setError(null);
    let r: Result<R>;
    try {
      r = await call();
    } catch (e) {
      r = { ok: false, error: { code: 'INTERNAL', key: 'errors.transport', message: e instanceof Error ? e.message : String(e) } };
    }
    if (!live.current) return null;
    if (r.ok && opts.holdOnSuccess) return r;
    running.current = false;
    setBusy(false);
    if (!r.ok) setError(r.error);
    return r;
  }, []);

  /** True from the moment a call starts, before `busy` is rendered. */
  const isRunning = useCallback(() => running.current, []);

  return { busy, error, setError, run, isRunning };
}

export interface UseFormOptions<V extends object> {
  /** The starting values (a new record's defaults or the edited one's). */
  defaults: V | (() => V);
  /**
   * The fields on screen, in screen order: the first invalid one takes the
   * focus, and an error whose `field` names one is shown under it.
   */
  fields: readonly (keyof V & string)[];
  /** Id prefix of the fields; a fresh one by default. */
  idPrefix?: string;
  /** Fields whose message goes too when this one is edited (things checked together). */
  clears?: Partial<Record<keyof V & string, readonly (keyof V & string)[]>>;
  /** The field an error's `field` path is about; by default its last segment, when on screen. */
  fieldFor?: (path: string) => (keyof V & string) | undefined;
}

export interface SubmitSpec<V, F extends string, R> {
  /** The check before sending: field errors, or problems with a form-level one. */
  validate?: (values: V) => FieldErrors<F> | Problems<F> | null | undefined;
  /** The call; null when there is nothing to send (the spec then decides, e.g. closes). */
  send: (values: V) => Promise<Result<R>> | null | undefined;
  onSaved?: (value: R, values: V) => void;
  onFailed?: (error: ApiError) => void;
  /** Saved values become the clean ones (default true); false for a form that closes anyway. */
  keepSaved?: boolean;
}

/**
 * A form's state and its submit: values, errors per field and for the form,
 * `saving` (the submit refused while on), `isDirty` against the last
 * defaults/reset/save, and focus on the first invalid field (or on the submit
 * button for a form-level error) after a failed submit.
 */
export function useForm<V extends object>(opts: UseFormOptions<V>) {
  type F = keyof V & string;
  const autoId = useId();
  const prefix = opts.idPrefix ?? autoId;
  const [values, setValuesState] = useState<V>(opts.defaults);
  const [baseline, setBaseline] = useState<V>(values);
  const [errors, setErrors] = useState<FieldErrors<F>>({});
  const [formError, setFormError] = useState<ApiError | null>(null);
  const action = useAction();
  const [focusRequest, setFocusRequest] = useState<{ field: F | null; n: number } | null>(null);
  const fields = opts.fields;

  const fieldId = (f: F) => `${prefix}-${f}`;
  /** The submit button's id: the focus goes there after an error about the whole form. */
  const submitId = `${prefix}--submit`;
  const errorId = (f: F) => `${fieldId(f)}-error`;

  useEffect(() => {
    if (!focusRequest) return;
    document.getElementById(focusRequest.field ? `${prefix}-${focusRequest.field}` : `${prefix}--submit`)?.focus();
  }, [focusRequest, prefix]);

  /** Shows these errors (replacing the ones shown) and moves the focus to the first. */
  const showErrors = (next: FieldErrors<F>, form: ApiError | null = null) => {
    setErrors(next);
    setFormError(form);
    const first = fields.find((f) => next[f]) ?? null;
    setFocusRequest((r) => ({ field: first, n: (r?.n ?? 0) + 1 }));
  };

  const fieldFor = (path: string | undefined): F | undefined => {
    if (!path) return undefined;
    if (opts.fieldFor) return opts.fieldFor(path);
    if ((fields as readonly string[]).includes(path)) return path as F;
    const last = fieldOf(path);
    return last !== undefined && (fields as readonly string[]).includes(last) ? (last as F) : undefined;
  };

  /** Shows a refusal: under its field when it names one on screen, else for the form. */
  const showFailure = (error: ApiError) => {
    const f = fieldFor(error.field);
    if (f) showErrors({ [f]: { ...error, field: f } } as unknown as FieldErrors<F>, null);
    else showErrors({}, error);
  };

  const clearError = (f: F) => {
    setErrors((prev) => {
      const also = opts.clears?.[f] ?? [];
      if (!prev[f] && !also.some((x) => prev[x])) return prev;
      const next = { ...prev };
      delete next[f];
      for (const x of also) delete next[x];
      return next;
    });
  };

  /** Sets one field (its message goes: it is being corrected). */
  const set = <K extends F>(field: K, value: V[K]) => {
    setValuesState((prev) => ({ ...prev, [field]: value }));
    clearError(field);
  };

  /** Sets values by hand (no message cleared): for fields that move each other. */
  const setValues = (update: V | ((prev: V) => V)) => setValuesState(update);

  /** Back to `next` (or to the clean values), with no message shown. */
  const reset = (next?: V) => {
    const v = next ?? baseline;
    setValuesState(v);
    setBaseline(v);
    setErrors({});
    setFormError(null);
  };

  const submit =
    <R>(spec: SubmitSpec<V, F, R>) =>
    async (e?: FormEvent) => {
      e?.preventDefault();
      // Checked synchronously: a second submit in the same tick sends nothing.
      if (action.isRunning()) return;
      const checked = spec.validate?.(values);
      const problems: Problems<F> | null = checked ? (isProblems(checked) ? checked : { fields: checked }) : null;
      if (hasProblems(problems)) {
        showErrors(problems.fields, problems.form ?? null);
        return;
      }
      const call = spec.send(values);
      if (!call) return;
      setFormError(null);
      const r = await action.run(() => call);
      if (!r) return;
      if (r.ok) {
        if (spec.keepSaved !== false) setBaseline(values);
        spec.onSaved?.(r.value, values);
        return;
      }
      showFailure(r.error);
      spec.onFailed?.(r.error);
    };

  /** aria-describedby of a field: its error first, then any hints. */
  const describe = (f: F, ...hints: (string | null | undefined | false)[]) =>
    [errors[f] ? errorId(f) : null, ...hints].filter(Boolean).join(' ') || undefined;

  /** The wiring of a native text input, textarea or select holding a string. */
  const input = (f: F, hints: (string | null | undefined | false)[] = []) => ({
    id: fieldId(f),
    value: values[f] as unknown as string,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => set(f, e.target.value as V[F]),
    'aria-invalid': errors[f] ? true : undefined,
    'aria-describedby': describe(f, ...hints),
  });

  /** The wiring of a picker of ours (RegionPicker, InstitutionPicker …). */
  const control = (f: F, hints: (string | null | undefined | false)[] = []) => ({
    id: fieldId(f),
    invalid: !!errors[f],
    describedBy: describe(f, ...hints),
  });

  return {
    values,
    set,
    setValues,
    errors,
    formError,
    setFormError,
    showErrors,
    showFailure,
    clearError,
    saving: action.busy,
    isDirty: !sameValue(values, baseline),
    reset,
    submit,
    submitId,
    fieldId,
    errorId,
    describe,
    input,
    control,
  };
}

export type Form<V extends object> = ReturnType<typeof useForm<V>>;

/**
 * The keys inline forms share: Escape cancels (the event stops here, so it
 * does not also close what holds the form), and Ctrl+Enter (⌘Enter) saves
 * from a textarea, where Enter makes a new line.
 */
export function formKeys(onEscape: (() => void) | undefined) {
  return (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Escape' && onEscape) {
      e.preventDefault();
      e.stopPropagation();
      onEscape();
      return;
    }
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && e.target instanceof HTMLTextAreaElement) {
      e.preventDefault();
      e.currentTarget.requestSubmit();
    }
  };
}
