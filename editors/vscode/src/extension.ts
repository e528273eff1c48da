/**
 * errfix for VS Code: starts the errfix language server, feeds it terminal output and other tools'
 * diagnostics, and adds the knowledge-base commands and the status-bar item.
 *
 * Diagnostics, hovers and quick fixes come from the server through vscode-languageclient; this file
 * only wires VS Code events and commands to it.
 */
import * as vscode from "vscode";
import { ExecuteCommandRequest, type LanguageClient } from "vscode-languageclient/node";
import { startClient } from "./client";
import { LatestOnly } from "./core/debounce";
import type { FinishedRun } from "./core/terminalOutput";
import {
  knownErrorItems,
  knownErrors,
  type KnownError,
  parseExplain,
  parseSearchHits,
  type PickItem,
  searchItems,
  statusText,
  statusTooltip,
} from "./core/results";
import { filterConfigurationResult } from "./core/settings";
import { EntryDocuments, ENTRY_SCHEME, showEntry } from "./entryView";
import { DiagnosticForwarder, FORWARD_DIAGNOSTICS } from "./forward";
import { TERMINAL_OUTPUT, TerminalWatcher } from "./terminal";

type EntryPick = vscode.QuickPickItem & { entryId: string; error?: KnownError };

class Errfix implements vscode.Disposable {
  client: LanguageClient | undefined;
  private readonly output = vscode.window.createOutputChannel("errfix", { log: true });
  private readonly entries = new EntryDocuments();
  private readonly status = vscode.window.createStatusBarItem("errfix.status", vscode.StatusBarAlignment.Left, 50);
  private lastRun: { run: FinishedRun; errors: KnownError[] } | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private forwarder: DiagnosticForwarder | undefined;
  private starting: Promise<void> | undefined;
  /** Notifications sent while the server is still starting; flushed once it runs. */
  private queued: Array<[string, object]> = [];
  private startingNow = false;

  constructor(private readonly context: vscode.ExtensionContext) {
    this.status.name = "errfix";
    this.status.command = "errfix.showLastRun";
    this.updateStatus();
    this.status.show();
    this.disposables.push(
      this.output,
      this.status,
      this.entries,
      vscode.workspace.registerTextDocumentContentProvider(ENTRY_SCHEME, this.entries),
    );
  }

  async start(): Promise<void> {
    this.startingNow = true;
    const started = await startClient(this.output, {
      workspace: {
        // The server pulls the "errfix" section: leave out the keys only this extension reads.
        configuration: async (params, token, next) =>
          filterConfigurationResult(params.items.map((item) => item.section), await next(params, token)) as unknown[],
      },
      // The server's "show entry" code action runs errfix.showEntry, which returns Markdown: render it.
      executeCommand: async (command, args, next) => {
        // Fixes that are shell commands (e.g. installing a missing package) run in a terminal the
        // user can see, not silently inside the server.
        if (command === "errfix.runInTerminal" && typeof args[0] === "string") {
          runInTerminal(args[0]);
          return { command: args[0], ran: true };
        }
        const result = await next(command, args);
        if (command === "errfix.showEntry" && typeof result === "string") {
          await showEntry(this.entries, String(args[0] ?? "entry"), result);
        }
        return result;
      },
    });
    this.client = started.client;
    this.startingNow = false;
    this.forwarder?.reset();
    const queued = this.queued;
    this.queued = [];
    if (this.client?.isRunning()) {
      for (const [method, params] of queued) void this.client.sendNotification(method, params);
    }
  }

  /** Sends a notification; output printed while the server starts is queued (bounded), not lost. */
  private notify(method: string, params: object): void {
    if (this.client?.isRunning()) {
      void this.client.sendNotification(method, params);
    } else if (this.startingNow && this.queued.length < 5000) {
      this.queued.push([method, params]);
    }
  }

  activate(): void {
    this.starting = this.start();
    const send = (method: string, params: object): void => this.notify(method, params);
    this.disposables.push(
      new TerminalWatcher(
        (params) => send(TERMINAL_OUTPUT, params),
        (run) => void this.finishedRun(run),
        this.output,
      ),
    );
    this.forwarder = new DiagnosticForwarder((params) => send(FORWARD_DIAGNOSTICS, params));
    this.disposables.push(this.forwarder);

    const register = (id: string, fn: (...args: unknown[]) => unknown): void => {
      this.disposables.push(vscode.commands.registerCommand(id, fn));
    };
    register("errfix.searchKnowledgeBase", () => this.search());
    register("errfix.explainSelection", () => this.explainSelection());
    register("errfix.explainClipboard", async () => this.explainText(await vscode.env.clipboard.readText(), "clipboard"));
    register("errfix.clearDiagnostics", () => this.clear());
    register("errfix.showLastRun", () => this.showLastRun());
    register("errfix.restartServer", () => this.restart());
    this.context.subscriptions.push(this);
  }

  /** Sends workspace/executeCommand to the server; undefined (after telling the user) when it is down. */
  async serverCommand(command: string, args: unknown[]): Promise<unknown> {
    await this.starting;
    if (!this.client?.isRunning()) {
      void vscode.window.showWarningMessage("errfix: the language server is not running. See the \"errfix\" output.");
      return undefined;
    }
    return this.client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
  }

  async openEntry(id: string): Promise<void> {
    const markdown = await this.serverCommand("errfix.showEntry", [id]);
    if (typeof markdown === "string") await showEntry(this.entries, id, markdown);
  }

  /** QuickPick whose items come from the server's ranked search as the user types. */
  search(): Promise<void> {
    return new Promise((resolve) => {
      const pick = vscode.window.createQuickPick<EntryPick>();
      pick.title = "errfix: search the knowledge base";
      pick.placeholder = "Error text or keywords, e.g. get_config, “Unable to serialize”, CUDA out of memory";
      pick.matchOnDetail = true;
      const latest = new LatestOnly<unknown>(150);
      const query = (value: string): void => {
        if (!value.trim()) {
          latest.cancel();
          pick.items = [];
          pick.busy = false;
          return;
        }
        pick.busy = true;
        latest.run(
          async () => this.serverCommand("errfix.search", [value]),
          (result) => {
            pick.busy = false;
            const items: EntryPick[] = searchItems(parseSearchHits(result));
            pick.items = items.length > 0
              ? items
              : [{ label: `$(info) No knowledge-base entry matches “${value}”`, alwaysShow: true, entryId: "" }];
          },
          (error) => {
            pick.busy = false;
            this.output.appendLine(`errfix.search failed: ${String(error)}`);
          },
        );
      };
      pick.onDidChangeValue(query);
      pick.onDidAccept(async () => {
        const chosen = pick.selectedItems[0];
        if (!chosen?.entryId) return; // the "no entry" line: keep the picker open
        pick.hide();
        await this.openEntry(chosen.entryId);
      });
      pick.onDidHide(() => {
        latest.cancel();
        pick.dispose();
        resolve();
      });
      pick.show();
    });
  }

  async explainSelection(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      void vscode.window.showInformationMessage("errfix: open a file or log and select the error text first.");
      return;
    }
    const text = editor.selections.map((s) => editor.document.getText(s)).join("\n");
    await this.explainText(text.trim() ? text : editor.document.getText(), text.trim() ? "selection" : "document");
  }

  async explainText(text: string, what: string): Promise<void> {
    if (!text.trim()) {
      void vscode.window.showInformationMessage(`errfix: the ${what} is empty.`);
      return;
    }
    const result = await this.serverCommand("errfix.explain", [text]);
    if (result === undefined) return;
    const errors = knownErrors(parseExplain(result));
    if (errors.length === 0) {
      void vscode.window.showInformationMessage(`errfix: no known error in the ${what}.`);
      return;
    }
    if (errors.length === 1) {
      await this.openEntry(errors[0].id);
      return;
    }
    await this.pickError(errors, `errfix: ${errors.length} known errors in the ${what}`);
  }

  private async pickError(errors: KnownError[], title: string): Promise<void> {
    const items: EntryPick[] = knownErrorItems(errors).map((item: PickItem, index) => ({ ...item, error: errors[index] }));
    const chosen = await vscode.window.showQuickPick(items, { title, matchOnDetail: true });
    if (!chosen) return;
    const frame = chosen.error?.frame;
    if (frame && frame.line > 0) {
      try {
        const document = await vscode.workspace.openTextDocument(vscode.Uri.file(frame.file));
        const line = Math.min(frame.line - 1, document.lineCount - 1);
        await vscode.window.showTextDocument(document, { selection: new vscode.Range(line, 0, line, 0) });
      } catch {
        // The file is not on this machine (a log from elsewhere): the entry is still useful.
      }
    }
    await this.openEntry(chosen.entryId);
  }

  /** A terminal command finished: count the known errors it printed for the status bar. */
  private async finishedRun(run: FinishedRun): Promise<void> {
    if (!this.client?.isRunning()) return; // no server: no count rather than a wrong "0"
    if (!run.text.trim()) {
      this.lastRun = { run, errors: [] };
      this.updateStatus();
      return;
    }
    try {
      const result = await this.client.sendRequest(ExecuteCommandRequest.type, {
        command: "errfix.explain",
        arguments: [run.text],
      });
      this.lastRun = { run, errors: knownErrors(parseExplain(result)) };
    } catch (error) {
      this.output.appendLine(`errfix.explain failed: ${String(error)}`);
      this.lastRun = { run, errors: [] };
    }
    this.updateStatus();
  }

  private updateStatus(): void {
    const count = this.lastRun?.errors.length;
    this.status.text = statusText(count);
    this.status.tooltip = statusTooltip(count, this.lastRun?.run.commandLine ?? null);
    this.status.backgroundColor =
      count ? new vscode.ThemeColor("statusBarItem.errorBackground") : undefined;
  }

  private async showLastRun(): Promise<void> {
    if (!this.lastRun || this.lastRun.errors.length === 0) {
      // Nothing from a run: show whatever errfix diagnostics exist (e.g. from logs) in Problems.
      await vscode.commands.executeCommand("workbench.actions.view.problems");
      return;
    }
    const { run, errors } = this.lastRun;
    await this.pickError(errors, `errfix: ${run.commandLine ?? "last run"} (exit ${run.exitCode})`);
  }

  private async clear(): Promise<void> {
    await this.serverCommand("errfix.clear", []);
    this.lastRun = undefined;
    this.updateStatus();
  }

  private async restart(): Promise<void> {
    await this.starting;
    const old = this.client;
    this.client = undefined;
    if (old) await old.stop().catch(() => undefined);
    this.starting = this.start();
    await this.starting;
    if (this.client) void vscode.window.showInformationMessage("errfix: language server restarted.");
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** Runs a fix's shell command in the active terminal (or a new "errfix" one) and shows it. */
function runInTerminal(command: string): void {
  const terminal = vscode.window.activeTerminal ?? vscode.window.createTerminal("errfix");
  terminal.show();
  terminal.sendText(command, true);
}

let instance: Errfix | undefined;

export function activate(context: vscode.ExtensionContext): void {
  instance = new Errfix(context);
  instance.activate();
}

export async function deactivate(): Promise<void> {
  const client = instance?.client;
  instance?.dispose();
  instance = undefined;
  if (client) await client.stop();
}
