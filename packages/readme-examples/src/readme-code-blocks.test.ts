import { describe, expect, it } from "vitest";
import { readmeExamples } from "./readme-code-blocks.js";

describe("readmeExamples", () => {
  it("takes the ts blocks under example headings only, with their line numbers", () => {
    const markdown = [
      "# pkg",
      "```ts",
      "signature();",
      "```",
      "## Example",
      "Text.",
      "```ts",
      "run();",
      "more();",
      "```",
      "```sh",
      "pnpm add pkg",
      "```",
      "### Another example",
      "```typescript",
      "again();",
      "```",
    ].join("\n");
    expect(readmeExamples(markdown)).toEqual([
      { heading: "Example", line: 7, code: "run();\nmore();" },
      { heading: "Another example", line: 15, code: "again();" },
    ]);
  });
});
