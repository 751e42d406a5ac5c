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
 *
 * A field is named by its path into the values: a top-level key ("title"), or
 * a dotted path into a record or a list ("register.codes.spt",
 * "figures.0.label"). Forms with such fields give their field type as the
 * second type parameter (`useForm<Values, string>`), read and write them with
 * `valueAt`/`setAt` (or `input`), and give `fields` as a function of the
 * values when rows come and go.
 */
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type ChangeEvent, type FormEvent, type KeyboardEvent } from 'react';
import type { ZodType } from 'zod';
import type { ApiError, Result } from '../../../../shared/result';
import { issueError } from '../../i18n/errors';
import { useUnsaved } from './unsaved';

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
 * The field of `fields` a path is about: the longest run of its segments that
 * names one, earliest first ("patch.kop.line1" → "kop.line1",
 * ["hostRegionCodes", 2] → "hostRegionCodes", "patch.endDate" → "endDate").
 */
export function fieldAt<F extends string>(fields: readonly F[], path: string | readonly PropertyKey[]): F | undefined {
  const parts = typeof path === 'string' ? path.split('.') : path.map(String);
  const known = fields as readonly string[];
  for (let start = 0; start < parts.length; start++) {
    for (let end = parts.length; end > start; end--) {
      const candidate = parts.slice(start, end).join('.');
      if (known.includes(candidate)) return candidate as F;
    }
  }
  return undefined;
}

/** The value at a dotted path ("kop.line1", "figures.0.label"); undefined when it is not there. */
export function valueAt(values: unknown, path: string): unknown {
  let cur: unknown = values;
  for (const part of path.split('.')) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

/** A copy of `values` with `value` at the dotted path (records and lists along it copied, the rest shared). */
export function withValueAt<V>(values: V, path: string, value: unknown): V {
  const [head, ...rest] = path.split('.');
  const key = head ?? '';
  const cur = values as unknown;
  const child = typeof cur === 'object' && cur !== null ? (cur as Record<string, unknown>)[key] : undefined;
  const next = rest.length === 0 ? value : withValueAt(child, rest.join('.'), value);
  if (Array.isArray(cur)) {
    const copy: unknown[] = [...(cur as unknown[])];
    copy[Number(key)] = next;
    return copy as V;
  }
  return { ...(cur as object), [key]: next } as V;
}

/**
 * The schema's verdict on `data` as field errors: the first issue of each of
 * `fields` (the field the issue's path names, see `fieldAt`, unless `pathOf`
 * says otherwise), with the schema's own i18n key; issues about other paths
 * are left out.
 */
export function schemaErrors<F extends string>(
  schema: ZodType,
  data: unknown,
  fields: readonly F[],
  pathOf: (path: readonly PropertyKey[]) => string | undefined = (path) => fieldAt(fields, path),
): FieldErrors<F> {
  const parsed = schema.safeParse(data);
  const out: FieldErrors<F> = {};
  if (parsed.success) return out;
  for (const issue of parsed.error.issues) {
    const f = pathOf(issue.path) as F | undefined;
    if (f === undefined || !fields.includes(f) || out[f]) continue;
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
   * refused, when the component unmounted before the answer, or when the call
   * itself resolved to null (it stopped on a failure already told, e.g. by the
   * toast of a first write). A call that throws reads as the transport
   * failure. `holdOnSuccess` keeps `busy` on after a success, for what closes
   * on it (a confirm dialog).
   */
  const run = useCallback(async <R>(call: () => Promise<Result<R> | null>, opts: { holdOnSuccess?: boolean } = {}): Promise<Result<R> | null> => {
    if (running.current) return null;
    running.current = true;
    setBusy(true);
    setError(null);
    let r: Result<R> | null;
    try {
      r = await call();
    } catch (e) {
      r = { ok: false, error: { code: 'INTERNAL', key: 'errors.transport', message: e instanceof Error ? e.message : String(e) } };
    }
    if (!live.current) return null;
    if (r === null) {
      running.current = false;
      setBusy(false);
      return null;
    }
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

export interface UseFormOptions<V extends object, F extends string = keyof V & string> {
  /** The starting values (a new record's defaults or the edited one's). */
  defaults: V | (() => V);
  /**
   * The fields on screen, in screen order: the first invalid one takes the
   * focus, and an error whose `field` names one is shown under it. Read at
   * every render; a function of the values for fields that come and go with
   * a list's rows ("figures.0.label" …).
   */
  fields: readonly F[] | ((values: V) => readonly F[]);
  /** Id prefix of the fields; a fresh one by default. */
  idPrefix?: string;
  /** Fields whose message goes too when this one is edited (things checked together). */
  clears?: Partial<Record<F, readonly F[]>>;
  /**
   * The field a refusal is about, from its `field` path (undefined when it
   * names none); by default the field on screen the path names (`fieldAt`).
   * Undefined shows the refusal for the whole form.
   */
  fieldFor?: (path: string | undefined) => F | undefined;
  /**
   * The version of the record being edited (its `updatedAt`): sent with the
   * save as `expectedUpdatedAt`, so a record changed in another window since
   * is refused, not overwritten. While the form is clean, a newer version
   * replaces the values on screen (`defaults` again).
   */
  version?: number;
  /**
   * Reads the record as it is now, for "Muat ulang" after a conflict: a form
   * whose record comes from a snapshot (a dialog opened with a row) gives it;
   * one fed live data needs none (its `defaults` already see the new version).
   */
  latest?: () => Promise<{ values: V; version: number } | null>;
  /** False for a form whose changes need no guard (a search box). Default true. */
  guardUnsaved?: boolean;
}

/** What a save sends along besides the values. */
export interface SendMeta {
  /** The version the user's edit started from; undefined when the user chose to overwrite. */
  expectedUpdatedAt?: number;
}

/** The choices a "changed in another window" refusal offers, by the error shown (FormError reads them). */
export const staleActions = new WeakMap<ApiError, { reload: (() => void) | null; overwrite: () => void }>();
export const isStale = (e: ApiError | null | undefined): boolean => e?.code === 'CONFLICT' && e.key === 'errors.stale';

export interface SubmitSpec<V, F extends string, R> {
  /** The check before sending: field errors, or problems with a form-level one. */
  validate?: (values: V) => FieldErrors<F> | Problems<F> | null | undefined;
  /**
   * The call; null when there is nothing to send (the spec then decides, e.g.
   * closes). The call may resolve to null when it stopped on a failure
   * already told (the first of two writes): nothing more is shown.
   */
  send: (values: V, meta: SendMeta) => Promise<Result<R> | null> | null | undefined;
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
export function useForm<V extends object, F extends string = keyof V & string>(opts: UseFormOptions<V, F>) {
  const autoId = useId();
  const prefix = opts.idPrefix ?? autoId;
  const [values, setValuesState] = useState<V>(opts.defaults);
  const [baseline, setBaseline] = useState<V>(values);
  const [errors, setErrors] = useState<FieldErrors<F>>({});
  const [formError, setFormError] = useState<ApiError | null>(null);
  const action = useAction();
  const [focusRequest, setFocusRequest] = useState<{ field: F | null; n: number } | null>(null);
  const fields = typeof opts.fields === 'function' ? opts.fields(values) : opts.fields;
  const [baseVersion, setBaseVersion] = useState<number | undefined>(opts.version);
  const latest = useRef(opts);
  useLayoutEffect(() => {
    latest.current = opts;
  });
  const lastSubmit = useRef<((force?: boolean) => Promise<boolean>) | null>(null);
  const isDirty = !sameValue(values, baseline);
  const markSaved = useUnsaved(isDirty && opts.guardUnsaved !== false, () => lastSubmit.current?.() ?? Promise.resolve(false));

  /** A field's id: the prefix and its path, dots as dashes ("figures.0.label" → "…-figures-0-label"). */
  const fieldId = (f: F) => `${prefix}-${f.replace(/\./g, '-')}`;
  /** The submit button's id: the focus goes there after an error about the whole form. */
  const submitId = `${prefix}--submit`;
  const errorId = (f: F) => `${fieldId(f)}-error`;

  useEffect(() => {
    if (!focusRequest) return;
    // A field not on screen (yet) leaves the focus to the submit button.
    const el = focusRequest.field ? document.getElementById(`${prefix}-${focusRequest.field.replace(/\./g, '-')}`) : null;
    (el ?? document.getElementById(`${prefix}--submit`))?.focus();
  }, [focusRequest, prefix]);

  /** Shows these errors (replacing the ones shown) and moves the focus to the first. */
  const showErrors = (next: FieldErrors<F>, form: ApiError | null = null) => {
    setErrors(next);
    setFormError(form);
    const first = fields.find((f) => next[f]) ?? null;
    setFocusRequest((r) => ({ field: first, n: (r?.n ?? 0) + 1 }));
  };

  const fieldFor = (path: string | undefined): F | undefined => {
    if (opts.fieldFor) return opts.fieldFor(path || undefined);
    return path ? fieldAt(fields, path) : undefined;
  };

  /** Shows a refusal: under its field when it names one on screen, else for the form. */
  const showFailure = (error: ApiError) => {
    const f = fieldFor(error.field);
    if (f) showErrors({ [f]: { ...error, field: f } } as unknown as FieldErrors<F>, null);
    else showErrors({}, error);
  };

  /** Takes away the message of `f` (and of the fields it `clears`); with `under`, those of the paths under it too. */
  const clearError = (f: F, under = false) => {
    setErrors((prev) => {
      const also = opts.clears?.[f] ?? [];
      const gone = (Object.keys(prev) as F[]).filter((k) => k === f || also.includes(k) || (under && k.startsWith(`${f}.`)));
      if (gone.length === 0) return prev;
      const next = { ...prev };
      for (const k of gone) delete next[k];
      return next;
    });
  };

  /** Sets one top-level value (its message goes, and those of the paths under it: it is being corrected). */
  const set = <K extends keyof V & string>(field: K, value: V[K]) => {
    setValuesState((prev) => ({ ...prev, [field]: value }));
    clearError(field as string as F, true);
  };

  /** Sets the value at a field's path ("kop.line1", "figures.0.label"); its message goes. */
  const setAt = (path: F, value: unknown) => {
    setValuesState((prev) => withValueAt(prev, path, value));
    clearError(path, true);
  };

  /** Sets values by hand (no message cleared): for fields that move each other. */
  const setValues = (update: V | ((prev: V) => V)) => setValuesState(update);

  /** Back to `next` (or to the clean values), with no message shown; the version is the record's current one. */
  const reset = (next?: V) => {
    const v = next ?? baseline;
    setValuesState(v);
    setBaseline(v);
    setErrors({});
    setFormError(null);
    setBaseVersion(latest.current.version);
  };

  /** The record as it is now (another window saved it): its values and version, the draft dropped. */
  const reload = () => {
    const d = latest.current.defaults;
    reset(typeof d === 'function' ? d() : d);
  };
  /** After a conflict: the newest record from `latest`, or from live defaults; null when the form cannot know it. */
  const reloadLatest = (): (() => void) | null => {
    const read = latest.current.latest;
    if (read) {
      return () =>
        void read().then((r) => {
          if (!r) return;
          setValuesState(r.values);
          setBaseline(r.values);
          setErrors({});
          setFormError(null);
          setBaseVersion(r.version);
        });
    }
    return latest.current.version !== undefined && latest.current.version !== baseVersion ? reload : null;
  };

  // A clean form follows its record: what another window saved shows here at once.
  useEffect(() => {
    if (opts.version === undefined || opts.version === baseVersion) return;
    if (isDirty) return; // the draft stays; saving it meets the conflict check
    reload();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new version of the record re-reads the defaults
  }, [opts.version]);

  /** Saves; resolves to true when saved. `force`: without the version (the user chose to overwrite). */
  const save = async <R>(spec: SubmitSpec<V, F, R>, force = false): Promise<boolean> => {
    // Checked synchronously: a second submit in the same tick sends nothing.
    if (action.isRunning()) return false;
    const checked = spec.validate?.(values);
    const problems: Problems<F> | null = checked ? (isProblems(checked) ? checked : { fields: checked }) : null;
    if (hasProblems(problems)) {
      showErrors(problems.fields, problems.form ?? null);
      return false;
    }
    const meta: SendMeta = force || baseVersion === undefined ? {} : { expectedUpdatedAt: baseVersion };
    const call = spec.send(values, meta);
    if (!call) return false;
    setFormError(null);
    const r = await action.run(() => call);
    if (!r) return false;
    if (r.ok) {
      markSaved();
      if (spec.keepSaved !== false) setBaseline(values);
      const saved = (r.value as { updatedAt?: unknown } | null)?.updatedAt;
      setBaseVersion(typeof saved === 'number' ? saved : latest.current.version);
      spec.onSaved?.(r.value, values);
      return true;
    }
    if (isStale(r.error)) {
      staleActions.set(r.error, { reload: reloadLatest(), overwrite: () => void save(spec, true) });
      showErrors({}, r.error);
    } else {
      showFailure(r.error);
    }
    spec.onFailed?.(r.error);
    return false;
  };

  const submit =
    <R>(spec: SubmitSpec<V, F, R>) => {
      // The unsaved-changes prompt saves with the form's own submit.
      lastSubmit.current = (force?: boolean) => save(spec, force);
      return async (e?: FormEvent) => {
        e?.preventDefault();
        await save(spec);
      };
    };

  /** aria-describedby of a field: its error first, then any hints. */
  const describe = (f: F, ...hints: (string | null | undefined | false)[]) =>
    [errors[f] ? errorId(f) : null, ...hints].filter(Boolean).join(' ') || undefined;

  /** The wiring of a native text input, textarea or select holding a string. */
  const input = (f: F, hints: (string | null | undefined | false)[] = []) => ({
    id: fieldId(f),
    value: valueAt(values, f) as string,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => setAt(f, e.target.value),
    'aria-invalid': errors[f] ? true : undefined,
    'aria-describedby': describe(f, ...hints),
  });

  /** The wiring of a field of ours holding a string and giving the new one (DateField, TimeField). */
  const bind = (f: F, hints: (string | null | undefined | false)[] = []) => ({
    id: fieldId(f),
    value: valueAt(values, f) as string,
    onChange: (value: string) => setAt(f, value),
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
    /** The value at a field's path. */
    valueAt: (path: F) => valueAt(values, path),
    set,
    setAt,
    setValues,
    errors,
    formError,
    setFormError,
    showErrors,
    showFailure,
    clearError,
    saving: action.busy,
    /** Another call sharing the form's busy state and guard (a reset, a remove). */
    run: action.run,
    /** The clean values: the last defaults, reset or save (what a patch of changes is taken against). */
    baseline,
    isDirty,
    reset,
    reload,
    submit,
    submitId,
    fieldId,
    errorId,
    describe,
    input,
    bind,
    control,
  };
}

export type Form<V extends object, F extends string = keyof V & string> = ReturnType<typeof useForm<V, F>>;

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
