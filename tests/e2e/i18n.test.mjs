// Every screen in every language: no missing-translation markers, the document's lang and
// dir follow the language (right-to-left for Urdu and Arabic), and automated accessibility
// checks pass on every route (in English and in a right-to-left language). Screenshots of the
// right-to-left home and AUP screens are saved for review in test-results/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { launch, tablet, open, BASE, setupDemoSchool, axe } from "./helpers.mjs";

const STAFF = [
  "/teacher", "/teacher/classes", "/teacher/classes/demo-class-kestrels", "/teacher/classes/demo-class-kestrels/import",
  "/teacher/curriculum", "/teacher/quiz-report", "/teacher/present", "/teacher/aup",
  "/coordinator", "/coordinator/export", "/coordinator/import", "/coordinator/dashboard",
  "/coordinator/retention", "/coordinator/aup",
];
const PUPIL = ["/pupil/me", "/pupil/lessons", "/pupil/lesson/ks2-group-chats", "/pupil/quiz", "/pupil/aup"];
const OPEN = ["/", "/about", "/pupil", "/pupil/class/demo-class-robins", "/parent", "/teacher/present/ks1-kind-words/audience"];
const RTL = new Set(["ur", "ar"]);

let browser;
before(async () => { browser = await launch(); mkdirSync("test-results", { recursive: true }); });
after(async () => { await browser?.close(); });

async function visit(page, path) {
  await page.goto(BASE + path);
  await page.waitForSelector("main#main > *", { timeout: 20000 });
  // Staff routes ask for the PIN after a full page load: enter it (locale-independent).
  const pin = page.locator("#staff-pin");
  if (await pin.isVisible().catch(() => false)) {
    await pin.fill("4826");
    await pin.press("Enter");
    await pin.waitFor({ state: "detached", timeout: 20000 });
  }
  await page.waitForTimeout(150);
}

test("every route renders in every language without missing keys, with the right lang and dir", async () => {
  const { context, page } = await tablet(browser);
  await setupDemoSchool(page, "4826");
  const codes = await page.$$eval("#language option", (os) => os.map((o) => o.value));
  assert.deepEqual(codes, ["en-GB", "cy", "pl", "ur", "ro", "ar", "uk"]);
  for (const code of codes) {
    await page.evaluate((c) => { localStorage.setItem("bytesmart.locale", c); localStorage.setItem("bytesmart.pupil", "demo-pupil-k0"); }, code);
    for (const path of [...OPEN, ...PUPIL, ...STAFF]) {
      await visit(page, path);
      const text = await page.locator("body").innerText();
      const missing = text.match(/⟦[^⟧]*⟧/g);
      assert.equal(missing, null, `${code} ${path} shows untranslated keys ${missing}`);
      assert.equal(await page.getAttribute("html", "lang"), code, `${code} ${path} lang`);
      assert.equal(await page.getAttribute("html", "dir"), RTL.has(code) ? "rtl" : "ltr", `${code} ${path} dir`);
    }
  }
  assert.deepEqual(page.errors, []);
  await context.close();
});

test("accessibility checks pass on every route, left-to-right and right-to-left", async () => {
  for (const code of ["en-GB", "ar"]) {
    const { context, page } = await tablet(browser);
    await setupDemoSchool(page, "4826");
    await page.evaluate((c) => { localStorage.setItem("bytesmart.locale", c); localStorage.setItem("bytesmart.pupil", "demo-pupil-k0"); }, code);
    for (const path of [...OPEN, ...PUPIL, ...STAFF]) {
      await visit(page, path);
      assert.deepEqual(await axe(page), [], `axe ${code} ${path}`);
    }
    if (code === "ar") {
      await visit(page, "/");
      await page.screenshot({ path: "test-results/rtl-home-ar.png", fullPage: true });
      await visit(page, "/pupil/aup");
      await page.screenshot({ path: "test-results/rtl-aup-ar.png", fullPage: true });
      // Mirrored layout: the brand sits at the right-hand edge of the header in RTL.
      const brand = await page.locator(".app-header .brand").boundingBox();
      assert.ok(brand.x > 1024 / 2, "header brand is on the right in right-to-left");
    }
    await context.close();
  }
});

test("text can be enlarged to 200% without content being cut off sideways", async () => {
  const { context, page } = await tablet(browser, { width: 1024, height: 768 });
  await setupDemoSchool(page, "4826");
  await page.evaluate(() => localStorage.setItem("bytesmart.pupil", "demo-pupil-r0"));
  for (const path of ["/", "/pupil/me", "/pupil/lessons", "/pupil/aup", "/teacher/classes"]) {
    await visit(page, path);
    await page.evaluate(() => { document.documentElement.style.fontSize = "225%"; });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 2, `${path} scrolls sideways by ${overflow}px at 200% text`);
  }
  await context.close();
});
