/**
 * Starting and stopping the errfix language server through vscode-languageclient.
 *
 * Before starting a `python -m errfix_lsp.server` launch we check that the interpreter can import it:
 * otherwise the client would only log a cryptic "server crashed 5 times" and the user would never
 * learn that `pip install errfix-lsp` is the fix.
 */
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as vscode from "vscode";
import {
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  TransportKind,
} from "vscode-languageclient/node";
import {
  displayCommand,
  preflightArgs,
  resolveServerCommand,
  type ServerCommand,
  ServerSettingsError,
  startFailureMessage,
} from "./core/serverCommand";

export const CLIENT_ID = "errfix";
export const CLIENT_NAME = "errfix Language Server";

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The server command from the current settings (throws ServerSettingsError on bad settings). */
export function currentServerCommand(): ServerCommand {
  const config = vscode.workspace.getConfiguration("errfix");
  return resolveServerCommand(
    { command: config.get("server.command"), pythonPath: config.get("server.pythonPath") },
    { platform: process.platform, pathEnv: process.env.PATH, isExecutable },
  );
}

/**
 * The server's working directory: the first workspace folder (what vscode-languageclient would pick).
 * The import check must run there too: `python -m` / `-c` put the working directory on sys.path.
 */
function serverCwd(): string | undefined {
  const folder = vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === "file");
  return folder?.uri.fsPath;
}

/** Runs the import check; resolves to an error text, or undefined when the server module imports. */
function preflight(cmd: ServerCommand, cwd: string | undefined): Promise<string | undefined> {
  const probe = preflightArgs(cmd);
  if (!probe) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    execFile(probe.command, probe.args, { timeout: 30_000, cwd }, (error, _stdout, stderr) => {
      if (!error) resolve(undefined);
      else resolve(`${stderr || ""}\n${error.message}`);
    });
  });
}

/** Settings sent at initialize; the server pulls the same section later via workspace/configuration. */
function initializationOptions(): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration("errfix");
  return {
    kbPaths: config.get("kbPaths"),
    watchGlobs: config.get("watchGlobs"),
    logGlobs: config.get("logGlobs"),
    logLanguageIds: config.get("logLanguageIds"),
    severity: config.get("severity"),
    locale: config.get("locale"),
    ignore: config.get("ignore"),
    ignorePaths: config.get("ignorePaths"),
    severityByEntry: config.get("severityByEntry"),
  };
}

export interface StartResult {
  client?: LanguageClient;
  /** The message already shown to the user when the server could not start. */
  failure?: string;
}

/**
 * Starts the client. Failures are shown once as an error message with "Open Settings", and
 * returned, never thrown: the rest of the extension (terminal watching) just stays idle.
 */
export async function startClient(
  output: vscode.LogOutputChannel,
  middleware: LanguageClientOptions["middleware"],
): Promise<StartResult> {
  let cmd: ServerCommand;
  try {
    cmd = currentServerCommand();
  } catch (error) {
    const message = error instanceof ServerSettingsError ? error.message : String(error);
    void showFailure(message);
    return { failure: message };
  }
  output.appendLine(`Starting ${displayCommand(cmd)} (from ${cmd.source})`);
  const cwd = serverCwd();
  const problem = await preflight(cmd, cwd);
  if (problem !== undefined) {
    const message = startFailureMessage(cmd, problem);
    output.appendLine(message);
    void showFailure(message);
    return { failure: message };
  }

  const serverOptions: ServerOptions = {
    command: cmd.command,
    args: cmd.args,
    transport: TransportKind.stdio,
    options: { cwd, env: { ...process.env, PYTHONUNBUFFERED: "1" } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: "file", language: "python" },
      { scheme: "untitled", language: "python" },
      { scheme: "file", language: "log" },
      { scheme: "file", pattern: "**/*.log" },
    ],
    // The server pulls the "errfix" section itself and registers its own file watchers.
    synchronize: { configurationSection: "errfix" },
    initializationOptions: initializationOptions(),
    outputChannel: output,
    diagnosticCollectionName: "errfix",
    markdown: { isTrusted: false, supportHtml: false },
    middleware,
    connectionOptions: { maxRestartCount: 4 },
  };
  const client = new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
  try {
    await client.start();
  } catch (error) {
    const message = startFailureMessage(cmd, error instanceof Error ? error.message : String(error));
    output.appendLine(message);
    void showFailure(message);
    return { failure: message };
  }
  return { client };
}

async function showFailure(message: string): Promise<void> {
  const choice = await vscode.window.showErrorMessage(message, "Open Settings", "Copy Install Command");
  if (choice === "Open Settings") {
    await vscode.commands.executeCommand("workbench.action.openSettings", "errfix.server");
  } else if (choice === "Copy Install Command") {
    await vscode.env.clipboard.writeText("pip install errfix-lsp");
  }
}
