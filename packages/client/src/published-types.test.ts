/**
 * What an npm user of @trellis/client gets: builds and packs the client as `pnpm publish` would, installs the
 * tarball outside the workspace next to its published dependencies only, and type-checks a consumer with tsc. Fails
 * when the declarations import what a user cannot install (the private @trellis/api or @trellis/db, an undeclared
 * dependency) or when the procedures degrade to `any`.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, realpath, rm, symlink, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const clientDir = resolve(import.meta.dirname, "..");
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");

interface Manifest {
  readonly name: string;
  readonly private?: boolean;
  readonly dependencies?: Readonly<Record<string, string>>;
}

/** Packs the workspace package in `dir` and unpacks it as `<root>/node_modules/<name>`; returns the packed manifest. */
async function installPacked(dir: string, root: string): Promise<Manifest> {
  const { stdout } = await run("pnpm", ["pack", "--json", "--pack-destination", root], { cwd: dir });
  const { name, filename } = JSON.parse(stdout) as { name: string; filename: string };
  const target = join(root, "node_modules", name);
  await mkdir(target, { recursive: true });
  await run("tar", ["-xzf", filename, "-C", target, "--strip-components=1"]);
  return JSON.parse(await readFile(join(target, "package.json"), "utf8")) as Manifest;
}

/**
 * Makes the dependencies of a packed package resolvable under `<root>/node_modules`, as npm would install them:
 * Trellis packages packed from the workspace (published ones only), others linked to the copy pnpm installed.
 */
async function installDependencies(manifest: Manifest, workspaceDir: string, root: string): Promise<void> {
  for (const name of Object.keys(manifest.dependencies ?? {})) {
    const target = join(root, "node_modules", name);
    if (existsSync(target)) continue;
    const source = await realpath(join(workspaceDir, "node_modules", name));
    if (!name.startsWith("@trellis/")) {
      await mkdir(dirname(target), { recursive: true });
      await symlink(source, target, "dir");
      continue;
    }
    const packed = await installPacked(source, root);
    expect(packed.private, `${manifest.name} depends on the private ${name}`).not.toBe(true);
    await installDependencies(packed, source, root);
  }
}

const consumer = `
import { createTrellisClient, type RouterOutputs } from "@trellis/client";

type IsAny<T> = 0 extends 1 & T ? true : false;
type ReadyQueueItem = RouterOutputs["readyQueue"]["list"]["items"][number];
type ActionDetails = RouterOutputs["actions"]["get"];

const trellis = createTrellisClient({ url: "http://127.0.0.1:3000", token: "trl_example" });
const page = await trellis.readyQueue.list.query({ limit: 5 });
const priorities: number[] = page.items.map((item) => item.priority * 2);
// Types from the inlined api and from each published dependency (domain, scoring, lifecycle) resolve, none to any.
const typed: [
  IsAny<ReadyQueueItem["priority"]>,
  IsAny<ReadyQueueItem["account"]["arr"]>,
  IsAny<ReadyQueueItem["components"]>,
  IsAny<ActionDetails["allowedEvents"][number]>,
] = [false, false, false, false];

// @ts-expect-error: the limit is a number
await trellis.readyQueue.list.query({ limit: "5" });
// @ts-expect-error: there is no such procedure
await trellis.readyQueue.remove.mutate({ actionId: "a" });

console.log(priorities, typed);
`;

const consumerTsconfig = {
  compilerOptions: {
    strict: true,
    target: "ES2022",
    module: "NodeNext",
    moduleResolution: "NodeNext",
    lib: ["ES2023", "DOM"],
    types: [],
    noEmit: true,
    // As most projects do: @trpc/server's own declarations need @types/node and ws, which a client user may lack.
    skipLibCheck: true,
  },
  files: ["consumer.ts"],
};

describe("the packed @trellis/client", () => {
  let root = "";
  let client: Manifest = { name: "" };

  beforeAll(async () => {
    await run("pnpm", ["run", "build"], { cwd: clientDir });
    root = await mkdtemp(join(tmpdir(), "trellis-client-consumer-"));
    client = await installPacked(clientDir, root);
    await installDependencies(client, clientDir, root);
    await writeFile(join(root, "package.json"), JSON.stringify({ type: "module", private: true }));
    await writeFile(join(root, "tsconfig.json"), JSON.stringify(consumerTsconfig));
    await writeFile(join(root, "consumer.ts"), consumer);
  }, 120_000);

  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  it("declares a dependency on every package its declarations import", async () => {
    const declarations = await readFile(join(root, "node_modules/@trellis/client/dist/index.d.ts"), "utf8");
    const imported = [...declarations.matchAll(/ from '([^.'][^']*)'/g)].map(([, specifier = ""]) =>
      specifier
        .split("/")
        .slice(0, specifier.startsWith("@") ? 2 : 1)
        .join("/"),
    );
    expect(imported).toContain("@trellis/domain");
    const missing = imported.filter((name) => !(name in (client.dependencies ?? {})));
    expect(missing).toEqual([]);
  });

  it("type-checks a consumer outside the workspace, with typed procedures", async () => {
    const result = await run(process.execPath, [tsc, "-p", root], { cwd: root }).catch(
      (error: { stdout?: string }) => ({ stdout: error.stdout ?? String(error) }),
    );
    expect(result.stdout).toBe("");
  }, 60_000);
});
