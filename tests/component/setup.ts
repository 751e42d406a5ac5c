import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
// The renderer's i18n, as main.tsx loads it.
import '../../renderer/src/i18n';

// findBy* and waitFor wait for the state the user waits for; they return as soon as it is
// there. The default 1 s limit made them fail on a machine with both cores busy (issue 13.7),
// so the limit is one against a hang, not a speed check.
configure({ asyncUtilTimeout: 20_000 });

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
});
