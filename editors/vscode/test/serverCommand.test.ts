import assert from "node:assert/strict";
import { test } from "node:test";
import {
  displayCommand,
  findOnPath,
  type HostInfo,
  preflightArgs,
  resolveServerCommand,
  ServerSettingsError,
  startFailureMessage,
} from "../src/core/serverCommand";

function host(executables: string[], pathEnv = "/usr/local/bin:/usr/bin", platform: NodeJS.Platform = "linux"): HostInfo {
  const set = new Set(executables);
  return { platform, pathEnv, isExecutable: (file) => set.has(file) };
}

test("explicit command wins over everything and keeps its arguments", () => {
  const cmd = resolveServerCommand(
    { command: ["/opt/venv/bin/errfix-lsp", "--log-level", "debug"], pythonPath: "/usr/bin/python3" },
    host(["/usr/bin/errfix-lsp"]),
  );
  assert.deepEqual(cmd, { command: "/opt/venv/bin/errfix-lsp", args: ["--log-level", "debug"], source: "command" });
  assert.equal(preflightArgs(cmd), undefined);
});

test("blank command entries are ignored, so [''] falls through to pythonPath", () => {
  const cmd = resolveServerCommand({ command: ["  "], pythonPath: " /venv/bin/python " }, host([]));
  assert.deepEqual(cmd, { command: "/venv/bin/python", args: ["-m", "errfix_lsp.server"], source: "pythonPath", python: "/venv/bin/python" });
  assert.deepEqual(preflightArgs(cmd), { command: "/venv/bin/python", args: ["-c", "import errfix_lsp.server"] });
});

test("without settings, errfix-lsp on PATH is used before the python3 fallback", () => {
  assert.deepEqual(resolveServerCommand({}, host(["/usr/bin/errfix-lsp"])), {
    command: "/usr/bin/errfix-lsp",
    args: [],
    source: "path",
  });
  const fallback = resolveServerCommand({ command: [], pythonPath: "" }, host([]));
  assert.equal(fallback.command, "python3");
  assert.deepEqual(fallback.args, ["-m", "errfix_lsp.server"]);
  assert.equal(fallback.source, "defaultPython");
  assert.equal(resolveServerCommand({}, host([], "C:\\bin", "win32")).command, "python");
});

test("malformed settings give a message naming the setting instead of a crash", () => {
  assert.throws(() => resolveServerCommand({ command: "errfix-lsp --stdio" }, host([])), (error: unknown) => {
    assert.ok(error instanceof ServerSettingsError);
    assert.match(error.message, /errfix\.server\.command/);
    return true;
  });
  assert.throws(() => resolveServerCommand({ pythonPath: 3 }, host([])), /errfix\.server\.pythonPath/);
});

test("findOnPath skips empty PATH parts, honours explicit paths and Windows extensions", () => {
  assert.equal(findOnPath("errfix-lsp", host(["/b/errfix-lsp"], "::/a:/b")), "/b/errfix-lsp");
  assert.equal(findOnPath("./tools/errfix-lsp", host([])), undefined);
  assert.equal(findOnPath("./tools/errfix-lsp", host(["./tools/errfix-lsp"])), "./tools/errfix-lsp");
  assert.equal(findOnPath("errfix-lsp", host([], undefined)), undefined);
  const win = host(["C:\\py\\Scripts\\errfix-lsp.exe"], "C:\\py\\Scripts", "win32");
  assert.match(findOnPath("errfix-lsp", win) ?? "", /errfix-lsp\.exe$/);
});

test("failure messages name the command and the fix", () => {
  const python = resolveServerCommand({ pythonPath: "/home/me/venv/bin/python" }, host([]));
  const noModule = startFailureMessage(
    python,
    "Traceback (most recent call last):\n  File \"<string>\", line 1\nModuleNotFoundError: No module named 'errfix_lsp'\n",
  );
  assert.match(noModule, /\/home\/me\/venv\/bin\/python -m errfix_lsp\.server/);
  assert.match(noModule, /No module named 'errfix_lsp'/);
  assert.match(noModule, /pip install errfix-lsp/);

  const missing = startFailureMessage(resolveServerCommand({ command: ["/nope/errfix-lsp"] }, host([])), "spawn /nope/errfix-lsp ENOENT");
  assert.match(missing, /errfix\.server\.command/);
  assert.match(missing, /pip install errfix-lsp/);
  assert.match(startFailureMessage(python, ""), /unknown error/);
});

test("displayCommand quotes parts with spaces", () => {
  assert.equal(
    displayCommand({ command: "/My Venv/bin/python", args: ["-m", "errfix_lsp.server"], source: "pythonPath" }),
    '"/My Venv/bin/python" -m errfix_lsp.server',
  );
});
