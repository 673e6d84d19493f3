/**
 * `/ready`: the Ready queue, every account's actions awaiting review, highest priority first (the API's order),
 * filtered and paged through the URL. Agents select rows and execute, skip or reschedule them in one batch; the
 * route action calls the API's batch procedures and the page lists each item's result.
 */

import { TRPCClientError, type TrellisClient } from "@trellis/client";
import { ACTION_TYPES } from "@trellis/domain";
import { useState } from "react";
import { Form, Link, useFetcher } from "react-router";
import { ACTION_TYPE_LABELS } from "../components/action-type-labels";
import { Button } from "../components/button";
import { CursorPager } from "../components/cursor-pager";
import { EmptyState } from "../components/empty-state";
import { FOCUS_RING } from "../components/focus-ring";
import { PageError } from "../components/page-error";
import {
  type BatchCommand,
  type BatchIntent,
  type BatchItemResult,
  type BatchOutcome,
  batchCommandFromForm,
} from "../components/ready-queue/batch-command";
import { BatchDialog } from "../components/ready-queue/batch-dialog";
import {
  type BatchRequest,
  type NamedAction,
  newIdempotencyKey,
} from "../components/ready-queue/batch-request";
import { BatchResults } from "../components/ready-queue/batch-results";
import type { ReadyQueueEntry } from "../components/ready-queue/priority-explanation";
import { parseReadyQueueFilters, readyQueueSearch } from "../components/ready-queue/ready-queue-filters";
import { ReadyQueueTable } from "../components/ready-queue/ready-queue-table";
import { apiContext } from "../lib/api-context.server";
import { asRouteError } from "../lib/as-route-error.server";
import type { Route } from "./+types/ready-queue";

const PAGE_SIZE = 50;

export function meta(): Route.MetaDescriptors {
  return [{ title: "Ready queue · Trellis" }];
}

export async function loader({ request, context }: Route.LoaderArgs) {
  const filters = parseReadyQueueFilters(new URL(request.url).searchParams);
  const page = await context
    .get(apiContext)
    .readyQueue.list.query({
      owner: filters.owner,
      types: filters.type ? [filters.type] : undefined,
      cursor: filters.cursor ?? undefined,
      limit: PAGE_SIZE,
    })
    .catch(asRouteError);
  return { filters, page };
}

export async function action({ request, context }: Route.ActionArgs): Promise<BatchOutcome> {
  const parsed = batchCommandFromForm(await request.formData());
  if (!parsed.ok) return { intent: parsed.intent, error: parsed.error };
  try {
    const results = await runBatchCommand(context.get(apiContext), parsed.command);
    return { intent: parsed.command.intent, results };
  } catch (error) {
    if (error instanceof TRPCClientError) return { intent: parsed.command.intent, error: error.message };
    throw error;
  }
}

/** Sends a batch command to the API; an execute is confirmed, since the agent confirmed it in the dialog. */
function runBatchCommand(api: TrellisClient, command: BatchCommand): Promise<BatchItemResult[]> {
  switch (command.intent) {
    case "execute":
      return api.batch.execute.mutate({
        actionIds: command.actionIds,
        confirm: true,
        idempotencyKey: command.idempotencyKey,
      });
    case "skip":
      return api.batch.skip.mutate({ actionIds: command.actionIds, reason: command.reason });
    case "reschedule":
      return api.batch.reschedule.mutate({ actionIds: command.actionIds, to: command.to });
  }
}

const FIELD_CLASSES = `mt-0.5 block rounded border border-slate-400 bg-white px-2 py-1 text-sm ${FOCUS_RING}`;

export default function ReadyQueue({ loaderData }: Route.ComponentProps) {
  const { filters, page } = loaderData;
  const fetcher = useFetcher<typeof action>();
  const [selection, setSelection] = useState<ReadonlySet<string>>(new Set());
  const [request, setRequest] = useState<BatchRequest | null>(null);
  const [submittedNames, setSubmittedNames] = useState<ReadonlyMap<string, string>>(new Map());
  const [dismissed, setDismissed] = useState(false);

  // Rows leave the queue when executed or skipped (or on another page): only visible rows stay selected.
  const selected = new Set(
    page.items.filter((item) => selection.has(item.actionId)).map((item) => item.actionId),
  );
  const selectedActions: NamedAction[] = page.items
    .filter((item) => selected.has(item.actionId))
    .map((item) => ({ id: item.actionId, name: item.name }));

  function open(intent: BatchIntent, actions: NamedAction[], single: boolean) {
    setRequest({ intent, actions, single, idempotencyKey: newIdempotencyKey() });
  }

  function confirm(form: FormData) {
    if (!request) return;
    setSubmittedNames(new Map(request.actions.map((action) => [action.id, action.name])));
    if (!request.single) setSelection(new Set());
    setDismissed(false);
    setRequest(null);
    fetcher.submit(form, { method: "post" });
  }

  const working = fetcher.state !== "idle";
  const filtered = filters.owner === "mine" || filters.type !== null;
  return (
    <section aria-labelledby="ready-heading" className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 id="ready-heading" className="text-lg font-semibold">
          Ready queue
        </h1>
        <Form method="get" className="flex items-end gap-2">
          <label className="text-xs font-medium text-slate-700">
            Accounts
            <select name="owner" defaultValue={filters.owner} className={FIELD_CLASSES}>
              <option value="all">All accounts</option>
              <option value="mine">My accounts</option>
            </select>
          </label>
          <label className="text-xs font-medium text-slate-700">
            Type
            <select name="type" defaultValue={filters.type ?? ""} className={FIELD_CLASSES}>
              <option value="">All types</option>
              {ACTION_TYPES.map((type) => (
                <option key={type} value={type}>
                  {ACTION_TYPE_LABELS[type]}
                </option>
              ))}
            </select>
          </label>
          <Button type="submit">Apply</Button>
        </Form>
      </div>

      <div className="flex flex-wrap items-center gap-2" role="toolbar" aria-label="Batch actions">
        <span className="text-sm text-slate-700">{selected.size} selected</span>
        <Button
          variant="primary"
          disabled={selected.size === 0 || working}
          onClick={() => open("execute", selectedActions, false)}
        >
          Execute selected
        </Button>
        <Button
          disabled={selected.size === 0 || working}
          onClick={() => open("skip", selectedActions, false)}
        >
          Skip selected
        </Button>
        <Button
          disabled={selected.size === 0 || working}
          onClick={() => open("reschedule", selectedActions, false)}
        >
          Reschedule selected
        </Button>
      </div>

      <BatchResults
        outcome={dismissed ? null : (fetcher.data ?? null)}
        working={working}
        names={submittedNames}
        onDismiss={() => setDismissed(true)}
      />

      {page.items.length === 0 ? (
        <EmptyState
          title={filtered ? "No ready action matches these filters" : "Nothing is waiting for review"}
        >
          {filtered ? (
            <Link to="/ready" className="text-sky-800 underline">
              Show every ready action
            </Link>
          ) : (
            "Actions appear here when their drafts are ready for review."
          )}
        </EmptyState>
      ) : (
        <ReadyQueueTable
          items={page.items}
          selected={selected}
          onSelectedChange={setSelection}
          onQuickAction={(intent, entry: ReadyQueueEntry) =>
            open(intent, [{ id: entry.actionId, name: entry.name }], true)
          }
        />
      )}

      <CursorPager
        firstHref={`/ready${readyQueueSearch({ ...filters, cursor: null })}`}
        nextHref={
          page.nextCursor ? `/ready${readyQueueSearch({ ...filters, cursor: page.nextCursor })}` : null
        }
        onLaterPage={Boolean(filters.cursor)}
      />

      <BatchDialog request={request} onClose={() => setRequest(null)} onConfirm={confirm} />
    </section>
  );
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <PageError title="Ready queue" error={error} />;
}
