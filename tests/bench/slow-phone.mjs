// The page loading on a slow phone, in headless Chromium, printed (not asserted): the
// network and CPU throttled through the DevTools protocol with Lighthouse's mobile
// settings (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, CPU 4× slower), a
// 360×740 screen, the cache disabled. For RUNS page loads, the median (min–max) of:
//   - navigation → the static chart shown (the baseline-chart.svg <img> that
//     index.html shows before the wasm runs: loaded and visible);
//   - navigation → the live chart drawn (its canvas holds a drawing and the live key
//     number is there);
// and the bytes transferred per load (compressed, brotli, as a static host sends them).
// Both moments are recorded in the page (an init script polling once a frame), so the
// harness's own polling adds nothing to them.
// Run by `bash .ci/bench.sh` after a release build; prints "bench: name | value | budget" lines.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(fileURLToPath(new URL('../package.json', import.meta.url)));
const { chromium } = require('playwright-core');

const PORT = Number(process.env.BENCH_PORT ?? 41940);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
// Lighthouse's mobile throttling (its "simulate" constants: rttMs 150, throughputKbps
// 1638.4, uploadThroughputKbps 750, cpuSlowdownMultiplier 4), in the protocol's units.
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1638.4 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const CPU_SLOWDOWN = 4;
const LABEL = 'slow phone (Lighthouse mobile throttling, 360×740)';

// The server serves dist/ itself (it takes no other root): a load that meets a 404
// while dist/ is being rebuilt is retried.
const server = spawn(process.execPath, [fileURLToPath(new URL('../e2e/server.mjs', import.meta.url))], {
  env: { ...process.env, E2E_PORT: String(PORT), E2E_COMPRESS: '1' }, stdio: 'ignore',
});
const url = `http://127.0.0.1:${PORT}/`;
for (let i = 0; i < 100; i++) {
  try { if ((await fetch(url)).ok) break; } catch { /* not up yet */ }
  await new Promise((r) => setTimeout(r, 100));
}

const quantile = (xs, q) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(q * s.length))]; };
const fmt = (v) => v.toFixed(0);
const spread = (xs) => `${fmt(quantile(xs, 0.5))} ms (${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))})`;

// Once a frame, from the first: the moment each condition is first true.
function watch() {
  const marks = (window.__marks = {});
  const check = () => {
    const now = performance.now();
    const img = document.querySelector('img.static-chart');
    if (marks.staticChart === undefined && img?.complete && img.naturalWidth > 0 && img.checkVisibility()) {
      marks.staticChart = now;
    }
    // The live chart: the same test as browser.mjs's "first chart painted", once the
    // live key number (the static one has no test id) is in the page.
    const c = document.querySelector('[data-testid="chart-investment"]');
    if (document.querySelector('[data-testid="key-total"]') && c && c.width > 0) {
      const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      for (let i = 0; i < d.length; i += 4 * 97) {
        if (d[i] !== d[0] || d[i + 1] !== d[1] || d[i + 2] !== d[2]) { marks.liveChart = now; return; }
      }
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

// One throttled load on a fresh context: { staticChart, liveChart } in ms, and bytes.
async function load(browser) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  try {
    const page = await context.newPage();
    await page.addInitScript(watch);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    let bytes = 0;
    cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; });
    const missing = [];
    page.on('response', (r) => { if (r.status() >= 400) missing.push(`${r.status()} ${r.url()}`); });
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__marks.liveChart !== undefined, null, { timeout: 60_000 })
      .catch((error) => { throw missing.length ? new Error(`missing: ${missing.join(', ')}`) : error; });
    await page.waitForLoadState('networkidle');
    if (missing.length) throw new Error(`missing: ${missing.join(', ')}`);
    return { ...(await page.evaluate(() => window.__marks)), bytes };
  } finally {
    await context.close();
  }
}

// Each file once, so that the server has compressed it before the timed loads.
for (const file of readdirSync(fileURLToPath(new URL('../../dist', import.meta.url)), { recursive: true })) {
  await (await fetch(url + file, { headers: { 'accept-encoding': 'br' } })).arrayBuffer();
}

let browser;
try {
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
  const loads = [];
  for (let run = 0; run < RUNS; run++) {
    for (let attempt = 1; ; attempt++) {
      try { loads.push(await load(browser)); break; } catch (error) {
        if (attempt >= 3) throw error;
        console.error(`slow phone: load ${run + 1} failed (${error.message.split('\n')[0]}), retrying`);
        await new Promise((r) => setTimeout(r, 2000));
      }
    }
  }
  // The static chart can be replaced by the live one before it shows: such loads are left out.
  const shown = loads.map((l) => l.staticChart).filter((t) => t !== undefined);
  const of = (n) => (n === RUNS ? `${RUNS} loads` : `${n} of ${RUNS} loads`);
  console.log(`bench: ${LABEL}: navigation → static chart shown, median (min–max) of ${of(shown.length)} | ${shown.length ? spread(shown) : 'n/a'} | ≤ 1000 ms`);
  console.log(`bench: ${LABEL}: navigation → live chart drawn, median (min–max) of ${of(RUNS)} | ${spread(loads.map((l) => l.liveChart))} | ≤ 2500 ms`);
  console.log(`bench: ${LABEL}: bytes transferred per load, median of ${of(RUNS)} | ${quantile(loads.map((l) => l.bytes), 0.5).toLocaleString('en')} B | —`);
} finally {
  await browser?.close();
  server.kill();
}
