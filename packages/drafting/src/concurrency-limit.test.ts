import { describe, expect, it } from "vitest";
import { createConcurrencyLimit } from "./concurrency-limit.js";

/** A task that stays running until released, to observe the limit deterministically. */
function gate() {
  let release = () => {};
  const done = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { done, release };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("createConcurrencyLimit", () => {
  it("runs at most max tasks at once and starts queued ones in arrival order", async () => {
    const limit = createConcurrencyLimit(2);
    const gates = [gate(), gate(), gate(), gate()];
    const started: number[] = [];
    const runs = gates.map((g, i) =>
      limit.run(async () => {
        started.push(i);
        await g.done;
        return i;
      }),
    );
    await tick();
    expect(started).toEqual([0, 1]);
    expect([limit.active, limit.pending]).toEqual([2, 2]);
    gates[1]?.release();
    await tick();
    expect(started).toEqual([0, 1, 2]);
    for (const g of gates) g.release();
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3]);
    expect([limit.active, limit.pending]).toEqual([0, 0]);
  });

  it("frees the slot when a task fails", async () => {
    const limit = createConcurrencyLimit(1);
    await expect(limit.run(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await limit.run(async () => "next")).toBe("next");
    expect(limit.active).toBe(0);
  });

  it("drops a queued task when its signal aborts, without taking a slot", async () => {
    const limit = createConcurrencyLimit(1);
    const first = gate();
    const running = limit.run(() => first.done);
    const controller = new AbortController();
    let ran = false;
    const queued = limit.run(async () => {
      ran = true;
    }, controller.signal);
    controller.abort(new Error("cancelled"));
    await expect(queued).rejects.toThrow("cancelled");
    expect(limit.pending).toBe(0);
    first.release();
    await running;
    expect(ran).toBe(false);
    expect(limit.active).toBe(0);
  });

  it("refuses an already-aborted signal", async () => {
    const controller = new AbortController();
    controller.abort(new Error("too late"));
    await expect(createConcurrencyLimit(1).run(async () => 1, controller.signal)).rejects.toThrow("too late");
  });

  it.each([0, -1, 1.5, Number.NaN])("refuses a limit of %s", (max) => {
    expect(() => createConcurrencyLimit(max)).toThrow(RangeError);
  });
});
