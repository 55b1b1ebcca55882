// Storage limits: a full disk gives a clear message and loses nothing; staff screens lock
// after five idle minutes.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, tablet, open, BASE, setupDemoSchool, unlockStaff } from "./helpers.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test("when the device is out of space, set-up says so clearly and saves nothing half-done", async () => {
  const { context, page } = await tablet(browser);
  // Simulate a full device before anything is stored: the browser grants this site 1 byte.
  const cdp = await context.newCDPSession(page);
  await cdp.send("Storage.overrideQuotaForOrigin", { origin: BASE, quotaSize: 1 });
  await open(page, "/setup");
  await page.getByLabel("Staff PIN (4 to 8 digits)").fill("4826");
  await page.getByLabel("Type the PIN again").fill("4826");
  await page.getByRole("button", { name: "Try it with a demo school" }).click();
  await page.getByText("the device may be out of storage space").waitFor();
  assert.match(await page.getByRole("alert").first().innerText(), /Everything saved before is safe/);
  // Nothing was half-saved: the tablet is still not set up.
  await open(page, "/pupil");
  await page.getByText("This tablet is not set up yet").waitFor();
  await context.close();
});

test("staff screens lock themselves after five idle minutes", async () => {
  const { context, page } = await tablet(browser);
  await page.clock.install();
  await setupDemoSchool(page, "4826");
  await page.getByRole("link", { name: /Classes and pupils/ }).click();
  await page.getByRole("heading", { name: "Classes" }).waitFor();
  await page.clock.fastForward("04:00");
  assert.equal(await page.getByLabel("Staff PIN", { exact: true }).count(), 0, "still open after 4 minutes");
  await page.clock.fastForward("02:00");
  await page.getByLabel("Staff PIN", { exact: true }).waitFor({ timeout: 10000 });
  assert.equal(await page.getByText("Year 5 Kestrels").count(), 0, "class list hidden once locked");
  await context.close();
});
