// Browser timings of the release build in headless Chromium, printed (not asserted):
//   - navigation to the first chart painted (median of RUNS page loads);
//   - a slider's input event to the chart, the sentence and the table all updated
//     (p50/p95 over MOVES moves, median of SERIES runs), and any task over 50 ms
//     meanwhile (long tasks).
// Run by `bash .ci/bench.sh` after a release build; prints "bench: name | value" lines.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(fileURLToPath(new URL('../package.json', import.meta.url)));
const { chromium } = require('playwright-core');

const PORT = Number(process.env.BENCH_PORT ?? 41900);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const MOVES = Number(process.env.BENCH_MOVES ?? 500);
const SERIES = Number(process.env.BENCH_SERIES ?? 3);
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const server = spawn(process.execPath, [fileURLToPath(new URL('../e2e/server.mjs', import.meta.url))], {
  env: { ...process.env, E2E_PORT: String(PORT) }, stdio: 'ignore',
});
const url = `http://127.0.0.1:${PORT}/`;
for (let i = 0; i < 100; i++) {
  try { if ((await fetch(url)).ok) break; } catch { /* not up yet */ }
  await new Promise((r) => setTimeout(r, 100));
}

const quantile = (xs, q) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(q * s.length))]; };
const fmt = (v) => v.toFixed(2);

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
try {
  // 1. Navigation → first chart painted: the first frame in which the canvas holds a drawing.
  const paints = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const check = () => {
        const c = document.querySelector('[data-testid="chart-investment"]');
        if (c && c.width > 0) {
          const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
          for (let i = 0; i < d.length; i += 4 * 97) {
            if (d[i] !== d[0] || d[i + 1] !== d[1] || d[i + 2] !== d[2]) { window.__firstChart = performance.now(); return; }
          }
        }
        requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
    await page.goto(url);
    await page.waitForFunction(() => window.__firstChart !== undefined, null, { timeout: 30_000 });
    paints.push(await page.evaluate(() => window.__firstChart));
    await context.close();
  }
  console.log(`bench: in the browser: navigation → first chart painted, median of ${RUNS} loads | ${fmt(quantile(paints, 0.5))} ms | ≤ 300 ms`);

  // 2. Input → everything updated, and long tasks meanwhile: the medians of SERIES
  //    runs of MOVES moves, each on a fresh page; as the page opens, then with the
  //    likely range shown (a 10,000-path Monte Carlo run on every move).
  for (const band of [false, true]) {
  const p50s = [];
  const p95s = [];
  let longTasks = 0;
  for (let series = 0; series < SERIES; series++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(url);
    await page.getByTestId('sentence-total').waitFor();
    if (band) await page.getByTestId('show-band').check();
    const result = await page.evaluate(async (moves) => {
      const longTasks = [];
      new PerformanceObserver((list) => { for (const e of list.getEntries()) longTasks.push(e.duration); })
        .observe({ type: 'longtask', buffered: false });
      const slider = document.querySelector('[data-testid="slider-glr"]');
      const sentence = document.querySelector('[data-testid="sentence"]');
      const tbody = document.querySelector('[data-testid="table"] tbody');
      const canvas = document.querySelector('[data-testid="chart-investment"]');
      const times = [];
      for (let i = 0; i < moves; i++) {
        const value = String(-5 + (i % 80) * 0.5);
        const seen = new Set();
        const done = new Promise((resolve) => {
          const observer = new MutationObserver((records) => {
            for (const r of records) {
              if (r.target === canvas) seen.add('chart');
              else if (tbody.contains(r.target)) seen.add('table');
              else seen.add('sentence');
            }
            if (seen.size === 3) { observer.disconnect(); resolve(performance.now()); }
          });
          observer.observe(sentence, { childList: true, subtree: true, characterData: true });
          observer.observe(tbody, { childList: true, subtree: true, characterData: true });
          // The chart sets its backing-store size on every draw.
          observer.observe(canvas, { attributes: true, attributeFilter: ['width', 'height'] });
        });
        const start = performance.now();
        slider.value = value;
        slider.dispatchEvent(new Event('input', { bubbles: true }));
        times.push((await done) - start);
        // Let the browser paint between moves, as a reader's hand would.
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      }
      await new Promise((r) => setTimeout(r, 100));
      return { times, longTasks };
    }, MOVES);
    p50s.push(quantile(result.times, 0.5));
    p95s.push(quantile(result.times, 0.95));
    longTasks += result.longTasks.length;
    await context.close();
  }
  const runs = `${MOVES} moves, median of ${SERIES} runs`;
  const shown = band ? ', likely range shown' : '';
  console.log(`bench: in the browser: slider input → chart, sentence, table updated${shown}, p50 (${runs}) | ${fmt(quantile(p50s, 0.5))} ms | —`);
  console.log(`bench: in the browser: slider input → chart, sentence, table updated${shown}, p95 (${runs}) | ${fmt(quantile(p95s, 0.5))} ms | ${band ? '— (≤ 16 ms, one frame)' : '≤ 4 ms'}`);
  console.log(`bench: in the browser: long tasks (> 50 ms) during ${SERIES} × ${MOVES} moves${shown} | ${longTasks} | 0`);
  }
} finally {
  await browser.close();
  server.kill();
}
