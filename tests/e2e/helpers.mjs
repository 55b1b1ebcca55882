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

/** First run on a fresh tablet: sets up the demo school with the given staff PIN and lands on
 *  the coordinator screen (staff unlocked). */
export async function setupDemoSchool(page, pin = "4826") {
  await open(page, "/setup");
  await page.getByLabel("Staff PIN (4 to 8 digits)").fill(pin);
  await page.getByLabel("Type the PIN again").fill(pin);
  await page.getByRole("button", { name: "Try it with a demo school" }).click();
  await page.waitForSelector('[data-screen="coordinator"]', { timeout: 20000 });
}

/** Sets up a real (non-demo) school, or joins one with an enrolment code when `code` is given. */
export async function setupSchool(page, { name = "Oak Hill Primary", pin = "4826", code = null } = {}) {
  await open(page, "/setup");
  if (code) {
    await page.getByLabel(/No: join our school/).check();
    await page.getByLabel("Enrolment code", { exact: true }).fill(code);
  } else {
    await page.getByLabel("School name").fill(name);
  }
  await page.getByLabel("Staff PIN (4 to 8 digits)").fill(pin);
  await page.getByLabel("Type the PIN again").fill(pin);
  await page.getByRole("button", { name: "Set up this tablet" }).click();
  await page.waitForSelector('[data-screen="coordinator"]', { timeout: 20000 });
}

/** Unlocks staff screens on the PIN form if it is showing. */
export async function unlockStaff(page, pin = "4826") {
  const field = page.getByLabel("Staff PIN", { exact: true });
  // Wait until the page shows either the PIN form or a screen, so a slow first render is not
  // mistaken for "already unlocked".
  await page.locator(".pin-gate, main [data-screen]").first().waitFor({ timeout: 10000 }).catch(() => {});
  if (await field.isVisible().catch(() => false)) {
    await field.fill(pin);
    await page.getByRole("button", { name: "Unlock" }).click();
    await field.waitFor({ state: "detached", timeout: 20000 });
  }
}

/** A pupil signs in the way a child would: their class, then their name. Lands on /pupil/me. */
export async function loginPupil(page, className, pupilName) {
  await open(page, "/pupil");
  const notMe = page.getByRole("button", { name: "No, that's not me" });
  if (await notMe.isVisible().catch(() => false)) await notMe.click();
  await page.getByRole("link", { name: className }).click();
  await page.getByRole("button", { name: pupilName }).click();
  await page.waitForSelector('[data-screen="pupil-me"]', { timeout: 20000 });
}

/** Draws a wavy signature across a canvas with real mouse moves (pointer events). */
export async function drawSignature(page, canvas) {
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.1, y);
  await page.mouse.down();
  for (let i = 1; i <= 30; i++) {
    await page.mouse.move(box.x + box.width * (0.1 + i * 0.025), y + (i % 2 ? -1 : 1) * box.height * 0.2, { steps: 2 });
  }
  await page.mouse.up();
}
