import assert from "node:assert/strict";
import { test } from "node:test";
import { filterConfigurationResult, serverSection } from "../src/core/settings";

test("client-only settings are not sent to the server; the rest is untouched", () => {
  const section = {
    kbPaths: ["/kb"],
    severity: "warning",
    terminal: { enabled: true },
    forwardDiagnostics: false,
    server: { pythonPath: "" },
    trace: { server: "off" },
  };
  assert.deepEqual(serverSection(section), {
    kbPaths: ["/kb"],
    severity: "warning",
    server: { pythonPath: "" },
    trace: { server: "off" },
  });
  assert.equal(section.forwardDiagnostics, false, "the input is not modified");
  assert.equal(serverSection(null), null);
  assert.equal(serverSection("x"), "x");
});

test("only items asked for the errfix section are filtered", () => {
  const result = filterConfigurationResult(
    ["errfix", "python", undefined],
    [{ terminal: 1, locale: "zh" }, { terminal: 1 }, { terminal: 1 }],
  );
  assert.deepEqual(result, [{ locale: "zh" }, { terminal: 1 }, { terminal: 1 }]);
  assert.equal(filterConfigurationResult(["errfix"], null), null);
});
