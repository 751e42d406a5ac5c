import { afterEach, describe, expect, it, vi } from 'vitest';
import { takeToken, TOKEN_KEY } from '../../renderer/src/api/bridge';

/**
 * Browser mode's token arrives as `?token=` in the address the server printed;
 * the page keeps it in the tab's sessionStorage and takes it out of the
 * address bar and the history entry, so it is neither seen nor left behind.
 */
describe('takeToken', () => {
  afterEach(() => {
    sessionStorage.clear();
    window.history.replaceState(null, '', '/');
  });

  it('reads the token, keeps it for the tab and removes it from the address, keeping other parameters and the hash', () => {
    window.history.replaceState({ from: 'server' }, '', '/index.html?lang=en&token=s3cr%C3%A9t&x=1#/trips/abc');
    const entries = window.history.length;
    expect(takeToken()).toBe('s3crét');
    expect(window.location.pathname).toBe('/index.html');
    expect(window.location.search).toBe('?lang=en&x=1');
    expect(window.location.hash).toBe('#/trips/abc');
    expect(window.location.href).not.toContain('token');
    // The same entry, replaced: no new history entry, its state kept.
    expect(window.history.length).toBe(entries);
    expect(window.history.state).toEqual({ from: 'server' });
    expect(sessionStorage.getItem(TOKEN_KEY)).toBe('s3crét');
  });

  it('after a reload (no token in the address) answers from sessionStorage and leaves the address alone', () => {
    window.history.replaceState(null, '', '/?token=abc#/directory');
    takeToken();
    window.history.replaceState(null, '', '/#/directory');
    const replace = vi.spyOn(window.history, 'replaceState');
    expect(takeToken()).toBe('abc');
    expect(replace).not.toHaveBeenCalled();
    replace.mockRestore();
    expect(window.location.href).toMatch(/\/#\/directory$/);
  });

  it('drops an empty ?token= from the address and keeps the token it already had', () => {
    sessionStorage.setItem(TOKEN_KEY, 'kept');
    window.history.replaceState(null, '', '/?token=#/trips');
    expect(takeToken()).toBe('kept');
    expect(window.location.search).toBe('');
    expect(window.location.hash).toBe('#/trips');
  });

  it('leaves the token in the address when sessionStorage refuses it, so a reload still works', () => {
    const replaceState = vi.fn();
    const win = {
      location: { href: 'http://127.0.0.1:41237/?token=abc' } as Location,
      history: { state: null, replaceState } as unknown as History,
      sessionStorage: {
        getItem: () => null,
        setItem: () => {
          throw new DOMException('blocked', 'SecurityError');
        },
      } as unknown as Storage,
    };
    expect(takeToken(win)).toBe('abc');
    expect(replaceState).not.toHaveBeenCalled();
  });

  it('with no token anywhere answers an empty one', () => {
    expect(takeToken()).toBe('');
  });
});
