import type { ReactNode } from 'react';

/** One term and its value in a fact list (`<dl>`: Pengaturan → Tentang, Cadangan, a trip's dates, a document's signing). */
export function Fact({ term, className, children }: { term: ReactNode; className?: string; children: ReactNode }) {
  return (
    <div className={className}>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
