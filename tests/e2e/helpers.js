// Shared helpers for the end-to-end tests.
const fs = require('node:fs');
const path = require('node:path');

const artifacts = path.join(__dirname, '..', '.artifacts', 'screenshots');

// An independent re-statement of the model's total path (src/model/projection.rs),
// used as an oracle: 2025 = $371B, then growth g(y) = long + (near − long)·e^(−(y−2026)/2);
// extra efficiency e with elasticity ε multiplies year y by ((1 − e)^(y − 2025))^(1 − ε).
const IMPLIED = ((525 / 371) ** (1 / 7) - 1) * 100;
function expectedTotal2032({ near = IMPLIED, longRun = IMPLIED, eff = 0, elas = 0.7 } = {}) {
  let base = 371;
  for (let y = 2026; y <= 2032; y++) {
    const g = longRun + (near - longRun) * Math.exp(-(y - 2026) / 2);
    base *= 1 + g / 100;
  }
  return base * ((1 - eff / 100) ** 7) ** (1 - elas);
}
// A total as the page prints it: "$412.3B", "$525B", "$1,998B".
const money = (v) => (v >= 999.95
  ? `$${Math.round(v).toLocaleString('en-US')}B`
  : `$${v.toFixed(1).replace(/\.0$/, '')}B`);

// A cheap fingerprint of the canvas pixels, to tell whether the chart changed.
async function canvasFingerprint(page) {
  return page.getByTestId('chart-investment').evaluate((c) => {
    const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let h = 2166136261;
    for (let i = 0; i < data.length; i += 7) h = Math.imul(h ^ data[i], 16777619) >>> 0;
    return `${c.width}x${c.height}:${h}`;
  });
}

module.exports = { fs, path, artifacts, expectedTotal2032, money, canvasFingerprint };
