// Prints the compressed size (gzip -9 and brotli max) of every file in dist/ and the totals:
// "app shell" = what the first visit downloads before any picture (HTML, JS, wasm, CSS,
// manifest, service worker); "everything precached" = all files the service worker stores.
// Usage: node scripts/bench-size.mjs [dist]
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

const dist = process.argv[2] || "dist";
const walk = (d) => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
const rows = walk(dist).map((p) => {
  const b = readFileSync(p);
  return {
    file: relative(dist, p),
    raw: b.length,
    gzip: gzipSync(b, { level: 9 }).length,
    brotli: brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
});
const kb = (n) => (n / 1024).toFixed(1).padStart(8);
const shell = rows.filter((r) => !r.file.startsWith("pictures/") && !r.file.startsWith("icons/") && r.file !== "robots.txt");
const sum = (rs, k) => rs.reduce((a, r) => a + r[k], 0);
console.log("file".padEnd(44), "raw KB".padStart(8), "gzip KB".padStart(8), "brotli KB".padStart(9));
for (const r of rows.filter((r) => !r.file.startsWith("pictures/")).sort((a, b) => b.gzip - a.gzip)) {
  console.log(r.file.padEnd(44), kb(r.raw), kb(r.gzip), kb(r.brotli).padStart(9));
}
const pics = rows.filter((r) => r.file.startsWith("pictures/"));
console.log(`pictures/ (${pics.length} SVGs)`.padEnd(44), kb(sum(pics, "raw")), kb(sum(pics, "gzip")), kb(sum(pics, "brotli")).padStart(9));
console.log("-".repeat(72));
console.log("app shell (first load, before pictures)".padEnd(44), kb(sum(shell, "raw")), kb(sum(shell, "gzip")), kb(sum(shell, "brotli")).padStart(9));
console.log("everything precached".padEnd(44), kb(sum(rows, "raw")), kb(sum(rows, "gzip")), kb(sum(rows, "brotli")).padStart(9));
