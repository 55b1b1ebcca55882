// SMART quizzes end to end: a teacher marks the next quiz as the baseline; a KS2 pupil takes a
// seeded quiz answering some right, some wrong and some "I'm not sure", reloads mid-quiz and
// carries on, sees the right letter for each rule, practises only the missed rules, and the
// teacher's report (behind the PIN) shows the attempts.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { launch, tablet, open, setupDemoSchool, unlockStaff, loginPupil, assertNoMissingKeys } from "./helpers.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The answer key, read from the bank the app is built from (option ids are letters by position). */
function bank(band) {
  const text = readFileSync(new URL(`../../lessons/quizzes/${band}.toml`, import.meta.url), "utf8");
  const out = {};
  for (const block of text.split("[[questions]]").slice(1)) {
    const id = block.match(/^id = "([^"]+)"/m)[1];
    const rule = block.match(/^rule = "([^"]+)"/m)[1];
    const opts = block.match(/^options = \[\n([\s\S]*?)\n\]/m);
    const lines = opts ? opts[1].split("\n").filter((l) => l.trim().startsWith("{")) : [];
    out[id] = { id, rule, correct: lines.map((l, i) => (/correct = true/.test(l) ? i : -1)).filter((i) => i >= 0), options: lines.length };
  }
  return out;
}
const KS2 = bank("ks2");
const L = (i) => String.fromCharCode(97 + i);

async function currentQuestion(page) {
  const card = page.locator('[data-phase="question"] .quiz-card');
  await card.waitFor();
  const id = await card.getAttribute("data-question-id");
  const kind = await card.getAttribute("data-kind");
  assert.ok(KS2[id], `question ${id} is in the KS2 bank`);
  assert.equal(await card.getAttribute("data-rule"), KS2[id].rule);
  return { ...KS2[id], kind, card };
}

async function answer(page, q, how) {
  const { card, kind } = q;
  if (how === "not-sure") {
    await card.getByRole("button", { name: "I'm not sure" }).click();
  } else if (kind === "order") {
    const n = await card.locator("[data-item-id]").count();
    for (let i = 0; i < n; i++) await card.locator(`[data-item-id="${L(how === "right" ? i : (i + 1) % n)}"]`).click();
    await card.getByRole("button", { name: "Check my answer" }).click();
  } else if (kind === "match") {
    const n = await card.locator("[data-left-id]").count();
    for (let i = 0; i < n; i++) {
      await card.locator(`[data-left-id="${L(i)}"]`).click();
      await card.locator(`[data-right-id="${L(how === "right" ? i : (i + 1) % n)}"]`).click();
    }
    await card.getByRole("button", { name: "Check my answer" }).click();
  } else {
    const picks = how === "right" ? q.correct : [[...Array(q.options).keys()].find((i) => !q.correct.includes(i))];
    for (const i of picks) await card.locator(`[data-option-id="${L(i)}"]`).click();
    await card.getByRole("button", { name: "Check my answer" }).click();
  }
  const fb = page.locator('[data-phase="feedback"] .quiz-feedback');
  await fb.waitFor();
  const expected = { right: "right", wrong: "not-yet", "not-sure": "not-sure" }[how];
  assert.equal(await fb.getAttribute("data-outcome"), expected, `${q.id} answered ${how}`);
  assert.ok((await fb.innerText()).length > 40, "feedback explains the answer");
}

async function next(page) {
  await page.locator(".quiz-next").click();
}

// How the pupil answers each rule's first and second question.
const PLAN = {
  safe: ["right", "right"], // secure
  meet: ["right", "wrong"], // developing
  accepting: ["wrong", "wrong"], // not yet
  reliable: ["not-sure", "right"], // secure: "not sure" is not counted wrong
  tell: ["not-sure", "not-sure"], // no level yet
};

test("a pupil takes a seeded quiz, resumes after a reload, sees per-rule results, practises, and the teacher sees it", async () => {
  const { context, page } = await tablet(browser);
  await setupDemoSchool(page);

  // The teacher marks the Kestrels' next quiz as the start-of-year baseline.
  await open(page, "/teacher/quiz-report");
  await unlockStaff(page);
  await page.getByLabel("Class", { exact: true }).selectOption({ label: "Year 5 Kestrels" });
  await page.getByLabel("The next quizzes in this class count as").selectOption("baseline");
  await page.getByText("Saved. Pupils who start a quiz now get this.").waitFor();

  await loginPupil(page, "Year 5 Kestrels", "Grace H.");
  await page.getByRole("link", { name: /SMART quiz/ }).click();
  await page.waitForSelector('[data-phase="start"]');
  assert.match(await page.locator(".quiz-purpose").innerText(), /Start-of-year baseline/);
  // Fix the draw so the run is reproducible.
  await open(page, "/pupil/quiz?seed=7");
  await page.getByRole("button", { name: "Start the quiz" }).click();

  const seen = { safe: 0, meet: 0, accepting: 0, reliable: 0, tell: 0 };
  const ids = [];
  for (let i = 0; i < 10; i++) {
    const q = await currentQuestion(page);
    assert.match(await page.locator(".quiz-progress").innerText(), new RegExp(`Question ${i + 1} of 10`));
    ids.push(q.id);
    await answer(page, q, PLAN[q.rule][seen[q.rule]++]);
    await next(page);
    if (i === 3) {
      // Reload mid-quiz: the answers so far are kept and the same next question comes back.
      const before = await (await currentQuestion(page)).id;
      await page.reload();
      const after = await currentQuestion(page);
      assert.equal(after.id, before, "the same question after a reload");
      assert.match(await page.locator(".quiz-progress").innerText(), /Question 5 of 10/);
    }
  }
  assert.deepEqual(Object.values(seen), [2, 2, 2, 2, 2], "two questions per SMART rule");
  assert.equal(new Set(ids).size, 10);

  await page.waitForSelector('[data-phase="results"]');
  const level = async (rule) => page.locator(`.smart-letter[data-rule="${rule}"]`).getAttribute("data-level");
  assert.equal(await level("safe"), "secure");
  assert.equal(await level("meet"), "developing");
  assert.equal(await level("accepting"), "not-yet");
  assert.equal(await level("reliable"), "secure");
  assert.equal(await level("tell"), "none");
  assert.match(await page.locator('.smart-letter[data-rule="meet"]').innerText(), /M[\s\S]*Meet[\s\S]*◐[\s\S]*Getting there/);
  assert.match(await page.locator('.smart-letter[data-rule="accepting"]').innerText(), /○[\s\S]*Not yet/);
  assert.match(await page.locator('.smart-letter[data-rule="tell"]').innerText(), /\?[\s\S]*Not sure yet/);
  assert.match(await page.locator(".quiz-results").innerText(), /You got 4 of 10 questions fully right/);
  assert.match(await page.locator(".quiz-results").innerText(), /You said "I'm not sure" 3 times/);
  await assertNoMissingKeys(page);

  // Practise what I missed: only Meet, Accepting, Reliable and Tell come back.
  await page.getByRole("button", { name: "Practise what I missed" }).click();
  for (let i = 0; i < 10; i++) {
    const q = await currentQuestion(page);
    assert.notEqual(q.rule, "safe", `practice only replays missed rules (${q.id})`);
    assert.match(await page.locator(".quiz-progress").innerText(), /of 10/);
    await answer(page, q, "right");
    await next(page);
  }
  await page.waitForSelector('[data-phase="results"]');
  assert.equal(await level("safe"), "none");
  for (const r of ["meet", "accepting", "reliable", "tell"]) assert.equal(await level(r), "secure");
  await page.getByText("Brilliant! Nothing to practise this time.").waitFor();

  // The report is behind the PIN: a fresh load shows the PIN form, not pupil names.
  await open(page, "/teacher/quiz-report");
  assert.equal(await page.getByText("Grace H.").count(), 0);
  await unlockStaff(page);
  await page.getByLabel("Class", { exact: true }).selectOption({ label: "Year 5 Kestrels" });
  await page.waitForSelector(".quiz-report-pupils");
  assert.match(await page.locator(".quiz-report-summary").innerText(), /2 attempts by 1 pupil/);
  const rows = page.locator(".quiz-report-pupil");
  assert.equal(await rows.count(), 2);
  const first = rows.nth(1); // newest first: the baseline is the older one
  assert.match(await first.innerText(), /Grace H\.[\s\S]*Start-of-year baseline[\s\S]*10 of 10/);
  assert.equal(await first.locator('[data-rule="safe"] .level-chip').getAttribute("data-level"), "secure");
  assert.equal(await first.locator('[data-rule="accepting"] .level-chip').getAttribute("data-level"), "not-yet");
  assert.equal(await first.locator('[data-rule="tell"] .level-chip').getAttribute("data-level"), "none");
  assert.match(await rows.nth(0).innerText(), /Practice/);
  // The wrong answers show up as missed questions and misconceptions.
  assert.ok((await page.locator(".quiz-report-missed tbody tr").count()) >= 3);
  assert.ok((await page.locator(".quiz-report-misconceptions tbody tr").count()) >= 2);
  // Baseline only: the accepting rule is "not yet" for the class.
  await page.getByLabel("Show attempts").selectOption("baseline");
  await page.waitForFunction(() => document.querySelector(".quiz-report-summary")?.innerText.includes("1 attempt by 1 pupil"));
  const acc = page.locator('.quiz-report-rules tr[data-rule="accepting"] .level-chip').first();
  assert.equal(await acc.getAttribute("data-level"), "not-yet");
  await assertNoMissingKeys(page);
  assert.deepEqual(page.errors, []);
  await context.close();
});
