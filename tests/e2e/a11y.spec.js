// Accessibility checks a reader relies on: axe-core finds nothing, and everything can
// be reached and used with the keyboard alone.
const { test, expect } = require('@playwright/test');
const { AxeBuilder } = require('@axe-core/playwright');

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
  const order = [];
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => {
      const el = document.activeElement;
      return el ? (el.getAttribute('data-testid') || el.id || el.tagName.toLowerCase()) : null;
    });
    order.push(id);
    if (id === 'reset') break;
  }
  // In the widget the tabs come first, then each group's controls: field, then slider.
  const widget = order.slice(order.indexOf('tab-chart'));
  expect(widget[0]).toBe('tab-chart');
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
