/** A column heading: its text, the class its width or alignment hangs on, and whether only screen readers read it (an actions column). */
export type Column = string | { label: string; className?: string; hidden?: boolean };

/** A table's header row, one `th scope="col"` a column. */
export function TableHead({ columns }: { columns: readonly Column[] }) {
  return (
    <thead>
      <tr>
        {columns.map((c) => {
          const col = typeof c === 'string' ? { label: c } : c;
          return (
            <th key={col.label} scope="col" className={col.className}>
              {col.hidden ? <span className="visually-hidden">{col.label}</span> : col.label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}

/** A table's `<colgroup>`: the class of each column (undefined: a column that takes the rest). */
export function ColGroup({ classes }: { classes: readonly (string | undefined)[] }) {
  return (
    <colgroup>
      {classes.map((c, i) => (
        <col key={i} className={c} />
      ))}
    </colgroup>
  );
}
