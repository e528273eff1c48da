/**
 * Streams the output of commands run in integrated terminals to the server (`errfix/terminalOutput`).
 *
 * Relies on the stable shell-integration API (VS Code 1.93+): `execution.read()` must be called
 * inside the start event, or the first chunks are lost. Without shell integration no event fires at
 * all, so we tell the user once and point at `errfix run -- <cmd>`, whose log the server watches.
 */
import * as vscode from "vscode";
import { ExecutionTracker, type FinishedRun, type TerminalOutputParams } from "./core/terminalOutput";

export const TERMINAL_OUTPUT = "errfix/terminalOutput";
/** How long a new terminal gets to activate shell integration before we call it missing. */
const SHELL_INTEGRATION_WAIT_MS = 10_000;

export class TerminalWatcher implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly ids = new WeakMap<vscode.Terminal, string>();
  private readonly tracker: ExecutionTracker<vscode.TerminalShellExecution>;
  private nextId = 1;
  private warnedNoShellIntegration = false;

  constructor(
    send: (params: TerminalOutputParams) => void,
    onFinished: (run: FinishedRun) => void,
    private readonly output: vscode.OutputChannel,
  ) {
    this.tracker = new ExecutionTracker(send, onFinished);
    this.disposables.push(
      vscode.window.onDidStartTerminalShellExecution((event) => this.started(event)),
      vscode.window.onDidEndTerminalShellExecution((event) => {
        this.tracker.end(event.execution, event.exitCode, event.execution.commandLine?.value);
      }),
      vscode.window.onDidOpenTerminal((terminal) => this.checkShellIntegration(terminal)),
      vscode.window.onDidCloseTerminal((terminal) => {
        const id = this.ids.get(terminal);
        if (id) this.tracker.closeAll(id);
      }),
    );
    for (const terminal of vscode.window.terminals) this.checkShellIntegration(terminal);
  }

  private enabled(): boolean {
    return vscode.workspace.getConfiguration("errfix").get<boolean>("terminal.enabled", true);
  }

  /** A stable id for a terminal within this window: "<n>:<name>". */
  terminalId(terminal: vscode.Terminal): string {
    let id = this.ids.get(terminal);
    if (!id) {
      id = `${this.nextId++}:${terminal.name}`;
      this.ids.set(terminal, id);
    }
    return id;
  }

  private started(event: vscode.TerminalShellExecutionStartEvent): void {
    if (!this.enabled()) return;
    const { execution, terminal } = event;
    // Call read() synchronously, before anything else: it only yields data written after the call.
    let stream: AsyncIterable<string>;
    try {
      stream = execution.read();
    } catch (error) {
      this.output.appendLine(`errfix: cannot read terminal output: ${String(error)}`);
      return;
    }
    const cwd = execution.cwd?.fsPath ?? event.shellIntegration.cwd?.fsPath ?? null;
    this.tracker.start(execution, this.terminalId(terminal), cwd, execution.commandLine?.value || null);
    void this.pump(execution, stream);
  }

  private async pump(execution: vscode.TerminalShellExecution, stream: AsyncIterable<string>): Promise<void> {
    try {
      for await (const chunk of stream) {
        this.tracker.data(execution, chunk, execution.commandLine?.value);
      }
    } catch (error) {
      this.output.appendLine(`errfix: terminal output stream failed: ${String(error)}`);
    } finally {
      this.tracker.streamDone(execution);
    }
  }

  private checkShellIntegration(terminal: vscode.Terminal): void {
    if (terminal.shellIntegration || this.warnedNoShellIntegration) return;
    const timer = setTimeout(() => {
      sub.dispose();
      const alive = vscode.window.terminals.includes(terminal);
      if (!alive || terminal.shellIntegration || this.warnedNoShellIntegration || !this.enabled()) return;
      this.warnedNoShellIntegration = true;
      void vscode.window
        .showInformationMessage(
          `errfix cannot read terminal "${terminal.name}": shell integration is not active there ` +
            "(supported shells: bash, zsh, fish, pwsh). Run commands as `errfix run -- <cmd>` instead: " +
            "errfix explains the output it saves in .errfix/last-run.log.",
          "Open Setting",
        )
        .then((choice) => {
          if (choice === "Open Setting") {
            void vscode.commands.executeCommand(
              "workbench.action.openSettings",
              "terminal.integrated.shellIntegration.enabled",
            );
          }
        });
    }, SHELL_INTEGRATION_WAIT_MS);
    const sub = vscode.window.onDidChangeTerminalShellIntegration((event) => {
      if (event.terminal === terminal) {
        clearTimeout(timer);
        sub.dispose();
      }
    });
    this.disposables.push({ dispose: () => clearTimeout(timer) }, sub);
  }

  dispose(): void {
    this.tracker.closeAll();
    for (const d of this.disposables) d.dispose();
  }
}
