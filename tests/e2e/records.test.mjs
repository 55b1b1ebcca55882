// Records on the device: set up a school, add a class, import pupils from a messy CSV, sign
// in as a pupil, prove the pupil cannot reach staff screens without the PIN, and find
// everything still there after a reload. Also the demo school and its one-step removal.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync, mkdtempSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { launch, tablet, open, setupSchool, setupDemoSchool, unlockStaff, loginPupil, axe, assertNoMissingKeys } from "./helpers.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test("set up a school, import a class from CSV, pupil signs in, staff screens need the PIN, reload keeps it all", async () => {
  const { context, page } = await tablet(browser);
  await setupSchool(page, { name: "Oak Hill Primary", pin: "4826" });
  assert.match(await page.locator(".school-line").innerText(), /Oak Hill Primary/);

  // A weak PIN is refused at set-up (checked on a second tablet so this one stays set up).
  const other = await tablet(browser);
  await open(other.page, "/setup");
  await other.page.getByLabel("School name").fill("X");
  await other.page.getByLabel("Staff PIN (4 to 8 digits)").fill("1234");
  await other.page.getByLabel("Type the PIN again").fill("1234");
  await other.page.getByRole("button", { name: "Set up this tablet" }).click();
  assert.match(await other.page.getByRole("alert").first().innerText(), /too easy/);
  await other.context.close();

  // Add a class (through the coordinator's own link: staff stay unlocked within the app).
  await page.getByRole("link", { name: /Classes and pupils/ }).click();
  await page.getByLabel("Class name").fill("Year 4 Willow");
  await page.getByLabel("Year group").selectOption("4");
  await page.getByRole("button", { name: "Add class" }).click();
  await page.getByRole("link", { name: "Year 4 Willow" }).click();
  await page.waitForSelector('[data-screen="class"]');

  // Import a SIMS-like export: title row, quoted "Surname, Forename", a duplicate, a blank name.
  const dir = mkdtempSync(join(tmpdir(), "roster-"));
  const file = join(dir, "4W.csv");
  writeFileSync(file, 'Class list 4W,,\n"Name","Adno"\n"Khan, Amira","1001"\n"Smith, Ben","1002"\n"Smith, Ben","1002"\n"","1004"\n"Lopez, Cara","1005"\n');
  await page.getByRole("link", { name: "Import a class list (CSV)" }).click();
  await page.getByLabel("CSV file").setInputFiles(file);
  await page.waitForSelector("table.roster-preview");
  const preview = await page.locator("table.roster-preview").innerText();
  assert.match(preview, /Amira K\./);
  assert.match(preview, /same pupil as line 4/);
  assert.match(preview, /no name/);
  await page.getByRole("button", { name: "Import 3 pupils" }).click();
  await page.getByText("3 pupils were imported.").waitFor();
  await page.getByRole("link", { name: "Back to the class" }).click();
  await page.getByRole("heading", { name: "3 pupils" }).waitFor();

  // Lock (a reload locks staff screens too), and sign in as a pupil.
  await page.getByRole("link", { name: "Back to classes" }).click();
  await page.getByRole("link", { name: "Back to teacher tools" }).click();
  await page.getByRole("button", { name: "Lock" }).click();
  await page.getByLabel("Staff PIN", { exact: true }).waitFor();
  await loginPupil(page, "Year 4 Willow", "Amira K.");
  assert.match(await page.locator("main h1").innerText(), /Hello, Amira K\./);

  // The pupil cannot reach staff screens or another pupil's records without the PIN.
  for (const path of ["/teacher", "/teacher/classes", "/coordinator"]) {
    await open(page, path);
    await page.getByLabel("Staff PIN", { exact: true }).waitFor();
    assert.equal(await page.getByText("Ben S.").count(), 0, `${path} shows no pupil names`);
  }
  // A wrong PIN is refused.
  await page.getByLabel("Staff PIN", { exact: true }).fill("0000");
  await page.getByRole("button", { name: "Unlock" }).click();
  await page.getByText("That PIN is not right").waitFor();

  // Reload: the pupil is still signed in, and the class and pupils are still there.
  await page.reload();
  await open(page, "/pupil/me");
  assert.match(await page.locator("main h1").innerText(), /Hello, Amira K\./);
  await open(page, "/teacher/classes");
  await unlockStaff(page, "4826");
  await page.getByRole("link", { name: "Year 4 Willow" }).click();
  await page.getByRole("heading", { name: "3 pupils" }).waitFor();
  assert.deepEqual(await axe(page), []);
  await assertNoMissingKeys(page);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test("demo school: KS1 pupils find their name by picture, and the demo is removed in one step", async () => {
  const { context, page } = await tablet(browser);
  await setupDemoSchool(page, "4826");
  assert.match(await page.locator(".notice.warn").innerText(), /demo school/);
  assert.deepEqual(await axe(page), []);
  await open(page, "/pupil");
  await page.getByRole("link", { name: "Year 2 Robins" }).click();
  const first = page.getByRole("button", { name: "Amira K." });
  await first.waitFor();
  assert.equal(await first.locator("img.symbol").count(), 1, "KS1 names have a picture");
  const box = await first.boundingBox();
  assert.ok(box.height >= 44 && box.width >= 44, "large touch target");
  await open(page, "/coordinator");
  await unlockStaff(page, "4826");
  await page.getByRole("button", { name: "Remove the demo school" }).click();
  await page.getByRole("button", { name: "Yes, remove everything" }).click();
  await page.waitForURL(/\/setup$/);
  await page.getByRole("heading", { name: "Set up this tablet" }).waitFor();
  await open(page, "/pupil");
  await page.getByText("This tablet is not set up yet").waitFor();
  await context.close();
});

test("a second tablet joins the school with the enrolment code", async () => {
  const a = await tablet(browser);
  await setupSchool(a.page, { name: "Birch Academy", pin: "5739" });
  await a.page.getByRole("button", { name: "Show enrolment code" }).click();
  const code = await a.page.getByLabel("Enrolment code", { exact: true }).inputValue();
  assert.match(code, /^BSE1\./);
  const b = await tablet(browser);
  // A damaged code is refused with a clear reason.
  await open(b.page, "/setup");
  await b.page.getByLabel(/No: join our school/).check();
  await b.page.getByLabel("Enrolment code", { exact: true }).fill(code.slice(0, -4));
  await b.page.getByLabel("Staff PIN (4 to 8 digits)").fill("5739");
  await b.page.getByLabel("Type the PIN again").fill("5739");
  await b.page.getByRole("button", { name: "Set up this tablet" }).click();
  await b.page.getByText("damaged or incomplete").waitFor();
  await setupSchool(b.page, { code, pin: "5739" });
  const refA = (await a.page.locator(".school-line").innerText()).match(/reference (\w+)/)[1];
  const refB = (await b.page.locator(".school-line").innerText()).match(/reference (\w+)/)[1];
  assert.equal(refB, refA, "both tablets belong to the same school");
  assert.match(await b.page.locator(".school-line").innerText(), /Birch Academy/);
  await a.context.close();
  await b.context.close();
});
