/**
 * Which process to start as the errfix language server, decided from the settings alone.
 *
 * Kept free of `vscode` imports so the precedence rules (explicit command > pythonPath > errfix-lsp on
 * PATH > python3 -m errfix_lsp.server) are unit-tested, and so the failure message can name the exact
 * command that was tried together with the fix.
 */
import * as path from "node:path";

export const SERVER_MODULE = "errfix_lsp.server";
export const INSTALL_HINT = "pip install errfix-lsp";

export interface ServerSettings {
  /** `errfix.server.command`: argv of the server; wins when non-empty. */
  command?: unknown;
  /** `errfix.server.pythonPath`: interpreter that has errfix-lsp installed. */
  pythonPath?: unknown;
}

export interface HostInfo {
  platform: NodeJS.Platform;
  /** The PATH environment variable. */
  pathEnv: string | undefined;
  /** Whether a file exists and is executable (injected for tests). */
  isExecutable: (file: string) => boolean;
}

export type ServerSource = "command" | "pythonPath" | "path" | "defaultPython";

export interface ServerCommand {
  command: string;
  args: string[];
  /** Which setting (or fallback) produced it: used in messages. */
  source: ServerSource;
  /** When the server runs as `python -m errfix_lsp.server`: the interpreter, for the preflight check. */
  python?: string;
}

/** Thrown for settings that cannot produce a command; `message` is shown to the user as is. */
export class ServerSettingsError extends Error {}

/** Looks `name` up in PATH like a shell would; undefined when not found. */
export function findOnPath(name: string, host: HostInfo): string | undefined {
  if (name.includes("/") || (host.platform === "win32" && name.includes("\\"))) {
    return host.isExecutable(name) ? name : undefined;
  }
  const paths = host.platform === "win32" ? path.win32 : path.posix;
  const sep = host.platform === "win32" ? ";" : ":";
  const exts = host.platform === "win32" ? ["", ".exe", ".cmd", ".bat"] : [""];
  for (const dir of (host.pathEnv ?? "").split(sep)) {
    if (!dir) continue;
    for (const ext of exts) {
      const candidate = paths.join(dir, name + ext);
      if (host.isExecutable(candidate)) return candidate;
    }
  }
  return undefined;
}

function stringList(value: unknown, setting: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== "string")) {
    throw new ServerSettingsError(
      `errfix: the setting "${setting}" must be a list of strings, e.g. ["/path/to/errfix-lsp"].`,
    );
  }
  return (value as string[]).map((item) => item.trim()).filter((item) => item.length > 0);
}

/** Decides the server command. Throws ServerSettingsError for malformed settings. */
export function resolveServerCommand(settings: ServerSettings, host: HostInfo): ServerCommand {
  const argv = stringList(settings.command, "errfix.server.command");
  if (argv.length > 0) {
    return { command: argv[0], args: argv.slice(1), source: "command" };
  }
  if (settings.pythonPath !== undefined && settings.pythonPath !== null && typeof settings.pythonPath !== "string") {
    throw new ServerSettingsError('errfix: the setting "errfix.server.pythonPath" must be a string.');
  }
  const python = typeof settings.pythonPath === "string" ? settings.pythonPath.trim() : "";
  if (python) {
    return { command: python, args: ["-m", SERVER_MODULE], source: "pythonPath", python };
  }
  const onPath = findOnPath("errfix-lsp", host);
  if (onPath) {
    return { command: onPath, args: [], source: "path" };
  }
  const fallback = host.platform === "win32" ? "python" : "python3";
  return { command: fallback, args: ["-m", SERVER_MODULE], source: "defaultPython", python: fallback };
}

/** The command as a user would type it, for messages. */
export function displayCommand(cmd: ServerCommand): string {
  return [cmd.command, ...cmd.args].map((part) => (/[\s"']/.test(part) ? JSON.stringify(part) : part)).join(" ");
}

/** argv of a quick check that the interpreter can import the server (only for python -m launches). */
export function preflightArgs(cmd: ServerCommand): { command: string; args: string[] } | undefined {
  if (!cmd.python) return undefined;
  return { command: cmd.python, args: ["-c", `import ${SERVER_MODULE}`] };
}

/**
 * The message shown when the server cannot start: what was tried, why it failed, and the fix.
 * `detail` is an error text (spawn error or the preflight's stderr).
 */
export function startFailureMessage(cmd: ServerCommand, detail: string): string {
  const tried = displayCommand(cmd);
  const reason = detail.trim().split(/\r?\n/).filter((line) => line.trim()).slice(-1)[0] ?? "unknown error";
  const notFound = /ENOENT|not found|No such file/i.test(detail);
  const noModule = /No module named/.test(detail);
  let fix: string;
  if (noModule) {
    fix = `Install it into that Python: \`${cmd.python ?? "python"} -m ${INSTALL_HINT}\`, or set "errfix.server.pythonPath" to a Python that has it.`;
  } else if (notFound && cmd.source === "command") {
    fix = `Check "errfix.server.command", or install the server with \`${INSTALL_HINT}\`.`;
  } else if (notFound) {
    fix = `Install the server with \`${INSTALL_HINT}\` and set "errfix.server.pythonPath" to that Python.`;
  } else {
    fix = `Check the "errfix" output channel; (re)install with \`${INSTALL_HINT}\`.`;
  }
  return `errfix: could not start the language server (${tried}): ${reason}. ${fix}`;
}
