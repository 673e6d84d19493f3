/**
 * Writes the lifecycle diagram into the package README (`pnpm --filter @trellis/lifecycle docs`).
 * A test fails when the README's diagram differs from the machine, so run this after changing the table.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { toMermaid } from "../src/mermaid.js";
import { withDiagram } from "../src/readme-diagram.js";

const readmeUrl = new URL("../README.md", import.meta.url);
const current = readFileSync(readmeUrl, "utf8");
const updated = withDiagram(current, toMermaid());
if (updated === current) {
  console.log("README.md: lifecycle diagram already up to date");
} else {
  writeFileSync(readmeUrl, updated);
  console.log("README.md: lifecycle diagram updated");
}
