// Presenter mode on the interactive whiteboard (issue 8): a teacher presents a lesson to a
// class at 1920x1080, moves with keys like a presentation clicker, shows notes, runs the
// discussion timer, runs a class quiz question with a show of hands and reveal, finishes and
// finds the delivery recorded for the class. Also: the class-quiz deck, the audience window
// kept in step, right-to-left arrows, sizes at 1280x800, and axe on the presenter view.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, tablet, open, axe, assertNoMissingKeys, setupDemoSchool, unlockStaff } from "./helpers.mjs";

const CLASS = "Year 2 Robins";
// A KS1 lesson with explain, discuss, sort and check steps.
const lessonCard = (page) => page.locator('.present-lesson[data-lesson="ks1-kind-words"]');
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** A demo school, unlocked, on the presenter menu with the KS1 class chosen. Returns pupil names. */
async function presenterMenu(page) {
  await setupDemoSchool(page);
  await open(page, "/teacher/classes/demo-class-robins");
  await unlockStaff(page);
  await page.waitForSelector(".pupil-row-head strong");
  const pupils = await page.locator(".pupil-row-head strong").allInnerTexts();
  assert.ok(pupils.length > 0, "the demo class has pupils");
  await open(page, "/teacher/present");
  await unlockStaff(page);
  await page.getByLabel("Class", { exact: true }).selectOption({ label: CLASS });
  await page.waitForSelector(".present-lesson");
  return pupils;
}

const counter = (page) => page.locator(".presenter-counter").innerText();
async function slideNumbers(page) {
  const m = (await counter(page)).match(/Slide (\d+) of (\d+)/);
  assert.ok(m, "the slide counter is showing");
  return [Number(m[1]), Number(m[2])];
}
async function expectSlide(page, n) {
  await page.waitForFunction((n) => /Slide (\d+) of/.exec(document.querySelector(".presenter-counter")?.innerText || "")?.[1] === String(n), n, { timeout: 5000 })
    .catch(async () => assert.fail(`expected slide ${n}, counter says "${await counter(page)}"`));
}
/** Presses Next (key) until `selector` is on screen; returns the slide number. */
async function advanceTo(page, selector) {
  const [, total] = await slideNumbers(page);
  for (let i = 0; i < total; i++) {
    if (await page.locator(`.presenter-stage ${selector}`).count()) return (await slideNumbers(page))[0];
    await page.keyboard.press("ArrowRight");
  }
  assert.fail(`no slide with ${selector}`);
}

test("a teacher presents a lesson: keys, notes, timer, class quiz with reveal, and the delivery is recorded", async () => {
  const { context, page } = await tablet(browser, { width: 1920, height: 1080 });
  const pupils = await presenterMenu(page);
  assert.match(await page.locator(".present-delivered, .notice").last().innerText(), /No lessons have been marked as delivered/);
  const card = lessonCard(page);
  const title = await card.locator("h3").innerText();
  await card.getByRole("link", { name: "Present lesson" }).click();
  await page.waitForSelector('[data-screen="presenter"]');
  await assertNoMissingKeys(page);
  assert.equal(await page.locator(".presenter-title").innerText(), title);
  const [first, total] = await slideNumbers(page);
  assert.equal(first, 1);
  assert.ok(total >= 4, "title, steps and finish slides");
  assert.deepEqual(await axe(page), [], "axe on the title slide");

  // Full screen with a visible way out.
  await page.getByRole("button", { name: "Full screen" }).click();
  await page.getByRole("button", { name: "Exit full screen" }).waitFor();
  assert.ok(await page.evaluate(() => document.fullscreenElement?.classList.contains("presenter")));
  await page.getByRole("button", { name: "Exit full screen" }).click();
  await page.getByRole("button", { name: "Full screen" }).waitFor();

  // Keyboard like a presentation clicker.
  await page.keyboard.press("ArrowLeft");
  await expectSlide(page, 1);
  await page.keyboard.press("ArrowRight");
  await expectSlide(page, 2);
  await page.keyboard.press("Space");
  await expectSlide(page, 3);
  await page.keyboard.press("PageDown");
  await expectSlide(page, 4);
  await page.keyboard.press("PageUp");
  await expectSlide(page, 3);
  await page.keyboard.press("ArrowDown");
  await expectSlide(page, 4);
  await page.keyboard.press("ArrowUp");
  await expectSlide(page, 3);
  await page.keyboard.press("End");
  await expectSlide(page, total);
  assert.ok(await page.getByRole("button", { name: "Next" }).isDisabled(), "Next is off on the last slide");
  await page.keyboard.press("ArrowRight");
  await expectSlide(page, total);
  await page.keyboard.press("Home");
  await expectSlide(page, 1);
  assert.ok(await page.getByRole("button", { name: "Previous" }).isDisabled());
  const progress = Number(await page.getByRole("progressbar").getAttribute("aria-valuenow"));
  assert.equal(progress, 0);

  // Teacher notes are hidden until N (or the button).
  assert.equal(await page.locator(".presenter-notes").count(), 0, "notes hidden by default");
  await page.keyboard.press("n");
  await page.waitForSelector(".presenter-notes");
  assert.match(await page.locator(".presenter-notes").innerText(), /Teacher notes/);
  await page.keyboard.press("N");
  await page.locator(".presenter-notes").waitFor({ state: "detached" });
  await page.getByRole("button", { name: "Show notes (N)" }).click();
  await page.waitForSelector(".presenter-notes");
  await page.getByRole("button", { name: "Hide notes (N)" }).click();
  await page.locator(".presenter-notes").waitFor({ state: "detached" });

  // Discussion step: hints only in the notes, and a countdown that runs, pauses and resets.
  const discuss = await advanceTo(page, ".timer");
  assert.ok(discuss > 1);
  assert.ok(Number(await page.getByRole("progressbar").getAttribute("aria-valuenow")) > 0, "progress moves on");
  assert.equal(await page.getByText("Discussion hints").count(), 0, "hints are hidden from the class");
  await page.keyboard.press("n");
  await page.waitForSelector(".presenter-notes >> text=Discussion hints");
  await page.keyboard.press("n");
  const display = page.getByRole("timer");
  const initial = await display.innerText();
  assert.match(initial, /^\d+:\d\d$/);
  await page.getByRole("button", { name: "Start timer" }).click();
  await page.waitForFunction((v) => document.querySelector(".timer-display").innerText !== v, initial, { timeout: 10000 });
  await page.getByRole("button", { name: "Pause timer" }).click();
  await page.getByRole("button", { name: "Start timer" }).waitFor();
  assert.notEqual(await display.innerText(), initial, "the countdown moved");
  await page.getByRole("button", { name: "Reset timer" }).click();
  await page.waitForFunction((v) => document.querySelector(".timer-display").innerText === v, initial);
  assert.deepEqual(await axe(page), [], "axe on a discussion slide");

  // A check question as a class quiz: show of hands, never below zero, then reveal.
  await advanceTo(page, ".answers");
  const answers = page.locator(".answer");
  assert.ok((await answers.count()) >= 2);
  await page.getByRole("button", { name: "One more hand for answer A" }).click();
  await page.getByRole("button", { name: "One more hand for answer A" }).click();
  await page.getByRole("button", { name: "One more hand for answer B" }).click();
  await page.getByRole("button", { name: "One hand fewer for answer B" }).click();
  await page.getByRole("button", { name: "One hand fewer for answer B" }).click();
  assert.match(await answers.nth(0).locator(".hands-count").innerText(), /^2 hands$/);
  assert.match(await answers.nth(1).locator(".hands-count").innerText(), /^0 hands$/, "never below zero");
  assert.equal(await page.getByText("Correct answer").count(), 0, "the answer is not shown before reveal");
  await page.getByRole("button", { name: "Reveal the answer" }).click();
  await page.waitForSelector(".answer.correct");
  assert.equal(await page.locator(".answer.correct").count(), 1);
  assert.match(await page.locator(".answer.correct").innerText(), /Correct answer/);
  assert.ok((await page.locator(".explanation").innerText()).length > 10, "the explanation shows");
  assert.deepEqual(await axe(page), [], "axe on a revealed question with counts");
  const correctIsA = (await answers.nth(0).getAttribute("class")).includes("correct");

  // No pupil names or data anywhere on the presenter.
  const text = await page.locator(".presenter").innerText();
  for (const name of pupils) assert.ok(!text.includes(name), `pupil name ${name} must not be on screen`);

  // Finish: summary of hands, then mark as delivered.
  await page.keyboard.press("End");
  await page.waitForSelector(".slide-finish");
  assert.match(await page.locator(".slide-finish").innerText(), /What we learned/);
  const summary = page.locator(".quiz-summary tbody tr").first();
  assert.match(await summary.innerText(), correctIsA ? /2\s+2 \(100%\)/ : /2\s+0 \(0%\)/);
  assert.deepEqual(await axe(page), [], "axe on the finish slide");
  await page.getByRole("button", { name: "Finish and mark as delivered" }).click();
  const status = page.getByRole("status").filter({ hasText: "Recorded" });
  await status.waitFor();
  assert.match(await status.innerText(), new RegExp(`delivered to ${CLASS}`));
  await page.getByRole("link", { name: "Back to the presenter menu" }).click();
  await page.waitForSelector(".present-delivered tbody tr");
  const rows = page.locator(".present-delivered tbody tr");
  assert.equal(await rows.count(), 1);
  assert.match(await rows.first().innerText(), new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  assert.equal(await page.getByLabel("Class", { exact: true }).inputValue(), "demo-class-robins", "back on the same class");
  assert.match(await lessonCard(page).innerText(), /Last delivered/, "the lesson card shows it was delivered");

  // The record survives a reload (it is in IndexedDB, not just on screen).
  await page.reload();
  await page.waitForSelector("main#main > *");
  await unlockStaff(page);
  await page.waitForSelector(".present-delivered tbody tr");
  await page.getByLabel("Class", { exact: true }).selectOption({ label: "Year 5 Kestrels" });
  await page.waitForSelector("text=No lessons have been marked as delivered");
  assert.deepEqual(page.errors, []);
  await context.close();
});

test("a class quiz shows only the lesson's questions and ends with a class-level summary", async () => {
  const { context, page } = await tablet(browser, { width: 1920, height: 1080 });
  await presenterMenu(page);
  const card = lessonCard(page);
  const quizLink = card.getByRole("link", { name: /Class quiz \((\d+) questions?\)/ });
  const checks = Number((await quizLink.innerText()).match(/\((\d+)/)[1]);
  await quizLink.click();
  await page.waitForSelector('[data-screen="presenter"]');
  assert.match(await page.locator(".presenter-title").innerText(), /^Class quiz: /);
  const [, total] = await slideNumbers(page);
  assert.equal(total, checks + 2, "title + questions + summary");
  await page.keyboard.press("ArrowRight");
  await page.waitForSelector(".presenter-stage .answers");
  assert.equal(await page.locator(".timer").count(), 0);
  await page.getByRole("button", { name: "One more hand for answer A" }).click();
  await page.getByRole("button", { name: "Reveal the answer" }).click();
  await page.waitForSelector(".answer.correct");
  await page.keyboard.press("End");
  await page.waitForSelector(".quiz-summary");
  assert.match(await page.locator(".slide-finish h2").first().innerText(), /Class quiz summary/);
  assert.equal(await page.locator(".quiz-summary tbody tr").count(), checks);
  assert.equal(await page.getByRole("button", { name: "Finish and mark as delivered" }).count(), 0, "a quiz is not a lesson delivery");
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test("the audience window follows the presenter, and the presenter window shows notes and the next step", async () => {
  const { context, page } = await tablet(browser, { width: 1920, height: 1080 });
  const pupils = await presenterMenu(page);
  await lessonCard(page).getByRole("link", { name: "Present lesson" }).click();
  await page.waitForSelector('[data-screen="presenter"]');
  const [popup] = await Promise.all([
    context.waitForEvent("page"),
    page.getByRole("button", { name: "Open audience window" }).click(),
  ]);
  const popupErrors = [];
  popup.on("pageerror", (e) => popupErrors.push(String(e)));
  await popup.waitForSelector('[data-screen="presenter-audience"]', { timeout: 20000 });
  await page.waitForSelector(".presenter-notes >> text=Next:");
  assert.equal(await popup.getByRole("button", { name: /notes/i }).count(), 0, "no notes on the audience screen");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expectSlide(popup, 3);
  // Either window can move the class on (e.g. tapping the whiteboard).
  await popup.getByRole("button", { name: "Previous" }).click();
  await expectSlide(page, 2);
  await advanceTo(page, ".answers");
  await page.getByRole("button", { name: "One more hand for answer A" }).click();
  await popup.waitForFunction(() => document.querySelector(".answer .hands-count")?.innerText === "1 hand");
  await page.getByRole("button", { name: "Reveal the answer" }).click();
  await popup.waitForSelector(".answer.correct");
  const text = await popup.locator("body").innerText();
  for (const name of pupils) assert.ok(!text.includes(name), `pupil name ${name} must not be on the whiteboard`);
  assert.equal(await popup.locator(".presenter-notes").count(), 0);
  assert.deepEqual(await axe(popup), [], "axe on the audience window");
  // Leaving the presenter tells the audience window the presentation ended.
  await page.getByRole("link", { name: "Exit presenter" }).click();
  await popup.waitForSelector("text=The presentation has ended");
  assert.deepEqual(page.errors, []);
  assert.deepEqual(popupErrors, []);
  await context.close();
});

test("at 1280x800 the type stays large and the buttons finger-sized; right-to-left swaps the arrows", async () => {
  const { context, page } = await tablet(browser, { width: 1280, height: 800 });
  await presenterMenu(page);
  await lessonCard(page).getByRole("link", { name: "Present lesson" }).click();
  await page.waitForSelector('[data-screen="presenter"]');
  await page.keyboard.press("ArrowRight");
  await expectSlide(page, 2);
  const size = await page.locator(".presenter-stage .slide-text").first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  assert.ok(size >= 36, `slide text is ${size}px`);
  for (const name of ["Previous", "Next"]) {
    const box = await page.getByRole("button", { name }).boundingBox();
    assert.ok(box.height >= 80 && box.width >= 160, `${name} is ${box.width}x${box.height}`);
  }
  const small = await page.$$eval(".presenter button, .presenter a", (els) =>
    els.filter((e) => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.width < 44 || r.height < 44); }).map((e) => e.outerHTML.slice(0, 80)));
  assert.deepEqual(small, [], "every control is at least 44px");
  const overflow = await page.evaluate(() => document.querySelector(".presenter").scrollWidth > window.innerWidth);
  assert.equal(overflow, false, "nothing spills off the side");
  assert.deepEqual(await axe(page), [], "axe at 1280x800");

  // Arabic reads right to left: ArrowLeft moves on, ArrowRight goes back.
  await page.getByRole("link", { name: "Exit presenter" }).click();
  await page.waitForSelector(".present-lesson");
  await page.locator("#language").selectOption("ar");
  await page.waitForFunction(() => document.documentElement.dir === "rtl");
  await lessonCard(page).locator("a.primary").click();
  await page.waitForSelector('[data-screen="presenter"]');
  const progress = async () => Number(await page.getByRole("progressbar").getAttribute("aria-valuenow"));
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  const twoOn = await progress();
  await page.keyboard.press("ArrowRight");
  const oneBack = await progress();
  assert.ok(twoOn > oneBack && oneBack > 0, `ArrowLeft moves on and ArrowRight back in right-to-left (${twoOn}, ${oneBack})`);
  assert.deepEqual(page.errors, []);
  await context.close();
});
