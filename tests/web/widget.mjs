// Drive the chat page in headless Chromium (Debian's binary) with playwright-core.
// Input (env): PAGE_URL, MENU_BUTTON and BUTTON (quick replies to click), QUESTION,
// HOSTILE (a message with markup), SCREENSHOT (path), WEB_DIR (where npm
// installed playwright-core). Prints one JSON line.
import { createRequire } from "node:module";

const require = createRequire(`${process.env.WEB_DIR}/package.json`);
const { chromium } = require("playwright-core");

const env = process.env;
const browser = await chromium.launch({
  executablePath: env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const result = { dialogs: 0, errors: [] };
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  page.on("dialog", async (dialog) => { result.dialogs += 1; await dialog.dismiss(); });
  page.on("pageerror", (error) => result.errors.push(String(error)));
  await page.goto(env.PAGE_URL);
  const responses = page.locator(".rw-response");
  await responses.first().waitFor({ timeout: 30000 });          // greeting from initPayload
  result.greeting = await responses.first().innerText();
  result.ariaLive = await page.locator(".rw-messages-container").getAttribute("aria-live");

  const input = page.getByLabel("Ihre Frage");
  async function ask(text) {
    const before = await responses.count();
    await input.fill(text);
    await input.press("Enter");                                  // keyboard only
    await page.waitForFunction((n) => document.querySelectorAll(".rw-response").length > n,
                               before, { timeout: 30000 });
    await page.waitForTimeout(300);
    return (await responses.allInnerTexts()).slice(before).join("\n");
  }

  async function click(title, { keyboard = false } = {}) {
    const before = await responses.count();
    const reply = page.locator(".rw-reply", { hasText: title }).first();
    if (keyboard) {
      result.replyRole = await reply.getAttribute("role");
      await reply.focus();
      await page.keyboard.press("Enter");
    } else {
      await reply.click();
    }
    await page.waitForFunction((n) => document.querySelectorAll(".rw-response").length > n,
                               before, { timeout: 30000 });
    await page.waitForTimeout(300);
    return (await responses.allInnerTexts()).slice(before).join("\n");
  }

  result.menuAnswer = await click(env.MENU_BUTTON, { keyboard: true });  // by keyboard
  result.buttonAnswer = await click(env.BUTTON);                 // a district from the list
  result.answer = await ask(env.QUESTION);
  result.telLinks = await page.locator('.rw-response a[href^="tel:"]').count();
  result.mailLinks = await page.locator('.rw-response a[href^="mailto:"]').count();
  await page.screenshot({ path: env.SCREENSHOT, fullPage: false });

  await ask(env.HOSTILE);
  const client = page.locator(".rw-client").last();
  result.hostileShownAs = await client.innerText();
  result.injectedElements = await page.locator(".rw-client img, .rw-client script, .rw-client b").count();
} catch (error) {
  result.errors.push(String(error));
} finally {
  await browser.close();
}
console.log(JSON.stringify(result));
