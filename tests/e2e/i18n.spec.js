// Two languages in one build: English and Traditional Chinese (zh-Hant). The `lang`
// parameter chooses (zh, zh-Hant, zh-TW, zh-HK: Chinese; en: English; anything else is
// ignored), else the entry page (zh-hant/ starts in Chinese), else the browser's
// languages, else English. The address's path never changes with the language, and the
// switch changes everything in place, without loading a page; numbers and money read as
// each audience reads them.
const { test, expect } = require('@playwright/test');
const {
  fs, SITE, SUB_PATH, PHONE, LAPTOP, LANGUAGES, byId, ready, htmlLang, money, headline, yi, expectedTotal2032, pngLook,
  failOnPageErrors, openControls, linkParts, snippetLink,
} = require('./helpers');

failOnPageErrors(test);

const { en: EN, zh: ZH } = LANGUAGES;
const pathname = (page) => new URL(page.url()).pathname;
const param = (page, name) => page.evaluate((n) => new URLSearchParams(window.location.search).get(n), name);

// The language the widget shows: <html lang> and the sentence's total.
async function expectLanguage(page, lang) {
  await expect(page.locator('html')).toHaveAttribute('lang', lang.html);
  await expect(byId(page, 'sentence-total')).toHaveText(lang.total);
}

// Everything a switch changes, at the report's baseline: <html lang>, the title, the
// sentence, a table cell, what the chart announces, and the switch itself.
async function expectWholePageIn(page, lang) {
  await expectLanguage(page, lang);
  await expect(page).toHaveTitle(lang.title);
  await expect(byId(page, 'total-2032')).toHaveText(lang.cell2032);
  await byId(page, 'chart-investment').focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('End');
  await expect(byId(page, 'chart-announcer')).toHaveText(lang.announced2032);
  await page.keyboard.press('Escape');
  const other = byId(page, 'language');
  await expect(other).toHaveText(lang.other.text);
  await expect(other).toHaveAttribute('hreflang', lang.other.tag);
  await expect(other).toHaveAttribute('lang', lang.other.tag);
}

// Opens `url`, waits for the widget and checks that the address kept its path.
async function open(page, url) {
  await page.goto(url);
  await ready(page);
  expect(pathname(page), 'the path never changes with the language').toBe(new URL(url, `${SITE}/`).pathname);
}

// Clicks the language switch, checking that no page was loaded: a value set on the
// window before the click is still there after it.
async function switchInPlace(page) {
  const before = await htmlLang(page);
  await page.evaluate(() => { window.__marker = 'kept'; });
  await byId(page, 'language').click();
  await expect.poll(() => htmlLang(page)).not.toBe(before);
  expect(await page.evaluate(() => window.__marker), 'no navigation').toBe('kept');
}

// --- Choosing the language -------------------------------------------------------------

for (const value of ['zh', 'zh-Hant', 'zh-TW', 'zh-HK', 'ZH-HANT', 'zh-hk', 'Zh-Tw']) {
  test(`lang=${value} on / shows Traditional Chinese and stays on /`, async ({ page }) => {
    await open(page, `./?lang=${value}`);
    await expectLanguage(page, ZH);
  });
}

test('lang=zh-Hant under a sub-path shows Traditional Chinese and stays on the sub-path', async ({ page }) => {
  await open(page, `.${SUB_PATH}?lang=zh-Hant`);
  await expectLanguage(page, ZH);
});

for (const entry of ['./zh-hant/', `.${SUB_PATH}zh-hant/`]) {
  test(`lang=en on ${entry.slice(1)} shows English and stays there`, async ({ page }) => {
    await open(page, `${entry}?lang=en`);
    await expectLanguage(page, EN);
  });

  test(`${entry.slice(1)} starts in Traditional Chinese in an English-language browser`, async ({ page }) => {
    await open(page, entry);
    await expectLanguage(page, ZH);
    await expect(page).toHaveTitle(ZH.title);
  });
}

// Only the values above choose; anything else leaves the choice to the entry page and
// the browser.
for (const value of ['fr', 'zh-CN', 'zh-Hans', 'en-US', 'english', '%3Cscript%3Ealert(1)%3C%2Fscript%3E', '']) {
  test(`lang=${decodeURIComponent(value)} is ignored: / stays English, zh-hant/ stays Chinese`, async ({ page }) => {
    await open(page, `./?lang=${value}`);
    await expectLanguage(page, EN);
    await open(page, `./zh-hant/?lang=${value}`);
    await expectLanguage(page, ZH);
  });
}

// The browser's languages: the first that is zh… or en… decides.
for (const [locale, want] of [['zh-TW', ZH], ['zh-HK', ZH], ['zh-CN', ZH], ['en-US', EN], ['en-GB', EN], ['de-DE', EN]]) {
  test.describe(() => {
    test.use({ locale });
    test(`a ${locale} browser gets ${want.name} on /`, async ({ page }) => {
      await open(page, './');
      await expectLanguage(page, want);
    });
  });
}

for (const [languages, want] of [[['de-DE', 'zh-TW', 'en'], ZH], [['fr-FR', 'en-GB', 'zh-TW'], EN], [['ja-JP', 'ko-KR'], EN]]) {
  test(`a browser asking for ${languages.join(', ')} gets ${want.name} on /`, async ({ page }) => {
    await page.addInitScript((list) => {
      Object.defineProperty(Navigator.prototype, 'languages', { configurable: true, get: () => list });
      Object.defineProperty(Navigator.prototype, 'language', { configurable: true, get: () => list[0] });
    }, languages);
    await open(page, './');
    await expectLanguage(page, want);
  });
}

test.describe(() => {
  test.use({ locale: 'zh-TW' });
  test('in a Chinese-language browser, lang=en on / still shows English', async ({ page }) => {
    await open(page, './?lang=en');
    await expectLanguage(page, EN);
  });

  test('in a Chinese-language browser, an unknown lang leaves the choice to the browser', async ({ page }) => {
    await open(page, './?lang=fr');
    await expectLanguage(page, ZH);
  });
});

// --- The switch ------------------------------------------------------------------------

for (const [from, to, path] of [[EN, ZH, '/'], [ZH, EN, '/zh-hant/']]) {
  test(`the switch on ${path} changes the whole page to ${to.name} in place, and the address says lang=${from.other.tag}`, async ({ page }) => {
    await open(page, `.${path}`);
    await expectWholePageIn(page, from);
    await switchInPlace(page);
    await expectWholePageIn(page, to);
    await expect.poll(() => param(page, 'lang')).toBe(from.other.tag);
    expect(pathname(page)).toBe(path);
  });
}

test('switching keeps the reader\'s scenario and the address\'s other parameters', async ({ page }) => {
  await open(page, './?glr=9&utm_source=news');
  const total = expectedTotal2032({ longRun: 9 });
  await expect(byId(page, 'sentence-total')).toHaveText(headline(total));
  await switchInPlace(page);
  await expect(byId(page, 'sentence-total')).toHaveText(yi(total));
  await expect(byId(page, 'field-glr')).toHaveValue('9');
  await expect.poll(() => param(page, 'lang')).toBe('zh-Hant');
  expect(await param(page, 'glr')).toBe('9');
  expect(await param(page, 'utm_source')).toBe('news');
});

test('two quick switches: the page and the address end in the language chosen last', async ({ page }) => {
  await open(page, './');
  await byId(page, 'language').click();
  await expect(page.locator('html')).toHaveAttribute('lang', ZH.html);
  await byId(page, 'language').click();
  await expectLanguage(page, EN);
  await expect.poll(() => param(page, 'lang')).toBe('en');
  // And it stays there once the debounced write has settled.
  await page.waitForTimeout(600);
  expect(await param(page, 'lang')).toBe('en');
});

test('a reload after switching keeps the language the address now asks for', async ({ page }) => {
  await open(page, './');
  await switchInPlace(page);
  await expect.poll(() => param(page, 'lang')).toBe('zh-Hant');
  await page.reload();
  await ready(page);
  await expectLanguage(page, ZH);
});

test('after switching, the CSV and the picture are in the new language', async ({ page }) => {
  await open(page, './');
  const png = async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), byId(page, 'download-png').click()]);
    return pngLook(page, fs.readFileSync(await download.path()));
  };
  const csvHeader = async () => {
    await byId(page, 'tab-table').click();
    const [download] = await Promise.all([page.waitForEvent('download'), byId(page, 'download-csv').click()]);
      return fs.readFileSync(await download.path(), 'utf8').split('\r\n')[0];
  };
  const english = await png();
  expect(await csvHeader()).toMatch(/^year,total_usd_billion,/);
  await switchInPlace(page);
  const chinese = await png();
  expect(chinese.width).toBe(1600);
  expect(chinese.inked).toBeGreaterThan(100);
  expect(chinese.fingerprint, 'the picture is drawn again in Chinese').not.toEqual(english.fingerprint);
  expect(await csvHeader()).toBe('年份,總額（億美元）,訓練（億美元）,推論（億美元）,其他（億美元，我們的假設）,訓練占比（%）,推論占比（%）');
});

test('Share and Embed carry the current language, and follow a switch', async ({ page }) => {
  await open(page, './?glr=9.5');
  await byId(page, 'share').click();
  expect(linkParts(await byId(page, 'share-link').inputValue())).toEqual({ page: `${SITE}/`, params: { glr: '9.5', lang: 'en' } });
  await page.keyboard.press('Escape');
  await switchInPlace(page);
  await byId(page, 'share').click();
  await expect(byId(page, 'share')).toHaveText('分享');
  expect(linkParts(await byId(page, 'share-link').inputValue())).toEqual({ page: `${SITE}/`, params: { glr: '9.5', lang: 'zh-Hant' } });
  await page.keyboard.press('Escape');
  await byId(page, 'embed').click();
  const snippet = await byId(page, 'embed-code').inputValue();
  expect(snippetLink(snippet)).toEqual({ page: `${SITE}/`, params: { glr: '9.5', lang: 'zh-Hant', embed: '1' } });
  expect(snippet).toContain('title="AI 資本支出探索器：科技巨頭 2032 年前的 AI 投資"');
});

// --- Traditional Chinese, as its readers read it ---------------------------------------

test('Traditional Chinese: money in 億美元 in the sentence, table, compare, notes, chart and CSV', async ({ page }) => {
  await page.goto('./zh-hant/');
  await ready(page);
  await openControls(page);
  await expect(page).toHaveTitle(ZH.title);
  const sentence = byId(page, 'sentence');
  await expect(sentence).toContainText('在這些假設下，2032 年 AI 投資將達 5,250 億美元，其中 50% 用於推論。');
  await expect(sentence).toContainText('在我們的模型中，推論支出在 2028 年超越訓練。這與報告的預測相符。');
  // The table: whole 億, thousands grouped.
  await byId(page, 'tab-table').click();
  await expect(byId(page, 'total-2024')).toHaveText('2,576');
  await expect(byId(page, 'total-2025')).toHaveText('3,710');
  await expect(byId(page, 'total-2032')).toHaveText('5,250');
  await expect(byId(page, 'table').locator('caption')).toHaveText('各年 AI 投資，單位：億美元');
  // The CSV: the same figures, a Chinese header.
  const [download] = await Promise.all([page.waitForEvent('download'), byId(page, 'download-csv').click()]);
  const lines = fs.readFileSync(await download.path(), 'utf8').trim().split('\r\n');
  expect(lines[0]).toBe('年份,總額（億美元）,訓練（億美元）,推論（億美元）,其他（億美元，我們的假設）,訓練占比（%）,推論占比（%）');
  expect(lines[1].split(',').slice(0, 2)).toEqual(['2024', '2576']);
  expect(lines[9].split(',').slice(0, 2)).toEqual(['2032', '5250']);
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
  await expect(byId(page, 'notes-glr')).toContainText('「長期成長率」必須介於 −10 與 40%／年 之間；已採用 40。');
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
  await byId(page, 'field-b24').fill('9000');
  await byId(page, 'field-b24').press('Enter');
  await expect(byId(page, 'notes-b24')).toContainText('「2024 年 AI 投資」必須介於 1500 與 4000 億美元 之間；已採用 4000。');
  await byId(page, 'reset-b24').click();
  await expect(byId(page, 'field-b24')).toHaveValue('2576');
  await expect(byId(page, 'reset-b24')).toBeDisabled();
  // A control's value is spoken with its unit.
  await expect(byId(page, 'slider-glr')).toHaveAttribute('aria-valuetext', /^5\.1% 每年$/);
  // The picture downloads and decodes.
  const [png] = await Promise.all([page.waitForEvent('download'), byId(page, 'download-png').click()]);
  const look = await pngLook(page, fs.readFileSync(await png.path()));
  expect(look.width).toBe(1600);
  expect(look.inked).toBeGreaterThan(100);
});

test('Traditional Chinese: a guess, the companies chart and the tornado speak 億美元', async ({ page }) => {
  await page.setViewportSize(LAPTOP);
  await page.goto('./zh-hant/?guess=600,600,600,600,600,600,600');
  await ready(page);
  await byId(page, 'guess-typed').locator('summary').click();
  await expect(byId(page, 'guess-2026')).toHaveValue('6000');
  await byId(page, 'guess-show').click();
  await expect(byId(page, 'guess-result')).toContainText('你畫的 2032 年是 6,000 億美元，比報告的 5,250 億美元 高 14%。');
  await byId(page, 'guess-show-reported').click();
  await expect(byId(page, 'guess-result')).toContainText('低 14%');
  await byId(page, 'reset').click();
  const description = byId(page, 'chart-description');
  await byId(page, 'show-sensitivity').check();
  await expect(description).toContainText('2032 年總額的龍捲風圖（目前為 5,250 億美元）');
  await byId(page, 'show-companies').check();
  await expect(page.getByRole('img', { name: /各公司的 AI 投資：自研晶片或輝達/ })).toBeVisible();
  await expect(byId(page, 'company-year-value')).toHaveText('2032');
  await expect(description).toHaveText(/2032 年：微軟 [\d,]+ 億美元，自研晶片占 [\d.]+%/);
});

test('Traditional Chinese: link notes, Share and Embed, in Chinese', async ({ page }) => {
  // A link with one bad value: the rest applies, and the note says so in Chinese.
  await page.goto('./zh-hant/?glr=7&inf32=abc');
  await ready(page);
  await expect(page.locator('html')).toHaveAttribute('lang', ZH.html);
  await expect(byId(page, 'sentence-total')).toHaveText(yi(expectedTotal2032({ longRun: 7 })));
  await expect(byId(page, 'notice-list')).toContainText('已忽略連結中的「inf32」：「2032 年推論占比」需要一個數字。');
  await expect(byId(page, 'field-glr')).toHaveValue('7');
  // Share and Embed, and what the embed snippet calls its frame.
  await expect(byId(page, 'share')).toHaveText('分享');
  await byId(page, 'embed').click();
  await expect(byId(page, 'embed-code')).toHaveAccessibleName('將此貼到你的網頁');
  await expect(byId(page, 'embed-code')).toHaveValue(/title="AI 資本支出探索器：科技巨頭 2032 年前的 AI 投資"/);
  await expect(byId(page, 'share-status')).toHaveText(/^(已複製到剪貼簿。|請選取文字後複製（Ctrl\+C 或 ⌘C）。)$/);
  await page.keyboard.press('Escape');
  await expect(byId(page, 'embed-code')).toBeHidden();
});

test('Traditional Chinese: the embed view from ?embed=1&lang=zh-Hant, with its source line', async ({ page }) => {
  await open(page, './?embed=1&lang=zh-Hant');
  await expectLanguage(page, ZH);
  await expect(page.locator('html')).toHaveClass(/\bembed\b/);
  await expect(byId(page, 'embed-source')).toContainText('資料來源：彭博行業研究');
  await expect(byId(page, 'open-full')).toHaveText('開啟完整互動版');
});

// --- Without JavaScript, and the pages' alternates -------------------------------------

// The <link rel="alternate" hreflang> of the page, resolved.
const alternates = (page) => page.locator('link[rel="alternate"][hreflang]').evaluateAll(
  (links) => Object.fromEntries(links.map((l) => [l.getAttribute('hreflang'), l.href])),
);

test('without JavaScript, zh-hant/ shows the Chinese baseline chart and table, and links its alternates', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
  const page = await context.newPage();
  await page.goto('./zh-hant/');
  expect(await htmlLang(page)).toBe('zh-Hant');
  await expect(page).toHaveTitle(ZH.title);
  const chart = page.locator('img.static-chart');
  await expect(chart).toBeVisible();
  expect(await chart.evaluate((img) => img.complete && img.naturalWidth)).toBeGreaterThan(100);
  await expect(chart).toHaveAttribute('alt', /5,250 億美元/);
  await expect(page.locator('.static-baseline caption')).toContainText('億美元');
  await expect(page.locator('.static-baseline tr', { hasText: '2032' })).toContainText('5,250');
  await expect(page.locator('.static-baseline tr', { hasText: '2024' })).toContainText('2,576');
  expect(await alternates(page)).toMatchObject({ en: `${SITE}/`, 'zh-Hant': `${SITE}/zh-hant/` });
  await context.close();
});

for (const [entry, root] of [['/', '/'], [SUB_PATH, SUB_PATH], [`${SUB_PATH}zh-hant/`, SUB_PATH]]) {
  test(`${entry} links its alternates: hreflang en and zh-Hant`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`.${entry}`);
    expect(await alternates(page)).toMatchObject({ en: `${SITE}${root}`, 'zh-Hant': `${SITE}${root}zh-hant/` });
    await context.close();
  });
}
