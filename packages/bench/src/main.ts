/**
 * `pnpm bench`: builds the dataset on each database, runs every scenario, prints a Markdown table of measured
 * figures against their targets, and with `--write` records it in packages/bench/RESULTS.md with the machine and
 * date. Options: `--db pglite,postgres` (default: both when BENCH_DATABASE_URL or TEST_DATABASE_URL names a
 * PostgreSQL server, else PGlite), `--quick` (a small dataset and short runs, to check the suite itself works).
 */
import { writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { parseArgs } from "node:util";
import { createApiToken } from "@trellis/api";
import { withTenant } from "@trellis/db";
import type { AgentId } from "@trellis/domain";
import { type BenchDatabaseKind, createBenchDatabase, postgresServerUrl } from "./bench-database.js";
import { FULL_DATASET, generateDataset } from "./dataset.js";
import { markdownTable, ms, type ResultRow } from "./report.js";
import { benchExecuteOnce } from "./scenarios/execute-once.js";
import { benchHttp } from "./scenarios/http.js";
import { benchImplementationSsr } from "./scenarios/implementation-ssr.js";
import { benchOutboxDrain } from "./scenarios/outbox-drain.js";
import { benchReadyQueue } from "./scenarios/ready-queue.js";

const { values } = parseArgs({
  options: {
    db: { type: "string" },
    quick: { type: "boolean", default: false },
    write: { type: "boolean", default: false },
  },
});

const kinds = (values.db?.split(",") ?? (postgresServerUrl() ? ["pglite", "postgres"] : ["pglite"])).map(
  (kind) => {
    if (kind !== "pglite" && kind !== "postgres") throw new Error(`--db: unknown database "${kind}"`);
    return kind as BenchDatabaseKind;
  },
);
const quick = values.quick;
const size = quick ? { accounts: 500, actionsPerAccount: 20 } : FULL_DATASET;
const timing = quick
  ? { iterations: 30, drain: 200, throughputMs: 1_000, loadMs: 2_000, concurrency: 16 }
  : { iterations: 300, drain: 2_000, throughputMs: 5_000, loadMs: 30_000, concurrency: 32 };

const log = (message: string) => process.stderr.write(`bench: ${message}\n`);
const fixed = (value: number, digits = 2) => value.toFixed(digits);

async function benchDatabase(kind: BenchDatabaseKind): Promise<ResultRow[]> {
  const bench = await createBenchDatabase(kind);
  const rows: ResultRow[] = [];
  const row = (scenario: string, figure: string, target: string, met: boolean | null) =>
    rows.push({ database: kind, scenario, figure, target, met });
  try {
    const opened = await bench.open();
    let token: string;
    try {
      const now = new Date();
      log(`${kind}: generating ${size.accounts} accounts, ${size.accounts * size.actionsPerAccount} actions`);
      const dataset = await generateDataset(opened.db, size, now, (done, total) => {
        if (done % 2_000 === 0 || done === total) log(`${kind}: ${done}/${total} accounts`);
      });
      token = (
        await withTenant(opened.db, dataset.organizationId, (scope) =>
          createApiToken({ clock: { now: () => now } }, scope, dataset.agentId as AgentId, "bench"),
        )
      ).token;

      log(`${kind}: Ready queue`);
      const queue = await benchReadyQueue(opened.db, dataset, now, timing.iterations);
      const p95Target = kind === "postgres" ? queue.api.p95 <= 15 : null;
      row(
        `Ready queue first page (${dataset.readyActionIds.length} ready of ${dataset.actions})`,
        `p50 ${ms(queue.api.p50)}, p95 ${ms(queue.api.p95)}`,
        kind === "postgres" ? "p95 ≤ 15 ms" : "–",
        p95Target,
      );
      row(
        "Ready queue vs hand-written SQL (p50 ratio)",
        `${fixed(queue.ratio)}× (SQL p50 ${ms(queue.handWritten.p50)}; same rows: ${queue.sameRows ? "yes" : "NO"})`,
        "≤ 1.3×, same rows",
        queue.ratio <= 1.3 && queue.sameRows,
      );

      log(`${kind}: 100 concurrent executes`);
      const execute = await benchExecuteOnce(opened.db);
      row(
        "100 concurrent executes of one action",
        `${execute.deliveries} delivery, ${execute.accepted} accepted, p95 ${ms(execute.latency.p95)}`,
        "exactly 1 delivery",
        execute.deliveries === 1 && execute.accepted >= 1,
      );

      log(`${kind}: outbox drain of ${timing.drain}`);
      const drain = await benchOutboxDrain(opened.db, timing.drain);
      row(
        `Outbox drain (${drain.deliveries} no-op deliveries, batches of 100)`,
        `${fixed(drain.perSecond, 0)}/s (${drain.duplicates} duplicates)`,
        kind === "pglite" ? "≥ 1,000/s, 0 duplicates" : "0 duplicates",
        (kind === "pglite" ? drain.perSecond >= 1_000 : true) && drain.duplicates === 0,
      );
    } finally {
      await opened.close();
    }

    log(`${kind}: HTTP`);
    const http = await benchHttp(bench.config, { token, ...timing });
    row(
      "readyQueue.list over tRPC vs the same query on a bare Hono route",
      `${fixed(http.readyQueue.ratio)}× (${fixed(http.readyQueue.trpc, 0)} vs ${fixed(http.readyQueue.bare, 0)} req/s)`,
      "≥ 0.85×",
      http.readyQueue.ratio >= 0.85,
    );
    row(
      "tRPC hello-world vs bare Hono JSON",
      `${fixed(http.hello.ratio)}× (${fixed(http.hello.trpc, 0)} vs ${fixed(http.hello.bare, 0)} req/s)`,
      "≥ 0.12×",
      http.hello.ratio >= 0.12,
    );
    row(
      `Constant ${http.load.ratePerSecond} req/s (half the maximum) for ${timing.loadMs / 1000} s`,
      `p99 ${ms(http.load.latency.p99)}, errors ${fixed(http.load.errorRate * 100, 3)} %`,
      "p99 ≤ 100 ms, errors < 0.1 %",
      http.load.latency.p99 <= 100 && http.load.errorRate < 0.001,
    );
  } finally {
    await bench.destroy();
  }
  return rows;
}

const results: ResultRow[] = [];
for (const kind of kinds) results.push(...(await benchDatabase(kind)));

log("pglite: Implementation tab SSR");
const ssr = await benchImplementationSsr(500, quick ? 20 : 50);
results.push({
  database: "pglite",
  scenario: `Implementation tab SSR, account with ${ssr.actions} actions (GET, ${fixed(ssr.htmlBytes / 1024, 0)} kB HTML)`,
  figure: `p50 ${ms(ssr.latency.p50)}, p95 ${ms(ssr.latency.p95)}`,
  target: "p95 < 300 ms",
  met: ssr.latency.p95 < 300,
});
const table = markdownTable(results);
const machine = `${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const header = `Measured ${new Date().toISOString().slice(0, 10)} on ${machine}${quick ? " (quick run: small dataset)" : ""}.`;
process.stdout.write(`\n${header}\n\n${table}\n`);
if (values.write) {
  const path = new URL("../RESULTS.md", import.meta.url);
  writeFileSync(
    path,
    `# Benchmark results\n\nProduced by \`pnpm bench --write\` (see packages/bench/README.md for what each scenario measures).\n\n${header}\n\n${table}\n`,
  );
  log(`wrote ${path.pathname}`);
}
