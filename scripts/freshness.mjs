// Whether a build is older than its sources, for scripts/start.mjs (tested in tests/unit/freshness.test.ts).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The newest modification time of the files under `paths` (0 when none); node_modules and dot-files are not sources. */
export function newest(paths) {
  let max = 0;
  const visit = (p) => {
    let st;
    try {
      st = statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) {
      for (const name of readdirSync(p)) if (name !== 'node_modules' && !name.startsWith('.')) visit(join(p, name));
    } else if (st.mtimeMs > max) max = st.mtimeMs;
  };
  for (const p of paths) visit(p);
  return max;
}

/** The oldest modification time of `files`, or -1 when one is missing (then it must be built). */
export function oldest(files) {
  let min = Infinity;
  for (const f of files) {
    if (!existsSync(f)) return -1;
    min = Math.min(min, statSync(f).mtimeMs);
  }
  return min;
}

/** True when any source is newer than the oldest output, or an output is missing. */
export function stale(sources, outputs) {
  return newest(sources) > oldest(outputs);
}
