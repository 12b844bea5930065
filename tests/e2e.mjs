// End-to-end tests of the single-file page, opened from disk (file://) in
// headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core).
//
// usage: node e2e.mjs PATH/TO/index.html
// env:   E2E_TIMEOUT_MS  how long to wait for each element (default 15000)
//        E2E_SCREENSHOTS folder for screenshots of the views (optional)
//
// Exit code: 0 when every check passes, 1 when a check fails, 2 on bad usage.
// `cargo xtask test` also runs this against a blank page and requires exit 1.

import { chromium } from "playwright-core";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const CHROMIUM = "/usr/bin/chromium";
// Without the networking flags Chromium's background connections are refused
// by this machine's closed network and reported as errors.
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
  "--disable-quic",
];
const TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_MS ?? 15000);
const SCREENSHOTS = process.env.E2E_SCREENSHOTS;

const pageArg = process.argv[2];
if (!pageArg || !existsSync(pageArg)) {
  console.error("usage: node e2e.mjs PATH/TO/index.html");
  process.exit(2);
}
const pageFile = resolve(pageArg);
const pageUrl = pathToFileURL(pageFile).href;

/** Fails the current check with `message` unless `condition` holds. */
function expect(condition, message) {
  if (!condition) throw new Error(message);
}

/** Everything the page logs as an error, and every request it makes. */
function watch(page) {
  const seen = { errors: [], requests: [] };
  page.on("console", (msg) => msg.type() === "error" && seen.errors.push(`console: ${msg.text()}`));
  page.on("pageerror", (error) => seen.errors.push(`uncaught: ${error.message}`));
  page.on("request", (request) => seen.requests.push(request.url()));
  return seen;
}

/** Saves a screenshot when E2E_SCREENSHOTS names a folder. */
async function screenshot(page, name) {
  if (!SCREENSHOTS) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

const statementList = (page) => page.getByTestId("statement-list");
const statementView = (page) => page.getByTestId("statement");

/** Waits until `location.hash` is `hash` (or one of `hash`). */
async function waitForHash(page, ...hashes) {
  await page.waitForFunction((wanted) => wanted.includes(location.hash), hashes, { timeout: TIMEOUT_MS });
}

/** The statement view's id and the distinct articles it lists. */
async function readStatementView(page) {
  await statementView(page).waitFor();
  const id = await statementView(page).getAttribute("data-statement-id");
  const occurrences = page.getByTestId("occurrence");
  const articleIds = await occurrences.evaluateAll((nodes) => nodes.map((n) => n.dataset.articleId));
  return { id, occurrenceCount: articleIds.length, articles: new Set(articleIds) };
}

/** The checks, in order; each gets the page and the shared state. */
const checks = [
  ["the page is one file: no <script src>, no stylesheet link", async () => {
    const html = readFileSync(pageFile, "utf8");
    expect(!/<script\b[^>]*\bsrc\s*=/i.test(html), "the page has a <script src>");
    expect(!/<link\b[^>]*\brel\s*=\s*["']?(stylesheet|modulepreload|preload)/i.test(html), "the page links a resource");
  }],

  ["the list shows the Konashenkov \"mercenaries\" statement", async (page, state) => {
    await page.goto(pageUrl);
    const item = page.getByTestId("statement-item").filter({ hasText: "mercenaries" }).first();
    await item.waitFor();
    const speaker = await item.getByTestId("speaker").textContent();
    expect(/Konashenkov/.test(speaker), `its speaker reads "${speaker}", not Konashenkov`);
    state.id = await item.getAttribute("data-statement-id");
    expect(state.id, "the list item has no data-statement-id");
    await screenshot(page, "list");
    state.item = item;
  }],

  ["clicking it shows every article that carries it (at least 2)", async (page, state) => {
    await state.item.getByTestId("statement-link").click();
    await waitForHash(page, `#/q/${state.id}`);
    const view = await readStatementView(page);
    expect(view.id === state.id, `the view shows statement ${view.id}, not ${state.id}`);
    expect(view.articles.size >= 2, `only ${view.articles.size} article(s) carry it`);
    const texts = await page.getByTestId("occurrence-text").allTextContents();
    expect(texts.some((t) => t.includes("mercenaries")), "no occurrence quotes the mercenaries wording");
    const titles = await page.getByTestId("article-title").allTextContents();
    expect(titles.every((t) => t.trim().length > 0), "an occurrence has no article title");
    const quoteChildren = await page.locator(".quote-text").evaluateAll((nodes) => nodes.map((n) => n.childElementCount));
    expect(quoteChildren.every((n) => n === 0), "a quotation was rendered as HTML, not as text");
    state.view = view;
    await screenshot(page, "statement");
  }],

  ["reloading #/q/<id> opens the same statement", async (page, state) => {
    await page.reload();
    const view = await readStatementView(page);
    expect(view.id === state.id, `after reload the view shows ${view.id}, not ${state.id}`);
    expect(view.occurrenceCount === state.view.occurrenceCount, "after reload the view lists other occurrences");
  }],

  ["back returns to the list", async (page, state) => {
    await page.goBack();
    await waitForHash(page, "", "#/");
    await statementList(page).waitFor();
    await page.locator(`[data-testid=statement-item][data-statement-id="${state.id}"]`).waitFor();
  }],

  ["forward reopens the statement", async (page, state) => {
    await page.goForward();
    await waitForHash(page, `#/q/${state.id}`);
    const view = await readStatementView(page);
    expect(view.id === state.id, `forward shows ${view.id}, not ${state.id}`);
  }],

  ["an unknown id says \"not found\" and links back to the list", async (page) => {
    await page.goto(`${pageUrl}#/q/no-such-statement`);
    const notFound = page.getByTestId("not-found");
    await notFound.waitFor();
    expect((await notFound.textContent()).includes("no-such-statement"), "the message does not name the id");
    await notFound.getByTestId("back-to-list").click();
    await statementList(page).waitFor();
  }],

  ["a new view opens at the top; back returns to where the reader was in the list", async (page) => {
    await statementList(page).waitFor();
    const item = page.getByTestId("statement-item").nth(3);
    await item.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, 40));
    const listY = await page.evaluate(() => window.scrollY);
    await item.getByTestId("statement-link").click();
    await statementView(page).waitFor();
    await page.waitForFunction(() => window.scrollY === 0, null, { timeout: TIMEOUT_MS });
    await page.goBack();
    await statementList(page).waitFor();
    await page.waitForFunction((y) => Math.abs(window.scrollY - y) < 2, listY, { timeout: TIMEOUT_MS });
  }],

  ["no console errors or uncaught exceptions", async (page, state) => {
    expect(state.seen.errors.length === 0, state.seen.errors.join("\n"));
  }],

  ["nothing is fetched: every request is the page itself", async (page, state) => {
    const foreign = state.seen.requests.filter((url) => !/^(data|blob):/.test(url) && url.split("#")[0] !== pageUrl);
    expect(foreign.length === 0, `requests beyond the page: ${foreign.join(", ")}`);
  }],
];

async function main() {
  const userDataDir = mkdtempSync(join(tmpdir(), "quote-explorer-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  let failed = false;
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(TIMEOUT_MS);
    const state = { seen: watch(page) };
    console.log(`browser tests: ${pageUrl}`);
    for (const [name, check] of checks) {
      const started = Date.now();
      try {
        await check(page, state);
        console.log(`  ok    ${name} (${Date.now() - started} ms)`);
      } catch (error) {
        console.log(`  FAIL  ${name}\n        ${String(error.message).split("\n").join("\n        ")}`);
        await screenshot(page, "failure").catch(() => {});
        failed = true;
        break;
      }
    }
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
  console.log(failed ? "browser tests FAILED" : `browser tests passed (${checks.length} checks)`);
  process.exitCode = failed ? 1 : 0;
}

main().catch((error) => {
  console.error(`browser tests could not run: ${error.stack ?? error}`);
  process.exitCode = 3;
});
