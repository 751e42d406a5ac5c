import { parseHash } from './lib/router';
import { prefetchTrips } from './trips/boot';

/*
 * Evaluated first (main.tsx imports it before anything else): asks main for
 * the first screen's data at once, so the database answers while the rest of
 * the bundle is evaluated and React renders. The screens take these answers
 * through lib/data.ts (takePrefetched); a question asked differently is
 * simply asked again. An area's boot.ts is its only file besides the index
 * that this one may import (it must not pull the area's screens in first).
 */
prefetchTrips(parseHash(window.location.hash));
