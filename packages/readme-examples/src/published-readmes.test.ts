import { execFile } from "node:child_process";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { readmeExamples } from "./readme-code-blocks.js";

const run = promisify(execFile);
const packagesDir = resolve(import.meta.dirname, "../..");
const tsx = resolve(packagesDir, "../node_modules/.bin/tsx");

const published = readdirSync(packagesDir)
  .map((name) => join(packagesDir, name))
  .filter((dir) => {
    try {
      return JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).private !== true;
    } catch {
      return false;
    }
  });

describe.each(published)("README of %s", (dir) => {
  const examples = readmeExamples(readFileSync(join(dir, "README.md"), "utf8"));

  it("has a runnable example", () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  it.each(examples.map((example) => [example.line, example] as const))(
    "example at line %i runs",
    async (line, example) => {
      // Written inside the package so that its own name and its dependencies resolve as a user's code would.
      const file = join(dir, `.readme-example-${line}.ts`);
      writeFileSync(file, example.code);
      try {
        await run(tsx, [file], { cwd: dir, timeout: 50_000 });
      } catch (error) {
        const { stderr = "", stdout = "" } = error as { stderr?: string; stdout?: string };
        expect.fail(`README example at line ${line} failed:\n${stderr || stdout}`);
      } finally {
        rmSync(file, { force: true });
      }
    },
  );
});
