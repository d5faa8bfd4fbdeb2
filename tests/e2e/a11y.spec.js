// Accessibility checks a reader relies on: axe-core finds nothing, in both languages,
// light and dark, on a phone and a laptop, in every state of the widget; everything can
// be reached and used with the keyboard alone; targets are large enough and the page
// reflows when zoomed.
//
// Each axe test loads one page, sets one state and runs one scan: a loop of scans in one
// test would make its outcome depend on the machine's speed.
const { test, expect } = require('@playwright/test');
const {
  PHONE, LAPTOP, LANGUAGES, byId, ready, failOnPageErrors, axeViolations, horizontalOverflow, tabOrder, openControls,
} = require('./helpers');

failOnPageErrors(test);

// How the page is seen: the window's size and the system's colour scheme, and a theme
// the reader picked in the widget, if any.
const LOOKS = [
  { name: 'phone', viewport: PHONE, scheme: 'light' },
  { name: 'laptop', viewport: LAPTOP, scheme: 'light' },
  { name: 'phone, dark', viewport: PHONE, scheme: 'dark' },
];
const PICKED = [
  { name: 'laptop, dark by choice on a light system', viewport: LAPTOP, scheme: 'light', pick: 'dark' },
  { name: 'laptop, light by choice on a dark system', viewport: LAPTOP, scheme: 'dark', pick: 'light' },
];

const openAll = (page, selector) => page.locator(selector).evaluateAll((all) => all.forEach((d) => { d.open = true; }));
const exploreChart = async (page, view, key) => {
  await byId(page, `show-${view}`).check();
  await byId(page, 'chart-investment').focus();
  await page.keyboard.press(key);
  await expect(byId(page, 'chart-announcer')).not.toBeEmpty();
};

// The widget's states, each reached from a fresh page: its address's query, then what
// the reader does.
const STATES = {
  'the chart': { act: async () => {} },
  'the table tab': {
    act: async (page) => {
      await byId(page, 'tab-table').click();
      await expect(byId(page, 'panel-table')).toBeVisible();
    },
  },
  'the methodology tab': {
    act: async (page) => {
      await byId(page, 'tab-method').click();
      await expect(byId(page, 'panel-method')).toBeVisible();
    },
  },
  'every "about" note open': { act: (page) => openAll(page, '.control-about') },
  'every group of controls open': { act: (page) => openControls(page) },
  'a guess being drawn, its numbers open': {
    act: async (page) => {
      await byId(page, 'guess-start').click();
      await byId(page, 'guess-typed').locator('summary').click();
      await byId(page, 'guess-show').click();
      await expect(byId(page, 'guess-result')).not.toBeEmpty();
    },
  },
  'a guess revealed in full': {
    query: '?guess=500,550,600,650,700,750,800',
    act: async (page) => {
      await byId(page, 'guess-show').click();
      await byId(page, 'guess-show-reported').click();
      // The second sentence, on 2026, in either language.
      await expect(byId(page, 'guess-result')).toContainText('2026');
    },
  },
  'the likely range': { act: (page) => byId(page, 'show-band').check() },
  'the shares chart, a year explored': { act: (page) => exploreChart(page, 'shares', 'End') },
  'the companies chart, a bar explored': {
    act: async (page) => {
      await exploreChart(page, 'companies', 'ArrowDown');
      await expect(byId(page, 'company-year')).toBeVisible();
    },
  },
  'the sensitivity chart, a bar explored': { act: (page) => exploreChart(page, 'sensitivity', 'ArrowDown') },
  'a link notice and the embed panel open': {
    query: '?tr32=-5',
    act: async (page) => {
      await expect(byId(page, 'notices').locator('li')).toHaveCount(1);
      await byId(page, 'embed').click();
      await expect(byId(page, 'embed-code')).toBeVisible();
    },
  },
  'the embed view': {
    query: '?embed=1',
    act: async (page) => {
      await expect(page.locator('html')).toHaveClass(/\bembed\b/);
      await expect(byId(page, 'embed-source')).toBeVisible();
    },
  },
};

function axeTest(language, look, stateName) {
  const lang = LANGUAGES[language];
  const { query = '', act } = STATES[stateName];
  test(`axe: ${lang.name}, ${look.name}, ${stateName}`, async ({ page }) => {
    await page.setViewportSize(look.viewport);
    await page.emulateMedia({ colorScheme: look.scheme });
    await page.goto(`${lang.entry}${query}`);
    await expect(byId(page, 'sentence-total')).toHaveText(lang.total);
    if (look.pick) {
      await byId(page, 'theme').selectOption(look.pick);
      await expect(page.locator('html')).toHaveClass(new RegExp(`\\btheme-${look.pick}\\b`));
    }
    await act(page);
    expect(await axeViolations(page)).toEqual([]);
  });
}

for (const language of Object.keys(LANGUAGES)) {
  for (const look of LOOKS) {
    for (const state of Object.keys(STATES)) axeTest(language, look, state);
  }
  for (const look of PICKED) axeTest(language, look, 'the chart');
}

// Keyboard: in the widget the tabs come first, then the chart's switch (one stop for the
// radio group), the likely range's and the other forecasts' checkboxes, Draw your guess, the chart and its download, then each open
// group's controls (field, then slider), then the actions.
for (const language of Object.keys(LANGUAGES)) {
  const lang = LANGUAGES[language];
  test(`keyboard only: every control is reachable in order (${lang.name})`, async ({ page }) => {
    await page.setViewportSize(LAPTOP);
    await page.goto(lang.entry);
    await ready(page);
    const order = await tabOrder(page, 'language');
    const widget = order.slice(order.indexOf('show-investment'));
    expect(widget.slice(0, 6)).toEqual(['show-investment', 'show-band', 'show-forecasts', 'guess-start', 'chart-investment', 'download-png']);
    // The four main controls; the others wait, closed, under "More assumptions".
    const keys = ['g26', 'glr', 'inf32', 'eff'];
    expect(widget.filter((id) => id && /^(slider|field)-/.test(id))).toEqual(keys.flatMap((k) => [`field-${k}`, `slider-${k}`]));
    expect(widget.slice(-5)).toEqual(['reset', 'share', 'embed', 'theme', 'language']);
  });
}

test('keyboard only: the controls, their resets and the tabs work', async ({ page }) => {
  await page.goto('./');
  await expect(byId(page, 'sentence-total')).toHaveText('$525B');
  // Focus is visible on a slider.
  await byId(page, 'slider-glr').focus();
  const outline = await byId(page, 'slider-glr').evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  // Use them: End on growth, End on inference, then Enter on Reset.
  await page.keyboard.press('End');
  await expect(byId(page, 'sentence-total')).not.toHaveText('$525B');
  await byId(page, 'slider-inf32').focus();
  await page.keyboard.press('End');
  await expect(byId(page, 'sentence-inference')).toHaveText('100%');
  // A control's own reset, by keyboard, puts focus on its field.
  await byId(page, 'reset-inf32').focus();
  await page.keyboard.press('Enter');
  await expect(byId(page, 'sentence-inference')).toHaveText('50%');
  await expect(byId(page, 'field-inf32')).toBeFocused();
  await byId(page, 'reset').focus();
  await page.keyboard.press('Enter');
  await expect(byId(page, 'sentence-total')).toHaveText('$525B');
  // The tabs: arrow keys move between them, and the panel follows.
  await byId(page, 'tab-table').focus();
  await page.keyboard.press('ArrowRight');
  await expect(byId(page, 'tab-method')).toBeFocused();
  await expect(byId(page, 'panel-method')).toBeVisible();
  await expect(byId(page, 'panel-table')).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await expect(byId(page, 'tab-table')).toBeFocused();
  await expect(byId(page, 'panel-table')).toBeVisible();
  await page.keyboard.press('End');
  await expect(byId(page, 'tab-method')).toBeFocused();
});

// WCAG 2.4.11: on a phone the key number sticks to the top; moving back with Shift+Tab
// must not leave the focused control under it (the browser scrolls it only to the top).
for (const lang of ['en', 'zh']) {
  test(`keyboard only: on a phone, Shift+Tab never hides the focus under the key number (${lang})`, async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto(`./?lang=${lang}`);
    await ready(page);
    await openControls(page);
    await byId(page, 'tab-method').focus();
    const hidden = [];
    for (let i = 0; i < 30; i += 1) {
      await page.keyboard.press('Shift+Tab');
      const gap = await page.evaluate(() => {
        const bar = document.querySelector('[data-testid="key-number"]').getBoundingClientRect();
        const el = document.activeElement.getBoundingClientRect();
        return el.top - bar.bottom;
      });
      if (gap < 0) hidden.push(await page.evaluate(() => document.activeElement.outerHTML.slice(0, 80)));
    }
    expect(hidden).toEqual([]);
  });
}

test('keyboard only: the language switch works from the keyboard', async ({ page }) => {
  await page.goto('./');
  await ready(page);
  await byId(page, 'language').focus();
  await page.keyboard.press('Enter');
  await expect(byId(page, 'sentence-total')).toHaveText(LANGUAGES.zh.total);
  await expect(byId(page, 'language')).toHaveText(LANGUAGES.zh.other.text);
});

test('screen readers hear the result once the reader pauses', async ({ page }) => {
  await page.goto('./');
  await expect(byId(page, 'sentence-total')).toHaveText('$525B');
  const announcer = byId(page, 'announcer');
  await expect(announcer).toHaveAttribute('aria-live', 'polite');
  await byId(page, 'slider-glr').focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  // Not on every tick: right after the moves it has not spoken yet...
  expect(await announcer.textContent()).toBe('');
  // ...then it says the sentence once.
  await expect(announcer).toContainText('Under these assumptions, AI investment reaches');
  await expect(announcer).toContainText(await byId(page, 'sentence-total').textContent());
});

const corner = (page) => byId(page, 'chart-investment').evaluate((c) => Array.from(c.getContext('2d').getImageData(2, 2, 1, 1).data.slice(0, 3)));

test('dark theme: the chart follows the system setting, without a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize(PHONE);
  await page.goto('./');
  await expect(byId(page, 'sentence-total')).toHaveText('$525B');
  await expect.poll(() => corner(page)).toEqual([18, 18, 18]);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(() => corner(page)).toEqual([255, 255, 255]);
});

test("the theme picker overrides the system's setting both ways, page and chart", async ({ page }) => {
  await page.goto('./');
  await expect(byId(page, 'sentence-total')).toHaveText('$525B');
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const picker = byId(page, 'theme');
  await expect(picker).toHaveAccessibleName(/Theme/);
  // A light system, a dark choice.
  await picker.selectOption('dark');
  await expect.poll(() => corner(page)).toEqual([18, 18, 18]);
  await expect.poll(background).toBe('rgb(18, 18, 18)');
  // A dark system, a light choice.
  await page.emulateMedia({ colorScheme: 'dark' });
  await picker.selectOption('light');
  await expect.poll(() => corner(page)).toEqual([255, 255, 255]);
  await expect.poll(background).toBe('rgb(255, 255, 255)');
  // Automatic follows the system again.
  await picker.selectOption('auto');
  await expect.poll(() => corner(page)).toEqual([18, 18, 18]);
});

// WCAG 2.2 target size (2.5.8): every pointer target at least 24 × 24 CSS pixels, except
// links inside running text; and reflow (1.4.10): 200% zoom of a 1280 × 800 window is a
// 640 × 400 CSS-pixel viewport at twice the pixel density, 400% is 320 px wide.
const ZOOMS = [['200%', { width: 640, height: 400 }], ['400%', { width: 320, height: 200 }]];

async function openZoomed(browser, lang, viewport) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.goto(lang.entry);
  await expect(byId(page, 'sentence-total')).toHaveText(lang.total);
  return { context, page };
}

for (const language of Object.keys(LANGUAGES)) {
  const lang = LANGUAGES[language];
  for (const [zoom, viewport] of ZOOMS) {
    test(`targets are at least 24 × 24 px at ${zoom} zoom (${lang.name})`, async ({ browser }) => {
      const { context, page } = await openZoomed(browser, lang, viewport);
      // Open every group and note, so every control is measured.
      await openAll(page, 'details');
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
      await context.close();
    });

    test(`every tab reflows at ${zoom} zoom without horizontal scroll (${lang.name})`, async ({ browser }) => {
      const { context, page } = await openZoomed(browser, lang, viewport);
      for (const tab of ['table', 'method']) {
        await byId(page, `tab-${tab}`).click();
        await expect(byId(page, `panel-${tab}`)).toBeVisible();
        expect(await horizontalOverflow(page), `${tab} tab at ${zoom}`).toBeLessThanOrEqual(0);
      }
      await context.close();
    });
  }
}
