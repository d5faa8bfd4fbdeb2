// End-to-end tests against the one build, dist/ (both entry pages, every feature),
// served on loopback by e2e/server.mjs, in Debian's Chromium.
const { defineConfig } = require('@playwright/test');
const path = require('node:path');

const PORT = Number(process.env.E2E_PORT ?? 4173);

module.exports = defineConfig({
  testDir: './e2e',
  outputDir: './.artifacts/test-results',
  timeout: 30_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: path.join(__dirname, '.artifacts', 'e2e-results.json') }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    browserName: 'chromium',
    // An English-language browser unless a test says otherwise: the widget follows it.
    locale: 'en-US',
    // Charts settle at once (the value axis eases only with motion allowed), so that
    // a drawing read right after a change is the final one; reader.spec.js tests the
    // easing with motion allowed.
    reducedMotion: 'reduce',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // Without the networking flags Chromium keeps dialling out and gets refused.
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic',
        '--no-first-run', '--disable-background-networking', '--disable-component-update',
        '--disable-sync'],
    },
  },
  webServer: {
    command: `node ${path.join(__dirname, 'e2e', 'server.mjs')}`,
    env: { E2E_PORT: String(PORT) },
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'ignore',
  },
});
