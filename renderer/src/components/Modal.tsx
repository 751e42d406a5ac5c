import { useEffect, useRef, type ReactNode, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';

/** The element behind every modal: made inert while one is open. */
export const APP_SHELL_ID = 'app-shell';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

function focusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.hidden);
}

interface ModalProps {
  /** id of the heading that names the dialog. */
  labelledBy: string;
  describedBy?: string;
  /** Escape, or the cancel button. */
  onCancel: () => void;
  children: ReactNode;
}

/**
 * A modal dialog: role="dialog" + aria-modal, the page behind inert, focus
 * kept inside (Tab wraps), first field focused, Escape cancels, and focus
 * goes back where it was on close.
 */
export function Modal({ labelledBy, describedBy, onCancel, children }: ModalProps) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const shell = document.getElementById(APP_SHELL_ID);
    // A dialog over another one (a confirmation) leaves the page inert when it closes.
    const wasInert = shell?.hasAttribute('inert') ?? false;
    shell?.setAttribute('inert', '');
    const root = ref.current;
    if (root) {
      const first = root.querySelector<HTMLElement>('[data-autofocus]') ?? focusables(root)[0] ?? root;
      first.focus();
    }
    return () => {
      if (!wasInert) shell?.removeAttribute('inert');
      if (previous?.isConnected) previous.focus();
    };
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      e.preventDefault();
      onCancel();
      return;
    }
    if (e.key !== 'Tab' || !ref.current) return;
    const items = focusables(ref.current);
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    const active = document.activeElement;
    if (e.shiftKey && (active === first || !ref.current.contains(active))) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && (active === last || !ref.current.contains(active))) {
      e.preventDefault();
      first.focus();
    }
  };

  return createPortal(
    <div
      className="modal-backdrop"
      // A click outside must not steal focus from the dialog (nor close it: nothing typed is lost).
      onMouseDown={(e) => {
        if (e.target === e.currentTarget) e.preventDefault();
      }}
    >
      <div
        ref={ref}
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        {children}
      </div>
    </div>,
    document.body,
  );
}
