// Drives a real VS Code (code-server) in headless Chromium through the errfix scenario and reports
// what the editor showed. tests/editors/test_vscode_e2e.py starts code-server, runs this script and
// judges the observations; this script only acts like a user and records, it asserts nothing
// beyond "the element a user would wait for appeared".
//
// Input: one JSON argument {url, workspace, runCommand, layerFile, layerLine, layerColumn,
// searchQuery, entryId, artifacts, chromium, timeoutMs}. Output: the observations as one JSON line
// on stdout (also written to <artifacts>/observations.json); progress on stderr; screenshots in
// <artifacts>/*.png. Exit 0 when every step ran, 1 otherwise (observations so far are still written).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";

const cfg = JSON.parse(process.argv[2]);
const started = Date.now();
const obs = { steps: [] };
const log = (msg) => process.stderr.write(`[driver +${((Date.now() - started) / 1000).toFixed(1)}s] ${msg}\n`);
mkdirSync(cfg.artifacts, { recursive: true });

const STEP_MS = cfg.timeoutMs ?? 90_000;

async function shot(page, name) {
  try {
    await page.screenshot({ path: path.join(cfg.artifacts, `${name}.png`) });
  } catch (error) {
    log(`screenshot ${name} failed: ${error}`);
  }
}

/**
 * Runs a command from the command palette, as a user would: types `title` (or `typed`) and picks
 * the row whose text contains `title` (a string or RegExp).
 */
async function palette(page, title, typed = typeof title === "string" ? title : undefined) {
  await page.keyboard.press("Escape");
  await page.keyboard.press("F1");
  const input = page.locator(".quick-input-widget .quick-input-box input");
  await input.waitFor({ state: "visible", timeout: STEP_MS });
  await input.fill(`>${typed}`);
  const row = page.locator(".quick-input-widget .monaco-list-row", { hasText: title }).first();
  await row.waitFor({ state: "visible", timeout: STEP_MS });
  await row.click();
}

/** Opens a workspace file through Quick Open (Ctrl+P). */
async function openFile(page, name) {
  await page.keyboard.press("Escape");
  await page.keyboard.press("Control+P");
  const input = page.locator(".quick-input-widget .quick-input-box input");
  await input.waitFor({ state: "visible", timeout: STEP_MS });
  await input.fill(name);
  const row = page.locator(".quick-input-widget .monaco-list-row", { hasText: name }).first();
  await row.waitFor({ state: "visible", timeout: STEP_MS });
  await page.keyboard.press("Enter");
  await page.locator(`.tab.active`, { hasText: name }).waitFor({ timeout: STEP_MS });
  await page.locator(".monaco-editor .view-lines").first().waitFor({ timeout: STEP_MS });
}

/** Moves the cursor with "Go to Line/Column" (Ctrl+G), 1-based line and column. */
async function goTo(page, line, column) {
  await page.keyboard.press("Escape");
  await page.keyboard.press("Control+G");
  const input = page.locator(".quick-input-widget .quick-input-box input");
  await input.waitFor({ state: "visible", timeout: STEP_MS });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press("Enter");
}

async function step(name, fn) {
  log(`step: ${name}`);
  const t0 = Date.now();
  await fn();
  obs.steps.push({ name, seconds: (Date.now() - t0) / 1000 });
}

function finish(code) {
  obs.totalSeconds = (Date.now() - started) / 1000;
  const text = JSON.stringify(obs);
  writeFileSync(path.join(cfg.artifacts, "observations.json"), JSON.stringify(obs, null, 2));
  process.stdout.write(text + "\n");
  process.exit(code);
}

const browser = await chromium.launch({
  executablePath: cfg.chromium,
  headless: true,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
});
const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
// Our status-bar item: its text always contains "errfix" (see src/core/results.ts statusText).
const status = page.locator(".statusbar-item", { hasText: /errfix/ }).first();
page.on("pageerror", (error) => log(`page error: ${error.message}`));

try {
  await step("open workbench", async () => {
    await page.goto(cfg.url, { waitUntil: "domcontentloaded", timeout: STEP_MS });
    await page.locator(".monaco-workbench").waitFor({ timeout: STEP_MS });
    // The explorer shows the workspace once the folder is open.
    await page.locator(".explorer-folders-view .monaco-list-row", { hasText: "train.py" }).waitFor({ timeout: STEP_MS });
    // Our status-bar item appears when the extension has activated.
    await status.waitFor({ timeout: STEP_MS });
    obs.statusBefore = (await status.innerText()).trim();
  });
  await shot(page, "01-workbench");

  await step("run the script in the integrated terminal", async () => {
    await palette(page, "Terminal: Create New Terminal");
    const rows = page.locator(".terminal-wrapper.active .xterm-rows");
    await rows.waitFor({ timeout: STEP_MS });
    // Wait for the prompt (bash with shell integration injected by VS Code).
    await page.waitForFunction(
      () => /[$#]\s*$/m.test(document.querySelector(".terminal-wrapper.active .xterm-rows")?.textContent ?? ""),
      null,
      { timeout: STEP_MS },
    );
    await page.locator(".terminal-wrapper.active .xterm-helper-textarea").focus();
    await page.keyboard.type(cfg.runCommand);
    await page.keyboard.press("Enter");
    // The run ends when the status-bar item reports the run's count.
    await status.filter({ hasText: /known error/ }).waitFor({ timeout: cfg.runTimeoutMs ?? 180_000 });
    obs.terminalText = (await rows.innerText()).slice(-6000);
    obs.statusAfter = (await status.innerText()).trim();
  });
  await shot(page, "02-terminal-run");

  await step("problems panel lists errfix diagnostics", async () => {
    await palette(page, "View: Focus Problems");
    const panel = page.locator(".markers-panel");
    await panel.waitFor({ timeout: STEP_MS });
    await page.waitForFunction(
      (layer) => {
        const text = document.querySelector(".markers-panel")?.textContent ?? "";
        return text.includes(layer) && text.includes("errfix");
      },
      path.basename(cfg.layerFile),
      { timeout: STEP_MS },
    );
    // Expand every file node and read each row as "<file>: <aria-label>" (labels carry Ln/Col).
    obs.problems = await page.$$eval(".markers-panel .monaco-list-row", (rows) =>
      rows.map((row) => row.getAttribute("aria-label") ?? row.textContent ?? ""),
    );
  });
  await shot(page, "03-problems");

  await step("status-bar item lists the run's known errors", async () => {
    await page.keyboard.press("Escape");
    await status.click();
    const rows = page.locator(".quick-input-widget .monaco-list-row");
    await rows.first().waitFor({ state: "visible", timeout: STEP_MS });
    obs.lastRunTitle = (await page.locator(".quick-input-widget .quick-input-title").innerText().catch(() => "")).trim();
    obs.lastRunRows = (await rows.allInnerTexts()).map((t) => t.trim());
    await page.keyboard.press("Escape");
  });

  await step("squiggle and hover in the layer file", async () => {
    await openFile(page, path.basename(cfg.layerFile));
    const squiggle = page.locator(
      ".monaco-editor .squiggly-error, .monaco-editor .squiggly-warning, .monaco-editor .squiggly-info, .monaco-editor .squiggly-hint",
    );
    await squiggle.first().waitFor({ state: "attached", timeout: STEP_MS });
    obs.squiggles = await squiggle.count();
    await goTo(page, cfg.layerLine, cfg.layerColumn);
    obs.cursorLine = await page.locator(".monaco-editor .current-line").count();
    await palette(page, "Show or Focus Hover");
    const hover = page.locator(".monaco-hover:not(.hidden) .monaco-hover-content, .monaco-hover:not(.hidden) .hover-contents");
    await hover.first().waitFor({ state: "visible", timeout: STEP_MS });
    // Hover contents may render in parts: wait until it stops growing a little.
    await page.waitForTimeout(800);
    obs.hover = (await page.locator(".monaco-hover:not(.hidden)").first().innerText()).trim();
  });
  await shot(page, "04-hover");

  await step("apply the quick fix", async () => {
    await page.keyboard.press("Escape");
    await goTo(page, cfg.layerLine, cfg.layerColumn);
    await palette(page, "Quick Fix...");
    const widget = page.locator(".action-widget");
    await widget.waitFor({ state: "visible", timeout: STEP_MS });
    const items = widget.locator(".monaco-list-row");
    await items.first().waitFor({ timeout: STEP_MS });
    obs.codeActions = (await items.allInnerTexts()).map((t) => t.trim()).filter(Boolean);
    await shot(page, "05-quick-fix-menu");
    const fix = items.filter({ hasText: cfg.fixTitle }).first();
    await fix.waitFor({ timeout: STEP_MS });
    // The menu is keyboard-driven (a pointer block covers it): move the focus to the fix, press Enter.
    const focused = widget.locator(".monaco-list-row.focused");
    for (let i = 0; i < 20 && !((await focused.getAttribute("aria-label")) ?? "").includes(cfg.fixTitle); i++) {
      await page.keyboard.press("ArrowDown");
    }
    obs.chosenAction = await focused.getAttribute("aria-label");
    await page.keyboard.press("Enter");
    await page.locator(".monaco-editor .view-line", { hasText: "def get_config" }).first().waitFor({ timeout: STEP_MS });
    await palette(page, "File: Save");
    await page.locator(".tab.active.dirty").waitFor({ state: "detached", timeout: STEP_MS });
  });
  await shot(page, "06-fixed");

  await step("search the knowledge base", async () => {
    await palette(page, "Errfix: Search Knowledge Base");
    const input = page.locator(".quick-input-widget .quick-input-box input");
    await input.waitFor({ state: "visible", timeout: STEP_MS });
    await input.fill(cfg.searchQuery);
    const row = page.locator(".quick-input-widget .monaco-list-row", { hasText: cfg.entryId }).first();
    await row.waitFor({ state: "visible", timeout: STEP_MS });
    obs.searchRows = (await page.locator(".quick-input-widget .monaco-list-row").allInnerTexts()).map((t) => t.trim());
    await shot(page, "07-search");
    await row.click();
    const tab = page.locator(".tab", { hasText: cfg.entryId.split("/").pop() });
    await tab.first().waitFor({ timeout: STEP_MS });
    obs.previewTab = (await tab.first().innerText()).trim();
    // The Markdown preview is a webview (nested iframes): read the rendered text from its frame.
    const deadline = Date.now() + STEP_MS;
    obs.previewText = "";
    while (Date.now() < deadline && !obs.previewText) {
      for (const frame of page.frames()) {
        try {
          const text = await frame.evaluate(() => document.querySelector(".markdown-body")?.textContent ?? "");
          if (text.trim()) obs.previewText = text.trim();
        } catch {
          // frame navigated or not ready
        }
      }
      if (!obs.previewText) await page.waitForTimeout(300);
    }
  });
  await shot(page, "08-entry-preview");

  if (cfg.logFile) {
    await step("log file: known error marked, Explain Selection opens the entry", async () => {
      await palette(page, "View: Close All Editors");
      await openFile(page, cfg.logFile);
      const squiggle = page.locator(".monaco-editor .squiggly-error, .monaco-editor .squiggly-warning, .monaco-editor .squiggly-info");
      await squiggle.first().waitFor({ state: "attached", timeout: STEP_MS });
      obs.logSquiggles = await squiggle.count();
      await page.locator(".monaco-editor .view-lines").first().click();
      await page.keyboard.press("Control+A");
      await palette(page, "Errfix: Explain Selection");
      const tab = page.locator(".tab", { hasText: cfg.entryId.split("/").pop() }).first();
      const pickRow = page.locator(".quick-input-widget .monaco-list-row", { hasText: cfg.entryId }).first();
      // One known error opens its entry; several show a picker first.
      await Promise.race([
        tab.waitFor({ timeout: STEP_MS }),
        pickRow.waitFor({ state: "visible", timeout: STEP_MS }).then(() => pickRow.click()),
      ]);
      await tab.waitFor({ timeout: STEP_MS });
      obs.explainTab = (await tab.innerText()).trim();
    });
    await shot(page, "09-explain-log");
  }

  if (cfg.plainShellProfile) {
    await step("a shell without shell integration gets the errfix run hint", async () => {
      // (its title differs between VS Code versions: "(With Profile)" / "With Profile...")
      await palette(page, /Create New Terminal \(?With Profile/, "With Profile");
      const row = page.locator(".quick-input-widget .monaco-list-row", { hasText: cfg.plainShellProfile }).first();
      await row.waitFor({ state: "visible", timeout: STEP_MS });
      await row.click();
      const toast = page.locator(".notification-toast", { hasText: "shell integration is not active" }).first();
      await toast.waitFor({ state: "visible", timeout: STEP_MS });
      obs.noShellIntegration = (await toast.innerText()).trim();
    });
    await shot(page, "10-no-shell-integration");
    await palette(page, "Notifications: Clear All Notifications");
  }

  if (cfg.brokenPythonPath) {
    await step("a Python without errfix-lsp gives the install hint", async () => {
      // As a user would: point the workspace setting at another interpreter, restart the server.
      const folder = path.join(cfg.workspace, ".vscode");
      mkdirSync(folder, { recursive: true });
      writeFileSync(path.join(folder, "settings.json"), JSON.stringify({ "errfix.server.pythonPath": cfg.brokenPythonPath }));
      const toast = page.locator(".notification-toast", { hasText: "could not start the language server" }).first();
      // The settings file is picked up by a file watcher: retry the restart until it has been.
      for (let attempt = 0; attempt < 6 && !(await toast.isVisible()); attempt++) {
        await page.waitForTimeout(2000);
        await palette(page, "Errfix: Restart Language Server");
        await toast.waitFor({ state: "visible", timeout: 8000 }).catch(() => undefined);
      }
      await toast.waitFor({ state: "visible", timeout: STEP_MS });
      obs.startFailure = (await toast.innerText()).trim();
    });
    await shot(page, "11-server-missing");
  }

  await browser.close();
  finish(0);
} catch (error) {
  obs.error = String(error?.stack ?? error);
  log(`FAILED: ${obs.error}`);
  await shot(page, "99-failure");
  await browser.close().catch(() => {});
  finish(1);
}
