import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toMermaid } from "./mermaid.js";
import { DIAGRAM_END_MARKER, DIAGRAM_START_MARKER, withDiagram } from "./readme-diagram.js";

describe("toMermaid", () => {
  const lines = toMermaid().split("\n");

  it("is a state diagram that starts pending and ends completed or skipped", () => {
    expect(lines[0]).toBe("stateDiagram-v2");
    expect(lines).toContain("  [*] --> pending");
    expect(lines).toContain("  completed --> [*]");
    expect(lines).toContain("  skipped --> [*]");
  });

  it("draws one labelled arrow per (from, to) pair with its events and senders", () => {
    expect(lines).toContain("  pending --> ready: draft_generated, draft_failed (system)");
    expect(lines).toContain("  ready --> review_pending: regenerate (agent)");
    expect(lines).toContain("  ready --> executed: execute (agent, if confirmed and the draft is complete)");
    const arrows = lines.filter((line) => /^ {2}\w+ --> \w+: /.test(line));
    expect(arrows).toHaveLength(12);
    expect(lines.find((line) => line.startsWith("  executed --> completed:"))).toMatch(
      /deliver_succeeded \(system, if a slack action\).*customer_responded \(contact, .*\).*mark_complete \(agent\)/,
    );
  });

  it("never draws an arrow out of executed to an earlier state", () => {
    expect(lines.filter((line) => /^ {2}executed --> (pending|ready|review_pending)\b/.test(line))).toEqual(
      [],
    );
  });
});

describe("the README diagram", () => {
  it("is the current machine (run `pnpm --filter @trellis/lifecycle docs` to update it)", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    expect(readme).toContain(DIAGRAM_START_MARKER);
    expect(readme).toContain(DIAGRAM_END_MARKER);
    expect(withDiagram(readme, toMermaid())).toBe(readme);
  });
});

describe("withDiagram", () => {
  it("replaces only what lies between the markers", () => {
    const readme = `# Title\n\n${DIAGRAM_START_MARKER}\nold\n${DIAGRAM_END_MARKER}\n\nAfter.\n`;
    expect(withDiagram(readme, "stateDiagram-v2")).toBe(
      `# Title\n\n${DIAGRAM_START_MARKER}\n\n\`\`\`mermaid\nstateDiagram-v2\n\`\`\`\n\n${DIAGRAM_END_MARKER}\n\nAfter.\n`,
    );
  });

  it("refuses a README without the markers", () => {
    expect(() => withDiagram("# Title\n", "stateDiagram-v2")).toThrow(/lifecycle-diagram:start/);
  });
});
