// Shared helpers for the end-to-end tests.
const fs = require('node:fs');
const path = require('node:path');

const artifacts = path.join(__dirname, '..', '.artifacts', 'screenshots');

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

// Fails each test of the file that logged a console error or threw on the page. Returns
// `forgive()`, for a test that expects the errors it has seen so far.
function failOnPageErrors(test, expect) {
  let problems = [];
  test.beforeEach(async ({ page }) => {
    problems = [];
    page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console: ${msg.text()}`); });
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  });
  test.afterEach(() => {
    expect(problems, 'no console errors or uncaught exceptions').toEqual([]);
  });
  return { forgive: () => { problems = []; } };
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
  fs, path, artifacts, expectedTotal2032, money, canvasFingerprint, pngLook, failOnPageErrors, tabOrder,
};
