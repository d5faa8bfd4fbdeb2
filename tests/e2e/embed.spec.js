// Share links, embedding, auto-height, the host API and static hosting, against the
// build with the `embed` feature (dist-embed/) and the default build (dist/).
const { test, expect } = require('@playwright/test');
const { expectedTotal2032 } = require('./helpers');

const BASE = Number(process.env.E2E_PORT ?? 4173);
const PLAIN = `http://127.0.0.1:${BASE}`;
const EMBED = `http://127.0.0.1:${BASE + 1}`;
const HOST = `http://127.0.0.1:${BASE + 2}`;
const LOOPBACK = [PLAIN, EMBED, HOST];

let problems;
test.beforeEach(async ({ page }) => {
  problems = [];
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console: ${msg.text()}`); });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  // No request may leave loopback, ever.
  await page.context().route('**/*', (route) => {
    const url = route.request().url();
    if (LOOPBACK.some((origin) => url.startsWith(origin)) || url.startsWith('data:') || url.startsWith('blob:')) {
      return route.fallback();
    }
    problems.push(`request to another origin: ${url}`);
    return route.abort();
  });
});
test.afterEach(() => {
  expect(problems, 'no console errors, uncaught exceptions or outside requests').toEqual([]);
});

const byId = (scope, id) => scope.getByTestId(id);
const money = (v) => `$${v.toFixed(1).replace(/\.0$/, '')}B`;

test('a shared link restores a non-default scenario', async ({ page }) => {
  await page.goto(`${EMBED}/?glr=12&inf32=60&tr32=10`);
  await expect(byId(page, 'sentence-total')).toHaveText(money(expectedTotal2032({ longRun: 12 })));
  await expect(byId(page, 'sentence-inference')).toHaveText('60%');
  await expect(byId(page, 'field-glr')).toHaveValue('12');
  await expect(byId(page, 'field-tr32')).toHaveValue('10');
  await expect(byId(page, 'notice-list')).toHaveText('');
  await expect(byId(page, 'notices').getByRole('button', { name: 'Dismiss' })).toBeHidden();
});

test('a preset link selects the preset and its description', async ({ page }) => {
  await page.goto(`${EMBED}/?preset=capex-bust`);
  await expect(byId(page, 'preset')).toHaveValue('capex-bust');
  await expect(byId(page, 'preset-description')).toContainText('digest');
  await expect(byId(page, 'sentence-total')).toHaveText('$293.8B');
  await byId(page, 'preset').selectOption('report');
  await expect(byId(page, 'sentence-total')).toHaveText('$525B');
  await expect.poll(() => page.evaluate(() => window.location.search)).toBe('');
});

test('moving a slider rewrites the address without adding history entries', async ({ page }) => {
  await page.goto(`${EMBED}/`);
  await expect(byId(page, 'sentence-total')).toHaveText('$525B');
  const before = await page.evaluate(() => window.history.length);
  await byId(page, 'slider-inf32').focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await expect.poll(() => page.evaluate(() => window.location.search)).toBe('?inf32=55');
  expect(await page.evaluate(() => window.history.length)).toBe(before);
  // Sliding back to the default clears the link.
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
  await expect.poll(() => page.evaluate(() => window.location.search)).toBe('');
  await expect(byId(page, 'sentence')).toContainText("matches the report's projection");
});

test('hostile links never break the widget and say what was adjusted', async ({ page }) => {
  const hostile = [
    ['glr=NaN&inf32=60', '60%', 1],
    ['glr=Infinity&g26=1e308&inf32=60', '60%', 2],
    ['glr=-99999&inf32=60', '60%', 1],
    [`inf32=60&glr=${'9'.repeat(5000)}`, '60%', 2],
    ['inf32=60&%F0%9F%92%A3=%00&preset=%3Cscript%3Ealert(1)%3C/script%3E', '60%', 1],
    ['inf32=60&__proto__=1&constructor=2&utm_source=news', '60%', 0],
    ['inf32=%2B60&tr32=-5&&&==&%', '60%', 1],
  ];
  for (const [query, inference, notices] of hostile) {
    await page.goto(`${EMBED}/?${query}`);
    await expect(byId(page, 'sentence-inference'), query).toHaveText(inference);
    await expect(byId(page, 'notices').locator('li'), query).toHaveCount(notices);
    if (notices > 0) {
      await byId(page, 'notices').getByRole('button', { name: 'Dismiss' }).click();
      await expect(byId(page, 'notices').locator('li')).toHaveCount(0);
    }
  }
});

test('Share copies a link that opens the same view', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: EMBED });
  await page.goto(`${EMBED}/?glr=9.5`);
  await byId(page, 'share').click();
  await expect(byId(page, 'share-status')).toHaveText('Copied to the clipboard.');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(`${EMBED}/?glr=9.5`);
  await expect(byId(page, 'share-link')).toHaveValue(link);
  await page.keyboard.press('Escape');
  await expect(page.locator('#capex-share-panel')).toBeHidden();
});

test('Share still works without the Clipboard API', async ({ page }) => {
  await page.addInitScript(() => { Object.defineProperty(navigator, 'clipboard', { value: undefined }); });
  await page.goto(`${EMBED}/?glr=9.5`);
  await byId(page, 'share').click();
  await expect(byId(page, 'share-link')).toHaveValue(`${EMBED}/?glr=9.5`);
  await expect(byId(page, 'share-status')).not.toHaveText('');
  // The link is selected, ready for Ctrl+C.
  const selected = await page.evaluate(() => {
    const f = document.getElementById('capex-share-link');
    return f.value.substring(f.selectionStart, f.selectionEnd);
  });
  expect(selected).toBe(`${EMBED}/?glr=9.5`);
});

test('the embed snippet is one paste: titled lazy iframe with the scenario and a resize listener', async ({ page }) => {
  await page.goto(`${EMBED}/?glr=9.5`);
  await byId(page, 'embed').click();
  const snippet = await byId(page, 'embed-code').inputValue();
  expect(snippet).toContain(`<iframe src="${EMBED}/?glr=9.5&amp;embed=1"`);
  expect(snippet).toContain('title="AI Capex Explorer');
  expect(snippet).toContain('loading="lazy"');
  expect(snippet).toContain('allow="clipboard-write"');
  expect(snippet).toContain('width="100%"');
  expect(snippet).toContain('capex:height');
});

// Puts a host page on the host origin (a real loopback server, like a CMS would be).
async function hostPage(page, name, html) {
  const response = await page.request.put(`${HOST}/pages/${name}`, { data: html });
  expect(response.status()).toBe(204);
}

async function hostWithSnippet(page, width, query = '') {
  // Take the snippet from the widget itself, then paste it into a page on another origin.
  await page.goto(`${EMBED}/${query}`);
  await byId(page, 'embed').click();
  const snippet = await byId(page, 'embed-code').inputValue();
  await hostPage(page, `article-${width}.html`, `<!doctype html><meta charset="utf-8"><title>Article</title>
      <body style="margin:0"><div style="width:${width}px"><p>Article text.</p>${snippet}<p>More text.</p></div></body>`);
  await page.setViewportSize({ width: Math.max(width, 320), height: 900 });
  await page.goto(`${HOST}/pages/article-${width}.html`);
  const frame = page.frameLocator('iframe[data-capex-embed]');
  await expect(byId(frame, 'sentence-total')).toBeVisible();
  return frame;
}

async function iframeMatchesContent(page) {
  await expect.poll(async () => {
    const outer = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
    const inner = await page.frames()[1].evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    return Math.abs(outer - inner);
  }, { timeout: 10_000 }).toBeLessThanOrEqual(1);
  // Nothing scrolls inside the frame.
  await expect.poll(async () => {
    return page.frames()[1].evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
  }, { timeout: 10_000 }).toBeLessThanOrEqual(1);
}

for (const width of [320, 1024]) {
  test(`our snippet sizes the iframe to its content at ${width} px, and follows changes`, async ({ page }) => {
    const frame = await hostWithSnippet(page, width);
    await iframeMatchesContent(page);
    // The embed view: no page chrome, a source line and a link to the full interactive.
    await expect(frame.getByRole('heading', { level: 1 })).toBeHidden();
    await expect(byId(frame, 'embed-source')).toContainText('Bloomberg Intelligence');
    await expect(byId(frame, 'open-full')).toHaveAttribute('href', `${EMBED}/`);
    // The content grows (a notice appears); the iframe follows.
    // On a narrow frame only the first group of controls starts open; open the second.
    const mix = frame.locator('details.group').nth(1);
    if (!(await mix.evaluate((d) => d.open))) {
      await mix.locator(':scope > summary').click();
      await iframeMatchesContent(page);
    }
    const before = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
    await byId(frame, 'slider-inf32').focus();
    await page.keyboard.press('End');
    await expect(byId(frame, 'notices').locator('li')).toHaveCount(1);
    await iframeMatchesContent(page);
    const after = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
    expect(after).toBeGreaterThan(before);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  });
}

test('newsrooms using the real Pym.js parent get the height with no extra code', async ({ page }) => {
  await hostPage(page, 'pym-article.html', `<!doctype html><meta charset="utf-8"><title>Pym article</title><body style="margin:0">
      <div id="capex-pym"></div><script src="/pym.v1.min.js"></script>
      <script>window.pymParent = new pym.Parent('capex-pym', '${EMBED}/?embed=1', { title: 'AI Capex Explorer' });</script></body>`);
  await page.setViewportSize({ width: 480, height: 900 });
  await page.goto(`${HOST}/pages/pym-article.html`);
  const frame = page.frameLocator('#capex-pym iframe');
  await expect(byId(frame, 'sentence-total')).toHaveText('$525B');
  await iframeMatchesContent(page);
  // Pym sets the height attribute from our child messages.
  const attr = await page.locator('#capex-pym iframe').getAttribute('height');
  expect(parseInt(attr, 10)).toBeGreaterThan(600);
});

test('a CMS that carries the Datawrapper listener gets datawrapper-height', async ({ page }) => {
  await page.goto(`${HOST}/host-api.html?widget=${encodeURIComponent(`${EMBED}/?embed=1`)}`);
  const frame = page.frameLocator('#capex');
  await expect(byId(frame, 'sentence-total')).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.capexMessages.filter((m) => m && m['datawrapper-height']).length))
    .toBeGreaterThan(0);
  const dw = await page.evaluate(() => window.capexMessages.find((m) => m && m['datawrapper-height'])['datawrapper-height']);
  expect(dw.capex).toBeGreaterThan(300);
});

test('host API: ready, get, set, preset, and a battery of hostile messages', async ({ page }) => {
  await page.goto(`${HOST}/host-api.html?widget=${encodeURIComponent(`${EMBED}/?embed=1`)}`);
  const frame = page.frameLocator('#capex');
  await expect(byId(frame, 'sentence-total')).toHaveText('$525B');
  const messages = (type) => page.evaluate((t) => window.capexMessages.filter((m) => m && m.type === t), type);
  await expect.poll(async () => (await messages('capex:ready')).length).toBe(1);

  await page.evaluate(() => window.capexSend({ type: 'capex:get' }));
  await expect.poll(async () => (await messages('capex:state')).length).toBe(1);
  const state = (await messages('capex:state'))[0];
  expect(state.summary.total_2032).toBeCloseTo(525, 6);
  expect(state.projection.years).toEqual([2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032]);
  expect(state.projection.total[1]).toBeCloseTo(371, 6);
  expect(state.scenario.inf32).toBe(50);
  expect(state.preset).toBe('report');

  await page.evaluate(() => window.capexSend({ type: 'capex:set', scenario: { glr: 10, inf32: 120 } }));
  await expect(byId(frame, 'sentence-total')).toHaveText(money(expectedTotal2032({ longRun: 10 })));
  await expect.poll(async () => (await messages('capex:state')).length).toBe(2);
  const set = (await messages('capex:state'))[1];
  expect(set.scenario.glr).toBe(10);
  expect(set.scenario.inf32).toBe(100);
  expect(set.adjustments.join(' ')).toContain('Inference share in 2032 must be between 0 and 100');

  await page.evaluate(() => window.capexSend({ type: 'capex:preset', id: 'jevons-boom' }));
  await expect(byId(frame, 'preset')).toHaveValue('jevons-boom');
  await expect.poll(async () => (await messages('capex:state')).at(-1).preset).toBe('jevons-boom');

  // Hostile messages: each gets capex:error and changes nothing.
  const shown = await byId(frame, 'sentence-total').textContent();
  const hostile = await page.evaluate(() => {
    const deep = {}; let d = deep; for (let i = 0; i < 1000; i++) { d.x = {}; d = d.x; }
    const cyclic = { type: 'capex:set' }; cyclic.scenario = cyclic;
    return [
      ['wrong type', { type: 'capex:set', scenario: { glr: 'fast' } }],
      ['extra key', { type: 'capex:get', admin: true }],
      ['__proto__', JSON.parse('{"type":"capex:set","scenario":{"__proto__":{"glr":99}}}')],
      ['unknown assumption', { type: 'capex:set', scenario: { evil: 1 } }],
      ['NaN', { type: 'capex:set', scenario: { glr: NaN } }],
      ['Infinity', { type: 'capex:set', scenario: { glr: Infinity } }],
      ['deep nesting', { type: 'capex:set', scenario: deep }],
      ['megabyte string', { type: 'capex:preset', id: 'x'.repeat(1_000_000) }],
      ['unknown type', { type: 'capex:explode' }],
      ['plain string', 'hello'],
      ['number', 42],
      ['null', null],
      ['array', [1, 2, 3]],
      ['unknown preset', { type: 'capex:preset', id: 'nope' }],
      ['empty set', { type: 'capex:set', scenario: {} }],
      ['cyclic', cyclic],
      ['undefined', undefined],
      ['Map as scenario', { type: 'capex:set', scenario: new Map([['glr', 12]]) }],
      ['Map as message', new Map([['type', 'capex:get']])],
      ['BigInt', { type: 'capex:set', scenario: { glr: 10n } }],
      ['Date', new Date()],
    ].map(([name]) => name);
  });
  const before = (await messages('capex:error')).length;
  await page.evaluate(() => {
    const deep = {}; let d = deep; for (let i = 0; i < 1000; i++) { d.x = {}; d = d.x; }
    const cyclic = { type: 'capex:set' }; cyclic.scenario = cyclic;
    for (const m of [
      { type: 'capex:set', scenario: { glr: 'fast' } },
      { type: 'capex:get', admin: true },
      JSON.parse('{"type":"capex:set","scenario":{"__proto__":{"glr":99}}}'),
      { type: 'capex:set', scenario: { evil: 1 } },
      { type: 'capex:set', scenario: { glr: NaN } },
      { type: 'capex:set', scenario: { glr: Infinity } },
      { type: 'capex:set', scenario: deep },
      { type: 'capex:preset', id: 'x'.repeat(1_000_000) },
      { type: 'capex:explode' },
      'hello', 42, null, [1, 2, 3],
      { type: 'capex:preset', id: 'nope' },
      { type: 'capex:set', scenario: {} },
      cyclic,
      undefined,
      { type: 'capex:set', scenario: new Map([['glr', 12]]) },
      new Map([['type', 'capex:get']]),
      { type: 'capex:set', scenario: { glr: 10n } },
      new Date(),
    ]) window.capexSend(m);
    // Echoes of what the widget itself sends are ignored, not answered.
    for (const m of [{ type: 'capex:state' }, { type: 'capex:error', message: 'x' }, { type: 'capex:ready' }, { type: 'capex:height', height: 1 }]) {
      window.capexSend(m);
    }
  });
  await expect.poll(async () => (await messages('capex:error')).length - before, { timeout: 10_000 }).toBe(hostile.length);
  for (const e of (await messages('capex:error')).slice(before)) {
    expect(typeof e.message).toBe('string');
    expect(e.message.length).toBeLessThan(300);
  }
  await expect(byId(frame, 'sentence-total')).toHaveText(shown);
  await expect(byId(frame, 'preset')).toHaveValue('jevons-boom');
});

test('messages from anyone but the parent, or from an origin not allowed, are ignored', async ({ page }) => {
  const allowed = encodeURIComponent(`${EMBED}/?embed=1&origins=https://news.example.com`);
  await page.goto(`${HOST}/host-api.html?widget=${allowed}`);
  const frame = page.frameLocator('#capex');
  await expect(byId(frame, 'sentence-total')).toHaveText('$525B');
  await page.evaluate(() => window.capexSend({ type: 'capex:set', scenario: { glr: 30 } }));
  await page.waitForTimeout(500);
  await expect(byId(frame, 'sentence-total')).toHaveText('$525B');
  expect(await page.evaluate(() => window.capexMessages.filter((m) => m && m.type === 'capex:error').length)).toBe(0);
});

test('the embed URL opened on its own does not talk to itself', async ({ page }) => {
  await page.addInitScript(() => {
    window.__posted = 0;
    window.addEventListener('message', () => { window.__posted += 1; });
  });
  await page.goto(`${EMBED}/?embed=1`);
  await expect(byId(page, 'sentence-total')).toHaveText('$525B');
  await byId(page, 'slider-glr').focus();
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(600);
  expect(await page.evaluate(() => window.__posted)).toBe(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
});

test('origins: an allowed host can set, a host not allowed cannot, and a sibling frame never can', async ({ page }) => {
  const allowed = encodeURIComponent(`${EMBED}/?embed=1&origins=${HOST}`);
  await page.goto(`${HOST}/host-api.html?widget=${allowed}`);
  const frame = page.frameLocator('#capex');
  await expect.poll(() => page.evaluate(() => window.capexMessages.filter((m) => m && m.type === 'capex:ready').length)).toBe(1);
  await page.evaluate(() => window.capexSend({ type: 'capex:set', scenario: { glr: 10 } }));
  await expect(byId(frame, 'sentence-total')).toHaveText(money(expectedTotal2032({ longRun: 10 })));
  // A second frame on the page posts to the widget: not the parent, so nothing happens.
  await page.evaluate(() => {
    const sibling = document.createElement('iframe');
    sibling.srcdoc = '<script>parent.frames[0].postMessage({type:"capex:set",scenario:{glr:30}}, "*")<\/script>';
    document.body.appendChild(sibling);
  });
  await page.waitForTimeout(600);
  await expect(byId(frame, 'sentence-total')).toHaveText(money(expectedTotal2032({ longRun: 10 })));
});

test('dist/ works from a sub-path of a static host', async ({ page }) => {
  await page.goto(`${PLAIN}/news/2032-ai-capex/`);
  await expect(byId(page, 'sentence-total')).toHaveText('$525B');
  await byId(page, 'slider-glr').focus();
  await page.keyboard.press('ArrowRight');
  await expect(byId(page, 'sentence-total')).not.toHaveText('$525B');
});

test('runs under a strict Content-Security-Policy with no violation', async ({ page }) => {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const response = await page.goto(`${EMBED}/csp/?glr=12`);
  expect(response.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  await expect(byId(page, 'sentence-total')).toHaveText(money(expectedTotal2032({ longRun: 12 })));
  await byId(page, 'slider-inf32').focus();
  await page.keyboard.press('ArrowRight');
  await byId(page, 'share').click();
  await expect(byId(page, 'share-status')).not.toHaveText('');
  await byId(page, 'embed').click();
  await expect(byId(page, 'share-status')).not.toHaveText('');
  await expect(byId(page, 'sentence-inference')).toHaveText('51%');
  expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
});
