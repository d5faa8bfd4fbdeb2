// Two languages: English and Traditional Chinese (zh-Hant), one page each. The `lang`
// parameter chooses, else the browser's language, else English; the widget links to the
// other language; numbers and money read as each audience reads them.
const { test, expect } = require('@playwright/test');
const { AxeBuilder } = require('@axe-core/playwright');
const { fs, path, artifacts, pngLook, failOnPageErrors, tabOrder } = require('./helpers');

failOnPageErrors(test, expect);

const byId = (page, id) => page.getByTestId(id);
const ready = (page) => expect(byId(page, 'sentence-total')).toBeVisible();
const lang = (page) => page.evaluate(() => document.documentElement.lang);

test('the lang parameter chooses the page, at the root and under a sub-path', async ({ page }) => {
  for (const base of ['./', './news/2032-ai-capex/']) {
    await page.goto(`${base}?lang=zh-Hant`);
    await ready(page);
    expect(await lang(page)).toBe('zh-Hant');
    expect(new URL(page.url()).pathname).toMatch(/\/zh-hant\/$/);
    await expect(byId(page, 'sentence-total')).toHaveText('5,250 億美元');
    // And back: lang=en on the Chinese page goes to the English one.
    await page.goto(`${base}zh-hant/?lang=en`);
    await ready(page);
    expect(await lang(page)).toBe('en');
    await expect(byId(page, 'sentence-total')).toHaveText('$525B');
  }
  // Anything else is English.
  await page.goto('./?lang=fr');
  await ready(page);
  expect(await lang(page)).toBe('en');
});

test("without a parameter, the browser's language chooses; the switch overrides it", async ({ browser }) => {
  for (const [locale, want] of [['zh-TW', 'zh-Hant'], ['zh-HK', 'zh-Hant'], ['en-US', 'en'], ['de-DE', 'en']]) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto('./');
    await ready(page);
    expect(await lang(page), locale).toBe(want);
    await context.close();
  }
  // A Chinese-language browser can still read the English page: the switch says so.
  const context = await browser.newContext({ locale: 'zh-TW' });
  const page = await context.newPage();
  await page.goto('./');
  await ready(page);
  const english = byId(page, 'language');
  await expect(english).toHaveText('English');
  await expect(english).toHaveAttribute('hreflang', 'en');
  await english.click();
  await ready(page);
  expect(await lang(page)).toBe('en');
  await expect(byId(page, 'sentence-total')).toHaveText('$525B');
  const chinese = byId(page, 'language');
  await expect(chinese).toHaveText('中文（繁體）');
  await expect(chinese).toHaveAttribute('lang', 'zh-Hant');
  await chinese.click();
  await ready(page);
  expect(await lang(page)).toBe('zh-Hant');
  await context.close();
});

test('Traditional Chinese: money in 億美元 in the sentence, table, compare, notes, chart and CSV', async ({ page }) => {
  await page.goto('./zh-hant/');
  await ready(page);
  await expect(page).toHaveTitle(/AI 資本支出探索器/);
  const sentence = byId(page, 'sentence');
  await expect(sentence).toContainText('在這些假設下，2032 年 AI 投資將達 5,250 億美元，其中 50% 用於推論。');
  await expect(sentence).toContainText('推論支出在 2028 年超越訓練。這與報告的預測相符。');
  // The table: whole 億, thousands grouped.
  await byId(page, 'tab-table').click();
  await expect(byId(page, 'total-2024')).toHaveText('2,576');
  await expect(byId(page, 'total-2025')).toHaveText('3,710');
  await expect(byId(page, 'total-2032')).toHaveText('5,250');
  await expect(page.locator('#capex-table-caption')).toHaveText('各年 AI 投資，單位：億美元');
  // The CSV: the same figures, a Chinese header.
  const [download] = await Promise.all([page.waitForEvent('download'), byId(page, 'download-csv').click()]);
  const lines = fs.readFileSync(await download.path(), 'utf8').trim().split('\r\n');
  expect(lines[0]).toBe('年份,總額（億美元）,訓練（億美元）,推論（億美元）,其他（億美元，我們的假設）,訓練占比（%）,推論占比（%）');
  expect(lines[1].split(',').slice(0, 2)).toEqual(['2024', '2576']);
  expect(lines[9].split(',').slice(0, 2)).toEqual(['2032', '5250']);
  await byId(page, 'tab-chart').click();
  // Compare: pin, change, see the difference in 億美元 and in 個百分點.
  await byId(page, 'pin').click();
  await byId(page, 'field-inf32').fill('60');
  await byId(page, 'field-inf32').press('Enter');
  const compare = byId(page, 'compare-table');
  await expect(compare).toContainText('2032 年推論占比');
  await expect(compare).toContainText('+10 個百分點');
  await byId(page, 'field-glr').fill('9');
  await byId(page, 'field-glr').press('Enter');
  await expect(byId(page, 'sentence-total')).toHaveText(/^\d{1,2},\d{3} 億美元$/);
  await expect(sentence).toContainText('這比報告的 5,250 億美元高出');
  await expect(compare).toContainText(/\+[\d,]+ 億美元/);
  // A value out of range: the note says so in Chinese, the value is clamped.
  await byId(page, 'field-glr').fill('99');
  await byId(page, 'field-glr').press('Enter');
  await expect(byId(page, 'notice-list')).toContainText('「長期成長率」必須介於 −10 與 40 %／年 之間；已採用 40。');
  await expect(byId(page, 'field-glr')).toHaveValue('40');
  // The chart: its title, and a year announced in Chinese, matching the table.
  await byId(page, 'reset').click();
  const chart = page.getByRole('img', { name: /各工作負載的 AI 投資/ });
  await chart.focus();
  await page.keyboard.press('End');
  const announcer = byId(page, 'chart-announcer');
  await expect(announcer).toHaveText(/^2032 年\s+總額 5,250 億美元\s+訓練 735 億美元（14%）\s+推論 2,625 億美元（50%）\s+其他 1,890 億美元（36%）$/);
  // The 2024 amount is set in 億美元 too: 2,576, typed as 2576; 3000 means $300B.
  await expect(byId(page, 'field-b24')).toHaveValue('2576');
  await expect(byId(page, 'value-b24')).toHaveText('億美元');
  await byId(page, 'field-b24').fill('3000');
  await byId(page, 'field-b24').press('Enter');
  await byId(page, 'tab-table').click();
  await expect(byId(page, 'total-2024')).toHaveText('3,000');
  await byId(page, 'tab-chart').click();
  await byId(page, 'field-b24').fill('9000');
  await byId(page, 'field-b24').press('Enter');
  await expect(byId(page, 'notice-list')).toContainText('「2024 年 AI 投資」必須介於 1500 與 4000 億美元 之間；已採用 4000。');
  await byId(page, 'reset-b24').click();
  await expect(byId(page, 'field-b24')).toHaveValue('2576');
  await expect(byId(page, 'reset-b24')).toBeDisabled();
  // A control's value is spoken with its unit.
  await expect(byId(page, 'slider-glr')).toHaveAttribute('aria-valuetext', /^5\.1 % 每年$/);
  // The picture downloads and decodes.
  const [png] = await Promise.all([page.waitForEvent('download'), byId(page, 'download-png').click()]);
  const look = await pngLook(page, fs.readFileSync(await png.path()));
  expect(look.width).toBe(1600);
  expect(look.inked).toBeGreaterThan(100);
});

test('Traditional Chinese: axe finds no violations on every tab, light and dark, and screenshots', async ({ browser }) => {
  fs.mkdirSync(artifacts, { recursive: true });
  for (const [name, viewport, colorScheme] of [
    ['zh-hant-360x740', { width: 360, height: 740 }, 'light'],
    ['zh-hant-1280x800', { width: 1280, height: 800 }, 'light'],
    ['zh-hant-dark-360x740', { width: 360, height: 740 }, 'dark'],
  ]) {
    const context = await browser.newContext({ viewport, colorScheme, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto('./zh-hant/');
    await ready(page);
    const scan = async (what) => {
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `${name}, ${what}`).toEqual([]);
    };
    await scan('chart');
    await page.getByRole('heading', { name: '探索預測' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${name} has no horizontal overflow`).toBeLessThanOrEqual(0);
    await byId(page, 'show-band').check();
    await scan('likely range');
    if (name.includes('1280')) {
      // Guess first, in 億美元.
      await byId(page, 'guess').locator('summary').click();
      await page.locator('#capex-guess').fill('6000');
      await byId(page, 'guess-reveal').click();
      await expect(byId(page, 'guess-result')).toContainText('你猜 6,000 億美元；預測為');
      await scan('guess first');
      await byId(page, 'reset').click();
    }
    await byId(page, 'show-shares').check();
    await scan('shares chart');
    await byId(page, 'show-companies').check();
    await scan('companies chart');
    await byId(page, 'show-sensitivity').check();
    await scan('sensitivity chart');
    expect(await page.locator('#capex-chart-desc').textContent()).toContain('2032 年總額的龍捲風圖（目前為 5,250 億美元）');
    await byId(page, 'show-companies').check();
    if (name.includes('1280')) {
      await expect(page.getByRole('img', { name: /各公司的 AI 投資：自研晶片或輝達/ })).toBeVisible();
      await expect(byId(page, 'company-year-value')).toHaveText('2032');
      expect(await page.locator('#capex-chart-desc').textContent()).toMatch(/2032 年：微軟 [\d,]+ 億美元，自研晶片占 [\d.]+%/);
    }
    for (const tab of ['table', 'method']) {
      await byId(page, `tab-${tab}`).click();
      await scan(`${tab} tab`);
    }
    await context.close();
  }
});

test('Traditional Chinese: keyboard only, every control in order; reflow at 320 px and 200 % zoom; the embed view', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto('./zh-hant/');
  await ready(page);
  const order = await tabOrder(page, 'language');
  const widget = order.slice(order.indexOf('tab-chart'));
  expect(widget.slice(0, 5)).toEqual(['tab-chart', 'show-investment', 'show-band', 'chart-investment', 'download-png']);
  const keys = ['g26', 'glr', 'fade', 'g25', 'b24', 'inf32', 'tr32', 'mid', 'inf25', 'tr25', 'eff', 'elas'];
  expect(widget.filter((id) => id && /^(slider|field)-/.test(id))).toEqual(keys.flatMap((k) => [`field-${k}`, `slider-${k}`]));
  expect(widget.slice(-3)).toEqual(['reset', 'theme', 'language']);
  // Operate: End on growth moves the sentence; Enter on reset puts it back.
  await byId(page, 'slider-glr').focus();
  await page.keyboard.press('End');
  await expect(byId(page, 'sentence-total')).not.toHaveText('5,250 億美元');
  await byId(page, 'reset').focus();
  await page.keyboard.press('Enter');
  await expect(byId(page, 'sentence-total')).toHaveText('5,250 億美元');
  await context.close();

  for (const [what, viewport, scale] of [['320 px', { width: 320, height: 640 }, 1], ['200 % zoom', { width: 640, height: 400 }, 2]]) {
    const zoomed = await browser.newContext({ viewport, deviceScaleFactor: scale });
    const p = await zoomed.newPage();
    await p.goto('./zh-hant/');
    await ready(p);
    for (const tab of ['chart', 'table', 'method']) {
      await byId(p, `tab-${tab}`).click();
      const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${tab} tab at ${what}`).toBeLessThanOrEqual(0);
    }
    await zoomed.close();
  }

  // The embed view (no page chrome), in Chinese: axe finds nothing.
  const embed = await browser.newContext({ viewport: { width: 400, height: 800 } });
  const e = await embed.newPage();
  await e.goto('./zh-hant/?embed=1');
  await ready(e);
  expect(await e.evaluate(() => document.documentElement.classList.contains('embed'))).toBe(true);
  const results = await new AxeBuilder({ page: e }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  await embed.close();
});

test('the embed build in Traditional Chinese: link notes, Share and Embed, the source line, axe', async ({ page }) => {
  const EMBED = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4173) + 1}`;
  // A link with one bad value: the rest applies, and the note says so in Chinese.
  await page.goto(`${EMBED}/zh-hant/?glr=7&inf32=abc`);
  await ready(page);
  expect(await lang(page)).toBe('zh-Hant');
  await expect(byId(page, 'notice-list')).toContainText('已忽略連結中的「inf32」：「2032 年推論占比」需要一個數字。');
  await expect(byId(page, 'field-glr')).toHaveValue('7');
  // Share and Embed, and what the embed snippet calls its frame.
  await expect(byId(page, 'share')).toHaveText('分享');
  await byId(page, 'embed').click();
  await expect(page.locator('label[for="capex-embed-code"]')).toHaveText('將此貼到你的網頁');
  await expect(byId(page, 'embed-code')).toHaveValue(/title="AI 資本支出探索器：科技巨頭 2032 年前的 AI 投資"/);
  await expect(byId(page, 'share-status')).toHaveText(/^(已複製到剪貼簿。|請選取文字後複製（Ctrl\+C 或 ⌘C）。)$/);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => v.id), 'share panel open').toEqual([]);
  await page.keyboard.press('Escape');
  await expect(byId(page, 'embed-code')).toBeHidden();
  // The embed view: its source line and link to the full page, in Chinese.
  await page.goto(`${EMBED}/zh-hant/?embed=1`);
  await ready(page);
  await expect(byId(page, 'embed-source')).toContainText('資料來源：彭博行業研究');
  await expect(byId(page, 'open-full')).toHaveText('開啟完整互動版');
  const view = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(view.violations.map((v) => v.id), 'embed view').toEqual([]);
});
