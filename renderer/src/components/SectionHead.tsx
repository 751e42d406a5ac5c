import type { ReactNode } from 'react';

/**
 * A trip section's heading line: the h2 (its id labels the section), how many there are
 * (shown only when given) and the section's buttons at the right.
 */
export function SectionHead({ id, title, count, actions }: { id: string; title: string; count?: string | null; actions?: ReactNode }) {
  return (
    <div className="section-head">
      <h2 id={id}>{title}</h2>
      {count && <p className="muted">{count}</p>}
      {actions && <div className="section-head-actions">{actions}</div>}
    </div>
  );
}
