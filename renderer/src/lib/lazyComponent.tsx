import { useEffect, useState, type ComponentType, type ReactNode } from 'react';

/**
 * A component whose code is its own chunk, fetched the first time it is
 * shown (or earlier, by whoever calls the same import, as boot.ts does for
 * the trip page). Unlike React.lazy it does not suspend: React 19 holds back
 * the content of a Suspense boundary until 300 ms after its fallback was
 * shown (its FALLBACK_THROTTLE_MS), so a trip page whose chunk and data were
 * already there sat idle for up to 0.3 s. Here the fallback is ordinary
 * state and the module's arrival a plain update, committed at once. A chunk
 * that fails to load is thrown to the nearest error boundary, as lazy() does.
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>, fallback: ReactNode = null): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const start = (): Promise<ComponentType<P>> =>
    (pending ??= load().then(
      (c) => (loaded = c),
      (e: unknown) => {
        pending = null;
        throw e;
      },
    ));

  function Lazy(props: P) {
    const [, setArrived] = useState(false);
    const [error, setError] = useState<{ error: unknown } | null>(null);
    useEffect(() => {
      if (loaded) return;
      let live = true;
      start().then(
        () => live && setArrived(true),
        (e: unknown) => live && setError({ error: e }),
      );
      return () => {
        live = false;
      };
    }, []);
    if (error) throw error.error;
    if (loaded) {
      const Loaded = loaded;
      return <Loaded {...props} />;
    }
    return <>{fallback}</>;
  }
  Lazy.displayName = 'Lazy';
  return Lazy;
}
