// Endurance: one page, many random reader actions (sliders, number fields with hostile
// text, tabs, groups, the four charts and the companies' year by pointer and keyboard,
// presets, compare, theme, the language switch, resets, resizes). After
// all of them: no console error, no crash note, the widget still answers, and the JS
// heap after a forced garbage collection within +10% of where it started.
//
// 500 actions in the test command; SOAK_ACTIONS=10000 (bash .ci/bench.sh) for the long run,
// SOAK_TRACE=1 to print the heap every 1,000 actions, SOAK_SEED to vary the sequence.
const { test, expect } = require('@playwright/test');
const { LANGUAGES, openControls } = require('./helpers');

const ACTIONS = Number(process.env.SOAK_ACTIONS ?? 500);
const KEYS = ['g26', 'glr', 'fade', 'g25', 'b24', 'inf32', 'tr32', 'mid', 'inf25', 'tr25', 'eff', 'elas', 'ihgoogl32', 'ihms25', 'msft', 'meta', 'sdg', 'sdm'];
const TYPED = ['', '7', '-5', '0.05', '1e9', '-1e308', 'abc', 'NaN', '∞', '50%', '  12 ', '2030.5', '0x1F', '١٢'];
const SIZES = [[320, 640], [360, 740], [768, 1024], [1280, 800], [1440, 900]];

// A small seeded generator (mulberry32), so a failing run can be repeated exactly.
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Garbage collection, twice with a pause between: objects that wasm-bindgen frees from a
// FinalizationRegistry go in the second round.
async function heapAfterGc(cdp, page) {
  await cdp.send('HeapProfiler.collectGarbage');
  await page.waitForTimeout(200);
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

test(`soak: ${ACTIONS} random reader actions`, async ({ page }) => {
  // Generous: the run is long on a slow machine, and its result must not depend on speed.
  test.setTimeout(120_000 + ACTIONS * 150);
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.goto('./');
  await expect(page.getByTestId('sentence-total')).toHaveText('$525B');
  // Every control within reach: "More assumptions" stays open across language switches.
  await openControls(page);
  const cdp = await page.context().newCDPSession(page);
  const pick = random(Number(process.env.SOAK_SEED ?? 2032));
  const any = (list) => list[Math.floor(pick() * list.length)];

  const act = async () => {
    const what = pick();
    if (what < 0.3) {
      // A slider, by keyboard.
      const key = any(KEYS);
      await page.evaluate((k) => {
        for (const d of document.querySelectorAll('details.more, details.group')) d.open = true;
        document.querySelector(`[data-testid="slider-${k}"]`).focus();
      }, key);
      await page.keyboard.press(any(['ArrowRight', 'ArrowLeft', 'PageUp', 'PageDown', 'Home', 'End']));
    } else if (what < 0.5) {
      // A number field, with whatever a reader (or a paste) might put there.
      await page.evaluate(([k, text]) => {
        const field = document.querySelector(`[data-testid="field-${k}"]`);
        field.value = text;
        field.dispatchEvent(new Event('change', { bubbles: true }));
      }, [any(KEYS), any(TYPED)]);
    } else if (what < 0.6) {
      await page.evaluate((tab) => document.querySelector(`[data-testid="tab-${tab}"]`).click(), any(['table', 'method']));
    } else if (what < 0.7) {
      // The chart: which one, the companies' year, a pointer over it, or the keyboard
      // through its years or bars.
      await page.evaluate(([x, y, view, year]) => {
        document.querySelector(`[data-testid="show-${view}"]`).click();
        // The likely range's box and the companies' year are there only with the charts
        // they belong to.
        if (x < 0.1) document.querySelector('[data-testid="show-band"]')?.click();
        const slider = document.querySelector('[data-testid="company-year"]');
        if (slider) {
          slider.value = String(year);
          slider.dispatchEvent(new Event('input', { bubbles: true }));
        }
        const c = document.querySelector('[data-testid="chart-investment"]');
        const r = c.getBoundingClientRect();
        c.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, clientX: r.left + x * r.width, clientY: r.top + y * r.height }));
      }, [pick(), pick(), any(['investment', 'shares', 'companies', 'sensitivity']), 2024 + Math.floor(pick() * 9)]);
      await page.evaluate((key) => {
        const c = document.querySelector('[data-testid="chart-investment"]');
        c.focus();
        c.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      }, any(['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'Escape']));
    } else if (what < 0.76) {
      // A choice in a <select> (theme or preset), made the way a browser reports it.
      // (Playwright's own selectOption leaves a media-query object behind in Blink per
      // call, which would read as a leak of the page's.)
      const [id, value] = what < 0.74
        ? ['theme', any(['auto', 'light', 'dark'])]
        : ['preset', any(['report', 'efficiency-shock', 'jevons-boom', 'capex-bust', 'what-happened-next'])];
      await page.evaluate(([id, value]) => {
        const select = document.querySelector(`[data-testid="${id}"]`);
        select.value = value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }, [id, value]);
    } else if (what < 0.77) {
      await page.evaluate(() => document.querySelector('[data-testid="pin"]').click());
    } else if (what < 0.78) {
      // The language, switched in place.
      await page.evaluate(() => document.querySelector('[data-testid="language"]').click());
    } else if (what < 0.86) {
      await page.evaluate((k) => {
        const own = document.querySelector(`[data-testid="reset-${k}"]:not([disabled])`);
        (own ?? document.querySelector('[data-testid="reset"]')).click();
      }, any(KEYS));
    } else if (what < 0.93) {
      await page.evaluate((i) => {
        const groups = document.querySelectorAll('details.group');
        groups[i % groups.length].open = !groups[i % groups.length].open;
      }, Math.floor(pick() * 5));
    } else {
      const [width, height] = any(SIZES);
      await page.setViewportSize({ width, height });
    }
  };

  // Warm up (every kind of action, every size, both themes: the browser's own caches
  // fill here), then measure the heap where the long run starts.
  for (let i = 0; i < 300; i++) await act();
  const before = await heapAfterGc(cdp, page);
  const started = Date.now();
  for (let i = 0; i < ACTIONS; i++) {
    await act();
    if (process.env.SOAK_TRACE && (i + 1) % 1000 === 0) console.log(`soak: ${i + 1}: ${((await heapAfterGc(cdp, page)) / 1e6).toFixed(3)} MB`);
  }
  const seconds = (Date.now() - started) / 1000;
  const after = await heapAfterGc(cdp, page);

  // Still alive and answering: the sentence has a total in the language shown, the crash
  // note never showed.
  const crashNotes = (await page.locator('#capex-error').isVisible()) ? 1 : 0;
  const lang = await page.evaluate(() => document.documentElement.lang);
  const shown = Object.values(LANGUAGES).find((l) => l.html === lang);
  expect(shown, 'the page is in one of its languages').toBeDefined();
  await expect(page.getByTestId('sentence-total')).toHaveText(shown.html === 'en' ? /^\$[0-9,.]+B$/ : /^[0-9,]+ 億美元$/);
  await page.getByTestId('reset').click();
  await expect(page.getByTestId('sentence-total')).toHaveText(shown.total);
  console.log(`soak: ${ACTIONS} actions in ${seconds.toFixed(1)} s; JS heap after GC ${(before / 1e6).toFixed(2)} → ${(after / 1e6).toFixed(2)} MB (${(100 * (after / before - 1)).toFixed(1)} %)`);
  console.log(`bench: soak: ${ACTIONS} random actions: console errors, crash notes | ${problems.length}, ${crashNotes} | 0, 0`);
  console.log(`bench: soak: ${ACTIONS} random actions: JS heap after GC, change | ${(100 * (after / before - 1)).toFixed(1)} % | ≤ +10%`);
  expect(problems).toEqual([]);
  expect(crashNotes, 'the crash note never shows').toBe(0);
  expect(after, 'JS heap after GC within +10% of the start').toBeLessThanOrEqual(before * 1.1);
});
