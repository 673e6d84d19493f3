/**
 * `/accounts`: the organization's accounts with ARR, risk, health and actions by state; searched and sorted on the
 * server.
 */
import { Form, Link, useNavigation } from "react-router";
import { ACTION_STATE_LABELS } from "../components/action-state-badge";
import { Button } from "../components/button";
import { EmptyState } from "../components/empty-state";
import { ErrorState } from "../components/error-state";
import { FOCUS_RING } from "../components/focus-ring";
import { HealthBadge } from "../components/health-badge";
import { Money } from "../components/money";
import { RiskBadge } from "../components/risk-badge";
import { ACCOUNT_SORT_LABELS, ACCOUNT_SORTS, parseAccountSort, sortAccounts } from "../lib/account-sort";
import { apiContext } from "../lib/api-context.server";
import { asRouteError } from "../lib/as-route-error.server";
import { listAllAccounts } from "../lib/list-all-accounts.server";
import type { Route } from "./+types/accounts";

export function meta(): Route.MetaDescriptors {
  return [{ title: "Accounts · Trellis" }];
}

export async function loader({ request, context }: Route.LoaderArgs) {
  const params = new URL(request.url).searchParams;
  const search = params.get("search")?.trim() ?? "";
  const sort = parseAccountSort(params.get("sort"));
  const accounts = await listAllAccounts(context.get(apiContext), search || undefined).catch(asRouteError);
  return { search, sort, accounts: sortAccounts(accounts, sort) };
}

const COUNTED_STATES = ["ready", "review_pending", "pending", "executed"] as const;
const FIELD_CLASSES = `rounded border border-slate-400 bg-white px-2 py-1 text-sm ${FOCUS_RING}`;

export default function Accounts({ loaderData }: Route.ComponentProps) {
  const { search, sort, accounts } = loaderData;
  const searching = useNavigation().location?.pathname === "/accounts";
  return (
    <section aria-labelledby="accounts-heading" className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 id="accounts-heading" className="text-lg font-semibold">
          Accounts <span className="text-sm font-normal text-slate-600">({accounts.length})</span>
        </h1>
        <Form method="get" role="search" className="flex items-end gap-2">
          <label className="text-xs font-medium text-slate-700">
            Search
            <input
              type="search"
              name="search"
              defaultValue={search}
              placeholder="Account name"
              className={`mt-0.5 block w-56 ${FIELD_CLASSES}`}
            />
          </label>
          <label className="text-xs font-medium text-slate-700">
            Sort by
            <select name="sort" defaultValue={sort} className={`mt-0.5 block ${FIELD_CLASSES}`}>
              {ACCOUNT_SORTS.map((option) => (
                <option key={option} value={option}>
                  {ACCOUNT_SORT_LABELS[option]}
                </option>
              ))}
            </select>
          </label>
          <Button type="submit" disabled={searching}>
            {searching ? "Loading…" : "Apply"}
          </Button>
        </Form>
      </div>
      {accounts.length === 0 ? (
        <EmptyState title={search ? `No account matches “${search}”` : "No accounts yet"}>
          {search ? (
            <Link to="/accounts" className="text-sky-800 underline">
              Clear the search
            </Link>
          ) : (
            "Accounts appear here once they are imported or created through the API."
          )}
        </EmptyState>
      ) : (
        <div className="overflow-x-auto rounded border border-slate-300 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-300 bg-slate-100 text-xs text-slate-700 uppercase">
              <tr>
                <th scope="col" className="px-3 py-2 font-semibold">
                  Account
                </th>
                <th scope="col" className="px-3 py-2 text-right font-semibold">
                  ARR
                </th>
                <th scope="col" className="px-3 py-2 font-semibold">
                  Risk
                </th>
                <th scope="col" className="px-3 py-2 font-semibold">
                  Health
                </th>
                <th scope="col" className="px-3 py-2 font-semibold">
                  Owner
                </th>
                {COUNTED_STATES.map((state) => (
                  <th key={state} scope="col" className="px-3 py-2 text-right font-semibold">
                    {ACTION_STATE_LABELS[state]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {accounts.map((account) => (
                <tr key={account.id} className="hover:bg-slate-50">
                  <th scope="row" className="px-3 py-1.5 font-medium">
                    <Link
                      to={`/accounts/${account.id}`}
                      className={`rounded text-sky-800 hover:underline ${FOCUS_RING}`}
                    >
                      {account.name}
                    </Link>
                  </th>
                  <td className="px-3 py-1.5 text-right">
                    <Money value={account.arr} />
                  </td>
                  <td className="px-3 py-1.5">
                    <RiskBadge risk={account.risk} />
                  </td>
                  <td className="px-3 py-1.5">
                    <HealthBadge health={account.health} />
                  </td>
                  <td className="px-3 py-1.5 text-slate-700">{account.owner?.name ?? "Unassigned"}</td>
                  {COUNTED_STATES.map((state) => (
                    <td key={state} className="px-3 py-1.5 text-right tabular-nums">
                      {account.actionCounts[state]}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return (
    <section className="space-y-3">
      <h1 className="text-lg font-semibold">Accounts</h1>
      <ErrorState error={error} />
    </section>
  );
}
