import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/result';
import { hrefs, takeHeadingFocus } from '../lib/router';
import { AlertIcon } from './Icons';
import { errorText } from '../i18n/errors';

/**
 * The page's h1. After a route change it takes focus, so keyboard and screen
 * reader users start at the top of the new screen. Also sets the window title.
 */
export function PageHeading({ children, title }: { children: ReactNode; title: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeHeadingFocus()) ref.current?.focus();
  }, []);
  useEffect(() => {
    document.title = t('app.documentTitle', { page: title });
  }, [t, title]);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-title">
      {children}
    </h1>
  );
}

/** A screen's "not here" text and the way back to the trips list (an unknown address, a trip that is gone). */
export function BackToTrips({ text, linkLabel }: { text: string; linkLabel: string }) {
  return (
    <>
      <p className="lead">{text}</p>
      <p>
        <a href={hrefs.trips} className="btn btn-secondary">
          {linkLabel}
        </a>
      </p>
    </>
  );
}

export function EmptyState({
  icon,
  title,
  children,
  action,
  headingLevel = 2,
}: {
  icon: ReactNode;
  title: string;
  children: ReactNode;
  action?: ReactNode;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="empty-state">
      <div className="empty-icon">{icon}</div>
      <Heading className="empty-title">{title}</Heading>
      <p className="empty-text">{children}</p>
      {action && <div className="empty-action">{action}</div>}
    </section>
  );
}

export function ErrorPanel({ title, error, onRetry }: { title: string; error: ApiError; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="error-panel" role="alert">
      <AlertIcon size={20} />
      <div>
        <p className="error-title">{title}</p>
        <p className="error-text">{errorText(t, error)}</p>
        {onRetry && (
          <button type="button" className="btn btn-secondary btn-small" onClick={onRetry}>
            {t('common.retry')}
          </button>
        )}
      </div>
    </div>
  );
}

/** An error as one line of text (a section's failed read, a dialog's refused action); nothing without one. */
export function ErrorLine({ error, className }: { error: ApiError | null | undefined; className?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p className={className ? `form-error ${className}` : 'form-error'} role="alert">
      {errorText(t, error)}
    </p>
  );
}

/** Shown while the first answer is on its way (no role="status": that is the toasts'). */
export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" aria-busy="true">
      <span className="spinner" aria-hidden="true" />
      {t('common.loading')}
    </p>
  );
}
