// Accessibility checks a reader relies on: axe-core finds nothing, and everything can
// be reached and used with the keyboard alone.
const { test, expect } = require('@playwright/test');
const { AxeBuilder } = require('@axe-core/playwright');
const { tabOrder } = require('./helpers');

const EMBED = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4173) + 1}`;

async function scan(page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const [name, viewport] of [['phone', { width: 360, height: 740 }], ['laptop', { width: 1280, height: 800 }]]) {
  test(`axe finds no violations on the page (${name})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('./');
    await expect(page.getByTestId('sentence-total')).toHaveText('$525B');
    expect(await scan(page)).toEqual([]);
    // Every tab, with every "about" note open.
    for (const tab of ['table', 'method']) {
      await page.getByTestId(`tab-${tab}`).click();
      await expect(page.getByTestId(`panel-${tab}`)).toBeVisible();
      expect(await scan(page), `${tab} tab`).toEqual([]);
    }
    await page.locator('.control-about').evaluateAll((all) => all.forEach((d) => { d.open = true; }));
    expect(await scan(page), 'about notes open').toEqual([]);
    // Guess first, open, with a result.
    await page.getByTestId('guess').locator('summary').click();
    await page.getByTestId('guess-reveal').click();
    await expect(page.getByTestId('guess-result')).toContainText('You guessed');
    expect(await scan(page), 'guess first').toEqual([]);
    await page.getByTestId('reset').click();
    // The likely range shown, then the workload shares chart, explored.
    await page.getByTestId('tab-chart').click();
    await page.getByTestId('show-band').check();
    expect(await scan(page), 'likely range').toEqual([]);
    await page.getByTestId('show-shares').check();
    await page.getByTestId('chart-investment').focus();
    await page.keyboard.press('End');
    expect(await scan(page), 'shares chart').toEqual([]);
    // The companies chart, with its year slider, a bar explored.
    await page.getByTestId('show-companies').check();
    await expect(page.getByTestId('company-year')).toBeVisible();
    await page.getByTestId('chart-investment').focus();
    await page.keyboard.press('ArrowDown');
    expect(await scan(page), 'companies chart').toEqual([]);
    // The tornado, a bar explored.
    await page.getByTestId('show-sensitivity').check();
    await page.getByTestId('chart-investment').focus();
    await page.keyboard.press('ArrowDown');
    expect(await scan(page), 'sensitivity chart').toEqual([]);
    // The companies' fourteen controls and the uncertainty spreads, in their groups.
    await page.locator('details.group').evaluateAll((all) => all.forEach((d) => { d.open = true; }));
    expect(await scan(page), 'companies and uncertainty controls').toEqual([]);
  });
}

test('axe finds no violations in the embed build, with its panels and a notice open', async ({ page }) => {
  await page.goto(`${EMBED}/?tr32=-5`);
  await expect(page.getByTestId('notices').locator('li')).toHaveCount(1);
  await page.getByTestId('embed').click();
  await expect(page.getByTestId('embed-code')).toBeVisible();
  expect(await scan(page)).toEqual([]);
  await page.goto(`${EMBED}/?embed=1`);
  await expect(page.getByTestId('sentence-total')).toHaveText('$525B');
  expect(await scan(page)).toEqual([]);
});

test('keyboard only: every control is reachable in order and works', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByTestId('sentence-total')).toHaveText('$525B');
  const order = await tabOrder(page, 'reset');
  // In the widget the tabs come first, then the chart's switch (one stop for the radio
  // group), the likely range's checkbox, the chart and its download, then each open
  // group's controls: field, then slider.
  const widget = order.slice(order.indexOf('tab-chart'));
  expect(widget.slice(0, 5)).toEqual(['tab-chart', 'show-investment', 'show-band', 'chart-investment', 'download-png']);
  const controls = widget.filter((id) => id && (id.startsWith('slider-') || id.startsWith('field-')));
  const keys = ['g26', 'glr', 'fade', 'g25', 'b24', 'inf32', 'tr32', 'mid', 'inf25', 'tr25', 'eff', 'elas'];
  expect(controls).toEqual(keys.flatMap((k) => [`field-${k}`, `slider-${k}`]));
  expect(order).toContain('reset');
  // Focus is visible on a slider.
  await page.getByTestId('slider-glr').focus();
  const outline = await page.getByTestId('slider-glr').evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  // Use them: End on growth, End on inference, then Enter on Reset.
  await page.keyboard.press('End');
  await expect(page.getByTestId('sentence-total')).not.toHaveText('$525B');
  await page.getByTestId('slider-inf32').focus();
  await page.keyboard.press('End');
  await expect(page.getByTestId('sentence-inference')).toHaveText('100%');
  // A control's own reset, by keyboard, puts focus on its field.
  await page.getByTestId('reset-inf32').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('sentence-inference')).toHaveText('50%');
  await expect(page.getByTestId('field-inf32')).toBeFocused();
  await page.getByTestId('reset').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('sentence-total')).toHaveText('$525B');
  // The tabs: arrow keys move between them, and the panel follows.
  await page.getByTestId('tab-chart').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('tab-table')).toBeFocused();
  await expect(page.getByTestId('panel-table')).toBeVisible();
  await page.keyboard.press('End');
  await expect(page.getByTestId('tab-method')).toBeFocused();
  await expect(page.getByTestId('panel-method')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('tab-chart')).toBeFocused();
  await expect(page.getByTestId('panel-chart')).toBeVisible();
});

test('screen readers hear the result once the reader pauses', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByTestId('sentence-total')).toHaveText('$525B');
  const announcer = page.getByTestId('announcer');
  await expect(announcer).toHaveAttribute('aria-live', 'polite');
  await page.getByTestId('slider-glr').focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  // Not on every tick: right after the moves it has not spoken yet...
  expect(await announcer.textContent()).toBe('');
  // ...then it says the sentence once.
  await expect(announcer).toContainText('Under these assumptions, AI investment reaches');
  await expect(announcer).toContainText(await page.getByTestId('sentence-total').textContent());
});

test('dark theme: axe finds no violations and the chart follows the system setting', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('./');
  await expect(page.getByTestId('sentence-total')).toHaveText('$525B');
  expect(await scan(page)).toEqual([]);
  for (const tab of ['table', 'method', 'chart']) {
    await page.getByTestId(`tab-${tab}`).click();
    expect(await scan(page), `${tab} tab, dark`).toEqual([]);
  }
  await page.getByTestId('show-shares').check();
  expect(await scan(page), 'shares chart, dark').toEqual([]);
  await page.getByTestId('show-companies').check();
  expect(await scan(page), 'companies chart, dark').toEqual([]);
  await page.getByTestId('show-sensitivity').check();
  expect(await scan(page), 'sensitivity chart, dark').toEqual([]);
  await page.getByTestId('show-investment').check();
  const corner = () => page.getByTestId('chart-investment').evaluate((c) => Array.from(c.getContext('2d').getImageData(2, 2, 1, 1).data.slice(0, 3)));
  await expect.poll(corner).toEqual([18, 18, 18]);
  await page.screenshot({ path: require('node:path').join(__dirname, '..', '.artifacts', 'screenshots', 'dark-360x740.png'), fullPage: true });
  // Switching the system setting back redraws the chart light, without a reload.
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(corner).toEqual([255, 255, 255]);
});

test("the theme picker overrides the system's setting both ways, page and chart", async ({ page }) => {
  await page.goto('./');
  await expect(page.getByTestId('sentence-total')).toHaveText('$525B');
  const corner = () => page.getByTestId('chart-investment').evaluate((c) => Array.from(c.getContext('2d').getImageData(2, 2, 1, 1).data.slice(0, 3)));
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const picker = page.getByTestId('theme');
  await expect(picker).toHaveAccessibleName(/Theme/);
  // A light system, a dark choice.
  await picker.selectOption('dark');
  await expect.poll(corner).toEqual([18, 18, 18]);
  await expect.poll(background).toBe('rgb(18, 18, 18)');
  expect(await scan(page), 'dark by choice').toEqual([]);
  // A dark system, a light choice.
  await page.emulateMedia({ colorScheme: 'dark' });
  await picker.selectOption('light');
  await expect.poll(corner).toEqual([255, 255, 255]);
  await expect.poll(background).toBe('rgb(255, 255, 255)');
  expect(await scan(page), 'light by choice on a dark system').toEqual([]);
  // Automatic follows the system again.
  await picker.selectOption('auto');
  await expect.poll(corner).toEqual([18, 18, 18]);
});

// WCAG 2.2 target size (2.5.8): every pointer target at least 24 × 24 CSS pixels, except
// links inside running text; and reflow (1.4.10): 200 % zoom of a 1280 × 800 window is a
// 640 × 400 CSS-pixel viewport at twice the pixel density, 400 % is 320 px wide.
test('targets are at least 24 × 24 px, and the page reflows at 200 % and 400 % zoom', async ({ browser }) => {
  for (const [zoom, viewport] of [['200 %', { width: 640, height: 400 }], ['400 %', { width: 320, height: 200 }]]) {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.goto('./');
    await expect(page.getByTestId('sentence-total')).toHaveText('$525B');
    // Open every group and note, so every control is measured.
    await page.locator('details').evaluateAll((all) => all.forEach((d) => { d.open = true; }));
    const small = await page.evaluate(() => {
      const targets = document.querySelectorAll(
        'button, a.button, select, input:not([type=radio]), summary, [role=tab], label:has(> input[type=radio])',
      );
      const found = [];
      for (const el of targets) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue; // not shown (another tab)
        if (r.width < 24 || r.height < 24) {
          found.push(`${el.getAttribute('data-testid') || el.className || el.tagName}: ${r.width.toFixed(1)} × ${r.height.toFixed(1)}`);
        }
      }
      return { found, count: targets.length };
    });
    expect(small.count, 'targets measured').toBeGreaterThan(40);
    expect(small.found, `targets under 24 × 24 at ${zoom}`).toEqual([]);
    for (const tab of ['chart', 'table', 'method']) {
      await page.getByTestId(`tab-${tab}`).click();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${tab} tab at ${zoom} has no horizontal scroll`).toBeLessThanOrEqual(0);
    }
    await context.close();
  }
});
