// Share links, embedding (the `?embed=1` view), auto-height, the host API and static
// hosting, all against the one build, dist/.
const { test, expect } = require('@playwright/test');
const {
  SITE, STRICT, HOST, SUB_PATH, byId, expectedTotal2032, money, headline, failOnPageErrors, openControls, linkParts, snippetLink, hostPage,
} = require('./helpers');

failOnPageErrors(test);

test('a shared link restores a non-default scenario', async ({ page }) => {
  await page.goto(`${SITE}/?glr=12&inf32=60&tr32=10`);
  await expect(byId(page, 'sentence-total')).toHaveText(headline(expectedTotal2032({ longRun: 12 })));
  await expect(byId(page, 'sentence-inference')).toHaveText('60%');
  await expect(byId(page, 'field-glr')).toHaveValue('12');
  await openControls(page);
  await expect(byId(page, 'field-tr32')).toHaveValue('10');
  await expect(byId(page, 'notice-list')).toHaveText('');
  await expect(byId(page, 'notices').getByRole('button', { name: 'Dismiss' })).toBeHidden();
});

test('a preset link selects the preset and its description', async ({ page }) => {
  await page.goto(`${SITE}/?preset=capex-bust`);
  await expect(byId(page, 'preset')).toHaveValue('capex-bust');
  await expect(byId(page, 'preset-description')).toContainText('digest');
  await expect(byId(page, 'sentence-total')).toHaveText('$294B');
  await byId(page, 'preset').selectOption('report');
  await expect(byId(page, 'sentence-total')).toHaveText('$525B');
  await expect.poll(() => page.evaluate(() => window.location.search)).toBe('');
});

test('moving a slider rewrites the address without adding history entries', async ({ page }) => {
  await page.goto(`${SITE}/`);
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

// Each hostile link: the rest of the link still applies (inference at 60%), and a note
// says what was adjusted (how many notes).
const HOSTILE_LINKS = [
  ['glr=NaN&inf32=60', 1],
  ['glr=Infinity&g26=1e308&inf32=60', 2],
  ['glr=-99999&inf32=60', 1],
  [`inf32=60&glr=${'9'.repeat(5000)}`, 2],
  ['inf32=60&%F0%9F%92%A3=%00&preset=%3Cscript%3Ealert(1)%3C/script%3E', 1],
  ['inf32=60&__proto__=1&constructor=2&utm_source=news', 0],
  ['inf32=%2B60&tr32=-5&&&==&%', 1],
];
for (const [query, notices] of HOSTILE_LINKS) {
  test(`a hostile link never breaks the widget and says what was adjusted: ?${query.slice(0, 60)}`, async ({ page }) => {
    await page.goto(`${SITE}/?${query}`);
    await expect(byId(page, 'sentence-inference')).toHaveText('60%');
    await expect(byId(page, 'notices').locator('li')).toHaveCount(notices);
    if (notices > 0) {
      await byId(page, 'notices').getByRole('button', { name: 'Dismiss' }).click();
      await expect(byId(page, 'notices').locator('li')).toHaveCount(0);
    }
  });
}

test('the page has the Share and Embed buttons', async ({ page }) => {
  await page.goto(`${SITE}/`);
  await expect(byId(page, 'share')).toHaveText('Share');
  await expect(byId(page, 'embed')).toHaveText('Embed');
  await expect(byId(page, 'share')).toHaveAttribute('aria-expanded', 'false');
});

test('Share copies a link that opens the same view, in the same language', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: SITE });
  await page.goto(`${SITE}/?glr=9.5`);
  await byId(page, 'share').click();
  await expect(byId(page, 'share-status')).toHaveText('Copied to the clipboard.');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(linkParts(link)).toEqual({ page: `${SITE}/`, params: { glr: '9.5', lang: 'en' } });
  await expect(byId(page, 'share-link')).toHaveValue(link);
  await page.keyboard.press('Escape');
  await expect(byId(page, 'share-link')).toBeHidden();
  // The link opens the same view.
  await page.goto(link);
  await expect(byId(page, 'field-glr')).toHaveValue('9.5');
  await expect(byId(page, 'sentence-total')).toHaveText(headline(expectedTotal2032({ longRun: 9.5 })));
});

test('Share still works without the Clipboard API', async ({ page }) => {
  await page.addInitScript(() => { Object.defineProperty(navigator, 'clipboard', { value: undefined }); });
  await page.goto(`${SITE}/?glr=9.5`);
  await byId(page, 'share').click();
  const link = await byId(page, 'share-link').inputValue();
  expect(linkParts(link)).toEqual({ page: `${SITE}/`, params: { glr: '9.5', lang: 'en' } });
  await expect(byId(page, 'share-status')).not.toHaveText('');
  // The link is selected, ready for Ctrl+C.
  const selected = await byId(page, 'share-link').evaluate((f) => f.value.substring(f.selectionStart, f.selectionEnd));
  expect(selected).toBe(link);
});

test('the embed snippet is one paste: titled lazy iframe with the scenario and a resize listener', async ({ page }) => {
  await page.goto(`${SITE}/?glr=9.5`);
  await byId(page, 'embed').click();
  const snippet = await byId(page, 'embed-code').inputValue();
  expect(snippetLink(snippet)).toEqual({ page: `${SITE}/`, params: { glr: '9.5', lang: 'en', embed: '1' } });
  expect(snippet).toContain('title="AI Capex Explorer');
  expect(snippet).toContain('loading="lazy"');
  expect(snippet).toContain('allow="clipboard-write"');
  expect(snippet).toContain('width="100%"');
  expect(snippet).toContain('capex:height');
});

// The embed snippet the widget gives for `query`, as a reader copies it.
async function snippetFor(page, query = '') {
  await page.goto(`${SITE}/${query}`);
  await byId(page, 'embed').click();
  return byId(page, 'embed-code').inputValue();
}

async function hostWithSnippet(page, width, query = '') {
  // Take the snippet from the widget itself, then paste it into a page on another origin.
  const snippet = await snippetFor(page, query);
  const url = await hostPage(page, `article-${width}.html`, `<!doctype html><meta charset="utf-8"><title>Article</title>
      <body style="margin:0"><div style="width:${width}px"><p>Article text.</p>${snippet}<p>More text.</p></div></body>`);
  await page.setViewportSize({ width: Math.max(width, 320), height: 900 });
  await page.goto(url);
  const frame = page.frameLocator('iframe[data-capex-embed]');
  await expect(byId(frame, 'key-total')).toBeVisible();
  return frame;
}

// The outer height of the page's `index`th iframe, in CSS pixels.
const iframeHeight = (page, index = 0) => page.locator('iframe').nth(index).evaluate((f) => f.getBoundingClientRect().height);

// The `index`th iframe is as tall as its content, which does not scroll inside it. The
// frame is scrolled into view first, as a reader would: Chromium does not render a
// cross-origin frame while it is off screen, so it has no size changes to report.
async function iframeMatchesContent(page, index = 0) {
  await page.locator('iframe').nth(index).scrollIntoViewIfNeeded();
  const inner = () => page.locator('iframe').nth(index).contentFrame();
  await expect.poll(async () => {
    const content = await inner().locator('body').evaluate((b) => Math.ceil(b.getBoundingClientRect().height));
    return Math.abs((await iframeHeight(page, index)) - content);
  }, { timeout: 10_000 }).toBeLessThanOrEqual(1);
  await expect.poll(
    () => inner().locator('html').evaluate((html) => html.scrollHeight - window.innerHeight),
    { timeout: 10_000 },
  ).toBeLessThanOrEqual(1);
}

// Opens the second group of controls in `frame` if a narrow frame started with it closed.
// The embed card keeps the inference share among its few controls: nothing to open.
async function openMixGroup(page, frame, index = 0) {
  await expect(byId(frame, 'slider-inf32')).toBeVisible();
  await iframeMatchesContent(page, index);
}

for (const width of [320, 1024]) {
  test(`our snippet sizes the iframe to its content at ${width} px, and follows changes`, async ({ page }) => {
    const frame = await hostWithSnippet(page, width);
    await iframeMatchesContent(page);
    // The embed view: no page chrome but its own heading, a source line and a link to the full interactive.
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText("AI Capex Explorer: Big Tech's AI investment to 2032");
    await expect(byId(frame, 'embed-source')).toContainText('Bloomberg Intelligence');
    const full = linkParts(await byId(frame, 'open-full').getAttribute('href'));
    expect(full.page).toBe(`${SITE}/`);
    expect(full.params.embed, 'the full interactive is not the embed view').toBeUndefined();
    expect([undefined, 'en'], 'the full interactive opens in the same language').toContain(full.params.lang);
    // The content grows (a notice appears); the iframe follows. A first step leaves
    // the report's scenario, whose description is longer than "your own assumptions".
    await openMixGroup(page, frame);
    await byId(frame, 'slider-inf32').focus();
    await page.keyboard.press('ArrowLeft');
    await expect(byId(frame, 'sentence-inference')).toHaveText('49%');
    await iframeMatchesContent(page);
    const before = await iframeHeight(page);
    await page.keyboard.press('End');
    await expect(byId(frame, 'notes-inf32').locator('li')).toHaveCount(1);
    await iframeMatchesContent(page);
    expect(await iframeHeight(page)).toBeGreaterThan(before);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  });
}

// Two widgets in one document, as two iframes of dist/ (the snippet pasted twice, once
// from the English view and once from the Chinese one). Not two mounts in one page: that
// needs an API the widget does not have yet.
test('two widgets in one host page (two iframes) change independently and each reports its own height', async ({ page }) => {
  const english = await snippetFor(page, '?glr=8');
  const chinese = await snippetFor(page, '?lang=zh-Hant');
  const url = await hostPage(page, 'two-widgets.html', `<!doctype html><meta charset="utf-8"><title>Two widgets</title>
      <body style="margin:0"><div style="width:360px">${english}</div><p>Between the two.</p>
      <div style="width:760px">${chinese}</div></body>`);
  await page.setViewportSize({ width: 800, height: 900 });
  await page.goto(url);
  const [first, second] = [0, 1].map((i) => page.frameLocator('iframe[data-capex-embed]').nth(i));
  await expect(byId(first, 'sentence-total')).toHaveText(headline(expectedTotal2032({ longRun: 8 })));
  await expect(byId(second, 'sentence-total')).toHaveText('5,250 億美元');
  await iframeMatchesContent(page, 0);
  await iframeMatchesContent(page, 1);
  // A change in the second leaves the first as it was, and only the second grows.
  await openMixGroup(page, second, 1);
  const heights = [await iframeHeight(page, 0), await iframeHeight(page, 1)];
  await byId(second, 'field-inf32').fill('200');
  await byId(second, 'field-inf32').press('Enter');
  await expect(byId(second, 'sentence-inference')).toHaveText('100%');
  await expect(byId(second, 'notes-inf32').locator('li')).not.toHaveCount(0);
  await iframeMatchesContent(page, 1);
  expect(await iframeHeight(page, 1)).toBeGreaterThan(heights[1]);
  await expect(byId(first, 'sentence-inference')).toHaveText('50%');
  await expect(byId(first, 'notes-inf32').locator('li')).toHaveCount(0);
  await iframeMatchesContent(page, 0);
  expect(await iframeHeight(page, 0)).toBe(heights[0]);
  // And a change in the first leaves the second's scenario and language alone.
  await byId(first, 'field-glr').fill('12');
  await byId(first, 'field-glr').press('Enter');
  await expect(byId(first, 'sentence-total')).toHaveText(headline(expectedTotal2032({ longRun: 12 })));
  await expect(byId(second, 'sentence-inference')).toHaveText('100%');
  await expect(second.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(first.locator('html')).toHaveAttribute('lang', 'en');
});

// Two widgets mounted in one document: the page carries two `.capex-root` elements, each
// with the language it starts in (`data-lang`), as src/app.rs mounts them. Only the first
// keeps the address.
test('two widgets mounted in one document change independently, and only the first keeps the address', async ({ page }) => {
  // On the widget's own origin, beside its files.
  const url = await hostPage(page, 'two-mounts.html', `<!doctype html><html lang="en"><meta charset="utf-8">
      <title>Two widgets</title><link rel="stylesheet" href="/main.css"><script type="module" src="/loader.js"></script>
      <body><div class="capex-root" data-lang="en"></div><div class="capex-root" data-lang="zh-Hant"></div></body></html>`, SITE);
  await page.goto(url);
  const [first, second] = [0, 1].map((i) => page.locator('.capex-root').nth(i));
  await expect(byId(first, 'sentence-total')).toHaveText('$525B');
  await expect(byId(second, 'sentence-total')).toHaveText('5,250 億美元');
  expect(await page.evaluate(() => {
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    return ids.filter((id, i) => ids.indexOf(id) !== i);
  }), 'no element id is used twice').toEqual([]);
  await byId(first, 'field-glr').fill('9');
  await byId(first, 'field-glr').press('Enter');
  await expect(byId(first, 'sentence-total')).toHaveText(headline(expectedTotal2032({ longRun: 9 })));
  await expect(byId(second, 'sentence-total')).toHaveText('5,250 億美元');
  await expect.poll(() => page.evaluate(() => window.location.search)).toBe('?glr=9');
  await byId(second, 'field-inf32').fill('60');
  await byId(second, 'field-inf32').press('Enter');
  await byId(second, 'language').click();
  await expect(byId(second, 'sentence-total')).toHaveText('$525B');
  await expect(byId(second, 'sentence-inference')).toHaveText('60%');
  await expect(byId(first, 'sentence-inference')).toHaveText('50%');
  await expect(byId(first, 'language')).toHaveText('中文（繁體）');
  await page.waitForTimeout(600);
  expect(await page.evaluate(() => window.location.search), 'the second widget leaves the address alone').toBe('?glr=9');
});

test('newsrooms using the real Pym.js parent get the height with no extra code', async ({ page }) => {
  const url = await hostPage(page, 'pym-article.html', `<!doctype html><meta charset="utf-8"><title>Pym article</title><body style="margin:0">
      <div id="capex-pym"></div><script src="/pym.v1.min.js"></script>
      <script>window.pymParent = new pym.Parent('capex-pym', '${SITE}/?embed=1', { title: 'AI Capex Explorer' });</script></body>`);
  await page.setViewportSize({ width: 480, height: 900 });
  await page.goto(url);
  const frame = page.frameLocator('#capex-pym iframe');
  await expect(byId(frame, 'sentence-total')).toHaveText('$525B');
  await iframeMatchesContent(page);
  // Pym sets the height attribute from our child messages.
  const attr = await page.locator('#capex-pym iframe').getAttribute('height');
  expect(parseInt(attr, 10)).toBeGreaterThan(600);
});

test('a CMS that carries the Datawrapper listener gets datawrapper-height', async ({ page }) => {
  await page.goto(`${HOST}/host-api.html?widget=${encodeURIComponent(`${SITE}/?embed=1`)}`);
  const frame = page.frameLocator('#capex');
  await expect(byId(frame, 'key-total')).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.capexMessages.filter((m) => m && m['datawrapper-height']).length))
    .toBeGreaterThan(0);
  const dw = await page.evaluate(() => window.capexMessages.find((m) => m && m['datawrapper-height'])['datawrapper-height']);
  expect(dw.capex).toBeGreaterThan(300);
});

test('host API: ready, get, set, preset, and a battery of hostile messages', async ({ page }) => {
  await page.goto(`${HOST}/host-api.html?widget=${encodeURIComponent(`${SITE}/?embed=1`)}`);
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
  await expect(byId(frame, 'sentence-total')).toHaveText(headline(expectedTotal2032({ longRun: 10 })));
  await expect.poll(async () => (await messages('capex:state')).length).toBe(2);
  const set = (await messages('capex:state'))[1];
  expect(set.scenario.glr).toBe(10);
  expect(set.scenario.inf32).toBe(100);
  expect(set.lang).toBe('en');
  expect(set.adjustments).toContainEqual({
    code: 'clamped', key: 'inf32', message: expect.stringContaining('Inference share in 2032 must be between 0 and 100'),
  });

  await page.evaluate(() => window.capexSend({ type: 'capex:preset', id: 'jevons-boom' }));
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
  await expect.poll(async () => (await messages('capex:state')).at(-1).preset).toBe('jevons-boom');
});

test('messages from anyone but the parent, or from an origin not allowed, are ignored', async ({ page }) => {
  const allowed = encodeURIComponent(`${SITE}/?embed=1&origins=https://news.example.com`);
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
  await page.goto(`${SITE}/?embed=1`);
  await expect(byId(page, 'sentence-total')).toHaveText('$525B');
  await byId(page, 'slider-glr').focus();
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(600);
  expect(await page.evaluate(() => window.__posted)).toBe(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("AI Capex Explorer: Big Tech's AI investment to 2032");
});

test('origins: an allowed host can set, a host not allowed cannot, and a sibling frame never can', async ({ page }) => {
  const allowed = encodeURIComponent(`${SITE}/?embed=1&origins=${HOST}`);
  await page.goto(`${HOST}/host-api.html?widget=${allowed}`);
  const frame = page.frameLocator('#capex');
  await expect.poll(() => page.evaluate(() => window.capexMessages.filter((m) => m && m.type === 'capex:ready').length)).toBe(1);
  await page.evaluate(() => window.capexSend({ type: 'capex:set', scenario: { glr: 10 } }));
  await expect(byId(frame, 'sentence-total')).toHaveText(headline(expectedTotal2032({ longRun: 10 })));
  // A second frame on the page posts to the widget: not the parent, so nothing happens.
  await page.evaluate(() => {
    const sibling = document.createElement('iframe');
    sibling.srcdoc = '<script>parent.frames[0].postMessage({type:"capex:set",scenario:{glr:30}}, "*")<\/script>';
    document.body.appendChild(sibling);
  });
  await page.waitForTimeout(600);
  await expect(byId(frame, 'sentence-total')).toHaveText(headline(expectedTotal2032({ longRun: 10 })));
});

test('dist/ works from a sub-path of a static host', async ({ page }) => {
  await page.goto(`${SITE}${SUB_PATH}`);
  await expect(byId(page, 'sentence-total')).toHaveText('$525B');
  await byId(page, 'slider-glr').focus();
  await page.keyboard.press('ArrowRight');
  await expect(byId(page, 'sentence-total')).not.toHaveText('$525B');
});

// Records every Content-Security-Policy violation in the page and its frames.
const recordCspViolations = (page) => page.addInitScript(() => {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
});

test('runs under a strict Content-Security-Policy with no violation', async ({ page }) => {
  await recordCspViolations(page);
  const response = await page.goto(`${STRICT}/csp/?glr=12`);
  expect(response.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  await expect(byId(page, 'sentence-total')).toHaveText(headline(expectedTotal2032({ longRun: 12 })));
  await byId(page, 'slider-inf32').focus();
  await page.keyboard.press('ArrowRight');
  await byId(page, 'share').click();
  await expect(byId(page, 'share-status')).not.toHaveText('');
  await byId(page, 'embed').click();
  await expect(byId(page, 'share-status')).not.toHaveText('');
  await expect(byId(page, 'sentence-inference')).toHaveText('51%');
  // The language switch, in place, under the same policy.
  await byId(page, 'language').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(byId(page, 'sentence-inference')).toHaveText('51%');
  expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
});

test('the embed view runs in a host page under a strict Content-Security-Policy with no violation', async ({ page }) => {
  await recordCspViolations(page);
  await page.goto(`${HOST}/host-api.html?widget=${encodeURIComponent(`${STRICT}/csp/zh-hant/?embed=1`)}`);
  const frame = page.frameLocator('#capex');
  await expect(byId(frame, 'sentence-total')).toHaveText('5,250 億美元');
  await expect(frame.locator('html')).toHaveClass(/\bembed\b/);
  await iframeMatchesContent(page);
  await page.evaluate(() => window.capexSend({ type: 'capex:set', scenario: { glr: 10 } }));
  await expect(byId(frame, 'sentence-total')).not.toHaveText('5,250 億美元');
  const violations = await Promise.all(page.frames().map((f) => f.evaluate(() => window.__cspViolations)));
  expect(violations.flat()).toEqual([]);
});
