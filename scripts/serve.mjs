// Minimal static server for dist/: correct MIME types (wasm!), single-page-app fallback to
// index.html for routes, bound to 127.0.0.1 only. Usage: node scripts/serve.mjs DIR PORT
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";

const dir = resolve(process.argv[2] || "dist");
const port = Number(process.argv[3] || 8080);
const types = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".mjs": "text/javascript",
  ".css": "text/css", ".wasm": "application/wasm", ".json": "application/json",
  ".webmanifest": "application/manifest+json", ".svg": "image/svg+xml", ".png": "image/png",
  ".txt": "text/plain; charset=utf-8", ".ico": "image/x-icon",
};

createServer(async (req, res) => {
  try {
    const url = new URL(req.url, "http://x");
    let path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, "");
    let file = join(dir, path);
    if (!file.startsWith(dir)) throw new Error("outside");
    let st = await stat(file).catch(() => null);
    if (st && st.isDirectory()) { file = join(file, "index.html"); st = await stat(file).catch(() => null); }
    if (!st) {
      // Unknown paths without an extension are app routes.
      if (extname(path)) { res.writeHead(404); res.end("not found"); return; }
      file = join(dir, "index.html");
    }
    const body = await readFile(file);
    const headers = { "content-type": types[extname(file)] || "application/octet-stream" };
    if (file.endsWith("sw.js") || file.endsWith("index.html")) headers["cache-control"] = "no-cache";
    res.writeHead(200, headers);
    res.end(body);
  } catch (e) {
    res.writeHead(500); res.end(String(e));
  }
}).listen(port, "127.0.0.1", () => console.log(`serving ${dir} on http://127.0.0.1:${port}/`));
