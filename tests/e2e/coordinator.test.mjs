// Coordinator end to end: two tablets of one school record different pupils' work, each
// exports an encrypted bundle; a third device imports both (after a wrong-passphrase and a
// tampered file are refused without changing anything), shows the merged dashboard and
// exports the pupil CSV, which the test reads back and checks.
//
// Lesson progress and a signature are written straight into the tablets' IndexedDB (the
// records the lesson player and AUP screens save), so this test depends only on set-up,
// classes/pupils and the coordinator screens.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { launch, tablet, open, setupDemoSchool, setupSchool, unlockStaff, loginPupil, axe, assertNoMissingKeys, drawSignature } from "./helpers.mjs";

const PASS = "purple tractor sings loudly";
const LESSON = "ks1-kind-words";
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

function academicYear() {
  const d = new Date();
  return d.getMonth() >= 8 ? d.getFullYear() : d.getFullYear() - 1;
}

/** Writes records into a store of the app's IndexedDB, as the app's own screens would. */
async function seed(page, store, records) {
  await page.evaluate(async ({ store, records }) => {
    const db = await new Promise((res, rej) => {
      const r = indexedDB.open("bytesmart");
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    await new Promise((res, rej) => {
      const tx = db.transaction(store, "readwrite");
      for (const rec of records) tx.objectStore(store).put(rec);
      tx.oncomplete = res;
      tx.onerror = () => rej(tx.error);
    });
    db.close();
  }, { store, records });
}

async function pupilId(page, name) {
  return page.evaluate(async (name) => {
    const db = await new Promise((res) => { const r = indexedDB.open("bytesmart"); r.onsuccess = () => res(r.result); });
    const all = await new Promise((res) => { const q = db.transaction("pupils").objectStore("pupils").getAll(); q.onsuccess = () => res(q.result); });
    db.close();
    return all.find((p) => p.display_name === name)?.id;
  }, name);
}

function completed(pid) {
  return {
    id: `${pid}:${LESSON}`, pupil_id: pid, lesson_id: LESSON, lesson_version: 1,
    started_at: "2026-11-20T09:00:00Z", step: 6, first_try_correct: 2, checks: 2,
    completed_at: "2026-11-20T09:20:00Z", seconds: 900, updated_at: "2026-11-20T09:20:00Z",
  };
}

async function exportBundle(page, dir, label) {
  await open(page, "/coordinator/export");
  await unlockStaff(page);
  await page.getByLabel("Passphrase for this bundle").fill("short");
  assert.equal(await page.getByRole("button", { name: "Download encrypted bundle" }).isDisabled(), true, "weak passphrase blocks export");
  await page.getByText("Use at least 12 characters.").waitFor();
  await page.getByLabel("Passphrase for this bundle").fill(PASS);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download encrypted bundle" }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^[a-z0-9-]+-\d{4}-\d{2}-tablet-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.zip$/);
  const file = join(dir, `${label}.zip`);
  await download.saveAs(file);
  return file;
}

async function dashboardNumbers(page) {
  await open(page, "/coordinator/dashboard");
  await unlockStaff(page);
  await page.getByRole("heading", { name: "School dashboard" }).waitFor();
  await page.getByTestId("dash-pupils").waitFor({ timeout: 20000 });
  return { pupils: Number(await page.getByTestId("dash-pupils").textContent()) };
}

test("two tablets' bundles merge on the coordinator's device; bad files change nothing", async () => {
  const dir = mkdtempSync(join(tmpdir(), "coord-"));

  // Tablet A: the demo school; Amira completes the KS1 lesson and signs the AUP.
  const a = await tablet(browser);
  await setupDemoSchool(a.page);
  await a.page.getByRole("button", { name: "Show enrolment code" }).click();
  const code = await a.page.getByLabel("Enrolment code", { exact: true }).inputValue();
  await seed(a.page, "progress", [completed("demo-pupil-r0")]);
  await seed(a.page, "signatures", [{
    id: "sig-amira", pupil_id: "demo-pupil-r0", aup_id: "aup-ks1", aup_hash: "abcdef0123456789abcdef",
    academic_year: academicYear(), signed_at: "2026-11-21T10:00:00Z", typed_name: null,
    ink: { width: 1000, height: 400, strokes: [[{ x: 10, y: 20, t: 0, p: null }, { x: 300, y: 200, t: 40, p: null }]] },
  }]);
  const bundleA = await exportBundle(a.page, dir, "a");

  // Tablet B joins the school, has its own copy of the Robins with Ben (same admission
  // number as on tablet A), and Ben completes the lesson there.
  const b = await tablet(browser);
  await setupSchool(b.page, { code });
  await b.page.getByRole("link", { name: /Classes and pupils/ }).click();
  await b.page.getByLabel("Class name").fill("Year 2 Robins");
  await b.page.getByLabel("Year group").selectOption("2");
  await b.page.getByRole("button", { name: "Add class" }).click();
  await b.page.getByRole("link", { name: "Year 2 Robins" }).click();
  await b.page.waitForSelector('[data-screen="class"]');
  await b.page.getByLabel("Name the pupil will recognise").fill("Ben T.");
  await b.page.getByLabel("Admission number (optional)").fill("D101");
  await b.page.getByRole("button", { name: "Add pupil" }).click();
  await b.page.getByText("Ben T. has been added.").waitFor();
  const ben = await pupilId(b.page, "Ben T.");
  assert.ok(ben && ben !== "demo-pupil-r1", "tablet B has its own record for Ben");
  await seed(b.page, "progress", [completed(ben)]);
  const bundleB = await exportBundle(b.page, dir, "b");

  // An independent tool opens the bundle with the passphrase.
  execFileSync("7z", ["t", `-p${PASS}`, bundleA]);

  // Coordinator's device joins the same school.
  const c = await tablet(browser);
  await setupSchool(c.page, { code });
  await open(c.page, "/coordinator/import");
  await unlockStaff(c.page);

  // Wrong passphrase: refused with the reason, nothing imported.
  await c.page.getByLabel("Passphrase of the bundles").fill("not the passphrase at all");
  await c.page.getByLabel("Choose files to import").setInputFiles([bundleA]);
  await c.page.getByText("the passphrase does not open this bundle").waitFor();
  // Tampered copy: refused too.
  const bytes = readFileSync(bundleA);
  bytes[120] ^= 0x55;
  const tampered = join(dir, "tampered.zip");
  writeFileSync(tampered, bytes);
  await c.page.getByLabel("Passphrase of the bundles").fill(PASS);
  await c.page.getByLabel("Choose files to import").setInputFiles([tampered]);
  await c.page.getByText("the bundle has been changed since it was made").waitFor();
  assert.equal(await c.page.getByRole("heading", { name: "Import finished" }).count(), 0);
  const before = await dashboardNumbers(c.page);
  assert.equal(before.pupils, 0, "refused files changed nothing");

  // Both good bundles at once.
  await open(c.page, "/coordinator/import");
  await unlockStaff(c.page);
  await c.page.getByLabel("Passphrase of the bundles").fill(PASS);
  await c.page.getByLabel("Choose files to import").setInputFiles([bundleA, bundleB]);
  await c.page.getByRole("heading", { name: "Import finished" }).waitFor();
  const summary = await c.page.getByTestId("import-summary").textContent();
  assert.match(summary, /12 new pupils/, "Ben on tablet B is matched to Ben on tablet A by admission number");
  assert.match(summary, /2 lesson records new or further on/);
  assert.match(summary, /1 new signature/);
  assert.equal(await c.page.getByRole("heading", { name: "Files refused" }).count(), 0);

  // Importing the same files again changes nothing.
  await c.page.getByLabel("Choose files to import").setInputFiles([bundleB, bundleA]);
  await c.page.waitForFunction(() => /0 new pupils/.test(document.querySelector('[data-testid="import-summary"]')?.textContent || ""));
  const again = await c.page.getByTestId("import-summary").textContent();
  assert.match(again, /0 lesson records new or further on/);

  // Dashboard shows the merged school.
  const dash = await dashboardNumbers(c.page);
  assert.equal(dash.pupils, 12);
  assert.match(await c.page.getByTestId("dash-lessons").textContent(), /^2 of /);
  assert.match(await c.page.getByTestId("dash-signed").textContent(), /^1 of 12/);
  assert.equal(await c.page.locator("svg.chart title").first().textContent(), "Lesson completion by class");
  assert.ok(await c.page.getByRole("table", { name: "Completion and AUP status by class" }).isVisible());

  // The CSV export carries the same numbers.
  await open(c.page, "/coordinator/export");
  await unlockStaff(c.page);
  const [download] = await Promise.all([
    c.page.waitForEvent("download"),
    c.page.getByRole("button", { name: "Download pupil spreadsheet (CSV)" }).click(),
  ]);
  const csvFile = join(dir, "pupils.csv");
  await download.saveAs(csvFile);
  const text = readFileSync(csvFile, "utf8");
  assert.equal(text.charCodeAt(0), 0xfeff, "UTF-8 BOM");
  const rows = text.slice(1).trim().split("\r\n").map((l) => l.split(","));
  const header = rows[0];
  assert.equal(rows.length, 13, "header + 12 pupils");
  const col = (name) => header.indexOf(name);
  const row = (name) => rows.find((r) => r[col("display_name")] === name);
  assert.equal(row("Amira K.")[col("lessons_completed")], "1");
  assert.equal(row("Ben T.")[col("lessons_completed")], "1");
  assert.equal(row("Ben T.")[col("admission_number")], "D101");
  assert.equal(row("Ben T.")[col("class")], "Year 2 Robins");
  assert.equal(row("Chloe W.")[col("lessons_completed")], "0");
  assert.match(row("Amira K.")[col("aup_signed_date")], /^2026-11-21$/);
  assert.equal(row("Amira K.")[col("aup_version")], "abcdef012345");
  assert.equal(row("Ben T.")[col("aup_signed_date")], "");
  const completedTotal = rows.slice(1).reduce((n, r) => n + Number(r[col("lessons_completed")]), 0);
  assert.equal(completedTotal, 2);

  for (const t of [a, b, c]) {
    assert.deepEqual(t.page.errors.filter((e) => !/favicon/.test(e)), []);
    await t.context.close();
  }
});

/** Opens a staff route with a full page load (which locks staff) and enters the PIN once the
 *  PIN form has rendered, so a slow first render cannot skip the unlock. */
async function openStaff(page, path) {
  await open(page, path);
  const pin = page.locator("#staff-pin");
  await pin.waitFor({ timeout: 20000 });
  await pin.fill("4826");
  await pin.press("Enter");
  await pin.waitFor({ state: "detached", timeout: 20000 });
}


/** Every record in one store of the app's IndexedDB. */
async function all(page, store) {
  return page.evaluate(async (store) => {
    const db = await new Promise((res) => { const r = indexedDB.open("bytesmart"); r.onsuccess = () => res(r.result); });
    const out = await new Promise((res) => { const q = db.transaction(store).objectStore(store).getAll(); q.onsuccess = () => res(q.result); });
    db.close();
    return out;
  }, store);
}

const INK = { width: 1000, height: 400, strokes: [Array.from({ length: 20 }, (_, i) => ({ x: 100 + i * 30, y: 200 + (i % 2 ? 60 : -60), t: i * 16, p: null }))] };

function cosig(pid, hash, name) {
  return {
    id: `cosig-${pid}`, pupil_id: pid, aup_id: "aup-ks2", aup_hash: hash, academic_year: academicYear(),
    parent_name: name, relationship: "carer", signed_at: new Date().toISOString(), channel: "in-class", locale: "en-GB", ink: INK,
  };
}

/** Number of pages in a PDF made by Chromium. */
function pdfPages(buf) {
  return (buf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) || []).length;
}

test("signed AUP sheets print one page per pupil; chase-list letters go to exactly the pupils without a co-signature", async () => {
  const { context, page } = await tablet(browser);
  await page.addInitScript(() => { window.__prints = 0; window.print = () => { window.__prints++; }; });
  await setupDemoSchool(page);

  // Grace signs through the pupil screens (so her signature carries the real text's hash).
  await loginPupil(page, "Year 5 Kestrels", "Grace H.");
  await page.getByRole("link", { name: "Sign our agreement" }).click();
  await page.waitForSelector('[data-screen="pupil-aup"]');
  await page.locator("[data-action=agree]").waitFor();
  let statements = 0;
  while (await page.locator("[data-action=agree]").isVisible().catch(() => false)) {
    await page.getByRole("button", { name: "I agree" }).click();
    assert.ok(++statements < 50);
  }
  await drawSignature(page, page.locator("canvas.signature-canvas"));
  await page.getByLabel("Type your name").fill("Grace H");
  await page.getByRole("button", { name: "Sign", exact: true }).click();
  await page.waitForSelector('[data-state="signed"]');
  const [grace] = await all(page, "signatures");
  assert.equal(grace.pupil_id, "demo-pupil-k0");
  // Grace's carer co-signs; Harun's carer co-signed although Harun has not signed yet; Leo
  // signed a text this device does not know.
  await seed(page, "cosignatures", [cosig("demo-pupil-k0", grace.aup_hash, "Rosa H."), cosig("demo-pupil-k1", grace.aup_hash, "Sam S.")]);
  const leoHash = "0".repeat(64);
  await seed(page, "signatures", [{ ...grace, id: "sig-leo", pupil_id: "demo-pupil-k5", aup_hash: leoHash, typed_name: "Leo B" }]);

  // The coordinator opens the class's sheets.
  await openStaff(page, "/coordinator");
  await page.getByRole("link", { name: /Signed AUP sheets/ }).click();
  await page.waitForSelector('[data-screen="coordinator-sheets"]');
  await page.getByLabel("Class", { exact: true }).selectOption({ label: "Year 5 Kestrels" });
  await page.waitForFunction(() => document.querySelectorAll(".aup-sheet").length === 6);
  const names = await page.locator(".aup-sheet").evaluateAll((els) => els.map((e) => e.dataset.pupil));
  assert.deepEqual(names, ["Grace H.", "Harun S.", "Isla R.", "Jack D.", "Kasia N.", "Leo B."]);
  const g = page.locator('.aup-sheet[data-pupil="Grace H."]');
  assert.equal(await g.locator(".letter-statements li").count(), statements, "every statement as signed");
  assert.ok(await g.locator('[data-role="pupil"] svg path').count() > 0, "pupil's signature as SVG");
  assert.equal(await g.locator('[data-role="pupil"] svg').getAttribute("aria-label"), "Signature of Grace H.");
  assert.ok(await g.locator('[data-role="parent"] svg path').count() > 0, "parent's signature as SVG");
  assert.equal(await g.locator('[data-role="pupil"] .sheet-hash').textContent(), grace.aup_hash);
  assert.equal(await g.locator('[data-role="parent"] .sheet-hash').textContent(), grace.aup_hash);
  assert.match(await g.innerText(), /Rosa H\./);
  assert.match(await g.innerText(), /Carer/);
  const leo = page.locator('.aup-sheet[data-pupil="Leo B."]');
  assert.equal(await leo.locator(".sheet-hash").textContent(), leoHash);
  assert.match(await leo.innerText(), /not stored on this device/);
  assert.match(await leo.innerText(), /No parent or carer has co-signed yet/);
  assert.match(await page.locator('.aup-sheet[data-pupil="Isla R."]').innerText(), /has not signed the agreement yet/);
  const harun = page.locator('.aup-sheet[data-pupil="Harun S."]');
  assert.ok(await harun.locator('[data-role="parent"] svg path').count() > 0);
  assert.deepEqual(await axe(page), [], "sheets screen passes axe");

  // Printed: one page per pupil, on consecutive pages.
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator("header.app-header, .app-header").first().isVisible().catch(() => false), false);
  const breaks = await page.locator(".aup-sheet").evaluateAll((els) => els.map((e) => getComputedStyle(e).breakAfter));
  assert.deepEqual(breaks, ["page", "page", "page", "page", "page", "auto"]);
  assert.equal(pdfPages(await page.pdf({ format: "A4" })), 6, "six pupils, six pages");
  await page.emulateMedia({ media: "screen" });

  // Just one pupil.
  await page.getByLabel("Pupil", { exact: true }).selectOption({ label: "Grace H." });
  await page.waitForFunction(() => document.querySelectorAll(".aup-sheet").length === 1);
  await page.emulateMedia({ media: "print" });
  assert.equal(pdfPages(await page.pdf({ format: "A4" })), 1);
  await page.emulateMedia({ media: "screen" });

  // The chase list and its letters.
  await openStaff(page, "/coordinator/dashboard");
  const chase = page.getByTestId("chase-list");
  await chase.waitFor();
  const rows = await chase.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [tr.dataset.pupil, tr.lastElementChild.textContent]));
  const onList = rows.map(([n]) => n);
  assert.equal(onList.length, 11, "everyone but Grace");
  assert.ok(!onList.includes("Grace H."));
  assert.deepEqual(rows.find(([n]) => n === "Leo B."), ["Leo B.", "Parent or carer co-signature"]);
  assert.deepEqual(rows.find(([n]) => n === "Harun S."), ["Harun S.", "Pupil signature"]);
  await page.getByRole("button", { name: "Print letters for the chase list" }).click();
  await page.waitForFunction(() => window.__prints === 1);
  const letters = await page.locator(".letter").evaluateAll((els) => els.map((e) => e.dataset.pupil));
  const expected = onList.filter((n) => n !== "Harun S.");
  assert.deepEqual([...letters].sort(), [...expected].sort(), "a letter for every chase-list pupil without a co-signature, and no one else");
  assert.equal(await page.locator(".letter a[data-letter-link]").count(), 10);
  assert.deepEqual(await axe(page), [], "dashboard with letters passes axe");
  // Printing the letters hides the report; the report's own button prints without letters.
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator(".report-section").first().isVisible(), false);
  await page.emulateMedia({ media: "screen" });
  await page.getByRole("button", { name: "Print governors' report" }).click();
  await page.waitForFunction(() => window.__prints === 2);
  assert.equal(await page.locator(".letter").count(), 0);

  assert.deepEqual(page.errors.filter((e) => !/favicon/.test(e)), []);
  await context.close();
});

function progressOn(pid, lesson, iso) {
  return { ...completed(pid), id: `${pid}:${lesson}`, lesson_id: lesson, started_at: iso, completed_at: iso, updated_at: iso };
}

test("governors' report counts only the chosen period; settings nudge about old records until they are deleted", async () => {
  const { context, page } = await tablet(browser);
  await setupDemoSchool(page);
  const y = academicYear();
  const old = y - 4;
  // Amira finished on the first day of October, Ben on its last day, Chloe the day after;
  // Dev's record is from four academic years ago and Ella's from five.
  await seed(page, "progress", [
    progressOn("demo-pupil-r0", LESSON, `${y}-10-01T00:00:00Z`),
    progressOn("demo-pupil-r1", LESSON, `${y}-10-31T23:59:00Z`),
    progressOn("demo-pupil-r2", LESSON, `${y}-11-01T00:00:00Z`),
    progressOn("demo-pupil-r3", LESSON, `${old}-10-10T10:00:00Z`),
    progressOn("demo-pupil-r4", LESSON, `${old - 1}-10-10T10:00:00Z`),
  ]);

  // --- Governors' report for a date range.
  await openStaff(page, "/coordinator/dashboard");
  await page.getByTestId("dash-lessons").waitFor();
  assert.equal(await page.getByLabel("From").inputValue(), `${y}-09-01`, "defaults to the current academic year");
  assert.equal(await page.getByLabel("To").inputValue(), `${y + 1}-08-31`);
  assert.match(await page.getByTestId("dash-lessons").textContent(), /^3 of /, "the old record is outside this year");
  await page.getByLabel("From").fill(`${y}-10-01`);
  await page.getByLabel("To").fill(`${y}-10-31`);
  await page.waitForFunction(() => /^2 of /.test(document.querySelector('[data-testid="dash-lessons"]').textContent));
  const period = await page.getByTestId("report-period").textContent();
  assert.equal(period, `Period: 1 October ${y} to 31 October ${y} (both days included).`);
  // The printed report carries the period.
  await page.emulateMedia({ media: "print" });
  assert.ok(await page.getByTestId("report-period").isVisible(), "the period is printed on the report");
  await page.emulateMedia({ media: "screen" });
  await page.getByLabel("From").fill(`${y}-11-01`);
  await page.getByLabel("To").fill(`${y}-11-01`);
  await page.waitForFunction(() => /^1 of /.test(document.querySelector('[data-testid="dash-lessons"]').textContent));
  await page.getByRole("button", { name: "This academic year" }).click();
  await page.waitForFunction(() => /^3 of /.test(document.querySelector('[data-testid="dash-lessons"]').textContent));

  // --- Retention: the school keeps 2 years, so Dev's old record is overdue.
  await openStaff(page, "/coordinator");
  await page.waitForSelector('[data-screen="coordinator"]');
  const label = (y) => `${y}-${String((y + 1) % 100).padStart(2, "0")}`;
  const oldLabel = label(old);
  assert.match(await page.getByTestId("keep-period").textContent(), /keeps records for 2 academic years/);
  const nudge = page.getByTestId("retention-nudge");
  await nudge.waitFor();
  assert.match(await nudge.textContent(), /2 records on this device are older than the school keeps/);
  assert.match(await nudge.textContent(), new RegExp(`Academic years to delete: ${label(old - 1)}, ${oldLabel}\\.`));
  assert.deepEqual(await axe(page), [], "settings with the nudge pass axe");
  // Keeping 5 years keeps Dev's record but not Ella's; 6 keeps both: no nudge. Back to 2:
  // the nudge returns.
  await page.getByLabel("Keep records for").selectOption("5");
  await page.waitForFunction(() => /^1 record /.test(document.querySelector('[data-testid="retention-nudge"] strong')?.textContent || ""));
  await page.getByLabel("Keep records for").selectOption("6");
  await nudge.waitFor({ state: "detached" });
  assert.match(await page.getByTestId("keep-period").textContent(), /6 academic years/);
  await page.getByLabel("Keep records for").selectOption("2");
  await nudge.waitFor();
  // The nudge leads to the retention screen with the newest of those years chosen (deleting a
  // year takes every earlier one with it).
  await nudge.getByRole("link", { name: "Go to delete old records" }).click();
  await page.waitForSelector('[data-screen="coordinator-retention"]');
  assert.equal(await page.getByLabel("Academic year").inputValue(), oldLabel);
  await page.getByRole("button", { name: "Delete this year's records" }).click();
  await page.getByRole("button", { name: "Yes, delete" }).click();
  await page.getByText(/A receipt has been kept/).waitFor();
  await openStaff(page, "/coordinator");
  await page.waitForSelector('[data-screen="coordinator"]');
  await page.getByTestId("keep-period").waitFor();
  assert.equal(await page.getByTestId("retention-nudge").count(), 0, "nothing older than the period is left");

  // --- A teacher removing a pupil leaves a receipt too (one deletion path).
  await openStaff(page, "/teacher/classes/demo-class-robins");
  await page.waitForSelector('[data-screen="class"]');
  await page.locator(".pupil-row", { hasText: "Finn O." }).getByRole("button", { name: "Remove" }).click();
  await page.getByRole("button", { name: "Yes, remove" }).click();
  await page.getByText("Finn O. and all their records have been removed").waitFor();
  assert.equal((await all(page, "pupils")).filter((p) => p.display_name === "Finn O.").length, 0);
  const receipts = await all(page, "receipts");
  const teacher = receipts.filter((r) => r.by_role === "teacher");
  assert.equal(teacher.length, 1);
  assert.match(teacher[0].summary, /^leaver: classes=0 pupils=1 /);
  assert.ok(!teacher[0].summary.includes("Finn"), "the receipt names no child");
  // The class view links to the class's signed sheets.
  await page.getByRole("link", { name: "Print signed AUP sheets" }).click();
  await page.waitForSelector('[data-screen="coordinator-sheets"]');
  await page.waitForFunction(() => document.querySelectorAll(".aup-sheet").length === 5);
  assert.equal(await page.getByLabel("Class", { exact: true }).inputValue(), "demo-class-robins");

  assert.deepEqual(page.errors.filter((e) => !/favicon/.test(e)), []);
  await context.close();
});

test("exports can be shared where the browser shares files, and still download where it cannot", async () => {
  const dir = mkdtempSync(join(tmpdir(), "coord-share-"));
  // A browser with Web Share: capture what would be handed to the share sheet.
  const { context, page } = await tablet(browser);
  await page.addInitScript(() => {
    window.__shared = [];
    navigator.canShare = (data) => Array.isArray(data?.files) && data.files.every((f) => f instanceof File);
    window.__refuse = [];
    navigator.share = async (data) => {
      const why = window.__refuse.shift();
      if (why) throw new DOMException("refused", why);
      const f = data.files[0];
      const bytes = Array.from(new Uint8Array(await f.arrayBuffer()));
      window.__shared.push({ name: f.name, type: f.type, bytes });
    };
  });
  await setupDemoSchool(page);
  await seed(page, "progress", [completed("demo-pupil-r0")]);
  await openStaff(page, "/coordinator/export");
  await page.getByRole("button", { name: "Share pupil spreadsheet (CSV)" }).click();
  await page.waitForFunction(() => window.__shared.length === 1);
  let [csv] = await page.evaluate(() => window.__shared);
  assert.match(csv.name, /^[a-z0-9-]+-\d{4}-\d{2}-tablet-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.csv$/, "school-year-device-date");
  assert.equal(csv.type, "text/csv");
  const text = Buffer.from(csv.bytes).toString("utf8");
  assert.equal(text.charCodeAt(0), 0xfeff);
  const lines = text.slice(1).trim().split("\r\n").map((l) => l.split(","));
  const col = (n) => lines[0].indexOf(n);
  const amira = lines.find((r) => r[col("display_name")] === "Amira K.");
  assert.equal(amira[col("lessons_completed")], "1");
  assert.equal(lines.length, 13, "header + 12 demo pupils");
  await page.getByText(`Shared ${csv.name}.`).waitFor();
  assert.deepEqual(await axe(page), [], "export screen with Share buttons passes axe");

  // The encrypted bundle shared the same way opens in 7-Zip with the passphrase.
  await page.getByLabel("Passphrase for this bundle").fill(PASS);
  await page.getByRole("button", { name: "Share encrypted bundle" }).click();
  await page.waitForFunction(() => window.__shared.length === 2);
  const zip = (await page.evaluate(() => window.__shared))[1];
  assert.match(zip.name, /\.zip$/);
  const zipFile = join(dir, zip.name);
  writeFileSync(zipFile, Buffer.from(zip.bytes));
  const listing = execFileSync("7z", ["l", `-p${PASS}`, zipFile]).toString();
  assert.match(listing, /pupils\.csv/);
  execFileSync("7z", ["t", `-p${PASS}`, zipFile]);

  // Closing the share sheet does nothing; when the browser wants a fresh tap (the file took
  // a while to make), the ready file is offered with its own Share button.
  await page.evaluate(() => { window.__refuse = ["AbortError", "NotAllowedError"]; });
  await page.getByRole("button", { name: "Share full records (JSON)" }).click();
  await page.waitForFunction(() => window.__refuse.length === 1);
  assert.equal((await page.evaluate(() => window.__shared)).length, 2, "cancelled: nothing shared");
  await page.getByRole("button", { name: "Share full records (JSON)" }).click();
  const ready = page.getByRole("status").filter({ hasText: "is ready. Tap Share to send it." });
  await ready.waitFor();
  await ready.getByRole("button", { name: "Share" }).click();
  await page.waitForFunction(() => window.__shared.length === 3);
  const json = (await page.evaluate(() => window.__shared))[2];
  assert.match(json.name, /\.json$/);
  const set = JSON.parse(Buffer.from(json.bytes).toString("utf8"));
  assert.equal(set.records.pupils.length, 12);
  await ready.waitFor({ state: "detached" });
  assert.deepEqual(page.errors.filter((e) => !/favicon/.test(e)), []);
  await context.close();

  // A browser without Web Share: no Share buttons, and downloading works as before.
  const plain = await tablet(browser);
  await plain.page.addInitScript(() => { delete Navigator.prototype.share; delete Navigator.prototype.canShare; });
  await setupDemoSchool(plain.page);
  await openStaff(plain.page, "/coordinator/export");
  await plain.page.getByRole("button", { name: "Download pupil spreadsheet (CSV)" }).waitFor();
  assert.equal(await plain.page.getByRole("button", { name: /^Share/ }).count(), 0);
  const [download] = await Promise.all([
    plain.page.waitForEvent("download"),
    plain.page.getByRole("button", { name: "Download pupil spreadsheet (CSV)" }).click(),
  ]);
  assert.match(download.suggestedFilename(), /\.csv$/);
  const saved = join(dir, "plain.csv");
  await download.saveAs(saved);
  assert.match(readFileSync(saved, "utf8"), /Amira K\./);
  assert.deepEqual(plain.page.errors.filter((e) => !/favicon/.test(e)), []);
  await plain.context.close();
});

test("signed sheets, report period and retention nudge in every language: no missing keys, right direction", async () => {
  const { context, page } = await tablet(browser);
  await setupDemoSchool(page);
  const y = academicYear();
  await seed(page, "signatures", [{ id: "sig-g", pupil_id: "demo-pupil-k0", aup_id: "aup-ks2", aup_hash: "f".repeat(64),
    academic_year: y, signed_at: new Date().toISOString(), typed_name: "Grace H", ink: INK }]);
  await seed(page, "cosignatures", [cosig("demo-pupil-k0", "e".repeat(64), "Rosa H.")]);
  await seed(page, "progress", [progressOn("demo-pupil-r3", LESSON, `${y - 4}-10-10T10:00:00Z`)]);
  const codes = await page.$$eval("#language option", (os) => os.map((o) => o.value));
  assert.equal(codes.length, 7);
  for (const code of codes) {
    await page.evaluate((c) => localStorage.setItem("bytesmart.locale", c), code);
    for (const [path, ready] of [
      ["/coordinator/sheets/demo-class-kestrels", ".aup-sheet .sheet-hash"],
      ["/coordinator/dashboard", '[data-testid="report-period"]'],
      ["/coordinator", '[data-testid="retention-nudge"]'],
    ]) {
      await open(page, path);
      await page.locator("#staff-pin").fill("4826");
      await page.locator("#staff-pin").press("Enter");
      await page.locator(ready).first().waitFor();
      await assertNoMissingKeys(page);
      assert.equal(await page.getAttribute("html", "dir"), ["ar", "ur"].includes(code) ? "rtl" : "ltr");
    }
    if (code === "ar") assert.deepEqual(await axe(page), [], "right-to-left settings with the nudge pass axe");
  }
  assert.deepEqual(page.errors.filter((e) => !/favicon/.test(e)), []);
  await context.close();
});
