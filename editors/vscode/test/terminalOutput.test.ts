import assert from "node:assert/strict";
import { test } from "node:test";
import {
  ExecutionTracker,
  type FinishedRun,
  splitChunk,
  type TerminalOutputParams,
} from "../src/core/terminalOutput";
import { FakeTimers } from "./fakeTimers";

function setup(options: { maxChunkChars?: number; keepChars?: number } = {}) {
  const timers = new FakeTimers();
  const sent: TerminalOutputParams[] = [];
  const finished: FinishedRun[] = [];
  const tracker = new ExecutionTracker<string>((p) => sent.push(p), (r) => finished.push(r), {
    ...options,
    endGraceMs: 2000,
    timers,
  });
  return { timers, sent, finished, tracker };
}

test("chunks are forwarded as they come, then one closing message with the exit code", () => {
  const { sent, finished, tracker } = setup();
  tracker.start("e1", "1:bash", "/ws", "python train.py");
  tracker.data("e1", "Traceback (most recent call last):\r\n  File \"/ws/tr");
  tracker.data("e1", "ain.py\", line 9, in <module>\r\n");
  tracker.streamDone("e1");
  assert.equal(sent.length, 2, "no closing message before the end event");
  tracker.end("e1", 1);
  assert.deepEqual(sent.map((p) => p.exitCode), [null, null, 1]);
  assert.equal(sent[2].data, "");
  assert.equal(sent[2].end, true);
  assert.ok(sent.slice(0, 2).every((p) => p.end === undefined), "data messages do not end the command");
  assert.deepEqual(
    sent.map((p) => [p.terminal, p.cwd, p.commandLine]),
    Array(3).fill(["1:bash", "/ws", "python train.py"]),
  );
  assert.equal(finished.length, 1);
  assert.equal(finished[0].text, "Traceback (most recent call last):\r\n  File \"/ws/train.py\", line 9, in <module>\r\n");
  assert.equal(finished[0].exitCode, 1);
});

test("an end event that overtakes the last chunks waits for the stream", () => {
  const { sent, tracker, timers } = setup();
  tracker.start("e1", "t", null, null);
  tracker.data("e1", "a");
  tracker.end("e1", 0);
  timers.advance(500);
  tracker.data("e1", "late chunk");
  tracker.streamDone("e1");
  assert.deepEqual(sent.map((p) => [p.data, p.exitCode]), [["a", null], ["late chunk", null], ["", 0]]);
  timers.advance(5000);
  assert.equal(sent.length, 3, "the grace timer must not close twice");
});

test("a stream that never finishes is closed after the grace period; later data is dropped", () => {
  const { sent, tracker, timers, finished } = setup();
  tracker.start("e1", "t", null, "make");
  tracker.data("e1", "x");
  tracker.end("e1", undefined); // the shell reported no exit code
  timers.advance(1999);
  assert.equal(sent.length, 1);
  timers.advance(1);
  assert.deepEqual(sent[1], { terminal: "t", data: "", cwd: null, commandLine: "make", exitCode: null, end: true });
  tracker.data("e1", "after close");
  tracker.streamDone("e1");
  assert.equal(sent.length, 2);
  assert.equal(finished.length, 1);
});

test("the command line may become known while the command runs", () => {
  const { sent, tracker } = setup();
  tracker.start("e1", "t", null, "");
  tracker.data("e1", "a");
  tracker.data("e1", "b", "python train.py");
  tracker.end("e1", 2);
  tracker.streamDone("e1");
  assert.deepEqual(sent.map((p) => p.commandLine), [null, "python train.py", "python train.py"]);
});

test("starting the same execution again closes the stale run first", () => {
  const { sent, tracker } = setup();
  tracker.start("e1", "t", null, "a");
  tracker.data("e1", "1");
  tracker.start("e1", "t", null, "b");
  tracker.data("e1", "2");
  assert.deepEqual(sent.map((p) => [p.commandLine, p.data, p.exitCode]), [
    ["a", "1", null],
    ["a", "", null],
    ["b", "2", null],
  ]);
  assert.equal(tracker.openRuns, 1);
});

test("closeAll closes only the given terminal's runs", () => {
  const { sent, tracker } = setup();
  tracker.start("e1", "1:bash", null, "a");
  tracker.start("e2", "2:zsh", null, "b");
  tracker.closeAll("1:bash");
  assert.deepEqual(sent, [{ terminal: "1:bash", data: "", cwd: null, commandLine: "a", exitCode: null, end: true }]);
  assert.equal(tracker.openRuns, 1);
});

test("big chunks are split into bounded messages and the kept tail is bounded", () => {
  const { sent, tracker, finished } = setup({ maxChunkChars: 4, keepChars: 6 });
  tracker.start("e1", "t", null, null);
  tracker.data("e1", "abcdefghij");
  tracker.data("e1", "kl");
  tracker.end("e1", 0);
  tracker.streamDone("e1");
  assert.deepEqual(sent.map((p) => p.data), ["abcd", "efgh", "ij", "kl", ""]);
  assert.equal(finished[0].text, "ghijkl");
  assert.equal(finished[0].truncated, true);
});

test("splitChunk never separates a surrogate pair and rejoins to the input", () => {
  const text = "ab😀cd😀";
  for (let max = 2; max <= 8; max++) {
    const pieces = splitChunk(text, max);
    assert.equal(pieces.join(""), text);
    for (const piece of pieces) {
      assert.ok(piece.length <= max);
      assert.ok(!/[\uD800-\uDBFF]$/.test(piece), `piece ${JSON.stringify(piece)} ends in a high surrogate`);
    }
  }
  assert.deepEqual(splitChunk("", 4), [""]);
  assert.throws(() => splitChunk("abc", 1), RangeError);
});

test("events for unknown executions and empty chunks are ignored", () => {
  const { sent, tracker } = setup();
  tracker.data("nope", "x");
  tracker.end("nope", 1);
  tracker.streamDone("nope");
  tracker.start("e1", "t", null, null);
  tracker.data("e1", "");
  assert.deepEqual(sent, []);
});
