import type { ReactNode } from 'react';

/** A select's options over a code list: one per code, in the list's order, shown by its label. */
export function CodeOptions<C extends string | number>({ codes, labelOf }: { codes: readonly C[]; labelOf: (code: C) => ReactNode }) {
  return (
    <>
      {codes.map((c) => (
        <option key={c} value={c}>
          {labelOf(c)}
        </option>
      ))}
    </>
  );
}

/** A select's options over records: each one's value (its id) and its label. */
export function ItemOptions<T>({ items, valueOf, labelOf }: { items: readonly T[]; valueOf: (item: T) => string | number; labelOf: (item: T) => ReactNode }) {
  return (
    <>
      {items.map((item) => (
        <option key={valueOf(item)} value={valueOf(item)}>
          {labelOf(item)}
        </option>
      ))}
    </>
  );
}
