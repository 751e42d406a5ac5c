import { useEffect, useState } from 'react';

/** Rows a long list shows at once; the rest follow in the next frame. */
export const FIRST_ROWS = 40;

/**
 * A long list's first rows at once and the rest right after (a frame and a
 * task later), so what the user looks at first is on screen without waiting
 * for hundreds of rows to be made: the tracker's answer to a keystroke. (The
 * trip page's long lists are windowed instead: lib/windowed.tsx.)
 *
 * `once`: only the list's first showing is split; once it has been shown
 * whole, every later list is shown whole at once — after a write (a member
 * moved with Alt+↓) no row may vanish for a frame, taking the focus with it.
 */
export function useProgressive<T>(rows: readonly T[], opts: { first?: number; once?: boolean } = {}): readonly T[] {
  const first = opts.first ?? FIRST_ROWS;
  const once = opts.once === true;
  const [shownWhole, setShownWhole] = useState<readonly T[] | null>(null);
  const [ever, setEver] = useState(false);
  const whole = rows.length <= first || shownWhole === rows || (once && ever);
  // Adjusting state while rendering (React's pattern for state that follows props): a list shown whole once stays whole.
  if (once && whole && !ever && rows.length > 0) setEver(true);
  useEffect(() => {
    if (whole) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => {
        setShownWhole(rows);
        if (once) setEver(true); // a list made afresh each render (a filter) counts as shown whole too
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [rows, whole, once]);
  return whole ? rows : rows.slice(0, first);
}
