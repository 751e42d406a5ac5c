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

describe('useDebounced', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('takes a change after a quiet moment at once, without waiting for the delay', () => {
    const { rerender } = render(<Probe value="Mal" />);
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    rerender(<Probe value="Malu" />);
    expect(settled()).toBe('Malu');
    act(() => {
      vi.advanceTimersByTime(500);
    });
    rerender(<Probe value="Mal" />);
    expect(settled()).toBe('Mal');
  });

  it('settles a burst of keys once, the delay after the last', () => {
    const { rerender } = render(<Probe value="" />);
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    rerender(<Probe value="S" />);
    expect(settled()).toBe('S');
    act(() => {
      vi.advanceTimersByTime(30);
    });
    rerender(<Probe value="Su" />);
    act(() => {
      vi.advanceTimersByTime(30);
    });
    rerender(<Probe value="Sud" />);
    act(() => {
      vi.advanceTimersByTime(79);
    });
    expect(settled()).toBe('S');
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(settled()).toBe('Sud');
  });

  it('drops a burst that comes back to the settled value', () => {
    const { rerender } = render(<Probe value="Sud" />);
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    rerender(<Probe value="Sudi" />);
    expect(settled()).toBe('Sudi');
    act(() => {
      vi.advanceTimersByTime(20);
    });
    rerender(<Probe value="Sud" />);
    act(() => {
      vi.advanceTimersByTime(20);
    });
    rerender(<Probe value="Sudi" />);
    act(() => {
      vi.advanceTimersByTime(200);
    });
    expect(settled()).toBe('Sudi');
  });
});
