import assert from "node:assert/strict";
import { test } from "node:test";
import { ForwardState, isOwn, type PlainDiagnostic, toLspDiagnostic } from "../src/core/diagnostics";

const range = { start: { line: 4, character: 0 }, end: { line: 4, character: 13 } };

test("VS Code severities (0-based) become LSP severities (1-based)", () => {
  const severities = [0, 1, 2, 3].map((severity) => toLspDiagnostic({ range, message: "m", severity }).severity);
  assert.deepEqual(severities, [1, 2, 3, 4]);
  assert.equal(toLspDiagnostic({ range, message: "m", severity: 7 }).severity, undefined);
});

test("code objects become code + codeDescription; tags and source are kept", () => {
  const d = toLspDiagnostic({
    range,
    message: "\"np\" is not defined",
    source: "Pylance",
    code: { value: "reportUndefinedVariable", target: { toString: () => "https://example.invalid/rule" } },
    tags: [1],
  });
  assert.deepEqual(d, {
    range,
    message: "\"np\" is not defined",
    source: "Pylance",
    code: "reportUndefinedVariable",
    codeDescription: { href: "https://example.invalid/rule" },
    tags: [1],
  });
  assert.equal(toLspDiagnostic({ range, message: "m", code: 401 }).code, 401);
});

test("the range is copied, not shared (VS Code positions are live objects)", () => {
  const original = { range: { start: { line: 1, character: 2 }, end: { line: 1, character: 3 } }, message: "m" };
  const converted = toLspDiagnostic(original);
  original.range.start.line = 99;
  assert.equal(converted.range.start.line, 1);
});

test("errfix's own diagnostics are never forwarded", () => {
  assert.ok(isOwn({ source: "errfix" }));
  assert.ok(isOwn({ source: "Errfix" }));
  assert.ok(!isOwn({ source: "ruff" }));
  assert.ok(!isOwn({}));
  const state = new ForwardState();
  assert.equal(state.update("file:///a.py", [{ range, message: "x", source: "errfix" }]), undefined);
});

test("unchanged documents are not re-sent; a cleared document gets one empty list", () => {
  const state = new ForwardState();
  const ruff: PlainDiagnostic = { range, message: "F401 unused import", source: "ruff", severity: 1 };
  const own: PlainDiagnostic = { range, message: "known error", source: "errfix" };
  const first = state.update("file:///a.py", [ruff]);
  assert.equal(first?.diagnostics.length, 1);
  assert.equal(state.update("file:///a.py", [ruff, own]), undefined, "only our own changed");
  assert.deepEqual(state.update("file:///a.py", []), { uri: "file:///a.py", diagnostics: [] });
  assert.equal(state.update("file:///a.py", []), undefined);
  state.update("file:///a.py", [ruff]);
  state.reset();
  assert.ok(state.update("file:///a.py", [ruff]), "after reset everything is sent again");
});
