import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
// The renderer's i18n, as main.tsx loads it.
import '../../renderer/src/i18n';

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
});
