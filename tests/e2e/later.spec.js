// What came after the article: the companies' reported figures and other forecasts, each
// marked on the chart apart from the projection, named when a reader steps onto its
// year, and listed with its source and date in the methodology, in both languages.
const { test, expect } = require('@playwright/test');
const { path, artifacts, byId, canvasFingerprint, failOnPageErrors, openControls } = require('./helpers');

failOnPageErrors(test);

async function open(page, url = './') {
  await page.goto(url);
  await expect(byId(page, 'key-total')).toBeVisible();
}

/** Steps the investment chart to `year` with the keyboard and returns what is announced. */
async function announced(page, year) {
  const chart = byId(page, 'chart-investment');
  await chart.focus();
  await page.keyboard.press('Home');
  for (let y = 2024; y < year; y++) await page.keyboard.press('ArrowRight');
  const announcer = byId(page, 'chart-announcer');
  await expect(announcer).toHaveText(new RegExp(`^${year}`));
  return (await announcer.textContent()).replace(/\s+/g, ' ');
}

test('the companies\' reported capex is marked, keyed and named by the keyboard', async ({ page }) => {
  await open(page);
  await expect(page.locator('.legend li:visible')).toContainText(["Big four's capex, reported later (not only AI)"]);
  await expect(byId(page, 'report-marks')).toContainText('$406–410B spent in 2025');
  expect(await announced(page, 2025)).toContain("Capex 2025: $406–410B (the big four's total capex, calendar year)");
  expect(await announced(page, 2026)).toContain("Guidance 2026: $700–725B (the big four's capex guidance)");
  // A year with nothing reported names nothing more.
  expect(await announced(page, 2028)).not.toContain('Guidance');
  // The description for screen readers says what the crosses are.
  await expect(byId(page, 'chart-description')).toContainText("the big four's total capex reported later, $406–410B in 2025");
});

test('other forecasts: drawn, keyed and named only when asked for', async ({ page }) => {
  await open(page);
  const toggle = byId(page, 'show-forecasts');
  await expect(toggle).not.toBeChecked();
  expect(await announced(page, 2030)).not.toContain("Dell'Oro");
  await page.keyboard.press('Escape');
  const before = await canvasFingerprint(page);
  await toggle.check();
  await expect.poll(() => canvasFingerprint(page)).not.toEqual(before);
  await expect(page.locator('.legend li:visible').last()).toHaveText('◆Other forecasts (other measures)');
  await page.locator('figure.chart').screenshot({ path: path.join(artifacts, 'later-forecasts.png') });
  expect(await announced(page, 2026)).toContain('Morgan Stanley: $805B (capex of five hyperscalers (the big four and Oracle))');
  expect(await announced(page, 2027)).toContain('Morgan Stanley: $1,116B');
  expect(await announced(page, 2030)).toContain("Dell'Oro: $1,700B (data-centre capex worldwide)");
  // Not a chart of its own: the other charts have no such switch.
  await byId(page, 'show-shares').check();
  await expect(toggle).toBeHidden();
});

test('the methodology lists every later figure with what it measures, who and when', async ({ page }) => {
  await open(page);
  await byId(page, 'tab-method').click();
  const list = byId(page, 'later-figures').locator('li');
  await expect(list).toHaveCount(6);
  await expect(list.nth(0)).toContainText("2025: $406–410B, the big four's total capex, calendar year.");
  await expect(list.nth(1)).toContainText('29 Apr 2026 (guidance, may change)');
  await expect(list.nth(2)).toContainText('Morgan Stanley, 3 May 2026 (forecast)');
  await expect(list.nth(5)).toContainText("2030: $1,700B, data-centre capex worldwide. Dell'Oro Group, 11 Feb 2026");
  // February's $650B is explained, not shown as a Bloomberg Intelligence estimate.
  await expect(byId(page, 'panel-method')).toContainText('not a Bloomberg Intelligence estimate');
  // The tornado's plausible ranges are in the defaults table.
  await expect(byId(page, 'panel-method').locator('.defaults-table tbody tr', { hasText: 'Growth in 2026' }))
    .toContainText('−20 – 74.6%/yr');
});

test('Traditional Chinese: the later figures are named and listed in 億美元 with Chinese dates', async ({ page }) => {
  await open(page, './zh-hant/');
  expect(await announced(page, 2026)).toContain('7,000–7,250 億美元');
  await page.keyboard.press('Escape');
  await byId(page, 'show-forecasts').check();
  expect(await announced(page, 2027)).toContain('11,160 億美元');
  await byId(page, 'tab-method').click();
  const list = byId(page, 'later-figures').locator('li');
  await expect(list).toHaveCount(6);
  await expect(list.nth(0)).toContainText('4,060–4,100 億美元');
  await expect(list.nth(1)).toContainText('2026 年 4 月 29 日');
});

test('training taking the lead back is said as such, in the sentence and on the shares chart', async ({ page }) => {
  await open(page);
  await openControls(page);
  for (const [key, value] of [['tr25', '10'], ['inf25', '60'], ['tr32', '60'], ['inf32', '20']]) {
    await byId(page, `field-${key}`).fill(value);
    await byId(page, `field-${key}`).press('Enter');
  }
  await expect(byId(page, 'sentence')).toContainText('In our model, training spending overtakes inference again in 2029.');
  await expect(byId(page, 'sentence')).toContainText('Training spending rises from');
  await byId(page, 'show-shares').check();
  await expect(byId(page, 'chart-description')).toContainText('training spending overtakes inference again in 2029');
});
