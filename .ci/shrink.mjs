// Trunk post-build hook (release builds only): makes what readers download smaller.
//
// 1. Short names between the wasm and its JS glue. wasm-bindgen names every import and
//    export after the Rust item plus a 16-digit hash ("__wbg_set_textAlign_0a32c5…"),
//    and each name is written twice, once in the wasm and once in the JS. Renaming them
//    to one or two letters in both files is ≈ 4 KB gzip less, and changes nothing else:
//    the names are private to the pair of files.
// 2. Drops what cannot run: leptos always brings server_fn, whose browser streaming
//    (wasm-streams) exports three JS classes that this widget, which calls no server
//    functions, never uses. Exports are never dead code to the linker, so their wasm
//    stays unless the exports go; wasm-opt then removes what they alone reached.
// 3. Minifies the JS glue, `loader.js` and `mode.js` with terser (Trunk's own minifier
//    leaves them alone; their comments are for contributors, not readers), and drops
//    what browsers ignore: the wasm's custom sections, Trunk's `rel="rust"` link.
//
// The hook refuses to write anything it cannot account for: an import that the glue
// does not define exactly once, or an export name left over after renaming, fails the
// build instead of shipping a broken page.
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);

const require = createRequire(fileURLToPath(new URL('../tests/package.json', import.meta.url)));
const { minify } = require('terser');

const dir = process.env.TRUNK_STAGING_DIR;
const jsFile = join(dir, 'ai-capex-explorer.js');
const wasmFile = join(dir, 'ai-capex-explorer_bg.wasm');
const GLUE_MODULE = './ai-capex-explorer_bg.js';

// ---- the wasm binary: just enough to rewrite the import and export sections ----

const readLeb = (bytes, at) => {
  let value = 0n;
  let shift = 0n;
  for (;;) {
    const byte = bytes[at++];
    value |= BigInt(byte & 0x7f) << shift;
    shift += 7n;
    if ((byte & 0x80) === 0) return [value, at];
  }
};
const leb = (n) => {
  const out = [];
  let v = BigInt(n);
  do {
    let byte = Number(v & 0x7fn);
    v >>= 7n;
    if (v !== 0n) byte |= 0x80;
    out.push(byte);
  } while (v !== 0n);
  return Buffer.from(out);
};
const name = (s) => {
  const bytes = Buffer.from(s, 'utf8');
  return Buffer.concat([leb(bytes.length), bytes]);
};

/** Splits a module into [id, payload] sections. */
function sections(bytes) {
  if (bytes.readUInt32LE(0) !== 0x6d736100 || bytes.readUInt32LE(4) !== 1) {
    throw new Error('not a wasm module (version 1)');
  }
  const out = [];
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at++];
    let size;
    [size, at] = readLeb(bytes, at);
    out.push([id, bytes.subarray(at, at + Number(size))]);
    at += Number(size);
  }
  return out;
}

/** Reads a length-prefixed UTF-8 name at `at`. */
function readName(bytes, at) {
  let len;
  [len, at] = readLeb(bytes, at);
  const end = at + Number(len);
  return [bytes.subarray(at, end).toString('utf8'), end];
}

/** Skips a limits record (table or memory): flags, min, optional max. */
function skipLimits(bytes, at) {
  const flags = bytes[at++];
  [, at] = readLeb(bytes, at);
  if (flags & 1) [, at] = readLeb(bytes, at);
  return at;
}

/** The import section as entries of { module, field, desc } (desc: the raw bytes). */
function readImports(payload) {
  let [count, at] = readLeb(payload, 0);
  const entries = [];
  for (let i = 0n; i < count; i++) {
    let module, field;
    [module, at] = readName(payload, at);
    [field, at] = readName(payload, at);
    const start = at;
    const kind = payload[at++];
    if (kind === 0) [, at] = readLeb(payload, at); // function: type index
    else if (kind === 1) at = skipLimits(payload, at + 1); // table: reftype, limits
    else if (kind === 2) at = skipLimits(payload, at); // memory: limits
    else if (kind === 3) at += 2; // global: valtype, mutability
    else if (kind === 4) [, at] = readLeb(payload, at + 1); // tag: attribute, type index
    else throw new Error(`unknown import kind ${kind}`);
    entries.push({ module, field, desc: payload.subarray(start, at) });
  }
  return entries;
}

/** The export section as entries of { field, desc }. */
function readExports(payload) {
  let [count, at] = readLeb(payload, 0);
  const entries = [];
  for (let i = 0n; i < count; i++) {
    let field;
    [field, at] = readName(payload, at);
    const start = at;
    at += 1;
    [, at] = readLeb(payload, at);
    entries.push({ field, desc: payload.subarray(start, at) });
  }
  return entries;
}

// Short names: a, b, …, z, A, …, Z, then two letters. "$" and "_" are avoided so that
// no short name can be a prefix-clash with what wasm-bindgen itself generates.
const ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const shortName = (i) =>
  i < ALPHABET.length
    ? ALPHABET[i]
    : ALPHABET[Math.floor(i / ALPHABET.length) - 1] + ALPHABET[i % ALPHABET.length];

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let wasm = await readFile(wasmFile);
let js = await readFile(jsFile, 'utf8');
const before = { wasm: wasm.length, js: js.length };

/** Rewrites the import and export sections with `onImport` / `onExport`. */
function rewrite(bytes, { onImport = (e) => e, onExport = (e) => e }) {
  const out = [bytes.subarray(0, 8)];
  for (const [id, payload] of sections(bytes)) {
    // Custom sections (producers, target_features, wasm-opt's notes) are for tools;
    // browsers ignore them.
    if (id === 0) continue;
    let body = payload;
    if (id === 2 || id === 7) {
      const entries = (id === 2 ? readImports(payload).map(onImport) : readExports(payload).map(onExport))
        .filter(Boolean);
      body = Buffer.concat([
        leb(entries.length),
        ...entries.flatMap((e) => (id === 2 ? [name(e.module), name(e.field), e.desc] : [name(e.field), e.desc])),
      ]);
    }
    out.push(Buffer.from([id]), leb(body.length), body);
  }
  return Buffer.concat(out);
}

// ---- 2. unused stream classes: out of the glue, then out of the wasm ----
const UNUSED = /intounderlying/i;
const unusedClasses = [...js.matchAll(/^export class (IntoUnderlying\w+) \{$/gm)].map((m) => m[1]);
for (const cls of unusedClasses) {
  js = js
    .replace(new RegExp(`^export class ${cls} \\{\\n[\\s\\S]*?^\\}\\n`, 'm'), '')
    .replace(new RegExp(`^if \\(Symbol\\.dispose\\) ${cls}\\.prototype.*\\n`, 'm'), '')
    .replace(new RegExp(`^const ${cls}Finalization = [\\s\\S]*?\\);\\n`, 'm'), '');
}
if (UNUSED.test(js)) throw new Error('the glue still refers to the stream classes it should drop');
await writeFile(wasmFile, rewrite(wasm, { onExport: (e) => (UNUSED.test(e.field) ? null : e) }));
// Removes what only the dropped exports reached, imports included. The features are
// those rustc enables for wasm32-unknown-unknown, as in Trunk's own wasm-opt run.
// Then two facts about Rust's wasm let it shrink further (≈ 1 KB gzip): nothing lives
// in the first 1 KB of memory (`--low-memory-unused`), and memory starts zeroed, being
// the module's own (`--zero-filled-memory`); flattening and re-deriving the control
// flow (`--flatten --rereloop`) before the last passes finds more to merge.
execFileSync('wasm-opt', [
  '--mvp-features', '--enable-bulk-memory', '--enable-multivalue', '--enable-mutable-globals',
  '--enable-nontrapping-float-to-int', '--enable-reference-types', '--enable-sign-ext',
  '--low-memory-unused', '--zero-filled-memory',
  '-Oz', '--flatten', '--rereloop', '-Oz', '-Oz', wasmFile, '-o', wasmFile,
], { stdio: 'inherit' });
wasm = await readFile(wasmFile);

// ---- 1. short names ----
// The glue defines each import once, as an entry of its imports object, which starts
// with an 8-space-indented `<name>: ` line and runs to the next such line.
const OBJECT = /^( {4}const import0 = \{\n)([\s\S]*?)(^ {4}\};\n)/m;
const object = js.match(OBJECT);
if (!object) throw new Error('the glue has no import0 object');
const entries = object[2].split(/^(?= {8}[\w$]+: )/m);
const keyOf = (entry) => entry.match(/^ {8}([\w$]+): /)?.[1];
const defined = new Set(entries.map(keyOf).filter(Boolean));
const renamed = new Map();
wasm = rewrite(wasm, {
  onImport: (e) => {
    if (e.module !== GLUE_MODULE) return e;
    if (!defined.has(e.field)) throw new Error(`import ${e.field} is not defined in the glue`);
    const fresh = shortName(renamed.size);
    renamed.set(e.field, fresh);
    return { ...e, module: 'w', field: fresh };
  },
});
// Definitions of imports wasm-opt removed go; the others take their short names.
const kept = entries.map((entry) => {
  const key = keyOf(entry);
  if (!key || key === '__proto__') return entry;
  return renamed.has(key) ? entry.replace(key, renamed.get(key)) : '';
});
js = js.replace(OBJECT, (_, open, _body, close) => open + kept.join('') + close);
let exported = 0;
wasm = rewrite(wasm, {
  onExport: (e) => {
    const fresh = `x${shortName(exported++)}`;
    // The glue reads every export as `wasm.<name>`.
    js = js.replace(new RegExp(`(?<=\\bwasm\\.)${escapeRe(e.field)}(?![\\w$])`, 'g'), fresh);
    return { ...e, field: fresh };
  },
});

// The imports object is keyed by the glue module's name.
const moduleKey = JSON.stringify(GLUE_MODULE);
if (!js.includes(`${moduleKey}: import0`)) {
  throw new Error(`the glue does not key its imports by ${moduleKey}`);
}
js = js.replace(`${moduleKey}: import0`, 'w: import0');
const leftover = js.match(/\bwasm\.[A-Za-z_$][\w$]*/g)?.filter((m) => !/^wasm\.x[A-Za-z]{1,2}$/.test(m));
if (leftover?.length) throw new Error(`exports not renamed in the glue: ${[...new Set(leftover)].join(', ')}`);

const minified = await minify(js, { module: true, compress: true, mangle: true });
await writeFile(wasmFile, wasm);
await writeFile(jsFile, minified.code);
// Trunk leaves its own `<link data-trunk rel="rust">` in the page when it injects no
// scripts; browsers ignore it, so it goes.
const htmlFile = join(dir, 'index.html');
const html = await readFile(htmlFile, 'utf8');
const page = html.replace(/<link[^>]*\brel="?rust"?[^>]*>/, '');
if (page === html) throw new Error('no rel=rust link in the page: has Trunk changed?');
await writeFile(htmlFile, page);
// The two small scripts: the loader is a module, mode.js a classic script.
for (const [name, module] of [['loader.js', true], ['mode.js', false]]) {
  const file = join(dir, name);
  const small = await minify(await readFile(file, 'utf8'), { module, compress: true, mangle: true });
  await writeFile(file, small.code);
}
console.log(
  `shrink: ${unusedClasses.length} unused classes dropped, ${renamed.size} imports and ${exported} exports renamed; ` +
    `wasm ${before.wasm} → ${wasm.length} bytes, JS glue ${before.js} → ${minified.code.length} bytes`,
);
