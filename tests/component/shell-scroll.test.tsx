import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { APP_SHELL_ID } from '../../renderer/src/components/Modal';
import { renderAt, seedTrip, startHarness } from './harness';

/**
 * Issue 13.6: the window never scrolls as a whole; the sidebar and the page
 * scroll on their own. jsdom lays nothing out, so this checks the structure
 * and what the app's own style sheets (loaded into the document) say about
 * it; tests/e2e/shell-scroll.test.ts scrolls for real in Chromium.
 */

const STYLES = ['tokens.css', 'layout.css', 'controls.css'].map((f) => resolve(__dirname, '../../renderer/src/styles', f));

function loadStyles(): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = STYLES.map((f) => readFileSync(f, 'utf8')).join('\n');
  document.head.append(style);
  return style;
}

let sheet: HTMLStyleElement | null = null;
afterEach(() => {
  sheet?.remove();
  sheet = null;
});

describe('the shell: a fixed-height frame with two scroll areas', () => {
  it('renders the shell, the sidebar and the page area the layout styles target', async () => {
    const { app } = await startHarness();
    const trip = await seedTrip(app, 'Studi Komparasi Command Center ke Kota Malang', '2025-04-24', '2025-04-25');
    renderAt(`#/trips/${trip.id}`);
    await screen.findByRole('heading', { level: 1, name: 'Studi Komparasi Command Center ke Kota Malang' });

    const shell = document.getElementById(APP_SHELL_ID) as HTMLElement;
    expect(shell.classList.contains('shell')).toBe(true);
    // Its two columns, and nothing else that takes room (the skip link floats above).
    const sidebar = screen.getByRole('complementary');
    const main = screen.getByRole('main');
    expect(sidebar.classList.contains('sidebar')).toBe(true);
    expect(main.classList.contains('main')).toBe(true);
    expect(sidebar.parentElement).toBe(shell);
    expect(main.parentElement).toBe(shell);
    expect(sidebar.contains(screen.getByRole('navigation', { name: 'Navigasi utama' }))).toBe(true);
    // The screen is inside the page area: it scrolls there, with the trip's sections and their anchors.
    expect(main.contains(screen.getByRole('heading', { level: 1 }))).toBe(true);
    expect(main.querySelector('#trip-delegation')).not.toBeNull();
    expect(main.querySelector('#trip-documents')).not.toBeNull();
  });

  it('the style sheets pin the window and let the sidebar and the page area scroll, each on its own', async () => {
    await startHarness();
    sheet = loadStyles();
    const { container } = renderAt('#/trips');
    // main.tsx renders into #root.
    container.id = 'root';
    await screen.findByRole('heading', { level: 1 });

    for (const el of [document.documentElement, document.body, container]) {
      expect(getComputedStyle(el).overflow).toBe('hidden');
    }
    const shell = document.getElementById(APP_SHELL_ID) as HTMLElement;
    // Exactly the window's height (jsdom resolves 100vh/100dvh to its window's).
    expect(getComputedStyle(shell).height).toBe(`${window.innerHeight}px`);
    for (const el of [screen.getByRole('complementary'), screen.getByRole('main')]) {
      const css = getComputedStyle(el);
      expect(css.overflowY).toBe('auto');
      expect(css.overscrollBehavior).toBe('contain');
      // Positioned, so what is absolutely positioned inside (visually hidden text) stays inside.
      expect(css.position).toBe('relative');
    }
  });
});
