/**
 * `pnpm --filter @trellis/api chaos -- --kills 200 [--seed N] [--concurrency 2] [--pglite-dir DIR]`
 *
 * Runs the chaos scenario against a fresh PostgreSQL database next to TEST_DATABASE_URL when it is set, otherwise
 * against a PGlite directory, prints the report and exits non-zero unless there were 0 duplicates and 0 losses.
 */
import { parseArgs } from "node:util";
import { z } from "zod";
import { runChaos } from "./run-chaos.js";

const argsSchema = z.object({
  kills: z.coerce.number().int().min(1).default(200),
  seed: z.coerce
    .number()
    .int()
    .min(0)
    .default(() => Date.now() % 2 ** 32),
  concurrency: z.coerce.number().int().min(1).max(8).default(2),
  "pglite-dir": z.string().min(1).optional(),
});

const { values } = parseArgs({
  // pnpm may pass the `--` separator through.
  args: process.argv.slice(2).filter((arg) => arg !== "--"),
  options: {
    kills: { type: "string" },
    seed: { type: "string" },
    concurrency: { type: "string" },
    "pglite-dir": { type: "string" },
  },
});
const args = argsSchema.parse(values);
const database =
  process.env.TEST_DATABASE_URL && !args["pglite-dir"]
    ? ({ kind: "postgres" } as const)
    : ({ kind: "pglite", dataDir: args["pglite-dir"] } as const);

console.log(
  `chaos: ${args.kills} kills on ${database.kind}, seed ${args.seed}` +
    (database.kind === "postgres" ? `, ${args.concurrency} worker processes at once` : ""),
);
const started = Date.now();
const report = await runChaos({ ...args, database, log: (line) => console.log(line) });
console.log(
  [
    `actions executed:          ${report.actions}`,
    `worker processes killed:   ${report.kills} ${JSON.stringify(report.killsByPoint)}`,
    `re-sends deduplicated:     ${report.redeliveriesDeduplicated} (same Message-ID, flagged outcome unknown)`,
    `duplicates:                ${report.duplicates}`,
    `losses:                    ${report.losses}`,
    `took:                      ${((Date.now() - started) / 1000).toFixed(1)} s`,
    ...report.problems.slice(0, 20).map((problem) => `  ${problem}`),
  ].join("\n"),
);
process.exit(report.duplicates === 0 && report.losses === 0 ? 0 : 1);
