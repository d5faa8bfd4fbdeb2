// Lighthouse 12.8.2 scores for the page (English and Traditional Chinese) and the embed view (release builds), in Debian's
// Chromium, with Lighthouse's default mobile settings. Printed, not asserted.
// Run by `bash .ci/bench.sh`; prints "bench: name | value | budget" lines.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const PORT = Number(process.env.BENCH_PORT ?? 41930);
const server = spawn(process.execPath, [fileURLToPath(new URL('../e2e/server.mjs', import.meta.url))], {
  env: { ...process.env, E2E_PORT: String(PORT) }, stdio: 'ignore',
});
for (let i = 0; i < 100; i++) {
  try { if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) break; } catch { /* not up yet */ }
  await new Promise((r) => setTimeout(r, 100));
}

const budgets = { performance: '≥ 0.98', accessibility: '1.0', 'best-practices': '1.0', seo: '≥ 0.9' };
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic',
    '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  for (const [name, url] of [['page', `http://127.0.0.1:${PORT}/`], ['page, zh-Hant', `http://127.0.0.1:${PORT}/zh-hant/`],
    ['embed view', `http://127.0.0.1:${PORT + 1}/?embed=1`]]) {
    const result = await lighthouse(url, {
      port: chrome.port, output: 'json', logLevel: 'error',
      onlyCategories: Object.keys(budgets),
    });
    for (const [id, budget] of Object.entries(budgets)) {
      const score = result.lhr.categories[id]?.score;
      console.log(`bench: Lighthouse ${id}, ${name} | ${score ?? 'n/a'} | ${budget}`);
    }
    // The metrics behind the performance score, to see which one moved.
    const metric = (id) => result.lhr.audits[id]?.displayValue ?? 'n/a';
    console.log(`lighthouse: ${name}: first contentful paint ${metric('first-contentful-paint')}, largest ${metric('largest-contentful-paint')}, blocking ${metric('total-blocking-time')}, layout shift ${metric('cumulative-layout-shift')}, speed index ${metric('speed-index')}`);
    const failing = Object.values(result.lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id);
    if (failing.length) console.log(`lighthouse: ${name}: audits not passed: ${failing.join(', ')}`);
  }
} finally {
  await chrome.kill();
  server.kill();
}
