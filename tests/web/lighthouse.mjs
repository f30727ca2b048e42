// Lighthouse (mobile profile, the default) on the chat page with Debian's Chromium.
// Usage: node tests/web/lighthouse.mjs URL [REPORT.json]. Prints the four scores
// (0-100) as one JSON line; with REPORT.json also writes the full report.
import fs from "node:fs";
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";

const [url, reportPath] = process.argv.slice(2);
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM || "/usr/bin/chromium",
  userDataDir: fs.mkdtempSync("/tmp/lighthouse-chromium-"),
  chromeFlags: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  const run = await lighthouse(url, { port: chrome.port, logLevel: "error", output: "json",
                                      onlyCategories: CATEGORIES });
  if (reportPath) fs.writeFileSync(reportPath, run.report);
  const scores = Object.fromEntries(CATEGORIES.map(
    (name) => [name, Math.round(run.lhr.categories[name].score * 100)]));
  const failed = Object.values(run.lhr.audits)
    .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== "informative")
    .map((audit) => audit.id);
  console.log(JSON.stringify({ url, scores, failed }));
} finally {
  await chrome.kill();
}
