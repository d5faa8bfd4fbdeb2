// Shared helpers for the end-to-end tests.
const fs = require('node:fs');
const path = require('node:path');
const { expect } = require('@playwright/test');
const { AxeBuilder } = require('@axe-core/playwright');

const artifacts = path.join(__dirname, '..', '.artifacts', 'screenshots');

// The test servers (server.mjs), all serving the one build, dist/. Relative URLs in the
// tests ('./', './zh-hant/') go to SITE, Playwright's baseURL.
const BASE = Number(process.env.E2E_PORT ?? 4173);
const SITE = `http://127.0.0.1:${BASE}`; // dist/ at / and at /news/2032-ai-capex/
const STRICT = `http://127.0.0.1:${BASE + 1}`; // dist/ at /, and under a strict CSP at /csp/
const HOST = `http://127.0.0.1:${BASE + 2}`; // host pages: another origin, like a CMS
const SUB_PATH = '/news/2032-ai-capex/';

// The two windows most tests use.
const PHONE = { width: 360, height: 740 };
const LAPTOP = { width: 1280, height: 800 };

// The two languages as a reader sees them: where each entry page is, what <html lang>
// says, the title, the 2032 total in the sentence and in the table, and the switch to
// the other language.
const LANGUAGES = {
  en: {
    name: 'English',
    entry: './',
    html: 'en',
    title: /AI Capex Explorer/,
    total: '$525B',
    cell2032: '525.0',
    announced2032: /^2032\b[\s\S]*Total \$525B/,
    other: { text: '中文（繁體）', tag: 'zh-Hant' },
  },
  zh: {
    name: 'Traditional Chinese',
    entry: './zh-hant/',
    html: 'zh-Hant',
    title: /AI 資本支出探索器/,
    total: '5,250 億美元',
    cell2032: '5,250',
    announced2032: /^2032 年\s+總額 5,250 億美元/,
    other: { text: 'English', tag: 'en' },
  },
};

const byId = (scope, id) => scope.getByTestId(id);
// The widget has started (the static baseline's key number has no test id).
const ready = (page) => expect(byId(page, 'key-total')).toBeVisible();
// Opens "More assumptions" (its controls are built when it first opens) and every
// group in it, so that any control can be reached.
async function openControls(scope) {
  await scope.locator('details.more').evaluateAll((all) => all.forEach((d) => { d.open = true; }));
  await expect(scope.locator('details.group')).toHaveCount(5);
  await scope.locator('details.group').evaluateAll((all) => all.forEach((d) => { d.open = true; }));
}
const htmlLang = (page) => page.evaluate(() => document.documentElement.lang);

// An independent re-statement of the model's total path (src/model/projection.rs),
// used as an oracle: 2025 = $371B, then growth g(y) = long + (near − long)·e^(−(y−2026)/2);
// extra efficiency e with elasticity ε multiplies year y by ((1 − e)^(y − 2025))^(1 − ε).
const IMPLIED = ((525 / 371) ** (1 / 7) - 1) * 100;
function expectedTotal2032({ near = IMPLIED, longRun = IMPLIED, eff = 0, elas = 0.7 } = {}) {
  let base = 371;
  for (let y = 2026; y <= 2032; y++) {
    const g = longRun + (near - longRun) * Math.exp(-(y - 2026) / 2);
    base *= 1 + g / 100;
  }
  return base * ((1 - eff / 100) ** 7) ** (1 - elas);
}
// A total as the page prints it: "$412.3B", "$525B", "$1,998B".
const money = (v) => (v >= 999.95
  ? `$${Math.round(v).toLocaleString('en-US')}B`
  : `$${v.toFixed(1).replace(/\.0$/, '')}B`);

// A total as the sentence and the key number print it, rounded as a newsroom would:
// whole billions from $100B up ("$647B"), one decimal below.
const headline = (v) => (v >= 99.95 ? money(Math.round(v)) : money(v));

// The same in Traditional Chinese, in whole 億 (hundred millions) of US dollars:
// "5,250 億美元".
const yi = (v) => `${Math.round(v * 10).toLocaleString('en-US')} 億美元`;

// A cheap fingerprint of the canvas pixels, to tell whether the chart changed.
async function canvasFingerprint(page) {
  return page.getByTestId('chart-investment').evaluate((c) => {
    const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let h = 2166136261;
    for (let i = 0; i < data.length; i += 7) h = Math.imul(h ^ data[i], 16777619) >>> 0;
    return `${c.width}x${c.height}:${h}`;
  });
}

// A downloaded PNG as the browser decodes it: its width, how many colours a sample of
// its pixels has, how many of them are dark (text and lines), and a fingerprint.
async function pngLook(page, bytes) {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.naturalWidth; c.height = img.naturalHeight;
    const ctx = c.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    const colours = new Set();
    let inked = 0;
    let h = 2166136261;
    for (let i = 0; i < d.length; i += 4 * 13) {
      colours.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
      if (d[i] < 128 && d[i + 1] < 128 && d[i + 2] < 128) inked++;
      h = Math.imul(h ^ d[i] ^ (d[i + 2] << 8), 16777619) >>> 0;
    }
    return { width: img.naturalWidth, colours: colours.size, inked, fingerprint: h };
  }, bytes.toString('base64'));
}

// Fails each test of the file that logged a console error, threw on the page (or in
// any of its frames), or asked for anything beyond the loopback test servers. Returns
// `forgive()`, for a test that expects the errors it has seen so far.
function failOnPageErrors(test) {
  const loopback = [SITE, STRICT, HOST];
  let problems = [];
  test.beforeEach(async ({ page }) => {
    problems = [];
    page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console: ${msg.text()}`); });
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    await page.context().route('**/*', (route) => {
      const url = route.request().url();
      if (loopback.some((origin) => url.startsWith(`${origin}/`)) || /^(data|blob):/.test(url)) return route.fallback();
      problems.push(`request to another origin: ${url}`);
      return route.abort();
    });
  });
  test.afterEach(() => {
    expect(problems, 'no console errors, uncaught exceptions or outside requests').toEqual([]);
  });
  return { forgive: () => { problems = []; } };
}

// What axe-core finds against WCAG 2.2 AA and its best-practice rules (landmarks, one
// level-one heading, heading order, regions), one line per rule broken.
async function axeViolations(page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

// How far the page scrolls sideways (0 or less: it does not).
const horizontalOverflow = (page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

// A link's parts: where it goes (origin and path) and its query as an object.
function linkParts(href) {
  const url = new URL(href);
  return { page: `${url.origin}${url.pathname}`, params: Object.fromEntries(url.searchParams) };
}

// The parts of the link in an embed snippet's <iframe src="…">.
function snippetLink(snippet) {
  const src = snippet.match(/<iframe src="([^"]+)"/);
  expect(src, snippet).not.toBeNull();
  return linkParts(src[1].replace(/&amp;/g, '&'));
}

// Puts a page on a test server (by default the host origin, a real loopback server like
// a CMS would be) and returns its address.
async function hostPage(page, name, html, origin = HOST) {
  const response = await page.request.put(`${origin}/pages/${name}`, { data: html });
  expect(response.status()).toBe(204);
  return `${origin}/pages/${name}`;
}

// The data-testid (else id, else tag) of each element the Tab key reaches, in order,
// up to and including `last` (or `limit` presses).
async function tabOrder(page, last, limit = 140) {
  const order = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => {
      const el = document.activeElement;
      return el ? (el.getAttribute('data-testid') || el.id || el.tagName.toLowerCase()) : null;
    });
    order.push(id);
    if (id === last) break;
  }
  return order;
}

module.exports = {
  fs, path, artifacts, SITE, STRICT, HOST, SUB_PATH, PHONE, LAPTOP, LANGUAGES, byId, ready, htmlLang,
  expectedTotal2032, money, headline, yi, canvasFingerprint, pngLook, failOnPageErrors, axeViolations, horizontalOverflow,
  linkParts, snippetLink, hostPage, tabOrder, openControls,
};
