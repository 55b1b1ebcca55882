// Accessibility checks that axe does not make: touch targets of at least 44 x 44 CSS pixels on
// every route at 1024 x 768 (inline text links inside sentences excepted, as WCAG 2.5.8 allows),
// icons drawn as SVG rather than emoji (no emoji font on many school machines), and the
// right-to-left layout of progress bars, direction icons and the signature pad.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { launch, tablet, BASE, setupDemoSchool } from "./helpers.mjs";

const STAFF = [
  "/teacher", "/teacher/classes", "/teacher/classes/demo-class-kestrels", "/teacher/classes/demo-class-kestrels/import",
  "/teacher/curriculum", "/teacher/quiz-report", "/teacher/present", "/teacher/present/ks2-group-chats", "/teacher/aup",
  "/coordinator", "/coordinator/export", "/coordinator/import", "/coordinator/dashboard",
  "/coordinator/retention", "/coordinator/aup", "/coordinator/sheets", "/coordinator/sheets/demo-class-kestrels",
];
const PUPIL = ["/pupil/me", "/pupil/lessons", "/pupil/lesson/ks2-group-chats", "/pupil/quiz", "/pupil/aup"];
const OPEN = ["/", "/about", "/setup", "/pupil", "/pupil/class/demo-class-kestrels", "/pupil/class/demo-class-robins", "/parent",
  "/teacher/present/ks1-kind-words/audience", "/no-such-page"];

let browser;
before(async () => { browser = await launch(); mkdirSync("test-results", { recursive: true }); });
after(async () => { await browser?.close(); });

async function visit(page, path) {
  await page.goto(BASE + path);
  await page.waitForSelector("main#main > *", { timeout: 20000 });
  await page.waitForLoadState("networkidle");
  const pin = page.locator("#staff-pin");
  // Staff screens always ask for the PIN after a full page load (the unlock is in memory).
  const staff = /^\/(teacher|coordinator)/.test(path) && !path.endsWith("/audience");
  if (staff) await pin.waitFor({ timeout: 20000 });
  if (await pin.isVisible().catch(() => false)) {
    await pin.fill("4826");
    await pin.press("Enter");
    await pin.waitFor({ state: "detached", timeout: 20000 });
  }
  // Let lists loaded from storage render.
  await page.waitForLoadState("networkidle");
}

/** Every visible control smaller than 44 x 44, except inline links within a sentence. */
async function smallTargets(page) {
  return page.evaluate(() => {
    const MIN = 44 - 0.5;
    const out = [];
    const sel = "a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [tabindex]:not([tabindex='-1'])";
    for (const el of document.querySelectorAll(sel)) {
      const cs = getComputedStyle(el);
      if (cs.visibility === "hidden" || el.closest("[hidden], [aria-hidden='true']")) continue;
      let r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      // The skip link waits off screen until it is focused (then it is measured as large).
      if (el.classList.contains("skip-link")) continue;
      // A checkbox or radio inside its label: the whole label is the target.
      if ((el.type === "checkbox" || el.type === "radio") && el.closest("label")) r = el.closest("label").getBoundingClientRect();
      if (r.width >= MIN && r.height >= MIN) continue;
      // WCAG 2.5.8 inline exception: a link in a sentence is limited by the line height.
      if (el.tagName === "A" && cs.display === "inline") {
        const block = el.parentElement.closest("p, li, td, dd, figcaption, small, span, div");
        const text = (block?.innerText || "").replace(el.innerText, "").trim();
        if (text.length > 0) continue;
      }
      const name = (el.getAttribute("aria-label") || el.innerText || el.value || el.id || el.className || "").toString().trim().slice(0, 40);
      out.push(`<${el.tagName.toLowerCase()}${el.type ? " " + el.type : ""}> "${name}" ${Math.round(r.width)}x${Math.round(r.height)}`);
    }
    return out;
  });
}

test("every control on every route is at least 44 x 44 px at 1024 x 768", async () => {
  const { context, page } = await tablet(browser, { width: 1024, height: 768 });
  await setupDemoSchool(page, "4826");
  await page.evaluate(() => localStorage.setItem("bytesmart.pupil", "demo-pupil-k0"));
  const problems = [];
  for (const path of [...OPEN, ...PUPIL, ...STAFF]) {
    await visit(page, path);
    for (const p of await smallTargets(page)) problems.push(`${path}: ${p}`);
  }
  // States inside the flows: a sort step, a quiz question, a pupil's edit form, the letters
  // and the parent's own page.
  await page.evaluate(() => localStorage.setItem("bytesmart.pupil", "demo-pupil-r1"));
  await visit(page, "/pupil/lesson/ks1-kind-words");
  for (let i = 0; i < 3; i++) await page.locator(".player-next").click();
  await page.locator(".sort-choice").first().waitFor();
  for (const p of await smallTargets(page)) problems.push(`sort step: ${p}`);
  await page.evaluate(() => localStorage.setItem("bytesmart.pupil", "demo-pupil-k1"));
  await visit(page, "/pupil/quiz?seed=5");
  await page.locator(".quiz-start button.primary").click();
  await page.locator(".quiz-card").waitFor();
  for (const p of await smallTargets(page)) problems.push(`quiz question: ${p}`);
  await visit(page, "/teacher/classes/demo-class-robins");
  await page.getByRole("button", { name: "Edit" }).first().click();
  for (const p of await smallTargets(page)) problems.push(`pupil edit form: ${p}`);
  await visit(page, "/teacher/aup");
  await page.locator('select[name="class"]').selectOption({ label: "Year 5 Kestrels" });
  await page.locator('tr[data-pupil="Grace H."]').waitFor();
  await page.getByRole("button", { name: "Print letters for everyone" }).click();
  const link = await page.locator('.letter[data-pupil="Grace H."] a[data-letter-link]').getAttribute("href");
  for (const p of await smallTargets(page)) problems.push(`letters: ${p}`);
  await visit(page, new URL(link).pathname + new URL(link).search);
  await page.waitForSelector('[data-screen="parent-sign"]');
  for (const p of await smallTargets(page)) problems.push(`parent sign: ${p}`);
  assert.deepEqual(problems, []);
  await context.close();
});

/** The horizontal edges of an element and of its container. */
async function edges(page, inner) {
  return page.locator(inner).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    const p = el.parentElement.getBoundingClientRect();
    return { left: r.left - p.left, right: p.right - r.right, width: r.width, parent: p.width };
  });
}

const flipped = (page, sel) => page.locator(sel).first().evaluate((el) => getComputedStyle(el).transform);

test("right-to-left: progress bars fill from the right, direction icons flip, the signature pad draws where the finger is", async () => {
  for (const code of ["en-GB", "ar", "ur"]) {
    const rtl = code !== "en-GB";
    const { context, page } = await tablet(browser, { width: 1024, height: 768 });
    await setupDemoSchool(page, "4826");
    await page.evaluate((c) => { localStorage.setItem("bytesmart.locale", c); localStorage.setItem("bytesmart.pupil", "demo-pupil-k0"); }, code);

    // Lesson player: the progress fill grows from the start of the line (right in RTL).
    await visit(page, "/pupil/lesson/ks2-group-chats");
    await page.locator(".player-next").click();
    await page.waitForFunction(() => /2/.test(document.querySelector(".lesson-progress")?.getAttribute("aria-valuenow") || ""));
    const bar = await edges(page, ".lesson-progress > span");
    assert.ok(bar.width > 0 && bar.width < bar.parent, `${code}: the bar is partly filled`);
    if (rtl) assert.ok(bar.right < 2 && bar.left > 2, `${code}: fill starts at the right: ${JSON.stringify(bar)}`);
    else assert.ok(bar.left < 2 && bar.right > 2, `${code}: fill starts at the left: ${JSON.stringify(bar)}`);
    // Back and Next chevrons point the way the reading goes.
    const t = await flipped(page, ".player-next svg.icon");
    assert.equal(t === "none" ? "none" : t, rtl ? "matrix(-1, 0, 0, 1, 0, 0)" : "none", `${code}: Next icon`);
    const next = await page.locator(".player-next").boundingBox();
    const back = await page.locator(".player-back").boundingBox();
    assert.ok(rtl ? next.x < back.x : next.x > back.x, `${code}: Next is on the reading side`);
    if (rtl) await page.screenshot({ path: `test-results/rtl-lesson-${code}.png`, fullPage: true });

    // Quiz: the native progress bar is laid out right to left.
    await visit(page, "/pupil/quiz?seed=3");
    await page.locator(".quiz-start button.primary").click();
    await page.locator(".quiz-progress-bar").waitFor();
    assert.equal(await page.locator(".quiz-progress-bar").evaluate((el) => getComputedStyle(el).direction), rtl ? "rtl" : "ltr");
    // English fallback text in a right-to-left page keeps its full stop at the end (right).
    const order = await page.locator(".quiz-prompt").evaluate((h) => {
      const node = [...h.childNodes].find((n) => n.nodeType === 3 && n.textContent.trim()) || h.firstChild;
      const text = node.textContent;
      const at = (i) => { const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1); return r.getBoundingClientRect().left; };
      const last = text.trimEnd().length - 1;
      return { latin: /^[A-Za-z]/.test(text.trim()), endsRight: at(last) > at(text.indexOf(text.trim()[0])) };
    });
    if (order.latin) assert.ok(order.endsRight, `${code}: an English sentence reads left to right inside the RTL page`);
    if (rtl) await page.screenshot({ path: `test-results/rtl-quiz-${code}.png`, fullPage: true });

    // Agreement: draw on the pad; ink appears under the pointer, not mirrored.
    await visit(page, "/pupil/aup");
    const pad = page.locator("canvas.signature-canvas");
    for (let i = 0; i < 30 && !(await pad.isVisible().catch(() => false)); i++) await page.locator('[data-action="agree"]').click();
    await pad.scrollIntoViewIfNeeded();
    const box = await pad.boundingBox();
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width * 0.1, y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + box.width * (0.1 + i * 0.02), y, { steps: 2 });
    await page.mouse.up();
    const ink = await pad.evaluate((c) => {
      const ctx = c.getContext("2d");
      const dark = (fx) => {
        const d = ctx.getImageData(Math.round(c.width * fx), Math.round(c.height / 2) - 3, 1, 7).data;
        for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 0 && d[i] < 128) return true;
        return false;
      };
      return { drawn: dark(0.2), mirrored: dark(0.8) };
    });
    assert.deepEqual(ink, { drawn: true, mirrored: false }, `${code}: ink is where the pointer went`);
    if (rtl) await page.screenshot({ path: `test-results/rtl-signature-${code}.png`, fullPage: true });
    assert.deepEqual(page.errors, []);
    await context.close();
  }
});

test("controls use SVG icons, not emoji that need an emoji font", async () => {
  const { context, page } = await tablet(browser);
  await setupDemoSchool(page, "4826");
  await page.evaluate(() => localStorage.setItem("bytesmart.pupil", "demo-pupil-k0"));
  const EMOJI = /[\u{1F000}-\u{1FAFF}\u{2600}-\u{26FF}]/u;
  for (const path of ["/pupil/lesson/ks2-group-chats", "/pupil/aup", "/teacher/present/ks2-group-chats", "/teacher/classes"]) {
    await visit(page, path);
    const texts = await page.$$eval("button, a[href], summary", (els) => els.map((e) => e.innerText));
    const bad = texts.filter((t) => EMOJI.test(t));
    assert.deepEqual(bad, [], `${path}: controls show emoji`);
  }
  await visit(page, "/pupil/lesson/ks2-group-chats");
  const read = page.getByRole("button", { name: "Read aloud" }).first();
  assert.equal(await read.locator("svg.icon[aria-hidden=true]").count(), 1, "read aloud draws its speaker as SVG");
  assert.equal((await read.innerText()).trim(), "Read aloud", "its name is the Fluent text alone");
  await visit(page, "/coordinator");
  const lock = page.getByRole("button", { name: "Lock", exact: true });
  assert.equal(await lock.locator("svg.icon").count(), 1, "the Lock button draws its padlock as SVG");
  await context.close();
});
