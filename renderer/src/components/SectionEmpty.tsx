import type { ReactNode } from 'react';
import './section-empty.css';

/** A quiet empty state inside a section, with the action that fills it. */
export function SectionEmpty({ icon, title, children, action }: { icon: ReactNode; title: string; children: ReactNode; action?: ReactNode }) {
  return (
    <div className="section-empty">
      <span className="section-empty-icon">{icon}</span>
      <div className="section-empty-body">
        <p className="section-empty-title">{title}</p>
        <p className="section-empty-text">{children}</p>
        {action && <div className="section-empty-action">{action}</div>}
      </div>
    </div>
  );
}
