// The story page (dist/story.html, dist/zh-hant/story.html): six steps that move the
// widget in a sticky frame with capex:step as the reader scrolls, in both languages,
// from a sub-path and under a strict CSP, with the keyboard and without scripts; and
// the capex:step message itself, posted by a host page on another origin.
const { test, expect } = require('@playwright/test');
const {
  SITE, STRICT, HOST, SUB_PATH, PHONE, LAPTOP, byId, failOnPageErrors, axeViolations, horizontalOverflow,
} = require('./helpers');

failOnPageErrors(test);

// What each step shows, as the story tells it (the data-step attributes of story.html;
// the notes are read from its data-note attributes).
const STEPS = [
  { view: 'investment', range: false, preset: 'report' },
  { view: 'shares', range: false, preset: 'report' },
  { view: 'investment', range: false, preset: 'efficiency-shock' },
  { view: 'investment', range: false, preset: 'jevons-boom' },
  { view: 'investment', range: true, preset: 'report' },
  { view: 'investment', range: false, preset: 'report' },
];
const SMALL_PHONE = { width: 320, height: 640 };

// The widget's last capex:state as the story page heard it (story.js keeps it), in
// the parts a step sets.
const shown = (page) => page.evaluate(() => {
  const s = window.capexStory && window.capexStory.state;
  return s && { view: s.view, range: s.range, preset: s.preset, note: s.note, lang: s.lang };
});
const noteOf = (page, n) => page.locator(`#step-${n}`).getAttribute('data-note');

// Waits until the widget shows step n: its chart, range, scenario and note.
async function expectStep(page, n, lang = 'en') {
  const note = await noteOf(page, n);
  await expect.poll(() => shown(page), { message: `step ${n}` }).toEqual({ ...STEPS[n - 1], note, lang });
  expect(await page.evaluate(() => window.capexStory.step)).toBe(n);
}

// Scrolls as a reader does until step n's card is in the middle of the screen.
const scrollToStep = (page, n) => page.locator(`#step-${n}`).evaluate((el) => el.scrollIntoView({ block: 'center' }));

// Where things are on the page: the widget's window, the frame's chart and a step's card.
const layout = (page, n) => page.evaluate((step) => {
  const rect = (el) => { const r = el.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, left: r.left, right: r.right }; };
  const frame = document.querySelector('iframe.graphic-frame');
  const chart = frame.contentDocument.querySelector('.chart-box').getBoundingClientRect();
  const f = frame.getBoundingClientRect();
  return {
    window: rect(document.querySelector('.graphic-window')),
    chart: { top: f.top + chart.top, bottom: f.top + chart.bottom },
    card: rect(document.getElementById(`step-${step}`)),
  };
}, n);

// The focused element, as a keyboard user meets it: a link by where it goes, the frame
// as "widget".
const focused = (page) => page.evaluate(() => {
  const el = document.activeElement;
  if (!el) return null;
  return el.tagName === 'IFRAME' ? 'widget' : el.getAttribute('href') || el.id || el.tagName.toLowerCase();
});

test.describe('the story', () => {
  test.use({ viewport: LAPTOP });

  test('scrolling down moves the widget to each step in turn', async ({ page }) => {
    await page.goto(`${SITE}/story.html`);
    await expectStep(page, 1);
    for (let n = 2; n <= STEPS.length; n++) {
      await scrollToStep(page, n);
      await expectStep(page, n);
    }
  });

  test('scrolling back up shows an earlier step exactly as it was', async ({ page }) => {
    await page.goto(`${SITE}/story.html#step-4`);
    await expectStep(page, 4);
    await scrollToStep(page, 3);
    await expectStep(page, 3);
    // The whole state: "Cheaper AI, bigger boom" moved the shift's midpoint; step 3 does not.
    const scenario = await page.evaluate(() => window.capexStory.state.scenario);
    expect(scenario).toMatchObject({ eff: 15, elas: 0.5, mid: 2028.5 });
    await scrollToStep(page, 1);
    await expectStep(page, 1);
  });

  test('opening story.html#step-3 starts at step 3', async ({ page }) => {
    await page.goto(`${SITE}/story.html#step-3`);
    await expectStep(page, 3);
    // Step 3 is the first step the widget was sent, and its card is on screen.
    expect(await page.evaluate(() => window.capexStory.sent.map((s) => s.step))).toEqual([3]);
    await expect(page.locator('#step-3')).toBeInViewport();
    await expect(page.locator('#step-3')).toHaveAttribute('aria-current', 'step');
  });

  test('a step is sent only once the widget is ready, then the step in view', async ({ page }) => {
    // Hold the wasm back: the widget cannot start until it is released.
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route('**/ai-capex-explorer_bg.wasm', async (route) => { await held; await route.fallback(); });
    await page.goto(`${SITE}/story.html`);
    await scrollToStep(page, 2);
    await expect.poll(() => page.evaluate(() => window.capexStory.step)).toBe(2);
    expect(await page.evaluate(() => window.capexStory.sent.length)).toBe(0);
    release();
    await expectStep(page, 2);
    expect(await page.evaluate(() => window.capexStory.sent.map((s) => s.step))).toEqual([2]);
  });

  test('a widget that announces itself again gets the current step again', async ({ page }) => {
    await page.goto(`${SITE}/story.html#step-4`);
    await expectStep(page, 4);
    // A reloaded widget starts at the report's baseline and says capex:ready again.
    await page.locator('iframe.graphic-frame').evaluate((f) => f.contentWindow.location.reload());
    await expect.poll(() => page.evaluate(() => window.capexStory.sent.length)).toBe(2);
    await expectStep(page, 4);
  });

  test('on a laptop the steps are a column beside the sticky widget', async ({ page }) => {
    await page.goto(`${SITE}/story.html`);
    await scrollToStep(page, 2);
    await expectStep(page, 2);
    const first = await layout(page, 2);
    expect(first.card.right).toBeLessThan(first.window.left);
    await scrollToStep(page, 4);
    await expectStep(page, 4);
    const later = await layout(page, 4);
    expect(later.window.top).toBeCloseTo(first.window.top, 0);
    // The whole chart shows in the window.
    expect(later.chart.top).toBeGreaterThanOrEqual(later.window.top);
    expect(later.chart.bottom).toBeLessThanOrEqual(later.window.bottom);
  });

  test('the page and the widget\'s window scroll smoothly only when the reader allows motion', async ({ page }) => {
    const behaviours = () => page.evaluate(() => [document.documentElement, document.querySelector('.graphic-window')]
      .map((el) => getComputedStyle(el).scrollBehavior));
    await page.goto(`${SITE}/story.html`);
    expect(await behaviours()).toEqual(['auto', 'auto']);
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    expect(await behaviours()).toEqual(['smooth', 'smooth']);
  });
});

for (const viewport of [PHONE, SMALL_PHONE]) {
  test(`on a ${viewport.width} px phone the widget's window shows the whole chart above the step`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto(`${SITE}/story.html`);
    await expectStep(page, 1);
    await scrollToStep(page, 2);
    await expectStep(page, 2);
    // The window is at the top of the screen and takes most of it; the card is below it.
    await expect.poll(async () => {
      const { window: w, chart, card } = await layout(page, 2);
      return w.top === 0 && w.bottom > viewport.height * 0.55 && w.bottom < viewport.height * 0.75
        && chart.top >= w.top && chart.bottom <= w.bottom && card.bottom > w.bottom;
    }).toBe(true);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });
}

test('the Chinese story drives the Chinese widget, with Chinese notes', async ({ page }) => {
  await page.goto(`${SITE}/zh-hant/story.html`);
  await expectStep(page, 1, 'zh-Hant');
  await scrollToStep(page, 2);
  await expectStep(page, 2, 'zh-Hant');
  const frame = page.frameLocator('iframe.graphic-frame');
  await expect(byId(frame, 'chart-note')).toHaveText('訓練 40% → 14%；推論升至約一半');
  await expect(byId(frame, 'key-total')).toHaveText('2032 年 5,250 億美元');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
});

test('the two stories link to each other', async ({ page }) => {
  await page.goto(`${SITE}/story.html`);
  await expect(page.locator('link[rel=alternate][hreflang=zh-Hant]')).toHaveAttribute('href', 'zh-hant/story.html');
  await page.getByRole('link', { name: '中文（繁體）' }).click();
  await expect(page).toHaveURL(`${SITE}/zh-hant/story.html`);
  await expect(page.locator('link[rel=alternate][hreflang=en]')).toHaveAttribute('href', '../story.html');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(`${SITE}/story.html`);
});

test('the story works from a sub-path', async ({ page }) => {
  await page.goto(`${SITE}${SUB_PATH}story.html#step-4`);
  await expectStep(page, 4);
  await page.goto(`${SITE}${SUB_PATH}zh-hant/story.html#step-2`);
  await expectStep(page, 2, 'zh-Hant');
});

test('the story works under a strict Content-Security-Policy', async ({ page }) => {
  // A refused script, style or frame is a console error, which fails the test.
  await page.goto(`${STRICT}/csp/story.html#step-5`);
  await expectStep(page, 5);
  await page.goto(`${STRICT}/csp/zh-hant/story.html#step-5`);
  await expectStep(page, 5, 'zh-Hant');
});

test('without scripts the steps stack and the frame still shows the widget\'s baseline', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
  const page = await context.newPage();
  await page.goto(`${SITE}/story.html`);
  await expect(page.locator('.step')).toHaveCount(6);
  for (let n = 1; n <= 6; n++) await expect(page.locator(`#step-${n} h2`)).not.toBeEmpty();
  await expect(page.frameLocator('iframe.graphic-frame').locator('img.static-chart')).toBeVisible();
  await context.close();
});

for (const [lang, path] of [['English', 'story.html'], ['Traditional Chinese', 'zh-hant/story.html']]) {
  for (const [look, viewport] of [['phone', PHONE], ['laptop', LAPTOP]]) {
    test(`axe finds nothing on the ${lang} story on a ${look}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto(`${SITE}/${path}#step-5`);
      await expect.poll(() => shown(page).then((s) => s && s.range)).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

test('Tab reaches every step\'s link, then the widget', async ({ page }) => {
  await page.setViewportSize(LAPTOP);
  await page.goto(`${SITE}/story.html`);
  await expectStep(page, 1);
  const order = [];
  for (let i = 0; i < 12 && order.at(-1) !== 'widget'; i++) {
    await page.keyboard.press('Tab');
    order.push(await focused(page));
  }
  expect(order).toEqual(['zh-hant/story.html', '#step-1', '#step-2', '#step-3', '#step-4', '#step-5', './', '#step-6', 'widget']);
});

test('tabbing to a step\'s link on a phone brings its card under the widget and shows the step', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto(`${SITE}/story.html`);
  await expectStep(page, 1);
  for (let i = 0; i < 8 && await focused(page) !== '#step-4'; i++) await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('#step-4');
  await expectStep(page, 4);
  await expect.poll(async () => {
    const { window: w, card } = await layout(page, 4);
    return card.top >= w.bottom && card.top < PHONE.height;
  }).toBe(true);
});

test('in the last step the sliders can be reached and used with the keyboard on a phone', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto(`${SITE}/story.html#step-6`);
  await expectStep(page, 6);
  await page.locator('#step-6 .step-link').focus();
  const frame = page.frameLocator('iframe.graphic-frame');
  const inFrame = () => frame.locator('body').evaluate(() => document.activeElement && document.activeElement.getAttribute('data-testid'));
  for (let i = 0; i < 40 && await inFrame() !== 'slider-glr'; i++) await page.keyboard.press('Tab');
  expect(await inFrame()).toBe('slider-glr');
  // The focused slider is in the widget's window, on screen.
  const slider = await byId(frame, 'slider-glr').boundingBox();
  const box = await page.locator('.graphic-window').boundingBox();
  expect(slider.y).toBeGreaterThanOrEqual(box.y);
  expect(slider.y + slider.height).toBeLessThanOrEqual(box.y + box.height);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => page.evaluate(() => window.capexStory.state.scenario.glr)).toBeGreaterThan(5.1);
  expect(await page.evaluate(() => window.capexStory.state.preset)).toBeNull();
});

// capex:step from a host page on another origin, as a newsroom's page would send it.
test.describe('capex:step from a host page', () => {
  const open = async (page) => {
    await page.goto(`${HOST}/host-api.html?widget=${encodeURIComponent(`${SITE}/?embed=1`)}`);
    await expect.poll(() => page.evaluate(() => window.capexMessages.filter((m) => m && m.type === 'capex:ready').length)).toBe(1);
    return page.frameLocator('#capex');
  };
  const messages = (page, type) => page.evaluate((t) => window.capexMessages.filter((m) => m && m.type === t), type);
  const last = async (page) => (await messages(page, 'capex:state')).at(-1);

  test('a step states the whole picture: what it leaves out is the baseline', async ({ page }) => {
    await open(page);
    await page.evaluate(() => window.capexSend({ type: 'capex:step', preset: 'jevons-boom', view: 'shares', range: true, note: 'Boom' }));
    await expect.poll(() => last(page)).toMatchObject({ preset: 'jevons-boom', view: 'shares', range: true, note: 'Boom' });
    await page.evaluate(() => window.capexSend({ type: 'capex:step', scenario: { eff: 15 } }));
    await expect.poll(() => last(page)).toMatchObject({ preset: null, view: 'investment', range: false, note: null });
    // Elasticity and the midpoint are the baseline's again, not the boom's.
    expect((await last(page)).scenario).toMatchObject({ eff: 15, elas: 0.7, mid: 2028.5 });
    await page.evaluate(() => window.capexSend({ type: 'capex:step' }));
    await expect.poll(() => last(page)).toMatchObject({ preset: 'report', view: 'investment', range: false, note: null });
  });

  test('the widget says where its chart is, so a page on another origin can frame it', async ({ page }) => {
    const frame = await open(page);
    await expect.poll(async () => (await messages(page, 'capex:height')).some((m) => m.chart)).toBe(true);
    const { chart } = (await messages(page, 'capex:height')).filter((m) => m.chart).at(-1);
    const box = await frame.locator('.chart-box').evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top + window.scrollY, bottom: r.bottom + window.scrollY };
    });
    // From the key number down to the chart's box, top to bottom, ending at its bottom.
    expect(chart.tops.length).toBeGreaterThanOrEqual(5);
    expect([...chart.tops].sort((a, b) => a - b)).toEqual(chart.tops);
    expect(Math.abs(chart.tops.at(-1) - box.top)).toBeLessThanOrEqual(1);
    expect(Math.abs(chart.bottom - box.bottom)).toBeLessThanOrEqual(1);
  });

  test('hostile capex:step messages get capex:error and change nothing', async ({ page }) => {
    const frame = await open(page);
    await page.evaluate(() => window.capexSend({ type: 'capex:step', preset: 'jevons-boom', view: 'shares', note: 'Before' }));
    await expect.poll(() => last(page)).toMatchObject({ preset: 'jevons-boom', view: 'shares', note: 'Before' });
    const before = { errors: (await messages(page, 'capex:error')).length, states: (await messages(page, 'capex:state')).length };
    const total = await byId(frame, 'key-total').textContent();
    // [what is wrong, the message's fields besides its type, what the error says]
    const hostile = [
      ['an unknown view', { view: 'pie' }, /view "pie"/],
      ['range as a string', { range: 'yes' }, /malformed/],
      ['range as a number', { range: 1 }, /malformed/],
      ['a note of 281 characters', { note: 'x'.repeat(281) }, /note is too long/],
      ['a note that is not text', { note: 42 }, /malformed/],
      ['scenario and preset together', { scenario: { glr: 10 }, preset: 'jevons-boom' }, /not both/],
      ['an unknown field', { view: 'shares', colour: 'red' }, /unknown field "colour"/],
      ['an unknown preset', { preset: 'nope' }, /unknown preset "nope"/],
      ['NaN in the scenario', { scenario: { glr: NaN } }, /finite/],
      ['a string in the scenario', { scenario: { glr: '10' } }, /malformed/],
      ['an unknown assumption', { scenario: { evil: 1 } }, /unknown assumption key "evil"/],
      ['an id, as capex:preset has', { id: 'jevons-boom' }, /wrong fields/],
    ];
    await page.evaluate((all) => all.forEach((fields) => window.capexSend({ type: 'capex:step', ...fields })),
      hostile.map(([, fields]) => fields));
    await expect.poll(async () => (await messages(page, 'capex:error')).length - before.errors).toBe(hostile.length);
    const errors = (await messages(page, 'capex:error')).slice(before.errors).map((e) => e.message);
    hostile.forEach(([what, , says], i) => expect(errors[i], what).toMatch(says));
    for (const e of errors) expect(e.length).toBeLessThan(300);
    // Nothing changed: the same picture, and no new state.
    await page.evaluate(() => window.capexSend({ type: 'capex:get' }));
    await expect.poll(async () => (await messages(page, 'capex:state')).length).toBe(before.states + 1);
    expect(await last(page)).toMatchObject({ preset: 'jevons-boom', view: 'shares', range: false, note: 'Before' });
    await expect(byId(frame, 'key-total')).toHaveText(total);
    await expect(byId(frame, 'chart-note')).toHaveText('Before');
  });

  test('a note with markup in it is shown as text', async ({ page }) => {
    const frame = await open(page);
    const note = '<img src=x onerror="parent.postMessage(\'pwned\',\'*\')"><b>bold</b> & <script>alert(1)</script>';
    await page.evaluate((n) => window.capexSend({ type: 'capex:step', note: n }), note);
    await expect(byId(frame, 'chart-note')).toHaveText(note);
    await expect(byId(frame, 'chart-note').locator('*')).toHaveCount(0);
    await expect.poll(() => last(page).then((s) => s && s.note)).toBe(note);
    expect(await page.evaluate(() => window.capexMessages)).not.toContain('pwned');
  });

  test('a note of 280 characters is shown whole', async ({ page }) => {
    const frame = await open(page);
    const note = `${'A note of exactly two hundred and eighty characters. '.repeat(6)}`.slice(0, 280).trim().padEnd(280, '.');
    expect([...note].length).toBe(280);
    await page.evaluate((n) => window.capexSend({ type: 'capex:step', note: n }), note);
    await expect(byId(frame, 'chart-note')).toHaveText(note);
    expect((await messages(page, 'capex:error')).length).toBe(0);
  });
});
