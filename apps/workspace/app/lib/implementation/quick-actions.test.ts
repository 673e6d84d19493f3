import { describe, expect, it } from "vitest";
import { commandsFromAllowedEvents, quickCommandsFor } from "./quick-actions";

describe("quick actions", () => {
  it("follow the lifecycle: nothing once executed, no execute before a draft", () => {
    expect(quickCommandsFor("ready")).toEqual(["execute", "edit", "skip", "reschedule"]);
    expect(quickCommandsFor("review_pending")).toEqual(["execute", "edit", "skip", "reschedule"]);
    expect(quickCommandsFor("pending")).toEqual(["edit", "skip", "reschedule"]);
    for (const state of ["executed", "completed", "skipped"] as const)
      expect(quickCommandsFor(state)).toEqual([]);
  });

  it("turn allowed events into the panel's commands, dropping events agents do not send", () => {
    expect(commandsFromAllowedEvents(["regenerate", "edit", "execute", "skip", "reschedule"])).toEqual([
      "regenerate",
      "edit",
      "execute",
      "skip",
      "reschedule",
    ]);
    expect(commandsFromAllowedEvents(["mark_complete", "customer_responded"])).toEqual(["complete"]);
  });
});
