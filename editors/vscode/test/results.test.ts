import assert from "node:assert/strict";
import { test } from "node:test";
import {
  escapeMarkdown,
  knownErrorItems,
  knownErrors,
  parseExplain,
  parseSearchHits,
  searchItems,
  searchMarkdown,
  statusText,
  statusTooltip,
} from "../src/core/results";

const explainAnswer = {
  events: [
    {
      line: 11,
      text: "NotImplementedError: ",
      kind: "traceback",
      frames: [
        { file: "/ws/train.py", line: 9, function: "<module>" },
        { file: "/ws/lib/helpers.py", line: 3, function: "save" },
        { file: "/venv/lib/python3.11/site-packages/keras/src/ops/operation.py", line: 308, function: "get_config" },
      ],
      matches: [
        { id: "tensorflow/keras-model-save-custom-layer", score: 0.97, signature: "ValueError: Unable to serialize", captures: { class_name: "MyDense", n: 3 } },
        { id: "generic/other", score: 0.2, signature: "other" },
      ],
    },
    { line: 30, text: "KeyError: 'x'", kind: "traceback", frames: [], matches: [] },
    "garbage",
    { line: 40, text: "RuntimeError: CUDA", kind: "traceback", frames: [{ file: "<frozen runpy>", line: 1 }], matches: [{ id: "torch/cuda-oom" }] },
  ],
};

test("known errors keep output order, take the best match and the innermost user frame", () => {
  const errors = knownErrors(parseExplain(explainAnswer));
  assert.deepEqual(errors.map((e) => e.id), ["tensorflow/keras-model-save-custom-layer", "torch/cuda-oom"]);
  assert.deepEqual(errors[0].frame, { file: "/ws/lib/helpers.py", line: 3, function: "save" });
  assert.deepEqual(errors[0].captures, { class_name: "MyDense" }, "non-string captures are dropped");
  assert.equal(errors[1].frame, undefined, "frozen frames are not user code");
});

test("malformed answers give empty results instead of exceptions", () => {
  for (const bad of [undefined, null, 3, "x", [], { events: "no" }, { events: [null, 1, []] }]) {
    assert.deepEqual(knownErrors(parseExplain(bad)), []);
  }
  assert.deepEqual(parseSearchHits({ id: "x" }), []);
  assert.deepEqual(parseSearchHits([{ id: 1 }, null, { id: "a/b" }]), [{ id: "a/b", signature: "", score: 0 }]);
});

test("search items always show (the server ranked them) and carry the entry id", () => {
  const items = searchItems(parseSearchHits([
    { id: "tensorflow/keras-model-save-custom-layer", signature: "ValueError: Unable to serialize", score: 1.97 },
    { id: "x/y", signature: "", score: 0 },
  ]));
  assert.equal(items.length, 2);
  assert.ok(items.every((item) => item.alwaysShow === true));
  assert.equal(items[0].label, "tensorflow/keras-model-save-custom-layer");
  assert.equal(items[0].entryId, items[0].label);
  assert.equal(items[0].description, "score 1.97");
  assert.equal(items[1].description, undefined);
});

test("known-error items show the file:line of the user's frame", () => {
  const items = knownErrorItems(knownErrors(parseExplain(explainAnswer)));
  assert.equal(items[0].description, "helpers.py:3");
  assert.equal(items[0].detail, "NotImplementedError:");
  assert.equal(items[1].detail, "RuntimeError: CUDA");
});

test("search Markdown escapes user text and numbers the hits", () => {
  const md = searchMarkdown("*get_config*", [{ id: "a/b_c", signature: "Error: `x`", score: 1.5 }]);
  assert.match(md, /“\\\*get\\_config\\\*”/);
  assert.match(md, /^1\. \*\*a\/b\\_c\*\* \(score 1\.50\)/m);
  assert.match(md, /Error: \\`x\\`/);
  assert.match(searchMarkdown("zzz", []), /No entry matches/);
  assert.equal(escapeMarkdown("a|b"), "a\\|b");
});

test("status text counts known errors with the right plural", () => {
  assert.equal(statusText(undefined), "$(debug-alt) errfix");
  assert.equal(statusText(0), "$(check) errfix: 0 known errors");
  assert.equal(statusText(1), "$(error) errfix: 1 known error");
  assert.equal(statusText(3), "$(error) errfix: 3 known errors");
  assert.match(statusTooltip(2, "python train.py"), /`python train.py` printed 2 known errors/);
  assert.match(statusTooltip(undefined, null), /no run seen yet/);
});
