import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { useDebounced } from '../../renderer/src/lib/useDebounced';

/*
 * Search as you type: one keystroke after a pause answers at once; keys
 * coming faster than the delay settle once, the delay after the last one.
 * The clock is Vitest's fake one (setTimeout and performance.now together).
 */

function Probe({ value }: { value: string }) {
  const settled = useDebounced(value, 80);
  return <output aria-label="settled">{settled}</output>;
}
const settled = () => screen.getByLabelText('settled').textContent;
/** `ms` of the fake clock pass. */
function pass(ms: number): void {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
}

describe('useDebounced', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A step: a number is that many ms passing, a string the value the user has typed by then, `{ sees }` what has settled. */
  type Step = number | string | { sees: string };
  it.each<[string, string, Step[]]>([
    ['takes a change after a quiet moment at once, without waiting for the delay', 'Mal', [1000, 'Malu', { sees: 'Malu' }, 500, 'Mal', { sees: 'Mal' }]],
    ['settles a burst of keys once, the delay after the last', '', [1000, 'S', { sees: 'S' }, 30, 'Su', 30, 'Sud', 79, { sees: 'S' }, 1, { sees: 'Sud' }]],
    ['drops a burst that comes back to the settled value', 'Sud', [1000, 'Sudi', { sees: 'Sudi' }, 20, 'Sud', 20, 'Sudi', 200, { sees: 'Sudi' }]],
  ])('%s', (_name, first, steps) => {
    const { rerender } = render(<Probe value={first} />);
    for (const step of steps) {
      if (typeof step === 'number') pass(step);
      else if (typeof step === 'string') rerender(<Probe value={step} />);
      else expect(settled()).toBe(step.sees);
    }
  });
});
