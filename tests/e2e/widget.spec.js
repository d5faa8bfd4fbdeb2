// A reader's first visit: the page loads, shows the report, and answers "what if?".
const { test, expect } = require('@playwright/test');
const {
  fs, path, artifacts, PHONE, LAPTOP, LANGUAGES, byId, expectedTotal2032, money, headline, canvasFingerprint, pngLook, failOnPageErrors, openControls,
  horizontalOverflow,
} = require('./helpers');

const pageErrors = failOnPageErrors(test);

async function open(page, url = './') {
  await page.goto(url);
  await expect(byId(page, 'key-total')).toBeVisible();
}

test('loads with the report figures visible', async ({ page }) => {
  await open(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('$525B');
  await expect(byId(page, 'sentence-total')).toHaveText('$525B');
  await expect(byId(page, 'sentence-inference')).toHaveText('50%');
  // The table lists billions of US dollars without the unit on every cell.
  await expect(byId(page, 'total-2024')).toHaveText('257.6');
  await expect(byId(page, 'total-2025')).toHaveText('371.0');
  await expect(byId(page, 'total-2032')).toHaveText('525.0');
  await expect(byId(page, 'report-marks')).toContainText('Report: $371B');
  await expect(byId(page, 'report-marks')).toContainText('Report: $525B');
  // The chart has been drawn: not a blank canvas.
  const drawn = await byId(page, 'chart-investment').evaluate((c) => {
    const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let coloured = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] !== 255 || data[i + 1] !== 255 || data[i + 2] !== 255) coloured++;
    return coloured / (data.length / 4);
  });
  expect(drawn).toBeGreaterThan(0.2);
});

test('moving a slider with the keyboard changes the sentence, the table and the chart', async ({ page }) => {
  await open(page);
  const before = await canvasFingerprint(page);
  const slider = byId(page, 'slider-glr');
  await slider.focus();
  for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');

  const longRun = Number(await slider.inputValue());
  expect(longRun).toBeCloseTo(7.1, 6); // 5.1 (the default, on the 0.1 grid) + 20 steps
  const want = expectedTotal2032({ longRun }).toFixed(1);
  await expect(byId(page, 'sentence-total')).toHaveText(headline(expectedTotal2032({ longRun })));
  await expect(byId(page, 'total-2032')).toHaveText(want);
  await expect(byId(page, 'field-glr')).toHaveValue('7.1');
  await expect(byId(page, 'value-glr')).toHaveText('%/yr');
  await expect(slider).toHaveAttribute('aria-valuetext', '7.1 percent per year');
  await expect(byId(page, 'sentence')).toContainText('above) compared with the report');
  expect(await canvasFingerprint(page)).not.toEqual(before);
});

test('reset restores the report numbers', async ({ page }) => {
  await open(page);
  const before = await canvasFingerprint(page);
  await byId(page, 'slider-g26').focus();
  await page.keyboard.press('PageUp');
  await byId(page, 'slider-inf32').focus();
  await page.keyboard.press('Home');
  await expect(byId(page, 'sentence-total')).not.toHaveText('$525B');
  await expect(byId(page, 'sentence')).toContainText('Training spending stays ahead of inference up to 2032.');

  await byId(page, 'reset').click();
  await expect(byId(page, 'sentence-total')).toHaveText('$525B');
  await expect(byId(page, 'total-2032')).toHaveText('525.0');
  await expect(byId(page, 'sentence')).toContainText('overtakes training in 2028');
  await expect(byId(page, 'sentence')).toContainText("matches the report's projection");
  expect(await canvasFingerprint(page)).toEqual(before);
});

test('a 320 px screen has no horizontal scroll', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await open(page);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  const canvasWidth = await byId(page, 'chart-investment').evaluate((c) => c.getBoundingClientRect().right);
  expect(canvasWidth).toBeLessThanOrEqual(320);
});

test('the canvas is sharp on a high-DPI screen and redraws on resize', async ({ browser }) => {
  const context = await browser.newContext({ deviceScaleFactor: 2, viewport: LAPTOP });
  const page = await context.newPage();
  await open(page);
  const size = () => byId(page, 'chart-investment').evaluate((c) => ({ backing: c.width, css: c.getBoundingClientRect().width }));
  await expect.poll(async () => { const s = await size(); return Math.abs(s.backing - 2 * s.css); }).toBeLessThanOrEqual(1);
  const wide = await size();

  await page.setViewportSize({ width: 600, height: 800 });
  await expect.poll(async () => (await size()).css).toBeLessThan(wide.css);
  const narrow = await size();
  expect(Math.abs(narrow.backing - 2 * narrow.css)).toBeLessThanOrEqual(1);
  await context.close();
});

// The screenshots the README shows (tests/screenshots/ is updated from these by hand).
const SCREENSHOTS = [
  ['phone-360x740', 'en', PHONE, 'light'],
  ['laptop-1280x800', 'en', LAPTOP, 'light'],
  ['dark-360x740', 'en', PHONE, 'dark'],
  ['zh-hant-360x740', 'zh', PHONE, 'light'],
  ['zh-hant-1280x800', 'zh', LAPTOP, 'light'],
  ['zh-hant-dark-360x740', 'zh', PHONE, 'dark'],
];
for (const [name, language, viewport, colorScheme] of SCREENSHOTS) {
  test(`screenshot ${name}, with no horizontal overflow`, async ({ page }) => {
    const lang = LANGUAGES[language];
    await page.setViewportSize(viewport);
    await page.emulateMedia({ colorScheme });
    await open(page, lang.entry);
    await expect(byId(page, 'sentence-total')).toHaveText(lang.total);
    await page.locator('#explorer-title').scrollIntoViewIfNeeded();
    fs.mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });
}

test('without JavaScript, readers still get the baseline chart and table', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
  const page = await context.newPage();
  await page.goto('./');
  const chart = page.locator('img.static-chart');
  await expect(chart).toBeVisible();
  expect(await chart.evaluate((img) => img.complete && img.naturalWidth)).toBeGreaterThan(100);
  await expect(chart).toHaveAttribute('alt', /\$525B in 2032/);
  await expect(page.locator('.static-baseline tr', { hasText: '2032' })).toContainText('525.0');
  // (The <noscript> note itself is not rendered by Playwright's script-disabled
  // emulation, which still parses <noscript> as text; real browsers show it.)
  fs.mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: path.join(artifacts, 'no-javascript-360.png'), fullPage: true });
  await context.close();
});

test('without WebAssembly, the baseline stays and a note explains', async ({ page }) => {
  await page.addInitScript(() => { delete window.WebAssembly; });
  const errors = [];
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  await page.goto('./');
  await expect(page.locator('#capex-error')).toBeVisible();
  await expect(page.locator('img.static-chart')).toBeVisible();
  await expect(page.locator('.static-baseline tr', { hasText: '2025' })).toContainText('371.0');
  expect(errors.join(' ')).toContain('does not support WebAssembly');
  pageErrors.forgive(); // the one expected console error
});

test('every assumption that moves the chart has a slider and a number field in sync, grouped', async ({ page }) => {
  await open(page);
  // The four main controls are under the chart; the rest wait under "More assumptions",
  // built when it first opens.
  await expect(byId(page, 'slider-glr')).toBeVisible();
  await expect(byId(page, 'slider-fade')).toHaveCount(0);
  await byId(page, 'more').locator('> summary').click();
  const groups = page.locator('details.group > summary');
  await expect(groups).toHaveText(['Growth', 'Training, inference and other', 'Efficiency and demand', 'Companies and chips', 'Uncertainty']);
  // Inside it, on a laptop, the first three groups start open; the companies' fourteen
  // controls wait a tap.
  await page.setViewportSize(LAPTOP);
  await page.reload();
  await expect(byId(page, 'key-total')).toBeVisible();
  await byId(page, 'more').locator('> summary').click();
  await expect(groups).toHaveCount(5);
  expect(await page.locator('details.group').evaluateAll((all) => all.map((d) => d.open))).toEqual([true, true, true, false, false]);
  await expect(byId(page, 'slider-ihgoogl32')).toBeHidden();
  await groups.nth(3).click();
  await expect(byId(page, 'slider-ihgoogl32')).toBeVisible();
  await expect(byId(page, 'field-ihgoogl32')).toHaveValue('70');
  // Slider → field.
  await byId(page, 'slider-eff').focus();
  for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowRight');
  await expect(byId(page, 'field-eff')).toHaveValue('15');
  // Efficiency with the default elasticity (0.7 < 1) cuts spending.
  await expect(byId(page, 'sentence-total')).toHaveText(headline(expectedTotal2032({ eff: 15 })));
  // Field → slider: the Jevons case, cheaper compute raises spending.
  await byId(page, 'field-elas').fill('1.5');
  await byId(page, 'field-elas').press('Enter');
  await expect(byId(page, 'slider-elas')).toHaveValue('1.5');
  await expect(byId(page, 'slider-elas')).toHaveAttribute('aria-valuetext', '1.5');
  const jevons = expectedTotal2032({ eff: 15, elas: 1.5 });
  expect(jevons).toBeGreaterThan(525);
  await expect(byId(page, 'sentence-total')).toHaveText(headline(jevons));
  await expect(byId(page, 'total-2032')).toHaveText(jevons.toFixed(1));
  // Each control shows its range and, on request, what it means and where it comes from.
  await expect(page.locator('.control').filter({ has: byId(page, 'slider-elas') }).locator('.control-range')).toHaveText(/0.*2/);
  const about = page.locator('.control').filter({ has: byId(page, 'slider-eff') }).locator('details.control-about');
  await about.locator('summary').click();
  await expect(about).toContainText('DeepSeek');
  await expect(about).toContainText('Our assumption');
});

test('a number field takes typed values, clamps out-of-range ones and keeps the last good value', async ({ page }) => {
  await open(page);
  const field = byId(page, 'field-glr');
  await field.fill('8');
  await field.press('Enter');
  await expect(byId(page, 'slider-glr')).toHaveValue('8');
  await expect(byId(page, 'sentence-total')).toHaveText(headline(expectedTotal2032({ longRun: 8 })));
  // Above the range: clamped, said, and shown.
  await field.fill('99');
  await field.press('Enter');
  await expect(field).toHaveValue('40');
  await expect(byId(page, 'notes-glr')).toContainText('40');
  // Nothing parsable (an emptied field): the last good value stays, and a note says so.
  await field.fill('');
  await field.press('Enter');
  await expect(field).toHaveValue('40');
  await expect(byId(page, 'notes-glr').locator('li')).toHaveCount(1);
  await expect(byId(page, 'notes-glr')).toContainText('Long-run growth needs a number; kept the previous value.');
  await expect(byId(page, 'sentence-total')).toHaveText(headline(expectedTotal2032({ longRun: 40 })));
});

test("a control's reset returns it to the report's value and is off when there is nothing to reset", async ({ page }) => {
  await open(page);
  await expect(byId(page, 'reset-inf32')).toBeDisabled();
  await expect(byId(page, 'reset-inf32')).toHaveAccessibleName('Reset Inference share in 2032 to 50 percent of the total');
  await byId(page, 'field-inf32').fill('70');
  await byId(page, 'field-inf32').press('Enter');
  await expect(byId(page, 'sentence-inference')).toHaveText('70%');
  await byId(page, 'reset-inf32').click();
  await expect(byId(page, 'sentence-inference')).toHaveText('50%');
  await expect(byId(page, 'reset-inf32')).toBeDisabled();
});

test('tabs: the table and the methodology with every default and its source, below the chart', async ({ page }) => {
  await open(page);
  await expect(byId(page, 'tab-table')).toHaveAttribute('aria-selected', 'true');
  await expect(byId(page, 'panel-method')).toBeHidden();
  // The chart is not a tab: it stays whichever tab is open.
  await expect(byId(page, 'chart-investment')).toBeVisible();
  await expect(byId(page, 'row-2032')).toBeVisible();
  await expect(byId(page, 'total-2032')).toHaveText('525.0');
  await byId(page, 'tab-method').click();
  const method = byId(page, 'panel-method');
  await expect(method).toBeVisible();
  await expect(method).toContainText('Jevons');
  await expect(method).toContainText('17 March 2025');
  // One row per control, each saying whether the default is the report's or ours.
  const rows = method.locator('.defaults-table tbody tr');
  await expect(rows).toHaveCount(29);
  await expect(rows.filter({ hasText: 'Our assumption' })).not.toHaveCount(0);
  await expect(rows.filter({ hasText: 'Extra efficiency gains' })).toContainText('Our assumption');
  // Back to the chart: it is drawn again at its width.
  await expect.poll(() => byId(page, 'chart-investment').evaluate((c) => c.getBoundingClientRect().width)).toBeGreaterThan(200);
});

test('exploring the chart: pointer, touch and keyboard show each year, announced and matching the table', async ({ browser }) => {
  const context = await browser.newContext({ viewport: LAPTOP, hasTouch: true });
  const page = await context.newPage();
  await open(page);
  const canvas = byId(page, 'chart-investment');
  await canvas.scrollIntoViewIfNeeded();
  const plain = await canvasFingerprint(page);
  const box = await canvas.boundingBox();
  const midY = box.y + box.height / 2;
  // The year under the pointer is drawn in; leaving the chart takes it away.
  await page.mouse.move(box.x + box.width / 2, midY);
  await expect.poll(() => canvasFingerprint(page)).not.toEqual(plain);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height + 60);
  await expect.poll(() => canvasFingerprint(page)).toEqual(plain);
  // The pointer picks the year; the keyboard goes on from there. At the left edge: 2024.
  await page.mouse.move(box.x + 2, midY);
  await canvas.focus();
  await page.keyboard.press('ArrowRight');
  const announcer = byId(page, 'chart-announcer');
  await expect(announcer).toHaveAttribute('aria-live', 'polite');
  await expect(announcer).toHaveText(/^2025/);
  // At the right edge: 2032, then one step back.
  await page.mouse.move(box.x + box.width - 2, midY);
  await page.keyboard.press('ArrowLeft');
  await expect(announcer).toHaveText(/^2031/);
  // What is announced is what the table lists.
  const cells = await byId(page, 'row-2031').locator('td').allTextContents();
  const said = (await announcer.textContent()).replace(/\s+/g, ' ');
  for (const [name, cell] of [['Total', cells[0]], ['Training', cells[1]], ['Inference', cells[2]], ['Other', cells[3]]]) {
    expect(said).toContain(`${name} $${cell}B`);
  }
  // Home and End, and Escape puts the chart back as it was.
  await page.keyboard.press('Home');
  await expect(announcer).toHaveText(/^2024/);
  await page.keyboard.press('End');
  await expect(announcer).toHaveText(/^2032/);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height + 60);
  await page.keyboard.press('Escape');
  await expect.poll(() => canvasFingerprint(page)).toEqual(plain);
  // A tap shows the year under the finger.
  await page.touchscreen.tap(box.x + box.width / 2, midY);
  await expect.poll(() => canvasFingerprint(page)).not.toEqual(plain);
  await context.close();
});

test('printing keeps the chart, the table and the methodology, without the controls', async ({ page }) => {
  await open(page);
  await page.emulateMedia({ media: 'print' });
  await expect(byId(page, 'chart-investment')).toBeVisible();
  await expect(byId(page, 'panel-table')).toBeVisible();
  await expect(byId(page, 'panel-method')).toBeVisible();
  await expect(byId(page, 'slider-glr')).toBeHidden();
  await expect(page.getByRole('tablist')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await expect(byId(page, 'panel-method')).toBeHidden();
});

test('the table downloads as CSV with the same figures, for the scenario on screen', async ({ page }) => {
  await open(page);
  await byId(page, 'field-glr').fill('9');
  await byId(page, 'field-glr').press('Enter');
  await byId(page, 'tab-table').click();
  const [download] = await Promise.all([page.waitForEvent('download'), byId(page, 'download-csv').click()]);
  expect(download.suggestedFilename()).toBe('ai-capex-projection.csv');
  const text = fs.readFileSync(await download.path(), 'utf8');
  const lines = text.trim().split('\r\n');
  expect(lines[0]).toBe('year,total_usd_billion,training_usd_billion,inference_usd_billion,other_usd_billion_our_assumption,training_share_percent,inference_share_percent');
  expect(lines).toHaveLength(10);
  for (const line of lines.slice(1)) {
    const [year, total, training, inference, other] = line.split(',');
    const cells = await byId(page, `row-${year}`).locator('td').allTextContents();
    // The same numbers: the table writes 371.0 where the file has 371, and a real minus.
    const number = (c) => Number(c.replace(/,/g, '').replace('−', '-'));
    expect([total, training, inference, other].map(Number)).toEqual(cells.slice(0, 4).map(number));
  }
  expect(lines[9].split(',')[1]).toBe(expectedTotal2032({ longRun: 9 }).toFixed(1).replace(/\.0$/, ''));
});

test('presets: each named scenario loads with its description, and moving a control makes it your own', async ({ page }) => {
  await open(page);
  await openControls(page);
  const preset = byId(page, 'preset');
  await expect(preset).toHaveValue('report');
  await expect(byId(page, 'preset-description')).toContainText("The report's projection");
  await preset.selectOption('capex-bust');
  await expect(byId(page, 'sentence-total')).toHaveText('$294B');
  await expect(byId(page, 'preset-description')).toContainText('digest');
  await expect(byId(page, 'field-g26')).toHaveValue('-20');
  await preset.selectOption('jevons-boom');
  await expect(byId(page, 'field-eff')).toHaveValue('15');
  await expect(byId(page, 'field-elas')).toHaveValue('1.5');
  await expect(byId(page, 'sentence')).toContainText('above) compared with the report');
  // Any change of your own: the picker says so, and offers the scenarios again.
  await byId(page, 'field-glr').fill('6');
  await byId(page, 'field-glr').press('Enter');
  await expect(preset).toHaveValue('custom');
  await expect(byId(page, 'preset-description')).toContainText('Your own assumptions');
  await preset.selectOption('report');
  await expect(byId(page, 'sentence-total')).toHaveText('$525B');
});

test('compare: pin a scenario, change things, and see both with the differences', async ({ page }) => {
  await open(page);
  await expect(byId(page, 'compare')).toHaveText('');
  const pin = byId(page, 'pin');
  await expect(pin).toHaveAttribute('aria-pressed', 'false');
  await pin.click();
  await expect(pin).toHaveAttribute('aria-pressed', 'true');
  const pinnedChart = await canvasFingerprint(page);
  await byId(page, 'field-glr').fill('9');
  await byId(page, 'field-glr').press('Enter');
  const now = expectedTotal2032({ longRun: 9 });
  const row = byId(page, 'compare-table').locator('tr', { hasText: 'AI investment in 2032' });
  await expect(row.locator('td')).toHaveText(['$525B', money(now), `+${money(now - 525)}`]);
  await expect(byId(page, 'compare-table').locator('tr', { hasText: 'Inference share in 2032' }).locator('td'))
    .toHaveText(['50%', '50%', '±0 points']);
  // The pinned path is on the chart as a dashed line; the chart changed with the scenario.
  expect(await canvasFingerprint(page)).not.toEqual(pinnedChart);
  // Unpinning puts the report's path back as the reference, and the table goes.
  await pin.click();
  await expect(pin).toHaveAttribute('aria-pressed', 'false');
  await expect(byId(page, 'compare')).toHaveText('');
});

test('the chart downloads as a PNG with its title, source and the changes drawn in', async ({ page }) => {
  await open(page);
  await byId(page, 'field-eff').fill('15');
  await byId(page, 'field-eff').press('Enter');
  const [download] = await Promise.all([page.waitForEvent('download'), byId(page, 'download-png').click()]);
  expect(download.suggestedFilename()).toBe('ai-capex-chart.png');
  const bytes = fs.readFileSync(await download.path());
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1600, 1120]);
  // It decodes, and it is a drawing, not a blank: many colours, the chart's among them.
  const look = await pngLook(page, bytes);
  expect(look.width).toBe(1600);
  expect(look.colours).toBeGreaterThan(20);
  expect(look.inked).toBeGreaterThan(100);
});

test('the workload shares chart: switched to, explored, moved by the mix, announced and downloaded', async ({ page }) => {
  await open(page);
  await openControls(page);
  const investment = await canvasFingerprint(page);
  const chart = page.getByRole('img', { name: /AI investment by workload/ });
  await expect(chart).toBeVisible();
  await expect(byId(page, 'report-marks')).toBeVisible();
  // The switch is a pair of radio buttons: the keyboard moves between them.
  await byId(page, 'show-investment').focus();
  await page.keyboard.press('ArrowRight');
  await expect(byId(page, 'show-shares')).toBeChecked();
  // The canvas now draws the shares, under their own title, key and note.
  await expect.poll(() => canvasFingerprint(page)).not.toEqual(investment);
  const shares = page.getByRole('img', { name: /Share of AI investment by workload/ });
  await expect(shares).toBeVisible();
  await expect(byId(page, 'report-marks')).toBeHidden();
  await expect(page.locator('.chart-marks:visible')).toContainText("dashed vertical line marks the year the lead between inference and training spending changes hands in our model");
  // Its description for screen readers names the crossover as the sentence does.
  const crossover = async () => (await byId(page, 'chart-description').textContent());
  expect(await crossover()).toContain('training from 40% to 14%, inference from');
  const sentence = await byId(page, 'sentence').textContent();
  const year = sentence.match(/overtakes training in (\d{4})/)[1];
  expect(await crossover()).toContain(`In our model, inference spending overtakes training in ${year}.`);
  // The keyboard steps through the years; what is announced is what the table lists.
  await shares.focus();
  await page.keyboard.press('End');
  const announcer = byId(page, 'chart-announcer');
  await expect(announcer).toHaveText(/^2032/);
  const cells = await byId(page, 'row-2032').locator('td').allTextContents();
  // The same figures as the table, written as words write them ($189B, 50%; the table
  // keeps a column's decimal: 189.0, 50.0%).
  const [, spent, share] = (await announcer.textContent()).replace(/\s+/g, ' ').match(/Inference \$([\d.,]+)B \(([\d.]+)%\)/);
  expect(Number(spent)).toBe(Number(cells[2]));
  expect(Number(share)).toBe(parseFloat(cells[4]));
  await page.keyboard.press('Escape');
  // Moving the mix moves the chart and the crossover with it.
  const before = await canvasFingerprint(page);
  await byId(page, 'field-inf32').fill('30');
  await byId(page, 'field-inf32').press('Enter');
  await byId(page, 'field-tr32').fill('45');
  await byId(page, 'field-tr32').press('Enter');
  await expect.poll(() => canvasFingerprint(page)).not.toEqual(before);
  await expect.poll(crossover).toContain('Training spending stays ahead of inference up to 2032.');
  // The download is the chart on screen: the shares, not the investment.
  const picture = async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), byId(page, 'download-png').click()]);
    const bytes = fs.readFileSync(await download.path());
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1600, 1120]);
    return pngLook(page, bytes);
  };
  const sharesPng = await picture();
  expect(sharesPng.colours).toBeGreaterThan(20);
  expect(sharesPng.inked).toBeGreaterThan(100);
  // Back to the investment: its title and marks return, and so does its picture.
  await page.getByText('Investment', { exact: true }).click();
  await expect(chart).toBeVisible();
  await expect(byId(page, 'report-marks')).toBeVisible();
  const investmentPng = await picture();
  expect(investmentPng.fingerprint).not.toEqual(sharesPng.fingerprint);
});

test('the companies and chips chart: a year chosen, bars explored, moved by the chip controls, announced and downloaded', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await open(page);
  await openControls(page);
  await byId(page, 'show-companies').check();
  const chart = page.getByRole('img', { name: /AI investment per company: in-house chips or Nvidia/ });
  await expect(chart).toBeVisible();
  await expect(byId(page, 'report-marks')).toBeHidden();
  await expect(page.locator('.chart-marks:visible')).toContainText("Google's TPUs handle training and inference");
  // Every chart carries the source line.
  await expect(byId(page, 'chart-source')).toContainText('Source: Bloomberg Intelligence (17 Mar 2025) via ChainNews / ABMedia');
  // The key names the two parts of each bar, not the workloads.
  await expect(page.locator('.legend li:visible')).toHaveText(['In-house chips', 'Bought from chip vendors, mostly Nvidia']);
  // The year slider starts at 2032 and the description lists every company that year.
  const year = byId(page, 'company-year');
  await expect(year).toHaveValue('2032');
  await expect(byId(page, 'company-year-value')).toHaveText('2032');
  const description = async () => (await byId(page, 'chart-description').textContent());
  expect(await description()).toMatch(/2032: Microsoft \$[\d.]+B, [\d.]+% on in-house chips; Amazon .*; Others \$[\d.]+B/);
  // The five companies add up to the year's total in the table.
  const companyTotals = (text) => [...text.matchAll(/(?:Microsoft|Amazon|Alphabet \(Google\)|Meta|Others) \$([\d.,]+)B/g)].map((m) => Number(m[1].replace(',', '')));
  const sum = (xs) => xs.reduce((a, b) => a + b, 0);
  const total2032 = Number((await byId(page, 'total-2032').textContent()).replace(',', ''));
  expect(Math.abs(sum(companyTotals(await description())) - total2032)).toBeLessThan(0.5);
  // Choosing 2026 with the keyboard on the slider redraws the bars for 2026.
  const in2032 = await canvasFingerprint(page);
  await year.focus();
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowLeft');
  await expect(year).toHaveValue('2026');
  await expect(byId(page, 'company-year-value')).toHaveText('2026');
  await expect.poll(() => canvasFingerprint(page)).not.toEqual(in2032);
  expect(await description()).toContain('2026: Microsoft');
  const total2026 = Number((await byId(page, 'total-2026').textContent()).replace(',', ''));
  expect(Math.abs(sum(companyTotals(await description())) - total2026)).toBeLessThan(0.5);
  // The keyboard steps through the companies on the canvas; each is announced with
  // its split, and the split adds up.
  await chart.focus();
  await page.keyboard.press('ArrowDown');
  const announcer = byId(page, 'chart-announcer');
  await expect(announcer).toHaveText(/^Microsoft, 2026/);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(announcer).toHaveText(/^Alphabet \(Google\), 2026/);
  const parts = (await announcer.textContent()).match(/Total \$([\d.]+)B\s*In-house chips \$([\d.]+)B \(([\d.]+)%\)\s*Bought from chip vendors \$([\d.]+)B/);
  expect(parts, await announcer.textContent()).not.toBeNull();
  const [, all, own, share, nvidia] = parts.map(Number);
  expect(Math.abs(own + nvidia - all)).toBeLessThan(0.15);
  expect(Math.abs((own / all) * 100 - share)).toBeLessThan(1);
  // Pointing at a bar outlines it and draws its figures (the canvas changes).
  await page.keyboard.press('Escape');
  const plain = await canvasFingerprint(page);
  const box = await chart.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.45);
  await expect.poll(() => canvasFingerprint(page)).not.toEqual(plain);
  await page.mouse.move(0, 0);
  // Screenshots of the companies chart, laptop and phone, light and dark.
  await page.screenshot({ path: path.join(artifacts, 'companies-1280x800.png') });
  // Raising Microsoft's in-house share in 2032 moves the chart (its group was opened
  // with every other at the start).
  const before = await canvasFingerprint(page);
  await year.fill('2032');
  await year.dispatchEvent('input');
  await expect.poll(() => canvasFingerprint(page)).not.toEqual(before);
  const moved = await canvasFingerprint(page);
  await byId(page, 'field-ihms32').fill('60');
  await byId(page, 'field-ihms32').press('Enter');
  await expect.poll(() => canvasFingerprint(page)).not.toEqual(moved);
  expect(await description()).toMatch(/Microsoft \$[\d.]+B, 60% on in-house chips/);
  // The download is the companies chart in the year chosen.
  const [download] = await Promise.all([page.waitForEvent('download'), byId(page, 'download-png').click()]);
  const bytes = fs.readFileSync(await download.path());
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1600, 1120]);
  const look = await pngLook(page, bytes);
  expect(look.colours).toBeGreaterThan(20);
  expect(look.inked).toBeGreaterThan(100);
  // On a phone the labels sit above the bars and nothing overflows.
  for (const dark of [false, true]) {
    await page.emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
    await page.setViewportSize(PHONE);
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await chart.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(artifacts, `companies-360x740${dark ? '-dark' : ''}.png`) });
  }
});

test('the sensitivity tornado: what moves the 2032 total most, each bar checked against the model', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await open(page);
  await byId(page, 'show-sensitivity').check();
  const chart = page.getByRole('img', { name: /What moves the 2032 total most/ });
  await expect(chart).toBeVisible();
  await expect(byId(page, 'company-year')).toBeHidden();
  await expect(page.locator('.legend li:visible')).toHaveText(['Assumption at the low end of its plausible range', 'At the high end', '2032 total as set']);
  await expect(page.locator('.chart-marks:visible')).toContainText('the line is the 2032 total as set');
  const description = async () => (await byId(page, 'chart-description').textContent());
  expect(await description()).toContain('Tornado chart of the 2032 total, $525B under these assumptions');
  // The keyboard steps through the bars, largest swing first; each is announced with the
  // 2032 total at both ends of the assumption's range.
  await chart.focus();
  await page.keyboard.press('ArrowDown');
  const announcer = byId(page, 'chart-announcer');
  await expect(announcer).toHaveText(/At .*: \$[\d,.]+B/);
  const bar = (text) => {
    const m = text.match(/^(.*?)\s*At (-?[\d.−]+).*?: \$([\d,.]+)B\s*At (-?[\d.−]+).*?: \$([\d,.]+)B/s);
    return { label: m[1].trim(), low: m[2].replace('−', '-'), lowTotal: m[3], high: m[4].replace('−', '-'), highTotal: m[5] };
  };
  const first = bar(await announcer.textContent());
  await page.keyboard.press('ArrowDown');
  const second = bar(await announcer.textContent());
  expect(second.label).not.toEqual(first.label);
  const swing = (b) => Math.abs(Number(b.highTotal.replace(',', '')) - Number(b.lowTotal.replace(',', '')));
  expect(swing(first)).toBeGreaterThanOrEqual(swing(second));
  // The first bar's ends are what the model gives with that assumption at either end.
  const control = page.locator('.control').filter({ has: page.locator('label', { hasText: new RegExp(`^${first.label}$`) }) });
  const field = control.locator('input[type=number]');
  for (const [value, total] of [[first.low, first.lowTotal], [first.high, first.highTotal]]) {
    await field.fill(value);
    await field.press('Enter');
    await expect(byId(page, 'sentence-total')).toHaveText(headline(Number(total.replace(/,/g, ''))));
  }
  // With that assumption moved, the chart and its description follow the new total.
  await expect.poll(description).toContain(`Tornado chart of the 2032 total, $${first.highTotal}B under these assumptions`);
  await byId(page, 'reset').click();
  await expect.poll(description).toContain('$525B under these assumptions');
  // Pointing at a bar outlines it and draws its figures.
  await page.keyboard.press('Escape');
  const plain = await canvasFingerprint(page);
  const box = await chart.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.3);
  await expect.poll(() => canvasFingerprint(page)).not.toEqual(plain);
  await page.screenshot({ path: path.join(artifacts, 'sensitivity-1280x800.png') });
  await page.mouse.move(0, 0);
  const [download] = await Promise.all([page.waitForEvent('download'), byId(page, 'download-png').click()]);
  const look = await pngLook(page, fs.readFileSync(await download.path()));
  expect(look.colours).toBeGreaterThan(20);
  expect(look.inked).toBeGreaterThan(100);
  await page.setViewportSize(PHONE);
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await chart.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(artifacts, 'sensitivity-360x740.png') });
});

test('the likely range (P10–P90): shown on request, read out, widened by its spread and collapsed without it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await open(page);
  await openControls(page);
  const band = byId(page, 'show-band');
  await expect(band).not.toBeChecked();
  const description = async () => (await byId(page, 'chart-description').textContent());
  expect(await description()).not.toContain('Shaded');
  const plain = await canvasFingerprint(page);
  await band.check();
  await expect.poll(() => canvasFingerprint(page)).not.toEqual(plain);
  await expect(page.locator('.legend li:visible').last()).toHaveText('Likely range: 8 in 10 simulated paths, each year (our assumptions)');
  const range = async () => {
    const m = (await description()).match(/In each year, 8 in 10 of 10,000 simulated paths fall inside it: \$([\d.,]+)B to \$([\d.,]+)B in 2032/);
    expect(m, await description()).not.toBeNull();
    return [Number(m[1].replace(',', '')), Number(m[2].replace(',', ''))];
  };
  await expect.poll(description).toContain('Shaded:');
  const [low, high] = await range();
  expect(low).toBeLessThan(525);
  expect(high).toBeGreaterThan(525);
  // The keyboard reads the same range out for 2032.
  const chart = byId(page, 'chart-investment');
  await chart.focus();
  await page.keyboard.press('End');
  await expect(byId(page, 'chart-announcer')).toContainText(`Likely range ${money(low)}–${money(high)}`);
  await page.keyboard.press('Escape');
  // A wider growth spread widens it; none at all collapses it onto the projection.
  await byId(page, 'field-sdl').fill('15');
  await byId(page, 'field-sdl').press('Enter');
  await expect.poll(async () => { const [a, b] = await range(); return b - a; }).toBeGreaterThan(high - low);
  for (const key of ['sdg', 'sdl']) {
    await byId(page, `field-${key}`).fill('0');
    await byId(page, `field-${key}`).press('Enter');
  }
  await expect.poll(range).toEqual([525, 525]);
  await byId(page, 'reset-sdg').click();
  await byId(page, 'reset-sdl').click();
  await expect.poll(range).toEqual([low, high]);
  await page.screenshot({ path: path.join(artifacts, 'band-1280x800.png') });
  // Up and down are left to the page on the year charts: they do not move the year.
  await chart.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await expect(byId(page, 'chart-announcer')).toHaveText(/^2024/);
  await page.keyboard.press('Escape');
  // The shares chart shades the inference share's range while the box stays ticked,
  // and says it in percent, in its description and year by year.
  await byId(page, 'show-shares').check();
  await expect(band).toBeChecked();
  await expect.poll(description).toMatch(/In each year, 8 in 10 of 10,000 simulated paths fall inside it: [\d.]+% to [\d.]+% in 2032/);
  await chart.focus();
  await page.keyboard.press('End');
  await expect(byId(page, 'chart-announcer')).toContainText(/Likely range [\d.]+%–[\d.]+%/);
  await page.keyboard.press('Escape');
  const sharesWith = await canvasFingerprint(page);
  await band.uncheck();
  await expect.poll(() => canvasFingerprint(page)).not.toEqual(sharesWith);
  await expect(page.locator('.legend li:visible').last()).not.toHaveText(/Likely range/);
  // The download carries the range when it is shown.
  await byId(page, 'show-investment').check();
  await band.check();
  const [download] = await Promise.all([page.waitForEvent('download'), byId(page, 'download-png').click()]);
  const look = await pngLook(page, fs.readFileSync(await download.path()));
  expect(look.colours).toBeGreaterThan(20);
});
