// Keyboard only: every flow walked with Tab, Shift+Tab, Enter, Space, arrows and Escape, never
// a mouse click. At every stop the focused element must show a visible focus indicator
// (a computed outline or box-shadow), and each step asserts what the person would see.
// The parent's and pupil's agreement walks stop at the signature pad (its keyboard alternative
// is covered by the AUP tests).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, tablet, BASE } from "./helpers.mjs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const PIN = "4826";
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** What has focus: tag, role, accessible-ish name and whether a focus indicator is drawn. */
async function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    const cs = getComputedStyle(el);
    const outline = cs.outlineStyle !== "none" && parseFloat(cs.outlineWidth) > 0;
    const shadow = !!cs.boxShadow && cs.boxShadow !== "none";
    const label = el.labels && el.labels.length ? el.labels[0].innerText : "";
    const name = (el.getAttribute("aria-label") || label || el.innerText || el.value || el.getAttribute("title") || "")
      .trim().replace(/\s+/g, " ");
    const group = el.closest(".sort-item")?.querySelector(".sort-text")?.innerText?.trim() || "";
    return { tag: el.tagName.toLowerCase(), type: el.type || "", id: el.id, name, visible: outline || shadow,
      cls: String(el.className?.baseVal ?? el.className ?? ""), disabled: !!el.disabled, group, data: { ...el.dataset },
      checked: !!el.checked, pressed: el.getAttribute("aria-pressed"), expanded: el.getAttribute("aria-expanded"),
      href: el.getAttribute("href") || "" };
  });
}

/** Presses `key` and asserts the newly focused element shows focus. */
async function key(page, k) {
  await page.keyboard.press(k);
  const f = await focused(page);
  if (f && (k === "Tab" || k === "Shift+Tab")) assert.ok(f.visible, `no visible focus on <${f.tag}> "${f.name}" after ${k}`);
  return f;
}

/** Tabs (forwards, or backwards with `back`) until the focused element's name matches `want`. */
async function tabTo(page, want, { back = false, max = 80 } = {}) {
  const match = (f) => f && (typeof want === "function" ? want(f) : want instanceof RegExp ? want.test(f.name) : f.name === want);
  const seen = [];
  for (let i = 0; i < max; i++) {
    const f = await key(page, back ? "Shift+Tab" : "Tab");
    if (match(f)) return f;
    seen.push(f ? `${f.tag}:${f.name.slice(0, 30)}` : "(body)");
  }
  throw new Error(`Tab never reached ${want}; passed ${seen.join(" | ")}`);
}

/** Starts a fresh page at `path` with focus at the top of the document. */
async function start(page, path) {
  await page.goto(BASE + path);
  await page.waitForSelector("main#main > *", { timeout: 20000 });
}

/** Staff screens after a full page load ask for the PIN: type it and press Enter. */
async function unlockByKeyboard(page) {
  await page.locator("#staff-pin").waitFor();
  await tabTo(page, (f) => f.id === "staff-pin");
  await page.keyboard.type(PIN);
  await page.keyboard.press("Enter");
  await page.locator("#staff-pin").waitFor({ state: "detached", timeout: 20000 });
}

/** First run by keyboard: demo school. Lands on the coordinator screen, staff unlocked. */
async function demoSchoolByKeyboard(page) {
  await start(page, "/setup");
  await tabTo(page, "Staff PIN (4 to 8 digits)");
  await page.keyboard.type(PIN);
  await tabTo(page, "Type the PIN again");
  await page.keyboard.type(PIN);
  await tabTo(page, "Try it with a demo school");
  await page.keyboard.press("Enter");
  await page.waitForSelector('[data-screen="coordinator"]', { timeout: 20000 });
}

/** A pupil signs in by keyboard: class, then name; lands on their own page. */
async function pupilByKeyboard(page, className, pupilName) {
  await start(page, "/pupil");
  await tabTo(page, className);
  await page.keyboard.press("Enter");
  await page.waitForSelector(".pupil-choice");
  await tabTo(page, pupilName);
  await page.keyboard.press("Enter");
  await page.waitForSelector('[data-screen="pupil-me"]');
}

test("first run: the skip link jumps to the content and the demo school is set up by keyboard", async () => {
  const { context, page } = await tablet(browser);
  await start(page, "/setup");
  const skip = await key(page, "Tab");
  assert.equal(skip.name, "Skip to main content", "the first Tab stop is the skip link");
  assert.ok(skip.visible);
  await page.keyboard.press("Enter");
  const after = await focused(page);
  assert.equal(after?.id, "main", "Enter on the skip link moves focus to the main content");
  // The next Tab goes into the page, past the header.
  const first = await key(page, "Tab");
  assert.ok(await page.evaluate(() => document.querySelector("main").contains(document.activeElement)), `first stop after skipping is in main: ${first?.name}`);
  // Shift+Tab walks back out again.
  await tabTo(page, "ByteSmart", { back: true });

  await demoSchoolByKeyboard(page);
  assert.match(await page.locator("main h1").innerText(), /./);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test("a KS1 pupil signs in and plays a lesson with a sort and a check using only the keyboard", async () => {
  const { context, page } = await tablet(browser);
  await demoSchoolByKeyboard(page);
  await pupilByKeyboard(page, "Year 2 Robins", /Amira K\./);
  assert.match(await page.locator("main").innerText(), /Amira/);

  await tabTo(page, /^My lessons/);
  await page.keyboard.press("Enter");
  await page.waitForSelector(".lesson-card");
  await tabTo(page, /Kind words online/);
  await page.keyboard.press("Enter");
  await page.waitForSelector('[data-screen="lesson-player"] h1');
  const stepOf = () => page.locator(".lesson-step-of").innerText();
  for (const n of [2, 3, 4]) {
    await tabTo(page, "Next");
    await page.keyboard.press("Enter");
    await page.waitForFunction((n) => document.querySelector(".lesson-step-of")?.innerText.includes(`Step ${n} of`), n);
  }
  assert.match(await stepOf(), /Step 4 of 6/);
  assert.match(await page.locator(".lesson-step").innerText(), /Is it kind or unkind/);

  // Sort by keyboard: a wrong choice first (feedback, nothing locked), then every card right.
  const sortButton = (item, label) => (f) => f.group === item && f.name === label;
  await tabTo(page, sortButton("Well done!", "Unkind"));
  await page.keyboard.press("Enter");
  await page.locator(".sort-item", { hasText: "Well done!" }).getByText("Not quite").waitFor();
  await tabTo(page, sortButton("Well done!", "Kind"), { back: true });
  await page.keyboard.press("Space");
  await page.locator(".sort-item", { hasText: "Well done!" }).getByText(/Yes! That goes in/).waitFor();
  // Focus stays on the sorted card's button (not dropped to the top of the page).
  assert.equal((await focused(page))?.group, "Well done!");
  for (const [item, label] of [["You can't play with us.", "Unkind"], ["Do you want to play?", "Kind"], ["Your picture is silly.", "Unkind"]]) {
    await tabTo(page, sortButton(item, label));
    await page.keyboard.press("Enter");
    await page.locator(".sort-item", { hasText: item }).getByText(/Yes! That goes in/).waitFor();
  }
  await page.locator(".sort-done").getByText(/./).waitFor();
  await tabTo(page, "Next");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelector(".lesson-step-of")?.innerText.includes("Step 5 of"));

  // Check question by keyboard: wrong, then right.
  await tabTo(page, /Send an unkind message back/);
  await page.keyboard.press("Enter");
  await page.getByText("That could make things worse. Let's try again.").waitFor();
  await tabTo(page, /Tell a grown-up/, { back: true });
  await page.keyboard.press("Space");
  await page.getByText("Yes! A grown-up can help.").waitFor();
  await tabTo(page, "Next");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelector(".lesson-step-of")?.innerText.includes("Step 6 of"));
  assert.match(await page.locator(".lesson-step").innerText(), /Tell a trusted adult/);
  await tabTo(page, "Finish");
  await page.keyboard.press("Enter");
  await page.waitForSelector("[data-finish]");
  assert.match(await page.locator("[data-finish]").innerText(), /You finished the lesson/);
  await tabTo(page, "Back to my lessons");
  await page.keyboard.press("Enter");
  const card = page.locator(".lesson-card").filter({ hasText: "Kind words online" });
  await card.waitFor();
  assert.match(await card.locator(".lesson-status").innerText(), /Done/);
  assert.deepEqual(page.errors, []);
  await context.close();
});

const L = (i) => String.fromCharCode(97 + i);

test("a KS2 pupil takes the SMART quiz with the keyboard: every kind of question", async () => {
  const { context, page } = await tablet(browser);
  await demoSchoolByKeyboard(page);
  await pupilByKeyboard(page, "Year 5 Kestrels", "Grace H.");
  await start(page, "/pupil/quiz?seed=7");
  await tabTo(page, "Start the quiz");
  await page.keyboard.press("Enter");
  const kinds = new Set();
  for (let i = 0; i < 20; i++) {
    const card = page.locator('[data-phase="question"] .quiz-card');
    const results = page.locator(".quiz-results");
    await Promise.race([card.waitFor(), results.waitFor()]);
    if (await results.isVisible()) break;
    const kind = await card.getAttribute("data-kind");
    kinds.add(kind);
    if (kind === "order") {
      const n = await card.locator("[data-item-id]").count();
      for (let k = 0; k < n; k++) {
        await tabTo(page, (f) => f.data.itemId === L(k));
        await page.keyboard.press("Enter");
      }
    } else if (kind === "match") {
      const n = await card.locator("[data-left-id]").count();
      for (let k = 0; k < n; k++) {
        await tabTo(page, (f) => f.data.leftId === L(k));
        await page.keyboard.press("Enter");
        await tabTo(page, (f) => f.data.rightId === L(k));
        await page.keyboard.press("Enter");
        assert.equal((await focused(page))?.data.rightId, L(k), "focus stays on the paired answer");
      }
    } else {
      const f = await tabTo(page, (f) => f.data.optionId === "a");
      await page.keyboard.press("Space");
      assert.equal((await focused(page)).pressed, "true", `option chosen by Space (${f.name})`);
    }
    await tabTo(page, "Check my answer");
    await page.keyboard.press("Enter");
    await page.locator('[data-phase="feedback"] .quiz-feedback').waitFor();
    await tabTo(page, /^(Next question|Next|See my results)$/);
    await page.keyboard.press("Enter");
  }
  await page.locator(".quiz-results").waitFor();
  assert.equal(await page.locator(".smart-letter").count(), 5);
  assert.ok(kinds.size >= 2, `several kinds of question were answered: ${[...kinds]}`);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test("the teacher's class screens work by keyboard: open a class, edit a pupil, cancel and confirm a removal", async () => {
  const { context, page } = await tablet(browser);
  await demoSchoolByKeyboard(page);
  await start(page, "/teacher/classes");
  await unlockByKeyboard(page);
  await tabTo(page, "Year 5 Kestrels");
  await page.keyboard.press("Enter");
  await page.waitForSelector(".pupil-row");

  // Edit a pupil: the Edit button expands a form; Enter in the field saves.
  const row = page.locator(".pupil-row", { hasText: "Harun S." });
  await tabTo(page, "Edit");
  // Move to Harun's Edit button: Edit buttons come in pupil order.
  while (!(await page.evaluate(() => document.activeElement.closest(".pupil-row")?.innerText.includes("Harun S.")))) {
    await tabTo(page, "Edit");
  }
  await page.keyboard.press("Enter");
  assert.equal((await focused(page)).expanded, "true");
  await tabTo(page, "Name the pupil will recognise");
  await page.keyboard.press("Control+A");
  await page.keyboard.type("Harun Sa.");
  await page.keyboard.press("Enter");
  await page.getByText(/Harun Sa\./).first().waitFor();

  // Remove: the confirmation takes focus, Escape cancels and returns focus to Remove.
  const leo = page.locator(".pupil-row", { hasText: "Leo B." });
  while (!(await page.evaluate(() => document.activeElement.closest(".pupil-row")?.innerText.includes("Leo B.")))) {
    await tabTo(page, "Remove");
  }
  if ((await focused(page)).name !== "Remove") await tabTo(page, "Remove");
  await page.keyboard.press("Enter");
  await leo.locator('[role="alertdialog"]').waitFor();
  assert.ok(await page.evaluate(() => !!document.activeElement.closest('[role="alertdialog"]')), "focus moves into the confirmation");
  assert.ok((await focused(page)).visible, "and is visible there");
  await page.keyboard.press("Escape");
  await leo.locator('[role="alertdialog"]').waitFor({ state: "detached" });
  assert.equal((await focused(page)).name, "Remove", "focus returns to the Remove button");
  await page.keyboard.press("Enter");
  await leo.locator('[role="alertdialog"]').waitFor();
  await tabTo(page, /Yes, remove/, { back: true }).catch(async () => tabTo(page, /Yes, remove/));
  await page.keyboard.press("Enter");
  await page.locator(".pupil-row", { hasText: "Leo B." }).waitFor({ state: "detached" });
  assert.equal(await row.count(), 0, "renamed pupil no longer shows the old name");
  assert.deepEqual(page.errors, []);
  await context.close();
});

test("the presenter is driven from the keyboard: arrows, Space and the on-screen buttons", async () => {
  const { context, page } = await tablet(browser, { width: 1280, height: 800 });
  await demoSchoolByKeyboard(page);
  await start(page, "/teacher/present");
  await unlockByKeyboard(page);
  await tabTo(page, "Present lesson");
  await page.keyboard.press("Enter");
  await page.waitForSelector('[data-screen="presenter"]');
  const slideNo = async () => Number((await page.locator(".presenter-counter").innerText()).match(/Slide (\d+) of/)[1]);
  const waitSlide = (n) => page.waitForFunction((n) => new RegExp(`Slide ${n} of`).test(document.querySelector(".presenter-counter")?.innerText || ""), n);
  assert.equal(await slideNo(), 1);
  await page.keyboard.press("ArrowRight");
  await waitSlide(2);
  await page.keyboard.press("Space");
  await waitSlide(3);
  await page.keyboard.press("ArrowLeft");
  await waitSlide(2);
  // The on-screen buttons are reachable and work with Enter.
  await tabTo(page, "Next");
  await page.keyboard.press("Enter");
  await waitSlide(3);
  await tabTo(page, "Previous", { back: true });
  await page.keyboard.press("Enter");
  await waitSlide(2);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test("the coordinator exports a bundle and imports it again using only the keyboard", async () => {
  const { context, page } = await tablet(browser);
  await demoSchoolByKeyboard(page);
  const dir = mkdtempSync(join(tmpdir(), "bytesmart-kb-"));
  await start(page, "/coordinator/export");
  await unlockByKeyboard(page);
  await tabTo(page, "Passphrase for this bundle");
  await page.keyboard.type("correct horse battery staple");
  await tabTo(page, "Download encrypted bundle");
  const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  const file = join(dir, "bundle.zip");
  await download.saveAs(file);

  await start(page, "/coordinator/import");
  await unlockByKeyboard(page);
  await tabTo(page, "Passphrase of the bundles");
  await page.keyboard.type("correct horse battery staple");
  await tabTo(page, "Choose files to import");
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.keyboard.press("Space")]);
  await chooser.setFiles([file]);
  await page.getByRole("heading", { name: "Import finished" }).waitFor();
  assert.match(await page.getByTestId("import-summary").textContent(), /0 new pupils/);
  assert.deepEqual(page.errors.filter((e) => !/favicon/.test(e)), []);
  await context.close();
});

test("the coordinator deletes a leaver's records by keyboard: the confirmation takes and returns focus", async () => {
  const { context, page } = await tablet(browser);
  await demoSchoolByKeyboard(page);
  await start(page, "/coordinator/retention");
  await unlockByKeyboard(page);
  await tabTo(page, (f) => f.id === "retention-pupil");
  // Arrow keys on a focused select choose an option without opening it.
  await page.keyboard.press("ArrowDown");
  const chosen = await page.evaluate(() => document.querySelector("#retention-pupil").selectedOptions[0].innerText.trim());
  assert.notEqual(chosen, "", "a pupil is chosen");
  await tabTo(page, "Delete this pupil's records");
  await page.keyboard.press("Enter");
  await page.locator('[role="alertdialog"]').waitFor();
  let f = await focused(page);
  assert.equal(f.name, "Cancel", "focus moves to the safe choice in the confirmation");
  assert.ok(f.visible, "and is visible there");
  await page.keyboard.press("Escape");
  await page.locator('[role="alertdialog"]').waitFor({ state: "detached" });
  assert.equal((await focused(page)).name, "Delete this pupil's records", "focus returns to the button that opened it");
  await page.keyboard.press("Enter");
  await page.locator('[role="alertdialog"]').waitFor();
  await tabTo(page, "Yes, delete", { back: true });
  await page.keyboard.press("Enter");
  await page.locator('[role="alertdialog"]').waitFor({ state: "detached" });
  await page.locator(".receipts li").first().waitFor();
  // The pupil list reloads after the deletion; the deleted pupil must leave it.
  await page.waitForFunction((name) => ![...document.querySelectorAll("#retention-pupil option")].some((o) => o.innerText.trim() === name), chosen, { timeout: 10000 })
    .catch(() => assert.fail(`${chosen} is still listed after deletion`));
  assert.deepEqual(page.errors, []);
  await context.close();
});

test("a parent follows the letter link by keyboard up to the signature step", async () => {
  const { context, page } = await tablet(browser);
  await demoSchoolByKeyboard(page);
  await start(page, "/teacher/aup");
  await unlockByKeyboard(page);
  await tabTo(page, (f) => f.tag === "select" && /^Class/.test(f.name));
  // A closed select changes with the arrow keys.
  while (!(await page.evaluate(() => document.activeElement.selectedOptions?.[0]?.textContent === "Year 5 Kestrels"))) {
    await page.keyboard.press("ArrowDown");
  }
  await page.locator('tr[data-pupil="Grace H."]').waitFor();
  await tabTo(page, "Print letters for everyone");
  await page.keyboard.press("Enter");
  await page.locator('.letter[data-pupil="Grace H."]').waitFor();
  const link = await tabTo(page, (f) => f.tag === "a" && f.href.includes("/parent/sign?t=")
    , { max: 200 });
  assert.ok(link.href);
  const href = await page.evaluate(() => document.activeElement.href);

  const { context: phoneCtx, page: phone } = await tablet(browser, { width: 390, height: 844 });
  await phone.goto(href);
  await phone.waitForSelector('[data-screen="parent-sign"]');
  await tabTo(phone, (f) => f.tag === "input" && f.type === "checkbox");
  await phone.keyboard.press("Space");
  assert.equal((await focused(phone)).checked, true, "Space ticks the box");
  await tabTo(phone, "Your name");
  await phone.keyboard.type("Helen H");
  await tabTo(phone, /^Relationship to the child/);
  const before = await phone.evaluate(() => document.activeElement.value);
  await phone.keyboard.press("ArrowDown");
  assert.notEqual(await phone.evaluate(() => document.activeElement.value), before, "the arrow keys change the relationship");
  // The signature pad comes next: this walk stops here (its keyboard alternative belongs to
  // the agreement-signing work and is tested there).
  await phone.locator("canvas.signature-canvas").waitFor();
  assert.ok(await phone.locator("canvas.signature-canvas").isVisible(), "the signature step is on screen");
  await phoneCtx.close();
  assert.deepEqual(page.errors, []);
  await context.close();
});

test("a pupil agrees to each promise of the agreement by keyboard up to the signature step", async () => {
  const { context, page } = await tablet(browser);
  await demoSchoolByKeyboard(page);
  await pupilByKeyboard(page, "Year 5 Kestrels", "Isla R.");
  await tabTo(page, /^Sign our agreement/);
  await page.keyboard.press("Enter");
  const pad = page.locator("canvas.signature-canvas");
  let agreed = 0;
  for (let i = 0; i < 30 && !(await pad.isVisible().catch(() => false)); i++) {
    await tabTo(page, "I agree");
    await page.keyboard.press("Enter");
    agreed++;
  }
  assert.ok(agreed >= 6, `agreed to ${agreed} promises by keyboard`);
  // The signature pad is where this walk stops (its keyboard alternative is the AUP work's).
  assert.ok(await pad.isVisible(), "the signature step is on screen");
  assert.deepEqual(page.errors, []);
  await context.close();
});
