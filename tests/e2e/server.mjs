// The static servers the end-to-end tests need, all on 127.0.0.1, all serving the one
// build, dist/ (its Traditional Chinese entry page is dist/zh-hant/, served from it):
//   :4173  dist/ at / and at the sub-path /news/2032-ai-capex/
//   :4174  dist/ at / and, under a strict Content-Security-Policy, at /csp/
//   :4175  host pages (tests/e2e/hosts/) and pym.js: another origin, like a newsroom CMS
// Plain files only, like any static host; no python needed.
import { createServer } from 'node:http';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = resolve(here, '..', '..');
const base = Number(process.env.E2E_PORT ?? 4173);

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data: blob:; object-src 'none'; base-uri 'none'";

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.svg': 'image/svg+xml',
  '.json': 'application/json', '.png': 'image/png',
};

// With E2E_COMPRESS=1 (the slow-phone benchmark), files go out compressed as a static
// host sends them: brotli when the browser accepts it, else gzip.
const COMPRESS = process.env.E2E_COMPRESS === '1';

// Compressed once per file version, as a host's cache would, so that compressing is not
// timed as network.
const compressed = new Map();

function encode(target, info, body, accepted = '') {
  if (!COMPRESS) return [body, {}];
  const kind = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null;
  if (!kind) return [body, {}];
  const key = `${kind} ${target} ${info.mtimeMs}`;
  if (!compressed.has(key)) compressed.set(key, kind === 'br' ? brotliCompressSync(body) : gzipSync(body));
  return [compressed.get(key), { 'content-encoding': kind, vary: 'accept-encoding' }];
}

async function send(res, dir, path, headers = {}) {
  const file = normalize(join(dir, decodeURIComponent(path)));
  if (file !== dir && !file.startsWith(dir + sep)) return notFound(res);
  try {
    const info = await stat(file);
    const target = info.isDirectory() ? join(file, 'index.html') : file;
    const [body, encoding] = encode(target, await stat(target), await readFile(target), res.req.headers['accept-encoding']);
    res.writeHead(200, { 'content-type': types[extname(target)] ?? 'application/octet-stream', 'cache-control': 'no-cache', ...encoding, ...headers });
    res.end(body);
  } catch {
    notFound(res);
  }
}

function notFound(res) {
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('not found');
}

// Host pages a test writes (PUT /pages/<name>), served from a real loopback origin:
// Chromium blocks a page that is not on loopback from framing loopback content. Every
// server serves them, so a page can also sit on the widget's own origin.
const pages = new Map();

function serve(port, route) {
  createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (req.method === 'PUT' && path.startsWith('/pages/')) {
      let body = '';
      req.on('data', (chunk) => { body += chunk; });
      req.on('end', () => { pages.set(path, body); res.writeHead(204); res.end(); });
      return;
    }
    if (path === '/favicon.ico') {
      res.writeHead(204);
      return res.end();
    }
    if (pages.has(path)) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
      return res.end(pages.get(path));
    }
    route(path, res).catch(() => notFound(res));
  })
    .on('error', (error) => {
      console.error(`test server on port ${port}: ${error.message}`);
      process.exit(1);
    })
    .listen(port, '127.0.0.1');
}

const dist = join(root, 'dist');
const SUB = '/news/2032-ai-capex/';
const CSP_PREFIX = '/csp/';

serve(base, async (path, res) => send(res, dist, path.startsWith(SUB) ? path.slice(SUB.length - 1) : path));
serve(base + 1, async (path, res) => {
  if (path.startsWith(CSP_PREFIX)) {
    return send(res, dist, path.slice(CSP_PREFIX.length - 1), { 'content-security-policy': CSP });
  }
  return send(res, dist, path);
});
serve(base + 2, async (path, res) => {
  if (path === '/pym.v1.min.js') return send(res, join(here, '..', 'node_modules', 'pym.js', 'dist'), path);
  return send(res, join(here, 'hosts'), path);
});
console.log(`e2e servers on 127.0.0.1:${base}-${base + 2}`);
