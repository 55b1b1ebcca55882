// The yearly agreement end to end: a pupil reads and signs (drawing with the mouse), the
// teacher prints a parent letter, a second browser (the parent's phone) opens the letter link,
// co-signs in Welsh and downloads the return, the school tablet refuses a tampered copy with
// its reason, imports the real one and shows the pupil as fully signed, and a second import of
// the same return changes nothing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launch, tablet, open, setupDemoSchool, loginPupil, unlockStaff, assertNoMissingKeys, axe, drawSignature } from "./helpers.mjs";

const PIN = "4826";


test("pupil signs, parent co-signs at home from the letter, school imports the return", async () => {
  const browser = await launch();
  try {
    const { page: school } = await tablet(browser);
    await setupDemoSchool(school, PIN);

    // --- The pupil signs.
    await loginPupil(school, "Year 5 Kestrels", "Grace H.");
    await school.getByRole("link", { name: "Sign our agreement" }).click();
    await school.waitForSelector('[data-screen="pupil-aup"]');
    await school.locator("[data-action=agree]").waitFor();
    await assertNoMissingKeys(school);
    let statements = 0;
    while (await school.locator("[data-action=agree]").isVisible().catch(() => false)) {
      await school.getByRole("button", { name: "I agree" }).click();
      statements++;
      assert.ok(statements < 50, "the statements must end");
    }
    assert.ok(statements >= 6, `the pupil agreed to ${statements} promises`);
    // An empty pad is refused with a clear message.
    await school.getByRole("button", { name: "Sign", exact: true }).click();
    await school.getByRole("alert").filter({ hasText: "The signature box is empty" }).waitFor();
    // A tiny scribble is refused too.
    const pad = school.locator("canvas.signature-canvas");
    const box = await pad.boundingBox();
    await school.mouse.move(box.x + 20, box.y + 20);
    await school.mouse.down();
    await school.mouse.move(box.x + 24, box.y + 22);
    await school.mouse.up();
    await school.getByRole("button", { name: "Sign", exact: true }).click();
    await school.getByRole("alert").filter({ hasText: "too small to be a signature" }).waitFor();
    await school.getByRole("button", { name: "Clear" }).click();
    await drawSignature(school, pad);
    await school.getByLabel("Type your name").fill("Grace H");
    await school.getByRole("button", { name: "Sign", exact: true }).click();
    await school.waitForSelector('[data-state="signed"]');
    assert.ok(await school.locator('[data-state="signed"] .ink-view svg path').count() > 0, "the signature is shown as SVG");

    // --- The teacher sees it and prints the letters for parents who have not signed.
    await open(school, "/teacher/aup");
    await unlockStaff(school, PIN);
    await school.waitForSelector('[data-screen="teacher-aup"]');
    await school.getByLabel("Class").selectOption({ label: "Year 5 Kestrels" });
    const row = school.locator('tr[data-pupil="Grace H."]');
    await row.locator('td[data-col="pupil"][data-due="false"]').waitFor();
    assert.match(await row.locator('td[data-col="pupil"]').innerText(), /Signed/);
    assert.match(await row.locator('td[data-col="parent"]').innerText(), /Not signed yet/);
    await school.getByRole("button", { name: "Print letters for missing parents" }).click();
    const letter = school.locator('.letter[data-pupil="Grace H."]');
    await letter.waitFor();
    assert.equal(await school.locator(".letter").count(), 6, "one letter per pupil whose parent has not signed");
    assert.ok(await letter.locator(".letter-qr svg").count() === 1, "the letter has a QR code");
    const link = await letter.locator("a[data-letter-link]").getAttribute("href");
    assert.match(link, /\/parent\/sign\?t=[A-Za-z0-9_-]+$/);

    // --- A parent opens the link on their own phone (a second browser context).
    const { context: phoneCtx, page: phone } = await tablet(browser, { width: 390, height: 844 });
    await phone.goto(link);
    await phone.waitForSelector('[data-screen="parent-sign"]');
    await phone.locator("select[name=parent-language]").selectOption("cy");
    await phone.getByRole("heading", { name: "Cytundeb diogelwch ar-lein ar gyfer Grace H." }).waitFor();
    await phone.locator("input[name=talked]").check();
    await phone.locator("input[name=parent-name]").fill("Helen H");
    await phone.locator("select[name=relationship]").selectOption("mother");
    // The pad's own buttons speak the parent's chosen language too, not the device's.
    assert.equal((await phone.locator(".signature-actions [data-action=undo]").innerText()).trim(), "Dadwneud");
    assert.equal((await phone.locator(".signature-actions [data-action=clear]").innerText()).trim(), "Clirio");
    await drawSignature(phone, phone.locator("canvas.signature-canvas"));
    await phone.locator("[data-action=parent-sign]").click();
    await phone.waitForSelector('[data-state="return-ready"]');
    assert.ok(await phone.locator(".return-qr svg").count() === 1, "the return has a QR code");
    const [download] = await Promise.all([phone.waitForEvent("download"), phone.locator("[data-action=download]").click()]);
    const returnPath = await download.path();
    const code = readFileSync(returnPath, "utf8").trim();
    assert.match(code, /^[A-Za-z0-9_-]+$/);
    await phoneCtx.close();

    // --- A tampered return is refused with its reason and nothing changes.
    const i = code.length - 6;
    const tampered = code.slice(0, i) + (code[i] === "A" ? "B" : "A") + code.slice(i + 1);
    await school.getByLabel("Or paste the return code").fill(tampered);
    await school.getByRole("button", { name: "Import", exact: true }).click();
    const result = school.locator("[data-import-result]");
    await result.filter({ hasText: "Refused: this return was not made from one of our letters" }).waitFor();
    assert.equal(await result.getAttribute("data-import-result"), "refused");
    assert.match(await row.locator('td[data-col="parent"]').innerText(), /Not signed yet/);

    // --- The real return is imported from the file: Grace is fully signed.
    const dir = mkdtempSync(join(tmpdir(), "aup-"));
    const file = join(dir, "bytesmart-return-GraceH.txt");
    writeFileSync(file, code);
    await school.locator("input[name=return-file]").setInputFiles(file);
    await result.filter({ hasText: "Parent or carer signature recorded for Grace H." }).waitFor();
    await school.locator('tr[data-pupil="Grace H."][data-fully-signed="true"]').waitFor();
    assert.match(await school.locator('tr[data-pupil="Grace H."] td[data-col="parent"]').innerText(), /Helen H/);

    // --- Importing it again changes nothing.
    await school.getByLabel("Or paste the return code").fill(code);
    await school.getByRole("button", { name: "Import", exact: true }).click();
    await result.filter({ hasText: "already been imported" }).waitFor();
    await school.locator('tr[data-pupil="Grace H."][data-fully-signed="true"]').waitFor();
    await assertNoMissingKeys(school);
    assert.deepEqual(school.errors.filter((e) => !e.includes("favicon")), []);
  } finally {
    await browser.close();
  }
});

test("coordinator publishes an edited agreement: pupils are due again and old letters are outdated", async () => {
  const browser = await launch();
  try {
    const { page } = await tablet(browser);
    await setupDemoSchool(page, PIN);
    // A letter printed before the change.
    await open(page, "/teacher/aup");
    await unlockStaff(page, PIN);
    await page.getByLabel("Class").selectOption({ label: "Year 5 Kestrels" });
    await page.locator('tr[data-pupil="Leo B."]').waitFor();
    const axeTeacher = await axe(page);
    assert.deepEqual(axeTeacher, [], "teacher AUP screen has no WCAG violations");
    await page.getByRole("button", { name: "Print letters for everyone" }).click();
    const link = await page.locator('.letter[data-pupil="Leo B."] a[data-letter-link]').getAttribute("href");
    const { context: phoneCtx, page: phone } = await tablet(browser, { width: 390, height: 844 });
    await phone.goto(link);
    await phone.waitForSelector('[data-screen="parent-sign"]');
    assert.deepEqual(await axe(phone), [], "parent screen has no WCAG violations");
    await phone.locator("input[name=talked]").check();
    await phone.getByLabel("Your name").fill("Sam B");
    await drawSignature(phone, phone.locator("canvas.signature-canvas"));
    await phone.getByRole("button", { name: "Sign and make my return" }).click();
    const code = (await phone.locator("textarea[name=return-code]").inputValue()).trim();
    await phoneCtx.close();

    // The coordinator edits the KS2 agreement and publishes it.
    await open(page, "/coordinator/aup");
    await unlockStaff(page, PIN);
    await page.waitForSelector('[data-screen="coordinator-aup"]');
    await page.getByLabel("Age group").selectOption("ks2");
    await page.locator('.aup-version[data-version="0"]').waitFor();
    assert.ok(await page.getByRole("button", { name: "Publish" }).isDisabled(), "nothing to publish before an edit");
    await page.getByRole("button", { name: "Add a promise" }).click();
    const last = page.locator(".aup-edit-item textarea").last();
    await last.fill("I switch devices off at bedtime.");
    await page.getByRole("button", { name: "Move promise 15 up" }).click();
    await page.getByRole("button", { name: "Preview" }).click();
    assert.match(await page.locator(".aup-preview").innerText(), /I switch devices off at bedtime\./);
    assert.deepEqual(await axe(page), [], "editor preview has no WCAG violations");
    await page.getByRole("button", { name: "Publish" }).click();
    await page.getByText("Published as version 1.").waitFor();
    await page.locator('.aup-version[data-version="1"]').waitFor();

    // The letter printed before the change is now outdated.
    await open(page, "/teacher/aup");
    await unlockStaff(page, PIN);
    await page.getByLabel("Class").selectOption({ label: "Year 5 Kestrels" });
    await page.locator('tr[data-pupil="Leo B."]').waitFor();
    await page.getByLabel("Or paste the return code").fill(code);
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await page.locator("[data-import-result=refused]").filter({ hasText: "the agreement has changed since this letter was printed" }).waitFor();
    assert.match(await page.locator('tr[data-pupil="Leo B."] td[data-col="parent"]').innerText(), /Not signed yet/);

    // The pupil sees the new promise.
    await loginPupil(page, "Year 5 Kestrels", "Leo B.");
    await open(page, "/pupil/aup");
    await page.locator("[data-action=agree]").waitFor();
    let seen = false;
    while (await page.locator("[data-action=agree]").isVisible().catch(() => false)) {
      if ((await page.locator(".aup-statement").innerText()).includes("I switch devices off at bedtime.")) seen = true;
      await page.getByRole("button", { name: "I agree" }).click();
    }
    assert.ok(seen, "the published promise is shown to pupils");
    assert.deepEqual(await axe(page), [], "pupil signing screen has no WCAG violations");
    await assertNoMissingKeys(page);
  } finally {
    await browser.close();
  }
});

/** Signs in as a pupil and signs the agreement by drawing (used by the tests below). */
async function pupilSigns(page, className, pupilName, typedName) {
  await loginPupil(page, className, pupilName);
  await open(page, "/pupil/aup");
  await page.waitForSelector('[data-screen="pupil-aup"]');
  await page.locator("[data-action=agree]").waitFor();
  while (await page.locator("[data-action=agree]").isVisible().catch(() => false)) {
    await page.getByRole("button", { name: "I agree" }).click();
  }
  await drawSignature(page, page.locator("canvas.signature-canvas"));
  if (typedName) await page.getByLabel("Type your name").fill(typedName);
  await page.getByRole("button", { name: "Sign", exact: true }).click();
  await page.waitForSelector('[data-state="signed"]');
}

test("the school's own wording reaches the parent's phone in the letter link and cannot be altered", async () => {
  const browser = await launch();
  try {
    const { page } = await tablet(browser);
    await setupDemoSchool(page, PIN);
    // The coordinator rewords the first KS2 promise and publishes it.
    const edited = "I use school tablets and laptops only for the work my teacher sets.";
    await open(page, "/coordinator/aup");
    await unlockStaff(page, PIN);
    await page.waitForSelector('[data-screen="coordinator-aup"]');
    await page.getByLabel("Age group").selectOption("ks2");
    await page.locator('.aup-version[data-version="0"]').waitFor();
    await page.locator(".aup-edit-item textarea").first().fill(edited);
    await page.getByRole("button", { name: "Publish" }).click();
    await page.getByText("Published as version 1.").waitFor();

    // The teacher prints the letters: the link carries the school's wording.
    await open(page, "/teacher/aup");
    await unlockStaff(page, PIN);
    await page.getByLabel("Class").selectOption({ label: "Year 5 Kestrels" });
    await page.locator('tr[data-pupil="Leo B."]').waitFor();
    await page.getByRole("button", { name: "Print letters for everyone" }).click();
    const letter = page.locator('.letter[data-pupil="Leo B."]');
    assert.match(await letter.locator(".letter-statements").innerText(), new RegExp(edited));
    assert.equal(await letter.locator(".letter-qr svg").count(), 1, "the letter still has a QR code");
    const link = await letter.locator("a[data-letter-link]").getAttribute("href");
    assert.match(link, /\/parent\/sign\?t=[A-Za-z0-9_-]+#a=[A-Za-z0-9_-]+$/);
    // The link printed for typing by hand leaves the long wording out (the QR code carries it).
    assert.equal(await letter.locator("a[data-letter-link]").innerText(), link.split("#")[0]);

    // The parent's phone shows the school's wording (not the standard text and no notice).
    const { context: phoneCtx, page: phone } = await tablet(browser, { width: 390, height: 844 });
    await phone.goto(link);
    await phone.waitForSelector('[data-screen="parent-sign"]');
    const statements = phone.locator(".aup-parent-read .letter-statements");
    await statements.waitFor();
    assert.match(await statements.innerText(), new RegExp(edited));
    assert.doesNotMatch(await statements.innerText(), /I use school devices and the internet for school work\./);
    assert.equal(await phone.locator(".aup-parent-read .notice").count(), 0, "no 'standard version' notice");

    // A link whose carried wording was changed is refused with a clear message.
    const [base, frag] = link.split("#a=");
    const j = Math.floor(frag.length / 2);
    const tamperedLink = `${base}#a=${frag.slice(0, j)}${frag[j] === "A" ? "B" : "A"}${frag.slice(j + 1)}`;
    const bad = await phoneCtx.newPage();
    await bad.goto(tamperedLink);
    await bad.locator('[data-state="text-refused"]').filter({ hasText: "does not match the letter" }).waitFor();
    assert.equal(await bad.locator("[data-action=parent-sign]").count(), 0, "nothing to sign");
    await bad.close();
    // The link typed by hand from the paper (no wording in it): the standard text is shown with a
    // notice that the school's exact wording is on the printed letter.
    const typed = await phoneCtx.newPage();
    await typed.goto(base);
    await typed.locator(".aup-parent-read .notice").filter({ hasText: "The exact wording is on the printed letter" }).waitFor();
    await typed.close();

    // The parent co-signs the school's wording; the school imports the return.
    await phone.locator("input[name=talked]").check();
    await phone.getByLabel("Your name").fill("Sam B");
    await drawSignature(phone, phone.locator("canvas.signature-canvas"));
    await phone.getByRole("button", { name: "Sign and make my return" }).click();
    const code = (await phone.locator("textarea[name=return-code]").inputValue()).trim();
    await phoneCtx.close();
    await page.getByLabel("Or paste the return code").fill(code);
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await page.locator("[data-import-result=ok]").filter({ hasText: "Parent or carer signature recorded for Leo B." }).waitFor();
    await page.locator('tr[data-pupil="Leo B."] td[data-col="parent"][data-due="false"]').waitFor();
    assert.match(await page.locator('tr[data-pupil="Leo B."] td[data-col="parent"]').innerText(), /Sam B/);
    assert.deepEqual(page.errors.filter((e) => !e.includes("favicon")), []);
  } finally {
    await browser.close();
  }
});

test("a parent co-signs in class on the same tablet from the pupil's record", async () => {
  const browser = await launch();
  try {
    const { page } = await tablet(browser);
    await setupDemoSchool(page, PIN);
    await pupilSigns(page, "Year 5 Kestrels", "Grace H.", "Grace H");

    // The teacher unlocks and opens Grace's record in the class view.
    await open(page, "/teacher/aup");
    await unlockStaff(page, PIN);
    await page.getByLabel("Class").selectOption({ label: "Year 5 Kestrels" });
    const row = page.locator('tr[data-pupil="Grace H."]');
    await row.locator('td[data-col="pupil"][data-due="false"]').waitFor();
    assert.equal(await row.getAttribute("data-fully-signed"), "false");
    await row.getByRole("button", { name: "Parent signs here" }).click();
    const panel = page.locator(".aup-cosign");
    await panel.getByRole("heading", { name: "Parent or carer signature for Grace H." }).waitFor();

    // No drawing yet: refused with a clear message, nothing stored.
    await panel.getByLabel("Your name").fill("Helen H");
    await panel.getByRole("button", { name: "Save signature" }).click();
    await panel.getByRole("alert").filter({ hasText: "The signature box is empty" }).waitFor();

    // The parent signs by drawing with the pointer.
    await panel.getByLabel("Relationship to the child").selectOption("carer");
    await drawSignature(page, panel.locator("canvas.signature-canvas"));
    await panel.getByRole("button", { name: "Save signature" }).click();
    await page.locator('tr[data-pupil="Grace H."][data-fully-signed="true"]').waitFor();
    assert.equal(await page.locator(".aup-cosign").count(), 0, "the panel closes");
    const parent = await page.locator('tr[data-pupil="Grace H."] td[data-col="parent"]').innerText();
    assert.match(parent, /Co-signed/);
    assert.match(parent, /Helen H \(Carer\)/i);
    // Others in the class are still waiting.
    assert.equal(await page.locator('tr[data-pupil="Leo B."]').getAttribute("data-fully-signed"), "false");
    assert.deepEqual(page.errors.filter((e) => !e.includes("favicon")), []);
  } finally {
    await browser.close();
  }
});

test("a return is imported through the camera: real QR pixels through the in-app decoder", async () => {
  const browser = await launch();
  try {
    const { page: school } = await tablet(browser);
    await setupDemoSchool(school, PIN);
    await pupilSigns(school, "Year 5 Kestrels", "Grace H.", "Grace H");
    await open(school, "/teacher/aup");
    await unlockStaff(school, PIN);
    await school.getByLabel("Class").selectOption({ label: "Year 5 Kestrels" });
    await school.locator('tr[data-pupil="Grace H."]').waitFor();
    await school.getByRole("button", { name: "Print letters for missing parents" }).click();
    const link = await school.locator('.letter[data-pupil="Grace H."] a[data-letter-link]').getAttribute("href");

    // The parent co-signs on their phone; the return's QR code is what the camera will see.
    const { context: phoneCtx, page: phone } = await tablet(browser, { width: 390, height: 844 });
    await phone.goto(link);
    await phone.locator("input[name=talked]").check();
    await phone.getByLabel("Your name").fill("Helen H");
    await drawSignature(phone, phone.locator("canvas.signature-canvas"));
    await phone.getByRole("button", { name: "Sign and make my return" }).click();
    const svg = await phone.locator(".return-qr svg").evaluate((e) => e.outerHTML);
    await phoneCtx.close();

    // No camera, and camera refused: clear messages, nothing imported.
    const scan = school.getByRole("button", { name: "Scan with camera" });
    await school.evaluate(() => {
      navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException("none", "NotFoundError"));
    });
    await scan.click();
    await school.getByText("No camera was found on this device.").waitFor();
    await school.evaluate(() => {
      navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException("no", "NotAllowedError"));
    });
    await scan.click();
    await school.getByText("The camera was not allowed.").waitFor();
    assert.equal(await school.locator('tr[data-pupil="Grace H."]').getAttribute("data-fully-signed"), "false");

    // A "camera" whose frames show the real return QR code (drawn on a canvas stream).
    // BarcodeDetector is removed so the frames go through the app's own decoder.
    await school.addInitScript((svg) => {
      delete window.BarcodeDetector;
      window.__camera = { started: 0, stopped: 0 };
      const img = new Image();
      img.src = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(svg);
      navigator.mediaDevices.getUserMedia = async () => {
        await img.decode();
        const c = document.createElement("canvas");
        c.width = 800;
        c.height = 600;
        const g = c.getContext("2d");
        const draw = () => {
          g.fillStyle = "#d8d8d8";
          g.fillRect(0, 0, 800, 600);
          if (!window.__camera.blank) g.drawImage(img, 160, 40, 500, 500);
        };
        draw();
        const timer = setInterval(draw, 100);
        const stream = c.captureStream(10);
        window.__camera.started++;
        for (const t of stream.getTracks()) {
          const stop = t.stop.bind(t);
          t.stop = () => {
            window.__camera.stopped++;
            clearInterval(timer);
            stop();
          };
        }
        return stream;
      };
    }, svg);
    await open(school, "/teacher/aup");
    await unlockStaff(school, PIN);
    await school.getByLabel("Class").selectOption({ label: "Year 5 Kestrels" });
    await school.locator('tr[data-pupil="Grace H."]').waitFor();
    await school.getByRole("button", { name: "Scan with camera" }).click();
    await school.locator("[data-import-result=ok]").filter({ hasText: "Parent or carer signature recorded for Grace H." }).waitFor();
    await school.locator('tr[data-pupil="Grace H."][data-fully-signed="true"]').waitFor();
    assert.match(await school.locator('tr[data-pupil="Grace H."] td[data-col="parent"]').innerText(), /Helen H/);
    assert.equal(await school.locator(".aup-scan").getAttribute("data-decoder"), "rqrr");
    // The camera was switched off once the code was read.
    assert.deepEqual(await school.evaluate(() => window.__camera), { started: 1, stopped: 1 });
    assert.equal(await school.locator(".aup-scan").getAttribute("data-scan"), "off");

    // Leaving the screen while scanning (nothing in view) turns the camera off too.
    await school.evaluate(() => (window.__camera.blank = true));
    await school.getByRole("button", { name: "Scan with camera" }).click();
    await school.locator('.aup-scan[data-scan="scanning"]').waitFor();
    await school.getByRole("button", { name: "Stop camera" }).waitFor();
    await school.evaluate(() => history.pushState({}, "", "/teacher"));
    await school.evaluate(() => window.dispatchEvent(new PopStateEvent("popstate")));
    await school.waitForFunction(() => window.__camera.stopped === 2);
    assert.deepEqual(school.errors.filter((e) => !e.includes("favicon")), []);
  } finally {
    await browser.close();
  }
});

/** Presses Tab until the focused element matches `selector` (a keyboard user's path). */
async function tabTo(page, selector, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** The focused element shows a visible focus indicator (keyboard focus, outline or ring). */
async function assertVisibleFocus(page) {
  const f = await page.evaluate(() => {
    const e = document.activeElement;
    const s = getComputedStyle(e);
    return { tag: e.tagName, fv: e.matches(":focus-visible"), outline: s.outlineStyle, width: parseFloat(s.outlineWidth), shadow: s.boxShadow };
  });
  assert.ok(f.fv && ((f.outline !== "none" && f.width > 0) || f.shadow !== "none"), `no visible focus: ${JSON.stringify(f)}`);
}

test("a pupil who cannot draw signs the agreement with the keyboard only, recorded as typed", async () => {
  const browser = await launch();
  try {
    const { page } = await tablet(browser, { hasTouch: false });
    await setupDemoSchool(page, PIN);
    await loginPupil(page, "Year 5 Kestrels", "Grace H.");
    await open(page, "/pupil/aup");
    await page.waitForSelector("[data-action=agree]");

    // Every promise is agreed to with Enter or Space; focus follows to the next "I agree".
    await tabTo(page, "[data-action=agree]");
    let n = 0;
    while (await page.locator("[data-action=agree]").count()) {
      await page.waitForFunction((i) => document.activeElement?.matches(`[data-statement="${i}"] [data-action=agree]`), n);
      await assertVisibleFocus(page);
      await page.keyboard.press(n % 2 ? "Space" : "Enter");
      n++;
      assert.ok(n < 50, "the statements must end");
      await page.waitForFunction((i) => !document.querySelector(`[data-statement="${i - 1}"]`), n);
    }
    assert.ok(n >= 6, `agreed to ${n} promises with the keyboard`);

    // The drawing pad cannot be used from the keyboard: choose to sign by typing instead.
    await tabTo(page, "[data-action=type-instead]");
    await assertVisibleFocus(page);
    await page.keyboard.press("Space");
    assert.equal(await page.locator("[data-action=type-instead]").getAttribute("aria-pressed"), "true");
    assert.ok(await page.locator("canvas.signature-canvas").isHidden(), "the pad is put away");
    await page.getByText("It will be recorded as a typed signature").waitFor();
    // Focus moves to the name box, where the signature is now typed.
    await page.waitForFunction(() => document.activeElement?.matches("input[name=typed-name]"));
    await assertVisibleFocus(page);
    // One letter is not a signature.
    await page.keyboard.type("G");
    await tabTo(page, "[data-action=sign]");
    await page.keyboard.press("Enter");
    await page.getByRole("alert").filter({ hasText: "too small to be a signature" }).waitFor();
    await page.locator("input[name=typed-name]").focus();
    await page.keyboard.press("End");
    await page.keyboard.type("race H");
    await tabTo(page, "[data-action=sign]");
    await assertVisibleFocus(page);
    await page.keyboard.press("Enter");
    const done = page.locator('[data-state="signed"]');
    await done.waitFor();
    // Shown honestly as a typed signature, never as handwriting.
    const view = done.locator('.ink-view[data-method="typed"]');
    await view.waitFor();
    assert.equal(await view.locator("svg path").count(), 0, "no strokes");
    assert.equal(await view.locator("svg text").first().textContent(), "Grace H");
    assert.match(await view.innerText(), /Typed signature/);
    await assertNoMissingKeys(page);
    assert.deepEqual(await axe(page), [], "signed screen has no WCAG violations");

    // The teacher sees Grace as signed.
    await open(page, "/teacher/aup");
    await unlockStaff(page, PIN);
    await page.getByLabel("Class").selectOption({ label: "Year 5 Kestrels" });
    await page.locator('tr[data-pupil="Grace H."] td[data-col="pupil"][data-due="false"]').waitFor();
    assert.deepEqual(page.errors.filter((e) => !e.includes("favicon")), []);
  } finally {
    await browser.close();
  }
});
