import { startTransition, useEffect, useState } from 'react';

/**
 * False for a view's first render, true right after it is on screen: what
 * the user looks at first commits alone, and the rest follows as a
 * transition, which React renders in slices that leave the main thread free
 * for input (the trip page's sections below the participants: their anchors
 * are there at once, their contents a moment later).
 */
export function useAfterFirstCommit(): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => {
    startTransition(() => setAfter(true));
  }, []);
  return after;
}
