// Drive the chat page in headless Chromium (Debian's binary) with playwright-core and
// check it with axe-core. Input (env): PAGE_URL; MENU_BUTTON and BUTTON (quick replies
// to press), QUESTION, HOSTILE (a message with markup), SCREENSHOT (path), CHROMIUM;
// ARABIC_QUESTION and ARABIC_DELETE (typed in a German browser), TURKISH_QUESTION and
// TURKISH_DELETE (typed in a Turkish browser).
// Prints one JSON line with what it saw; tests/web/test_widget.py judges it.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const AXE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const env = process.env;
const result = { errors: [], dialogs: 0 };

/** A browser whose languages are ``locale`` (navigator.languages, Accept-Language). */
const launch = (locale) => chromium.launchPersistentContext(
  fs.mkdtempSync(path.join(os.tmpdir(), "widget-chromium-")),
  { executablePath: env.CHROMIUM || "/usr/bin/chromium", args: [...FLAGS, `--lang=${locale}`],
    headless: true, locale, viewport: { width: 1280, height: 900 } });
const context = await launch("de-DE");
let turkishContext = null;

/** A new tab that records page errors, console errors, failed and 4xx/5xx requests. */
async function newTab(label, inContext = context) {
  const page = await inContext.newPage();
  page.on("dialog", async (dialog) => { result.dialogs += 1; await dialog.dismiss(); });
  page.on("pageerror", (error) => result.errors.push(`${label}: ${error}`));
  page.on("console", (message) => {
    if (message.type() === "error") result.errors.push(`${label}: console: ${message.text()}`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400) result.errors.push(`${label}: ${response.status()} ${response.url()}`);
  });
  return page;
}

const focused = (page) => page.evaluate(() => {
  const el = document.activeElement;
  return el ? (el.getAttribute("aria-label") || el.labels?.[0]?.textContent || el.textContent || el.id)
    .trim() : null;
});
const botTexts = (page) => page.locator(".msg-bot .msg-text").allInnerTexts();

/** Wait until the bot has said something new and then kept quiet for a moment. */
async function botAnswer(page, before) {
  await page.waitForFunction((n) => document.querySelectorAll(".msg-bot").length > n, before,
                             { timeout: 60000 });
  let count = -1;
  while (count !== (count = await page.locator(".msg-bot").count())) await page.waitForTimeout(700);
  return (await botTexts(page)).slice(before).join("\n");
}

async function pressUntilFocused(page, key, name, limit = 60) {
  for (let i = 0; i < limit; i += 1) {
    if ((await focused(page)) === name) return i;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached "${name}"`);
}

async function axe(page) {
  await page.evaluate(AXE);
  return page.evaluate(async (tags) => {
    const run = await window.axe.run(document, { runOnly: { type: "tag", values: tags } });
    return run.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(" ")) }));
  }, AXE_TAGS);
}

/** Record what the live region gets: each added message, and changes to messages already shown. */
const watchLog = (page) => page.evaluate(() => {
  window.__announced = [];
  window.__changed = 0;
  new MutationObserver((records) => records.forEach((record) => {
    if (record.target.id !== "chat-log") { window.__changed += 1; return; }
    record.addedNodes.forEach((node) => window.__announced.push(
      { bot: node.classList.contains("msg-bot"), text: node.querySelector(".msg-text").innerText }));
  })).observe(document.getElementById("chat-log"),
              { childList: true, subtree: true, characterData: true, attributes: true });
});

async function conversation() {
  const page = await newTab("conversation");
  await page.goto(env.PAGE_URL);
  result.lang = await page.getAttribute("html", "lang");
  result.tabsToOpener = await pressUntilFocused(page, "Tab", "Chat starten");
  await page.keyboard.press("Enter");                                   // open by keyboard
  result.focusAfterOpen = await focused(page);
  result.greeting = await botAnswer(page, 0);
  result.log = await page.locator("#chat-log").evaluate((el) => ({ role: el.getAttribute("role"),
    live: el.getAttribute("aria-live") }));
  await watchLog(page);

  let before = await page.locator(".msg-bot").count();
  await page.keyboard.type(env.QUESTION);
  await page.keyboard.press("Enter");
  result.focusAfterSend = await focused(page);
  result.answer = await botAnswer(page, before);

  result.shiftTabsToReply = await pressUntilFocused(page, "Shift+Tab", env.MENU_BUTTON);
  result.replyTag = await page.evaluate(() => document.activeElement.tagName);
  before = await page.locator(".msg-bot").count();
  await page.keyboard.press("Enter");                                   // quick reply by keyboard
  result.menuShownAs = await page.locator(".msg-user .msg-text").last().innerText();
  result.focusAfterReply = await focused(page);
  result.menuAnswer = await botAnswer(page, before);

  before = await page.locator(".msg-bot").count();
  await page.locator(".reply", { hasText: env.BUTTON }).last().click();  // a district from the list
  result.buttonAnswer = await botAnswer(page, before);
  result.telLinks = await page.locator('.msg-bot a[href^="tel:"]').count();
  result.mailLinks = await page.locator('.msg-bot a[href^="mailto:"]').count();

  const feedback = page.locator('.msg-replies[aria-label="Bewertung der Antwort"] .reply');
  result.feedbackButtons = await feedback.count();
  if (result.feedbackButtons > 0) {                                     // the oldest rating, still usable
    before = await page.locator(".msg-bot").count();
    await feedback.first().click();
    result.feedbackAnswer = await botAnswer(page, before);
  }

  result.announced = await page.evaluate(() => window.__announced);
  result.changedAfterShown = await page.evaluate(() => window.__changed);
  result.botMessagesAfterGreeting = (await botTexts(page)).slice(1);

  await page.focus("#chat-open");
  result.focusOrder = [];
  for (let i = 0; i < 80 && !result.focusOrder.includes("Datenschutz"); i += 1) {
    await page.keyboard.press("Tab");
    result.focusOrder.push(await focused(page));
  }
  await page.focus("#chat-input");

  result.axe1280 = await axe(page);
  const toBottom = () => page.locator("#chat-log").evaluate((el) => { el.scrollTop = el.scrollHeight; });
  await page.setViewportSize({ width: 1280, height: 1180 });
  await page.mouse.move(0, 0);                                          // no hover look in the picture
  await page.evaluate(() => window.scrollTo(0, 0));
  await toBottom();
  await page.screenshot({ path: `${env.SCREENSHOT}.desktop.png` });
  await page.setViewportSize({ width: 320, height: 640 });
  await page.waitForTimeout(300);
  result.axe320 = await axe(page);
  result.overflow320 = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  await page.evaluate(() => document.getElementById("chat").scrollIntoView());
  await toBottom();
  await page.screenshot({ path: `${env.SCREENSHOT}.phone.png` });
  await page.setViewportSize({ width: 640, height: 450 });              // 1280 px at 200 % zoom
  result.overflow200 = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  await page.setViewportSize({ width: 1280, height: 900 });

  before = await page.locator(".msg-bot").count();
  await page.locator("#chat-input").fill(env.HOSTILE);
  await page.keyboard.press("Enter");
  await botAnswer(page, before);
  result.hostileShownAs = await page.locator(".msg-user .msg-text").last().innerText();
  result.injectedElements = await page.locator(".msg img, .msg script, .msg b").count();

  result.messagesBeforeReload = await page.locator(".msg").allInnerTexts();
  await page.reload();
  await page.locator(".msg").first().waitFor();
  result.messagesAfterReload = await page.locator(".msg").allInnerTexts();
  result.openAfterReload = await page.locator("#chat").isVisible();

  await page.getByRole("button", { name: "Verlauf löschen" }).click();
  result.deletedAnswer = await botAnswer(page, 0);
  result.focusAfterClear = await focused(page);
  await page.reload();
  await page.locator(".msg").first().waitFor();
  result.messagesAfterClear = await page.locator(".msg").allInnerTexts();
  await page.locator("#chat-input").fill("Wer ist in Hörde zuständig?");
  await page.keyboard.press("Enter");
  await botAnswer(page, 1);
  await page.locator("#chat-input").fill("Verlauf löschen");          // typed instead of pressed
  await page.keyboard.press("Enter");
  await botAnswer(page, 0);
  result.messagesAfterTypedClear = await page.locator(".msg").allInnerTexts();

  await page.getByRole("button", { name: "Chat schließen" }).press("Enter");
  result.focusAfterClose = await focused(page);
  await page.close();
}

/** The widget's own wording as a screen reader gets it, with the panel's lang and dir. */
const widgetLabels = (page) => page.evaluate(() => {
  const $ = (id) => document.getElementById(id);
  const text = (node) => node?.textContent.trim() ?? null;
  const panel = $("chat");
  return {
    htmlLang: document.documentElement.lang,
    lang: panel.lang, dir: panel.dir, direction: getComputedStyle(panel).direction,
    openerLang: $("chat-open").lang, opener: text($("chat-open")),
    title: text($("chat-title")), clear: text($("chat-clear")), close: text($("chat-close")),
    log: $("chat-log").getAttribute("aria-label"), retry: text($("chat-retry")),
    input: text($("chat-input").labels[0]), send: text(document.querySelector("#chat-form [type=submit]")),
    hint: text($("chat-hint")),
    prefixes: [...document.querySelectorAll(".msg > .sr-only")].map((n) => [n.textContent, n.lang]),
    replies: [...document.querySelectorAll(".msg-replies")].map((n) => n.getAttribute("aria-label")),
  };
});

/** Type a message and wait for the answer. */
async function ask(page, text) {
  const before = await page.locator(".msg-bot").count();
  await page.locator("#chat-input").fill(text);
  await page.keyboard.press("Enter");
  return botAnswer(page, before);
}

/** Type a request to delete the history: wait until the transcript holds the answer only. */
async function typeDelete(page, text) {
  await page.locator("#chat-input").fill(text);
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelectorAll(".msg").length === 1
    && document.querySelector(".msg-bot"), null, { timeout: 60000 });
  return page.locator(".msg .msg-text").evaluateAll((nodes) => nodes.map((n) => [n.innerText, n.lang]));
}

/** A question in Arabic (German browser): every message's text says its language and direction,
 * the widget's own wording turns Arabic and right to left, axe stays clean, typed Arabic deletes. */
async function languages() {
  const page = await newTab("languages");
  await page.goto(env.PAGE_URL);
  await page.getByRole("button", { name: "Chat starten" }).click();
  await botAnswer(page, 0);
  result.germanLabels = await widgetLabels(page);
  await ask(page, env.ARABIC_QUESTION);
  result.languages = await page.locator(".msg .msg-text").evaluateAll((nodes) => nodes.map((node) => ({
    from: node.parentElement.classList.contains("msg-bot") ? "bot" : "user",
    lang: node.getAttribute("lang"),
    dir: node.getAttribute("dir"),
    direction: getComputedStyle(node).direction,
    phoneDirection: [...node.querySelectorAll('a[href^="tel:"]')].map((a) => getComputedStyle(a).direction),
  })));
  result.arabicLabels = await widgetLabels(page);
  await page.focus("#chat-input");
  result.axeArabic1280 = await axe(page);
  await page.setViewportSize({ width: 320, height: 640 });
  await page.waitForTimeout(300);
  result.axeArabic320 = await axe(page);
  result.overflowArabic320 = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.reload();
  await page.locator(".msg").first().waitFor();
  result.arabicLabelsAfterReload = await widgetLabels(page);
  result.arabicDeleted = await typeDelete(page, env.ARABIC_DELETE);
  result.arabicLabelsAfterDelete = await widgetLabels(page);
  await page.close();
}

/** A Turkish browser: Turkish wording before anything was said, a Turkish greeting, Turkish
 * wording in a Turkish conversation and in the unreachable message; a typed Turkish deletion
 * empties the transcript. */
async function turkish() {
  turkishContext = await launch("tr-TR");
  const page = await newTab("turkish", turkishContext);
  await page.goto(env.PAGE_URL);
  // The wording arrives with its language file: wait for the panel to speak Turkish (or time out).
  await page.waitForFunction(() => document.getElementById("chat").lang === "tr", null,
                             { timeout: 30000 }).catch(() => {});
  result.turkishBeforeOpen = await widgetLabels(page);
  await page.locator("#chat-open").click();
  result.turkishGreeting = await botAnswer(page, 0);                   // in the browser's language
  result.turkishGreetingLang = await page.locator(".msg-bot .msg-text").first().getAttribute("lang");
  result.turkishAnswer = await ask(page, env.TURKISH_QUESTION);
  result.turkishLabels = await widgetLabels(page);
  result.turkishAxe = await axe(page);
  result.turkishDeleted = await typeDelete(page, env.TURKISH_DELETE);
  result.turkishLabelsAfterDelete = await widgetLabels(page);
  await page.close();

  const offline = await turkishContext.newPage();
  await offline.route("**/socket.io/**", (route) => route.abort("connectionrefused"));
  await offline.goto(env.PAGE_URL);
  await offline.locator("#chat-open").click();
  await offline.locator("#chat-retry").waitFor({ state: "visible", timeout: 30000 });
  result.turkishUnreachable = await settledStatus(offline);
  result.turkishRetry = await offline.locator("#chat-retry").innerText();
  await offline.close();
}

/** The status once settled: not empty (the wording file may arrive after the panel opens) and
 *  no longer "connecting …" (a reconnect attempt may still be under way when the retry shows). */
async function settledStatus(page) {
  await page.waitForFunction(() => {
    const status = document.querySelector("#chat-status").textContent;
    return status !== "" && !status.endsWith("…");
  }, null, { timeout: 10000 }).catch(() => {});
  return page.locator("#chat-status").innerText();
}

/** The server unreachable (connection refused), then reachable again: message, retry, queued text. */
async function unreachable() {
  const page = await newTab("unreachable");
  page.on("requestfailed", () => {});                                  // expected here
  page.removeAllListeners("console");
  await page.route("**/socket.io/**", (route) => route.abort("connectionrefused"));
  await page.goto(env.PAGE_URL);
  await page.locator("#chat-open").press("Enter");
  await page.locator("#chat-retry").waitFor({ state: "visible", timeout: 30000 });
  result.unreachableStatus = await settledStatus(page);
  await page.keyboard.type(env.QUESTION);
  await page.keyboard.press("Enter");
  result.queuedShown = await page.locator(".msg-user .msg-text").last().innerText();
  await page.unroute("**/socket.io/**");
  await page.locator("#chat-retry").press("Enter");
  // the greeting first, then the queued question's answer (a contact: a phone link), however slow
  await page.locator('.msg-bot a[href^="tel:"]').first().waitFor({ timeout: 60000 });
  result.afterRetry = await botAnswer(page, 0);
  result.statusAfterRetry = await page.locator("#chat-status").innerText();
  result.retryHidden = await page.locator("#chat-retry").isHidden();
  await page.close();

  const busy = await context.newPage();
  await busy.route("**/socket.io/**", (route) => route.fulfill({ status: 429, body: "busy" }));
  await busy.goto(env.PAGE_URL);
  await busy.locator("#chat-open").click();
  await busy.locator("#chat-retry").waitFor({ state: "visible", timeout: 30000 });
  result.busyStatus = await busy.locator("#chat-status").innerText();
  await busy.close();
}

/** The other pages (accessibility statement, Leichte Sprache): axe at both widths. */
async function otherPages() {
  result.axeOtherPages = {};
  for (const name of ["barrierefreiheit.html", "leichte-sprache.html"]) {
    const page = await newTab(name);
    await page.goto(new URL(name, env.PAGE_URL).href);
    const wide = await axe(page);
    await page.setViewportSize({ width: 320, height: 640 });
    result.axeOtherPages[name] = [...wide, ...(await axe(page))];
    await page.close();
  }
}

/** links.js on a sample answer (SAMPLE): which links it makes, the source note, its contrast. */
async function sampleAnswer() {
  const page = await newTab("sample");
  await page.emulateMedia({ reducedMotion: "reduce" });               // no fade-in while axe looks
  await page.goto(env.PAGE_URL);
  result.sample = await page.evaluate(async (text) => {
    const { appendText } = await import("/js/links.js");
    const box = document.createElement("div");
    box.id = "sample";
    box.className = "msg msg-bot";
    box.innerHTML = '<p class="msg-text"></p>';
    document.querySelector("main").append(box);
    const body = box.firstChild;
    appendText(body, text);
    return { links: [...body.querySelectorAll("a")].map((a) => [a.textContent, a.getAttribute("href")]),
             source: body.querySelector(".msg-source")?.textContent ?? null,
             elements: [...body.querySelectorAll("*")].map((el) => el.tagName.toLowerCase()),
             text: body.textContent };
  }, env.SAMPLE);
  result.sampleAnimation = await page.locator("#sample").evaluate((el) => getComputedStyle(el).animationName);
  await page.evaluate(AXE);
  result.sampleAxe = await page.evaluate(async (tags) => (await window.axe.run("#sample",
    { runOnly: { type: "tag", values: tags } })).violations.map((v) => v.id), AXE_TAGS);
  await page.close();
}

/** One picture: the phone width next to the desktop. */
async function composeScreenshot() {
  const page = await context.newPage();
  const image = (name) => `data:image/png;base64,${fs.readFileSync(`${env.SCREENSHOT}.${name}.png`).toString("base64")}`;
  await page.setViewportSize({ width: 1660, height: 1220 });
  await page.setContent(`<body style="margin:0;background:#ddd;display:flex;gap:20px;padding:20px;align-items:flex-start">
    <img src="${image("phone")}" width="320"><img src="${image("desktop")}" width="1280"></body>`);
  await page.screenshot({ path: env.SCREENSHOT });
  await page.close();
}

try {
  await conversation();
  await otherPages();
  await sampleAnswer();
  await languages();
  await turkish();
  await unreachable();
  await composeScreenshot();
} catch (error) {
  result.errors.push(String(error.stack || error));
} finally {
  await context.close();
  await turkishContext?.close();
}
console.log(JSON.stringify(result));
