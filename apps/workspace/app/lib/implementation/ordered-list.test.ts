import { describe, expect, it } from "vitest";
import { moveItem, nextItemId, removeItem, replaceItem } from "./ordered-list";

describe("ordered list editing", () => {
  it("moves an item up and down, and not past either end", () => {
    expect(moveItem(["a", "b", "c"], 2, -1)).toEqual(["a", "c", "b"]);
    expect(moveItem(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"]);
    expect(moveItem(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"]);
    expect(moveItem(["a", "b", "c"], 2, 1)).toEqual(["a", "b", "c"]);
  });

  it("replaces and removes by index", () => {
    expect(replaceItem(["a", "b"], 1, "x")).toEqual(["a", "x"]);
    expect(removeItem(["a", "b", "c"], 1)).toEqual(["a", "c"]);
  });

  it("gives new items an id no other item has", () => {
    expect(nextItemId([])).toBe("new-1");
    expect(nextItemId([{ id: "new-1" }, { id: "team_size" }, { id: "new-3" }])).toBe("new-2");
  });
});
