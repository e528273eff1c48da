/**
 * Forwards other extensions' diagnostics (Pylance, mypy, ruff, …) to the server as
 * `errfix/diagnostics`, debounced, skipping errfix's own so nothing loops.
 */
import * as vscode from "vscode";
import { KeyedDebouncer } from "./core/debounce";
import { type DiagnosticsParams, ForwardState } from "./core/diagnostics";

export const FORWARD_DIAGNOSTICS = "errfix/diagnostics";
const DEBOUNCE_MS = 400;

export class DiagnosticForwarder implements vscode.Disposable {
  private readonly state = new ForwardState();
  private readonly debouncer: KeyedDebouncer<string>;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly send: (params: DiagnosticsParams) => void) {
    this.debouncer = new KeyedDebouncer<string>(DEBOUNCE_MS, (uris) => this.flush(uris));
    this.subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!vscode.workspace.getConfiguration("errfix").get<boolean>("forwardDiagnostics", true)) return;
      this.debouncer.add(event.uris.filter((uri) => uri.scheme === "file" || uri.scheme === "untitled").map(String));
    });
  }

  private flush(uris: string[]): void {
    for (const uri of uris) {
      const params = this.state.update(uri, vscode.languages.getDiagnostics(vscode.Uri.parse(uri)));
      if (params) this.send(params);
    }
  }

  /** After a server restart: send everything again on the next change. */
  reset(): void {
    this.state.reset();
  }

  dispose(): void {
    this.debouncer.dispose();
    this.subscription.dispose();
  }
}
