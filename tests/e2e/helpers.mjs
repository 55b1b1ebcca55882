// Shared set-up for end-to-end tests: Debian's Chromium driven by playwright-core, one fresh
// browser context (= one fresh tablet) per call, and small helpers that act like a person.
import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

export const BASE = process.env.BYTESMART_URL || "http://127.0.0.1:8091";

const FLAGS = [
  "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
];

/** Launches headless Chromium. */
export async function launch() {
  return chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: FLAGS });
}

/** A new context (its own IndexedDB, like a separate tablet) and page at the given size. */
export async function tablet(browser, { width = 1024, height = 768, locale = "en-GB", hasTouch = true } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, locale, hasTouch, acceptDownloads: true });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  page.errors = errors;
  return { context, page };
}

/** Opens a route and waits until the app has rendered into <main>. */
export async function open(page, path = "/") {
  await page.goto(BASE + path);
  await page.waitForSelector("main#main > *", { timeout: 20000 });
}

/** Text of the page without missing-translation markers (throws if any are visible). */
export async function assertNoMissingKeys(page) {
  const text = await page.locator("body").innerText();
  if (text.includes("⟦")) throw new Error("missing translation on page: " + text.match(/⟦[^⟧]*⟧/g).join(", "));
}

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** Runs axe-core (WCAG 2.x A/AA rules) on the page and returns the violations. */
export async function axe(page) {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")})`);
  });
}
