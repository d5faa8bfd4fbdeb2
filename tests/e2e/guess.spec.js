// Draw your guess: the reader draws 2026–2032 on the investment chart (pointer, touch or
// keyboard, or typed numbers), then reveals the report's path and what the companies
// guided since, each with a sentence on how far the line was; the line travels in the
// share link.
const { test, expect } = require('@playwright/test');
const {
  path, artifacts, PHONE, LAPTOP, byId, ready, failOnPageErrors, axeViolations, horizontalOverflow,
  canvasFingerprint, headline, linkParts,
} = require('./helpers');

failOnPageErrors(test);

const YEARS = [2026, 2027, 2028, 2029, 2030, 2031, 2032];

// The line as the typed fields show it (they follow the chart), in billions; '' where
// a year is not drawn yet.
async function drawn(page) {
  const typed = byId(page, 'guess-typed');
  if (!(await typed.evaluate((d) => d.open))) await typed.locator('summary').click();
  return Promise.all(YEARS.map(async (y) => {
    const v = await byId(page, `guess-${y}`).inputValue();
    return v === '' ? '' : Number(v);
  }));
}

// The guess carried by the page's address, if any.
const linkedGuess = (page) => linkParts(page.url()).params.guess;

async function startDrawing(page, size) {
  await page.setViewportSize(size);
  await page.goto('./');
  await ready(page);
  await byId(page, 'guess-start').click();
  await expect(byId(page, 'guess-panel')).toBeVisible();
  const canvas = byId(page, 'chart-investment');
  await canvas.scrollIntoViewIfNeeded();
  // The chart has been drawn for the game (its description says what to do).
  await expect(byId(page, 'chart-description')).toContainText('Draw your line');
  return canvas;
}

for (const [name, size] of [['360', PHONE], ['1280', LAPTOP]]) {
  test(`pointer at ${name} px: one stroke from 2026 to 2032 draws every year, rising as the pointer rises`, async ({ page }) => {
    const canvas = await startDrawing(page, size);
    const box = await canvas.boundingBox();
    // Pointer down on the left third (2026, or the first year it reaches), then one
    // fast move to the right edge: the years between are filled in.
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.6);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 2, box.y + box.height * 0.2, { steps: 2 });
    await page.mouse.up();
    const line = await drawn(page);
    expect(line.every((v) => typeof v === 'number'), String(line)).toBe(true);
    // Snapped to the step, on the axis, and rising from left to right.
    expect(line.every((v) => v % 5 === 0 && v >= 0 && v <= 1200), String(line)).toBe(true);
    expect(line[6]).toBeGreaterThan(line[0]);
    for (let i = 1; i < line.length; i++) expect(line[i]).toBeGreaterThanOrEqual(line[i - 1]);
    // The share link carries the line, one value per year.
    await expect.poll(() => linkedGuess(page)).toBe(line.join(','));
  });

  test(`keyboard at ${name} px: arrows pick a year and move it, each step read out`, async ({ page }) => {
    const canvas = await startDrawing(page, size);
    await canvas.focus();
    const announcer = byId(page, 'chart-announcer');
    await page.keyboard.press('ArrowRight');
    await expect(announcer).toHaveText('2026: not drawn yet');
    // A year not drawn starts from the report's 2025 figure ($371B), on the $5B step.
    await page.keyboard.press('ArrowUp');
    await expect(announcer).toHaveText('2026: your guess $375B');
    await page.keyboard.press('PageUp');
    await expect(announcer).toHaveText('2026: your guess $425B');
    // The next year starts where the last one is.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await expect(announcer).toHaveText('2027: your guess $420B');
    await page.keyboard.press('End');
    await expect(announcer).toHaveText('2032: not drawn yet');
    // Arrow keys do not scroll the page while drawing.
    const scrolled = await page.evaluate(() => window.scrollY);
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    expect(await drawn(page)).toEqual([425, 420, '', '', '', '', 425]);
  });
}

test('touch at 360 px: a finger draws the line and the page does not scroll', async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto('./');
  await ready(page);
  await byId(page, 'guess-start').click();
  const canvas = byId(page, 'chart-investment');
  await canvas.scrollIntoViewIfNeeded();
  await expect(canvas.locator('xpath=..')).toHaveClass(/drawing/);
  const box = await canvas.boundingBox();
  const before = await page.evaluate(() => window.scrollY);
  // A real touch stroke through the DevTools protocol: down, moving up and right, up.
  const cdp = await context.newCDPSession(page);
  const at = (fx, fy) => [{ x: box.x + box.width * fx, y: box.y + box.height * fy }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0.32, 0.7) });
  for (let k = 1; k <= 8; k++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(0.32 + 0.66 * k / 8, 0.7 - 0.5 * k / 8) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await expect.poll(() => linkedGuess(page)).toMatch(/^\d+(,\d+){6}$/);
  expect(await page.evaluate(() => window.scrollY)).toBe(before);
  const line = linkedGuess(page).split(',').map(Number);
  expect(line[6]).toBeGreaterThan(line[0]);
  await page.screenshot({ path: path.join(artifacts, 'guess-touch-360x740.png') });
  await context.close();
});

test('typed numbers are the same line, and a bad number keeps the last good one', async ({ page }) => {
  await startDrawing(page, PHONE);
  await drawn(page);
  const field = byId(page, 'guess-2028');
  const before = await canvasFingerprint(page);
  await field.fill('640');
  await field.press('Tab');
  await expect.poll(() => canvasFingerprint(page)).not.toEqual(before);
  expect((await drawn(page))[2]).toBe(640);
  // Off the axis: kept at its top; not a number: the last good value comes back.
  await field.fill('5000');
  await field.press('Tab');
  await expect(field).toHaveValue('1200');
  await field.fill('');
  await field.press('Tab');
  await expect(field).toHaveValue('1200');
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
});

test('asking for the answer before the line is finished says how many years are left', async ({ page }) => {
  await startDrawing(page, PHONE);
  await drawn(page);
  await byId(page, 'guess-2026').fill('500');
  await byId(page, 'guess-2026').press('Tab');
  await byId(page, 'guess-show').click();
  await expect(byId(page, 'guess-result')).toHaveText('Draw every year to 2032 first: 6 to go.');
  await expect(byId(page, 'guess-show-reported')).toHaveCount(0);
});

test('reveal in turn: the report\'s path, then the companies\' guidance, each with how far the line was', async ({ page }) => {
  await page.setViewportSize(LAPTOP);
  await page.goto('./?guess=600,600,600,600,600,600,600');
  await ready(page);
  const result = byId(page, 'guess-result');
  await expect(result).toHaveAttribute('aria-live', 'polite');
  const hidden = await canvasFingerprint(page);
  await byId(page, 'guess-show').click();
  // $600B against the report's $525B: 14% above (whole percent, as a newsroom writes).
  await expect(result).toContainText(`In 2032 you drew $600B, ${Math.round(75 / 525 * 100)}% above the report's ${headline(525)}.`);
  await expect(result).toContainText(/Year by year, your line was \d+% off the report's path on average\./);
  await expect(result).not.toContainText('April 2026');
  const report = await canvasFingerprint(page);
  expect(report).not.toEqual(hidden);
  await byId(page, 'guess-show-reported').click();
  // $600B against the $700–725B guided: 14% below its low end.
  await expect(result).toContainText(`For 2026 you drew $600B, ${Math.round(100 / 700 * 100)}% below the $700–725B of total capital spending (not only AI) the big four guided in April 2026.`);
  await expect.poll(() => canvasFingerprint(page)).not.toEqual(report);
  await expect(page.locator('.legend')).toContainText('Your guess');
  await page.screenshot({ path: path.join(artifacts, 'guess-revealed-1280x800.png') });
  // Back to the explorer: the line stays on the chart, and in the link.
  await byId(page, 'guess-back').click();
  await expect(byId(page, 'guess-panel')).toHaveCount(0);
  await expect(page.locator('.legend')).toContainText('Your guess');
  expect(linkedGuess(page)).toBe('600,600,600,600,600,600,600');
});

test('a shared guess reopens drawn, ready to reveal, and survives a reload', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('./?guess=450,500,550,600,650,700,750');
  await ready(page);
  expect(await drawn(page)).toEqual([450, 500, 550, 600, 650, 700, 750]);
  await page.reload();
  await ready(page);
  expect(await drawn(page)).toEqual([450, 500, 550, 600, 650, 700, 750]);
  await byId(page, 'guess-show').click();
  await expect(byId(page, 'guess-result')).toContainText('In 2032 you drew $750B');
});

test('a half-drawn guess travels with the years drawn so far, and drawing goes on after a reload', async ({ page }) => {
  const canvas = await startDrawing(page, PHONE);
  await canvas.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('PageUp');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await expect(byId(page, 'chart-announcer')).toHaveText('2027: your guess $415B');
  await expect.poll(() => linkedGuess(page)).toBe('420,415,,,,,');
  await page.reload();
  await ready(page);
  await expect(byId(page, 'guess-panel')).toBeVisible();
  expect(await drawn(page)).toEqual([420, 415, '', '', '', '', '']);
});

test('a hand-edited guess in the link gets a note, and the widget opens as usual', async ({ page }) => {
  await page.goto('./?guess=1,2,x');
  await ready(page);
  await expect(page.getByText('Ignored the guess in the link: it needs seven places, one per year from 2026 to 2032')).toBeVisible();
  await expect(byId(page, 'guess-panel')).toHaveCount(0);
  await expect(byId(page, 'guess-start')).toBeVisible();
});

test('?guess=1 in an embed opens drawing, as the first thing the card shows', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('./?embed=1&guess=1');
  await ready(page);
  await expect(byId(page, 'guess-panel')).toBeVisible();
  await expect(byId(page, 'guess-show')).toBeVisible();
  const canvas = byId(page, 'chart-investment');
  const box = await canvas.boundingBox();
  expect(box.y + box.height).toBeLessThanOrEqual(640);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await page.screenshot({ path: path.join(artifacts, 'guess-embed-320x640.png') });
});

test('another chart ends the game and keeps the line', async ({ page }) => {
  await page.setViewportSize(LAPTOP);
  await page.goto('./?guess=600,600,600,600,600,600,600');
  await ready(page);
  await byId(page, 'show-shares').check();
  await expect(byId(page, 'guess-panel')).toHaveCount(0);
  await byId(page, 'show-investment').check();
  await expect(page.locator('.legend')).toContainText('Your guess');
  await expect(byId(page, 'guess-start')).toBeVisible();
});

test('a new scenario ends the game, and a link with the line and the scenario shows both', async ({ page }) => {
  await page.setViewportSize(LAPTOP);
  await page.goto('./?guess=600,600,600,600,600,600,600');
  await ready(page);
  await byId(page, 'preset').selectOption('jevons-boom');
  await expect(byId(page, 'guess-panel')).toHaveCount(0);
  await expect(page.locator('.legend')).toContainText('Your guess');
  await expect.poll(() => linkParts(page.url()).params).toMatchObject({ preset: 'jevons-boom', guess: '600,600,600,600,600,600,600' });
  // Opened by a friend: the sender's scenario with the line kept on it, not the game.
  await page.goto(page.url());
  await ready(page);
  await expect(byId(page, 'guess-panel')).toHaveCount(0);
  await expect(byId(page, 'key-total')).not.toHaveText('$525B in 2032');
  await expect(page.locator('.legend')).toContainText('Your guess');
});

test('a guess being drawn survives a switch of language, in the new language\'s units', async ({ page }) => {
  await startDrawing(page, PHONE);
  await drawn(page);
  await byId(page, 'guess-2026').fill('500');
  await byId(page, 'guess-2026').press('Tab');
  await byId(page, 'language').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(byId(page, 'guess-panel')).toBeVisible();
  await byId(page, 'guess-typed').locator('summary').click();
  await expect(byId(page, 'guess-2026')).toHaveValue('5000');
  await expect(byId(page, 'guess-show')).toHaveText('顯示報告的走勢');
});

test('the keyboard focus follows the game: into the panel, through each reveal, and back', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('./?guess=600,600,600,600,600,600,600');
  await ready(page);
  await byId(page, 'guess-back').focus();
  await page.keyboard.press('Enter');
  await expect(byId(page, 'guess-start')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(byId(page, 'guess-show')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(byId(page, 'guess-show-reported')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(byId(page, 'guess-back')).toBeFocused();
  await expect(byId(page, 'guess-result')).toContainText('April 2026');
});

test('axe finds no violations while drawing and once revealed', async ({ page }) => {
  await startDrawing(page, PHONE);
  await drawn(page);
  expect(await axeViolations(page)).toEqual([]);
  await page.goto('./?guess=600,600,600,600,600,600,600');
  await ready(page);
  await byId(page, 'guess-show').click();
  await byId(page, 'guess-show-reported').click();
  expect(await axeViolations(page)).toEqual([]);
});
