// Foundation: the home screen, routes, language switch, accessibility, and offline reload
// through the service worker.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, tablet, open, BASE, axe, assertNoMissingKeys } from "./helpers.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test("home shows four ways in, each opens a real screen", async () => {
  const { context, page } = await tablet(browser);
  await open(page, "/");
  const cards = page.locator(".role-card");
  assert.equal(await cards.count(), 4);
  for (const [label, heading] of [
    ["I'm a pupil", /Pupils|Choose your class/],
    ["Teacher", /Teacher|not set up/],
    ["Parent or carer", /Parent/],
    ["Coordinator", /Coordinator|not set up/],
  ]) {
    await open(page, "/");
    await page.getByRole("link", { name: new RegExp(label.replace("'", ".")) }).click();
    await page.waitForSelector("main h1");
    assert.match(await page.locator("main h1").first().innerText(), heading, `${label} leads somewhere real`);
    await assertNoMissingKeys(page);
  }
  assert.deepEqual(page.errors, []);
  await context.close();
});

test("the language menu changes the words and is remembered after a reload", async () => {
  const { context, page } = await tablet(browser);
  await open(page, "/");
  assert.match(await page.locator("main h1").innerText(), /Who is using ByteSmart/);
  await page.getByLabel("Language").selectOption("cy");
  await page.waitForFunction(() => document.querySelector("main h1").innerText.includes("Pwy"));
  assert.equal(await page.getAttribute("html", "lang"), "cy");
  await page.reload();
  await page.waitForSelector("main h1");
  assert.match(await page.locator("main h1").innerText(), /Pwy sy'n defnyddio ByteSmart/);
  await assertNoMissingKeys(page);
  await context.close();
});

test("an unknown route says so and offers a way home", async () => {
  const { context, page } = await tablet(browser);
  await open(page, "/no/such/page");
  assert.match(await page.locator("main h1").innerText(), /Page not found/);
  await page.getByRole("link", { name: "Back to home" }).click();
  await page.waitForSelector(".role-card");
  await context.close();
});

test("home has no automatically detectable accessibility problems at tablet and whiteboard size", async () => {
  for (const size of [{ width: 1024, height: 768 }, { width: 1920, height: 1080 }]) {
    const { context, page } = await tablet(browser, size);
    await open(page, "/");
    assert.deepEqual(await axe(page), [], `axe at ${size.width}x${size.height}`);
    const small = await page.$$eval("a, button, select, input", (els) =>
      els.filter((e) => e.offsetParent !== null && !e.classList.contains("skip-link"))
        .map((e) => ({ t: e.innerText || e.getAttribute("aria-label") || e.id, r: e.getBoundingClientRect() }))
        .filter((x) => x.r.width < 44 || x.r.height < 44).map((x) => x.t));
    assert.deepEqual(small, [], "touch targets under 44px");
    await context.close();
  }
});

test("manifest is installable and the service worker makes reloads work offline", async () => {
  const { context, page } = await tablet(browser);
  const manifest = await (await page.request.get(BASE + "/manifest.webmanifest")).json();
  assert.equal(manifest.display, "standalone");
  assert.ok(manifest.icons.some((i) => i.sizes === "512x512" && i.purpose === "maskable"));
  assert.ok(manifest.icons.some((i) => i.sizes === "192x192"));
  for (const i of manifest.icons) assert.equal((await page.request.get(BASE + i.src)).status(), 200, i.src);

  await open(page, "/");
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
  const cacheName = await page.evaluate(async () => (await caches.keys()).find((k) => k.startsWith("bytesmart-")));
  assert.ok(cacheName, "a build-named cache exists");
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector(".role-card", { timeout: 20000 });
  assert.equal(await page.locator(".role-card").count(), 4);
  // A deep link also opens offline (the shell is served for every route).
  await page.goto(BASE + "/about");
  await page.waitForSelector("main h1");
  assert.match(await page.locator("main h1").innerText(), /About ByteSmart/);
  // Pictures come from the cache too.
  const imgOk = await page.evaluate(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0));
  assert.ok(imgOk, "images load offline");
  await context.close();
});
