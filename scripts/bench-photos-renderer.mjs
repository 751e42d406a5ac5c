// `npm run bench`, renderer side of adding photos: decoding and shrinking
// 20 JPEGs of 2000 × 1500 in headless Chromium with the renderer's own
// shrinkPhoto (renderer/src/media/images.ts, bundled here by
// esbuild exactly as written), beside a raw baseline in the same page: the
// browser's decode alone (createImageBitmap + close). Needs Debian's Chromium;
// without it the figure is skipped with one line.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const N_PHOTOS = 20;
const FIXTURE = join(root, 'tests/fixtures/media/command-center-2000x1500.jpg');

const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
if (!executablePath) {
  console.log('\nrenderer photo shrink: skipped (no Chromium at $CHROMIUM_PATH or /usr/bin/chromium)');
  process.exit(0);
}

// The renderer module as the app runs it, exposed as a global for the page.
const bundle = await build({
  entryPoints: [join(root, 'renderer/src/media/images.ts')],
  bundle: true,
  format: 'iife',
  globalName: 'RombonganImages',
  platform: 'browser',
  target: 'chrome120',
  write: false,
  logLevel: 'warning',
});
const script = bundle.outputFiles[0].text;

const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><title>bench</title>');
  await page.addScriptTag({ content: script });
  const result = await page.evaluate(
    async ({ b64, n, runs }) => {
      const bin = atob(b64);
      const bytes = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      // A new Blob per photo, as each picked file is its own: nothing decoded is reused.
      const files = () => Array.from({ length: n }, () => new Blob([bytes], { type: 'image/jpeg' }));
      const median = (xs) => {
        const s = [...xs].sort((a, b) => a - b);
        const m = s.length >> 1;
        return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
      };
      const ours = async () => {
        const t0 = performance.now();
        let out = 0;
        for (const f of files()) out += (await globalThis.RombonganImages.shrinkPhoto(f)).imageBase64.length;
        return { ms: performance.now() - t0, out };
      };
      const raw = async () => {
        const t0 = performance.now();
        for (const f of files()) (await globalThis.createImageBitmap(f, { imageOrientation: 'from-image' })).close();
        return { ms: performance.now() - t0 };
      };
      // One warm-up of each, then alternate so both see the same machine.
      await ours();
      await raw();
      const a = [];
      const b = [];
      let check = null;
      for (let r = 0; r < runs; r++) {
        const o = await ours();
        a.push(o.ms);
        check = o.out;
        b.push((await raw()).ms);
      }
      const sample = await globalThis.RombonganImages.shrinkPhoto(new Blob([bytes], { type: 'image/jpeg' }));
      return { ours: median(a), raw: median(b), width: sample.width, height: sample.height, outBytes: check / n, version: navigator.userAgent };
    },
    { b64: readFileSync(FIXTURE).toString('base64'), n: N_PHOTOS, runs: RUNS },
  );
  if (result.width !== 1600 || result.height !== 1200) throw new Error(`shrinkPhoto gave ${result.width}×${result.height}, expected 1600×1200`);
  const fig = (x) => (x < 10 ? x.toFixed(2) : x.toFixed(1));
  const chrome = /Chrome\/([\d.]+)/.exec(result.version)?.[1] ?? '?';
  console.log(`\nRenderer photo shrink — median of ${RUNS} runs, headless Chromium ${chrome}`);
  const name = `shrink ${N_PHOTOS} JPEGs 2000×1500 → 1600 px + thumb (shrinkPhoto)`;
  console.log(`${'benchmark'.padEnd(name.length)}  ${'ours ms'.padStart(9)}  ${'raw ms'.padStart(9)}  ${'ratio'.padStart(6)}  baseline`);
  console.log(
    `${name}  ${fig(result.ours).padStart(9)}  ${fig(result.raw).padStart(9)}  ${(result.ours / result.raw).toFixed(2).padStart(5)}×  raw: createImageBitmap + close only (decode)`,
  );
  console.log(`per photo: ${fig(result.ours / N_PHOTOS)} ms shrunk, ${fig(result.raw / N_PHOTOS)} ms decoded; ~${Math.round((result.outBytes * 3) / 4 / 1024)} KB JPEG sent to main`);
} finally {
  await browser.close();
}
