import assert from "node:assert/strict";
import { test } from "node:test";
import { KeyedDebouncer, LatestOnly } from "../src/core/debounce";
import { FakeTimers } from "./fakeTimers";

test("keys arriving within the delay are flushed once, deduplicated", () => {
  const timers = new FakeTimers();
  const flushed: string[][] = [];
  const d = new KeyedDebouncer<string>(100, (keys) => flushed.push(keys), timers, () => timers.now);
  d.add(["a", "b"]);
  timers.advance(60);
  d.add(["b", "c"]);
  timers.advance(60);
  assert.deepEqual(flushed, []);
  timers.advance(40);
  assert.deepEqual(flushed, [["a", "b", "c"]]);
  timers.advance(1000);
  assert.equal(flushed.length, 1);
});

test("a constant stream of events is still flushed after maxWait", () => {
  const timers = new FakeTimers();
  const flushed: number[][] = [];
  const d = new KeyedDebouncer<number>(100, (keys) => flushed.push(keys), timers, () => timers.now, 250);
  for (let i = 0; i < 10; i++) {
    d.add([i]);
    timers.advance(50);
  }
  assert.ok(flushed.length >= 1, "flushed at least once while events kept coming");
  assert.deepEqual(flushed[0], [0, 1, 2, 3, 4]); // first key at t=0, flushed at t=250
});

test("empty adds schedule nothing; dispose drops pending keys", () => {
  const timers = new FakeTimers();
  const flushed: string[][] = [];
  const d = new KeyedDebouncer<string>(100, (keys) => flushed.push(keys), timers, () => timers.now);
  d.add([]);
  assert.equal(timers.pending, 0);
  d.add(["x"]);
  d.dispose();
  timers.advance(500);
  assert.deepEqual(flushed, []);
});

test("LatestOnly delivers only the newest answer even when an older one resolves later", async () => {
  const timers = new FakeTimers();
  const latest = new LatestOnly<string>(10, timers);
  const delivered: string[] = [];
  let releaseSlow!: (value: string) => void;
  latest.run(() => new Promise<string>((resolve) => (releaseSlow = resolve)), (v) => delivered.push(v));
  timers.advance(10); // the slow query is now in flight
  latest.run(async () => "get_config", (v) => delivered.push(v));
  timers.advance(10);
  await new Promise((resolve) => setImmediate(resolve));
  releaseSlow("get_con");
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(delivered, ["get_config"]);
});

test("LatestOnly.cancel drops a scheduled query and reports failures of the current one", async () => {
  const timers = new FakeTimers();
  const latest = new LatestOnly<string>(10, timers);
  const delivered: string[] = [];
  const failures: unknown[] = [];
  latest.run(async () => "x", (v) => delivered.push(v));
  latest.cancel();
  timers.advance(100);
  latest.run(async () => Promise.reject(new Error("server down")), (v) => delivered.push(v), (e) => failures.push(e));
  timers.advance(10);
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(delivered, []);
  assert.equal(failures.length, 1);
});
