import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useCommand } from '../lib/commands-react';
import { shortcutLabel } from '../lib/keys';
import { CloseIcon } from './Icons';

export const TOAST_MS = 10_000;

/** Texts are translated when shown, so a toast follows a language switch. */
type Text = (t: TFunction) => string;

export interface ToastOptions {
  message: Text;
  kind?: 'info' | 'error';
  /** A button in the toast, e.g. "Urungkan". */
  action?: { label: Text; run: () => void | Promise<void> };
  /** Ctrl+Z (⌘Z) runs the action while the toast is visible. */
  undoable?: boolean;
  duration?: number;
}

interface ToastItem extends ToastOptions {
  id: number;
}

interface ToastApi {
  show: (t: ToastOptions) => number;
  dismiss: (id: number) => void;
}

const ToastContext = createContext<ToastApi | null>(null);

export function useToasts(): ToastApi {
  const ctx = useContext(ToastContext);
  if (!ctx) throw new Error('useToasts outside <ToastProvider>');
  return ctx;
}

let nextId = 1;

/** Short-lived messages, bottom right, announced politely (one role="status" region). */
export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [toasts, setToasts] = useState<ToastItem[]>([]);
  const running = useRef(new Set<number>());

  const dismiss = useCallback((id: number) => {
    setToasts((ts) => ts.filter((x) => x.id !== id));
  }, []);

  const show = useCallback((opts: ToastOptions) => {
    const id = nextId++;
    // At most three at a time: the oldest goes first.
    setToasts((ts) => [...ts.slice(-2), { ...opts, id }]);
    return id;
  }, []);

  const runAction = useCallback(
    async (toast: ToastItem) => {
      if (!toast.action || running.current.has(toast.id)) return;
      running.current.add(toast.id);
      dismiss(toast.id);
      try {
        await toast.action.run();
      } finally {
        running.current.delete(toast.id);
      }
    },
    [dismiss],
  );

  // Ctrl+Z / ⌘Z undoes the newest undoable toast (the registry leaves it alone while typing or in a dialog).
  const latestUndoable = [...toasts].reverse().find((x) => x.undoable && x.action);
  useCommand({
    id: 'toasts.undo',
    label: 'commands.labels.undo',
    keys: 'Mod+Z',
    context: 'global',
    when: () => latestUndoable !== undefined,
    run: () => {
      if (latestUndoable) void runAction(latestUndoable);
    },
  });

  const api = useMemo(() => ({ show, dismiss }), [show, dismiss]);

  return (
    <ToastContext.Provider value={api}>
      {children}
      <section className="toasts" aria-label={t('common.notifications')}>
        <div role="status" aria-live="polite" className="toast-stack">
          {toasts.map((toast) => (
            <Toast key={toast.id} toast={toast} onDismiss={dismiss} onAction={runAction} />
          ))}
        </div>
      </section>
    </ToastContext.Provider>
  );
}

interface ToastProps {
  toast: ToastItem;
  onDismiss: (id: number) => void;
  onAction: (toast: ToastItem) => Promise<void>;
}

function Toast({ toast, onDismiss, onAction }: ToastProps) {
  const { t } = useTranslation();
  const [paused, setPaused] = useState(false);
  const remaining = useRef(toast.duration ?? TOAST_MS);
  const { id } = toast;

  // Disappears after its time, which stops running while pointed at or focused.
  useEffect(() => {
    if (paused) return;
    const started = Date.now();
    const timer = window.setTimeout(() => onDismiss(id), remaining.current);
    return () => {
      window.clearTimeout(timer);
      remaining.current = Math.max(1500, remaining.current - (Date.now() - started));
    };
  }, [paused, onDismiss, id]);

  return (
    <div
      className={`toast toast-${toast.kind ?? 'info'}`}
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget)) setPaused(false);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onDismiss(id);
        }
      }}
    >
      <p className="toast-message">{toast.message(t)}</p>
      {toast.action && (
        <button
          type="button"
          className="btn btn-toast"
          onClick={() => void onAction(toast)}
          aria-keyshortcuts={toast.undoable ? 'Control+Z Meta+Z' : undefined}
        >
          {toast.action.label(t)}
          {toast.undoable && (
            <kbd className="kbd kbd-on-dark" aria-hidden="true">
              {shortcutLabel('Z')}
            </kbd>
          )}
        </button>
      )}
      <button
        type="button"
        className="icon-btn toast-close"
        aria-label={t('common.dismissNotification')}
        onClick={() => onDismiss(id)}
      >
        <CloseIcon size={16} />
      </button>
    </div>
  );
}
