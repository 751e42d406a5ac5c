import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';

/*
 * Reads pause while their view is off screen: a section wrapped in
 * <WhileVisible> tells every live read inside it (lib/data.ts) whether it is
 * in the viewport; a read that is not visible waits, and reads again only if
 * its tables changed meanwhile once it is scrolled back into view. Where the
 * browser has no IntersectionObserver, everything counts as visible.
 */
const Visible = createContext(true);

export function useVisible(): boolean {
  return useContext(Visible);
}

/** The nearest ancestor that scrolls vertically, or null for the window (lib/windowed.tsx windows lists in it too). */
export function scrollerOf(el: HTMLElement): HTMLElement | null {
  for (let p = el.parentElement; p; p = p.parentElement) {
    if (/^(auto|scroll)$/.test(getComputedStyle(p).overflowY)) return p;
  }
  return null;
}

export function WhileVisible({ children, className, id }: { children: ReactNode; className?: string; id?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    // A margin of a screen: what is about to scroll into view is read already. The margin is the scroller's
    // (the shell's page area, which clips): around the window's it would never reach past that clip.
    const io = new IntersectionObserver((entries) => setVisible(entries.some((e) => e.isIntersecting)), {
      root: scrollerOf(el),
      rootMargin: '100% 0px',
    });
    io.observe(el);
    return () => io.disconnect();
  }, []);
  return (
    <div ref={ref} id={id} className={className}>
      <Visible.Provider value={visible}>{children}</Visible.Provider>
    </div>
  );
}
