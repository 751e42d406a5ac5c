/*
 * The one way a code list is defined (re-exported by shared/vocabulary.ts).
 * Kept apart from the vocabulary itself, which re-exports every area's lists:
 * the areas' vocabulary files import this one, and an import cycle would make
 * the helper undefined while they load.
 */

/** The labels of a code list: one for each code, and no other (an unknown key does not compile either). */
type LabelsOf<C extends readonly string[], L> = L & Record<C[number], string> & Record<Exclude<keyof L, C[number]>, never>;

/**
 * One code list: its codes, in display order (a tuple for `z.enum`), and the
 * official Indonesian label of each, which the documents print, listed in the
 * same order. As with `satisfies Record<Code, string>`, a missing label does
 * not compile; a label map out of the codes' order throws at load.
 *
 *     export const [TONES, TONE_LABELS] = defineVocabulary(['positive', 'neutral'], { positive: 'Positif', neutral: 'Netral' });
 *     export type Tone = (typeof TONES)[number];
 */
export function defineVocabulary<const C extends readonly [string, ...string[]], const L extends Record<C[number], string>>(
  codes: C,
  labels: LabelsOf<C, L>,
): readonly [C, L] {
  const keys = Object.keys(labels);
  if (keys.length !== codes.length || keys.some((k, i) => k !== codes[i])) {
    throw new Error(`defineVocabulary: the labels (${keys.join(', ')}) must list the codes (${codes.join(', ')}) in order`);
  }
  return [codes, labels];
}

/** A predicate for the codes of a subset of a list, e.g. `isOpenStatus = inSubset<FollowupStatus>(OPEN_STATUSES)`. */
export const inSubset =
  <T extends string>(subset: readonly T[]) =>
  (code: T): boolean =>
    subset.includes(code);

/** A guard for text that should be one of a list's codes (imported cells, stored free text). */
export const isCodeOf =
  <T extends string>(codes: readonly T[]) =>
  (s: string): s is T =>
    (codes as readonly string[]).includes(s);
