import { parseHash } from './lib/hash';
import { prefetchTrips } from './trips/boot';

/*
 * The page's entry (index.html loads only this): asks main for the first
 * screen's data at once, then loads the app (main.tsx, its own chunk), so the
 * database answers while the app's bundle (React, the texts, the schemas) is
 * fetched and evaluated. It imports nothing heavy (lib/hash, lib/early, the
 * api bridge) — keep it so: whatever it imports is evaluated first. The
 * screens take these answers through lib/data.ts (takePrefetched); a question
 * asked differently is simply asked again. An area's boot.ts is its only file besides the index
 * that this one may import (it must not pull the area's screens in first).
 */
prefetchTrips(parseHash(window.location.hash));
void import('./main');
