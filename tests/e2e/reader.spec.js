// The reader's first minute: the chart in the first screen, a few plain controls under
// it, every change visible where the reader is, and an embed that fits a column.
const { test, expect } = require('@playwright/test');
const { path, artifacts, byId, canvasFingerprint, failOnPageErrors } = require('./helpers');

failOnPageErrors(test);

const SCREENS = [
  { width: 1280, height: 800 },
  { width: 768, height: 1024 },
  { width: 360, height: 740 },
  { width: 320, height: 640 },
];

async function open(page, url = './') {
  await page.goto(url);
  await expect(byId(page, 'key-total')).toBeVisible();
}

const top = (locator) => locator.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);

for (const [lang, scheme] of [['en', 'light'], ['zh-Hant', 'light'], ['en', 'dark'], ['zh-Hant', 'dark']]) {
  for (const screen of SCREENS) {
    test(`${lang}, ${scheme}, ${screen.width}×${screen.height}: the chart starts in the first screen, under the key number`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize(screen);
      await open(page, `./?lang=${lang}`);
      const chart = byId(page, 'chart-investment');
      const canvasTop = await top(chart);
      // The canvas's top is on the first screen (on a phone within its first 600 px,
      // with room to see the start of the drawing).
      expect(canvasTop).toBeLessThan(screen.width < 500 ? 600 : screen.height - 150);
      expect(await top(byId(page, 'key-number'))).toBeLessThan(canvasTop);
      // The first controls follow the chart; the other assumptions wait under "More".
      const first = byId(page, 'slider-g26');
      await expect(first).toBeAttached();
      await expect(byId(page, 'slider-fade')).toHaveCount(0);
      if (screen.width === 360 || screen.width === 1280) {
        await page.screenshot({ path: path.join(artifacts, `first-screen-${lang}-${scheme}-${screen.width}x${screen.height}.png`) });
      }
    });
  }
}

for (const screen of [{ width: 360, height: 740 }, { width: 768, height: 1024 }]) {
  test(`${screen.width} px: after a slider change far down the page, the key number is in view and changed`, async ({ page }) => {
    await page.setViewportSize(screen);
    await open(page);
    const slider = byId(page, 'slider-eff');
    await slider.scrollIntoViewIfNeeded();
    await slider.focus();
    await page.keyboard.press('PageUp');
    await expect(byId(page, 'key-total')).not.toHaveText('$525B in 2032');
    await expect(byId(page, 'key-report')).toHaveText('report: $525B');
    const box = await byId(page, 'key-number').boundingBox();
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(screen.height);
    // And the slider is still on screen too.
    const s = await slider.boundingBox();
    expect(s.y).toBeGreaterThan(box.y + box.height - 1);
    expect(s.y + s.height).toBeLessThanOrEqual(screen.height);
  });
}

// The static baseline has the live layout's geometry: where the picture sits while the
// wasm is on its way (held back here) is where the live chart is drawn once it runs.
const chartTop = (page) => page.evaluate(() => {
  const chart = document.querySelector('canvas, .static-chart');
  const box = chart.getBoundingClientRect();
  return { top: box.top + window.scrollY, height: box.height };
});
for (const [name, url] of [['page, English', './'], ['page, Chinese', './zh-hant/'], ['embed', './?embed=1']]) {
  for (const screen of SCREENS) {
    test(`${name}, ${screen.width}×${screen.height}: nothing moves when the live chart replaces the static one`, async ({ page }) => {
      await page.setViewportSize(screen);
      let release;
      const held = new Promise((resolve) => { release = resolve; });
      await page.route(/\.wasm$/, async (route) => { await held; await route.continue(); });
      await page.goto(url);
      await expect(page.locator('.static-chart')).toBeVisible();
      await page.waitForFunction(() => document.querySelector('.static-chart').complete);
      const before = await chartTop(page);
      release();
      await expect(byId(page, 'key-total')).toBeVisible();
      // The live canvas is sized once its width is known (until then it has a
      // canvas's default shape).
      await page.waitForFunction(() => document.querySelector('canvas')?.style.height !== '');
      const after = await chartTop(page);
      expect(Math.abs(after.top - before.top), JSON.stringify({ before, after })).toBeLessThan(8);
      expect(Math.abs(after.height - before.height), JSON.stringify({ before, after })).toBeLessThan(8);
    });
  }
}

test('a note on an adjusted value appears beside the control that caused it', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await open(page);
  const field = byId(page, 'field-inf32');
  await field.fill('95');
  await field.press('Enter');
  const notes = byId(page, 'notes-inf32');
  await expect(notes.locator('li')).toHaveText(['Training share in 2032 lowered to 5% so that training and inference add up to at most 100%.']);
  const [n, f] = [await notes.boundingBox(), await field.boundingBox()];
  expect(Math.abs(n.y - f.y)).toBeLessThan(200);
  // Not at the top of the widget as well.
  await expect(byId(page, 'notice-list').locator('li')).toHaveCount(0);
});

test('controls that cannot act yet say why, and stop saying so once they can', async ({ page }) => {
  await open(page);
  await byId(page, 'more').locator('> summary').click();
  await page.locator('details.group').nth(2).evaluate((d) => { d.open = true; });
  await expect(byId(page, 'inactive-elas')).toHaveText('No effect while extra efficiency gains are 0.');
  await expect(byId(page, 'inactive-fade')).toHaveText('No effect while growth in 2026 equals long-run growth.');
  await byId(page, 'field-eff').fill('10');
  await byId(page, 'field-eff').press('Enter');
  await expect(byId(page, 'inactive-elas')).toBeHidden();
  await byId(page, 'field-g26').fill('30');
  await byId(page, 'field-g26').press('Enter');
  await expect(byId(page, 'inactive-fade')).toBeHidden();
});

test('touching a company control shows the companies chart; touching a spread shows the likely range', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await open(page);
  await byId(page, 'more').locator('> summary').click();
  await page.locator('details.group').nth(3).evaluate((d) => { d.open = true; });
  await byId(page, 'field-msft').fill('25');
  await byId(page, 'field-msft').press('Enter');
  await expect(byId(page, 'show-companies')).toBeChecked();
  await page.locator('details.group').nth(4).evaluate((d) => { d.open = true; });
  await byId(page, 'field-sdl').fill('12');
  await byId(page, 'field-sdl').press('Enter');
  await expect(byId(page, 'show-investment')).toBeChecked();
  await expect(byId(page, 'show-band')).toBeChecked();
});

test('the pin button says what it does now', async ({ page }) => {
  await open(page);
  const pin = byId(page, 'pin');
  await expect(pin).toHaveText('Pin to compare');
  await pin.click();
  await expect(pin).toHaveText('Stop comparing');
  await expect(pin).toHaveAttribute('aria-pressed', 'true');
  await pin.click();
  await expect(pin).toHaveText('Pin to compare');
});

test('words: rounded as a newsroom would, and "matches" only when the mix matches too', async ({ page }) => {
  await open(page);
  const sentence = byId(page, 'sentence');
  // Inference forced to 64%, training to 0: the total is unchanged, the mix is not.
  await byId(page, 'field-inf32').fill('64');
  await byId(page, 'field-inf32').press('Enter');
  await byId(page, 'more').locator('> summary').click();
  await byId(page, 'field-tr32').fill('0');
  await byId(page, 'field-tr32').press('Enter');
  await expect(sentence).toContainText("The total matches the report's; the split between training and inference does not.");
  // Cheaper AI, bigger boom (jevons-boom): about 1.8 times the report's total, in whole billions.
  await page.goto('./?preset=jevons-boom');
  await expect(byId(page, 'sentence-total')).toHaveText('$927B');
  await expect(sentence).toContainText('That is +$402B (77% above) compared with the report\'s $525B.');
});

for (const width of [600, 360]) {
  test(`the embed card at ${width} px: a title, the chart in its first 640 px, the few controls, and (at 600 px) within 900 px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await open(page, './?embed=1');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText("AI Capex Explorer: Big Tech's AI investment to 2032");
    const chart = await top(byId(page, 'chart-investment'));
    expect(chart).toBeLessThan(640);
    // At 600 px (an article column) the whole card fits in about 900 px.
    const height = await page.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    if (width >= 600) expect(height).toBeLessThanOrEqual(900);
    // The few controls and a way to the rest.
    for (const key of ['g26', 'glr', 'inf32', 'eff']) await expect(byId(page, `slider-${key}`)).toBeVisible();
    await expect(byId(page, 'more-link')).toHaveAttribute('href', /^http.*[?&]lang=en/);
    await expect(byId(page, 'more')).toHaveCount(0);
    await page.screenshot({ path: path.join(artifacts, `embed-${width}.png`), fullPage: true });
    const before = await canvasFingerprint(page);
    await byId(page, 'slider-glr').focus();
    await page.keyboard.press('PageUp');
    await expect.poll(() => canvasFingerprint(page)).not.toEqual(before);
  });
}

test('on a phone the methodology is a list of parts, each opened by its title', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await open(page);
  await byId(page, 'tab-method').click();
  const panel = byId(page, 'panel-method');
  const parts = panel.locator('details.method-part');
  // The model's parts, the defaults, the later figures and the sources: only the first open.
  await expect(parts).toHaveCount(11);
  await expect(panel.locator('details.method-part[open]')).toHaveCount(1);
  // Folded, it is a few screens, not the 6,920 px it was with everything open.
  expect(await panel.evaluate((el) => el.getBoundingClientRect().height)).toBeLessThan(1600);
  const sources = parts.last();
  await expect(sources.locator('li').first()).toBeHidden();
  await sources.locator('summary').press('Enter');
  await expect(sources.locator('li').first()).toBeVisible();
});

// Growth of 100% in 2026 lifts the investment chart's axis from $800B to about $2,800B:
// the drawings of the frames after the change, recorded in the page.
async function framesAfterGrowthOf100(page) {
  // A change in quick succession after another is drawn at once (a slider dragged):
  // this one comes well after the first drawing (250 ms of easing).
  await page.waitForFunction(() => document.querySelector('[data-testid="chart-investment"]')?.style.height !== '');
  await page.waitForTimeout(600);
  return page.evaluate(() => new Promise((resolve) => {
    const canvas = document.querySelector('[data-testid="chart-investment"]');
    const field = document.querySelector('[data-testid="field-g26"]');
    const seen = [canvas.toDataURL()];
    const start = performance.now();
    const record = () => {
      const now = canvas.toDataURL();
      if (now !== seen[seen.length - 1]) seen.push(now);
      if (performance.now() - start < 1000) requestAnimationFrame(record);
      else resolve(seen.length);
    };
    field.value = '100';
    field.dispatchEvent(new Event('change', { bubbles: true }));
    requestAnimationFrame(record);
  }));
}

test.describe('with motion allowed', () => {
  test.use({ reducedMotion: 'no-preference' });
  test('the value axis eases to its new top over several frames, then settles', async ({ page }) => {
    await open(page);
    // Before, at least one frame on the way, and the end.
    expect(await framesAfterGrowthOf100(page)).toBeGreaterThanOrEqual(3);
    await expect(byId(page, 'key-total')).toContainText('2032');
  });
});

test('with reduced motion the value axis moves to its new top at once', async ({ page }) => {
  await open(page);
  // Before and after: nothing in between.
  expect(await framesAfterGrowthOf100(page)).toBe(2);
});
