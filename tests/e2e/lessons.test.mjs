// Lessons: a KS1 pupil and a KS2 pupil each play a lesson by tapping (sorting, a check question
// answered wrong then right), reload mid-lesson and carry on at the same step, finish, and see
// the lesson marked Done in their list. Also: Welsh shows the machine-translation mark, and the
// curriculum map shows every band covering all eight strands.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, tablet, open, axe, assertNoMissingKeys, setupDemoSchool, loginPupil, unlockStaff } from "./helpers.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const player = (page) => page.locator('[data-screen="lesson-player"]');

/** Waits until the player shows step `i` (0-based) and it has been saved. */
async function atStep(page, i) {
  await page.waitForSelector(`[data-screen="lesson-player"][data-step="${i}"][data-saved-step="${i}"]`, { timeout: 20000 });
}

async function next(page, i) {
  await page.getByRole("button", { name: /^(Next|Finish)$/ }).click();
  await atStep(page, i);
}

/** Taps each card's group; `wrongFirst` cards are first put in the other group. */
async function sort(page, cards, [left, right], wrongFirst = []) {
  for (const [text, goesLeft] of cards) {
    const card = page.locator(".sort-item").filter({ hasText: text });
    if (wrongFirst.includes(text)) {
      await card.getByRole("button", { name: goesLeft ? right : left, exact: true }).click();
      await card.getByText("Not quite").waitFor();
    }
    await card.getByRole("button", { name: goesLeft ? left : right, exact: true }).click();
    await card.getByText(/^✓ Yes! That goes in/).waitFor();
  }
}

async function openLessonFromList(page, title) {
  await page.getByRole("link", { name: /My lessons/ }).click();
  await page.waitForSelector('[data-screen="pupil-lessons"] .lesson-card');
  const card = page.locator(".lesson-card").filter({ hasText: title });
  await card.getByRole("link").click();
  await page.waitForSelector('[data-screen="lesson-player"] h1');
}

async function cardStatus(page, title) {
  await open(page, "/pupil/lessons");
  const card = page.locator(".lesson-card").filter({ hasText: title });
  await card.waitFor();
  return card.locator(".lesson-status").innerText();
}

test("a KS1 pupil plays Kind words online by tapping, resumes after a reload and sees it done", async () => {
  const { context, page } = await tablet(browser);
  await setupDemoSchool(page);
  await loginPupil(page, "Year 2 Robins", "Amira K.");
  await openLessonFromList(page, "Kind words online");
  // The list showed only KS1 lessons; this is one of them.
  await atStep(page, 0);
  assert.match(await page.locator("main h1").innerText(), /Kind words online/);
  assert.match(await player(page).innerText(), /This is Pip the owl/);
  assert.match(await page.locator(".lesson-step-of").innerText(), /Step 1 of 6/);
  await next(page, 1);
  await next(page, 2);
  await next(page, 3);
  // Sort step: Next waits until every card is sorted.
  assert.equal(await page.getByRole("button", { name: "Next" }).isDisabled(), true);
  // It stays reachable (keyboard, screen reader) and says why, but a tap does not move on.
  assert.equal(await page.getByRole("button", { name: "Next" }).getAttribute("aria-disabled"), "true");
  assert.match(await page.locator("#player-next-why").innerText(), /\S/);
  await page.getByRole("button", { name: "Next" }).click({ force: true });
  assert.match(await page.locator(".lesson-step-of").innerText(), /Step 4 of 6/);

  // Reload mid-lesson: the same step comes back.
  await page.reload();
  await atStep(page, 3);
  assert.match(await page.locator(".lesson-step-of").innerText(), /Step 4 of 6/);
  assert.match(await player(page).innerText(), /Is it kind or unkind/);

  await sort(page, [["Well done!", true], ["You can't play with us.", false], ["Do you want to play?", true], ["Your picture is silly.", false]],
    ["Kind", "Unkind"], ["Well done!"]);
  assert.deepEqual(await axe(page), [], "sort step has no detectable accessibility problems");
  await next(page, 4);

  // Check question: wrong first (kind feedback, cannot go on), then right (explanation shown).
  await page.getByRole("button", { name: /Send an unkind message back/ }).click();
  await page.getByText("That could make things worse. Let's try again.").waitFor();
  assert.equal(await page.getByRole("button", { name: "Next" }).isDisabled(), true);
  await page.getByRole("button", { name: /Tell a grown-up/ }).click();
  await page.getByText("Yes! A grown-up can help.").waitFor();
  assert.match(await player(page).innerText(), /Telling a grown-up you trust is always the right thing to do/);
  await next(page, 5);
  assert.match(await player(page).innerText(), /Tell a trusted adult if anything online makes you feel worried/);
  await next(page, 6);

  const finish = page.locator("[data-finish]");
  assert.match(await finish.innerText(), /Well done! You finished the lesson/);
  assert.match(await finish.innerText(), /You got 0 out of 1 questions right first time/, "the wrong first try is what counts");
  assert.match(await finish.innerText(), /Kind words make people feel happy/);
  assert.match(await finish.innerText(), /Who can I talk to\?/);
  await assertNoMissingKeys(page);

  await page.getByRole("link", { name: "Back to my lessons" }).first().click();
  const card = page.locator(".lesson-card").filter({ hasText: "Kind words online" });
  await card.waitFor();
  assert.match(await card.locator(".lesson-status").innerText(), /Done/);
  assert.equal(await card.getAttribute("data-status"), "status-done");
  // Other lessons are still new, and no KS2 lesson is listed for a Year 2 pupil.
  assert.match(await page.locator(".lesson-card").filter({ hasText: "Time to switch off" }).locator(".lesson-status").innerText(), /New/);
  assert.equal(await page.locator(".lesson-card").filter({ hasText: "Kind and fair in group chats" }).count(), 0);
  assert.equal(await page.locator(".lesson-card").count(), 12);
  assert.deepEqual(await axe(page), [], "lesson list has no detectable accessibility problems");
  assert.deepEqual(page.errors, []);
  await context.close();
});

test("a KS2 pupil plays a lesson, reloads after a wrong answer without being scored twice, and finishes", async () => {
  const { context, page } = await tablet(browser);
  await setupDemoSchool(page);
  await loginPupil(page, "Year 5 Kestrels", "Grace H.");
  await openLessonFromList(page, "Kind and fair in group chats");
  await atStep(page, 0);
  await next(page, 1);
  await next(page, 2);
  assert.match(await player(page).innerText(), /Talk about it/);
  await next(page, 3);
  await sort(page, [
    ["Send Leo a private message", true],
    ["Add a laughing face", false],
    ["Screenshot the chat and show a teacher", true],
    ["Forward the photo to another group", false],
    ["Come on, that's enough", true],
  ], ["Helps Leo", "Makes it worse"], ["Add a laughing face"]);
  await next(page, 4);

  // Wrong answer first, saved straight away (one more save lands); then a reload.
  const saves = Number(await player(page).getAttribute("data-saves"));
  await page.getByRole("button", { name: /Stay quiet and hope it stops/ }).click();
  await page.getByText(/Staying quiet can feel safer/).waitFor();
  await page.waitForSelector(`[data-screen="lesson-player"][data-saves="${saves + 1}"]`);
  await page.reload();
  await atStep(page, 4);
  assert.match(await player(page).innerText(), /What is the best thing Sam can do/);
  await page.getByRole("button", { name: /Check on Leo and tell a trusted adult/ }).click();
  await page.getByText("Yes. That is what an upstander does.").waitFor();
  await next(page, 5);
  await page.getByRole("button", { name: /A group keeps posting unkind comments/ }).click();
  await page.getByText("Right. It is repeated and aimed at one person.").waitFor();
  await next(page, 6);
  assert.match(await player(page).innerText(), /Childline \(0800 1111\)/, "the helpline comes from facts.toml");
  await next(page, 7);
  assert.match(await page.locator("[data-finish]").innerText(), /You got 1 out of 2 questions right first time/);

  assert.match(await cardStatus(page, "Kind and fair in group chats"), /Done/);
  assert.match(await cardStatus(page, "Whose work is it?"), /New/);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test("an unfinished lesson shows In progress with its step, and Welsh text carries the machine-translation mark", async () => {
  const { context, page } = await tablet(browser);
  await setupDemoSchool(page);
  await loginPupil(page, "Year 2 Robins", "Ben T.");
  await openLessonFromList(page, "Kind words online");
  await atStep(page, 0);
  await next(page, 1);
  const card = page.locator('.lesson-card[data-lesson="ks1-kind-words"]');
  await open(page, "/pupil/lessons");
  await card.waitFor();
  assert.match(await card.innerText(), /In progress/);
  assert.match(await card.innerText(), /Step 2 of 6/);

  await page.getByLabel("Language").selectOption("cy");
  await card.getByRole("link").click();
  await atStep(page, 1);
  await page.waitForFunction(() => document.querySelector("main h1").innerText.includes("Geiriau caredig ar-lein"));
  assert.match(await player(page).innerText(), /Un diwrnod, mae Pip yn cael neges/);
  assert.match(await player(page).innerText(), /Cyfieithiad peiriant, heb ei adolygu eto/);
  await assertNoMissingKeys(page);
  await context.close();
});

test("the curriculum map is behind the PIN and shows all eight strands covered in every band", async () => {
  const { context, page } = await tablet(browser);
  await setupDemoSchool(page);
  await open(page, "/teacher/curriculum");
  await unlockStaff(page);
  await page.waitForSelector('[data-screen="curriculum"]');
  assert.equal(await page.locator(".curriculum-band").count(), 3);
  for (const band of ["ks1", "ks2", "secondary"]) {
    const section = page.locator(`.curriculum-band[data-band="${band}"]`);
    assert.match(await section.locator(".coverage-summary").innerText(), /All 8 strands are covered/);
    assert.equal(await section.locator(".curriculum-plan tbody tr").count(), 12);
    assert.equal(await section.locator('.curriculum-coverage tr[data-covered="yes"]').count(), 8);
  }
  assert.match(await page.locator('.curriculum-band[data-band="secondary"]').innerText(), /Sharing images and consent/);
  assert.deepEqual(await axe(page), []);
  await assertNoMissingKeys(page);
  await context.close();
});
