import type { ReactNode } from 'react';
import { ChevronIcon } from './Icons';

/** The way back up from a screen below another (a trip: the list; the import: the directory). */
export function Breadcrumb({ label, href, linkLabel, children }: { label: string; href: string; linkLabel: string; children: ReactNode }) {
  return (
    <nav className="breadcrumb" aria-label={label}>
      <ol>
        <li>
          <a href={href} aria-label={linkLabel}>
            {children}
          </a>
          <ChevronIcon size={14} />
        </li>
      </ol>
    </nav>
  );
}
