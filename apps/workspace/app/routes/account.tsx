/** `/accounts/:accountId`: the account's header and its tabs; the tab's content renders in the outlet. */
import { NavLink, Outlet } from "react-router";
import { ErrorState } from "../components/error-state";
import { FOCUS_RING } from "../components/focus-ring";
import { HealthBadge } from "../components/health-badge";
import { Money } from "../components/money";
import { RiskBadge } from "../components/risk-badge";
import { apiContext } from "../lib/api-context.server";
import { asRouteError } from "../lib/as-route-error.server";
import type { Route } from "./+types/account";

export async function loader({ params, context }: Route.LoaderArgs) {
  return context.get(apiContext).accounts.get.query({ id: params.accountId }).catch(asRouteError);
}

export function meta({ loaderData }: Route.MetaArgs): Route.MetaDescriptors {
  return [{ title: loaderData ? `${loaderData.account.name} · Trellis` : "Account · Trellis" }];
}

// Later issues fill these; until then they are shown, disabled, so agents know what is coming.
const COMING_SOON_TABS = [
  "Timeline",
  "Health",
  "Success blueprint",
  "Product adoption",
  "Renewal",
  "Hierarchy",
];

export default function Account({ loaderData }: Route.ComponentProps) {
  const { account, owner, contacts, health } = loaderData;
  const primary = contacts[0];
  return (
    <div className="space-y-3">
      <header className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
        <h1 className="text-lg font-semibold">{account.name}</h1>
        <span className="text-sm text-slate-700">
          ARR <Money value={account.arr} />
        </span>
        <RiskBadge risk={account.risk} />
        <span className="text-sm text-slate-700">
          Health <HealthBadge health={health} />
        </span>
        <span className="text-sm text-slate-700">Owner: {owner?.name ?? "Unassigned"}</span>
        {primary ? (
          <span className="text-sm text-slate-700">
            Primary contact: {primary.firstName} {primary.lastName} &lt;{primary.email}&gt;
          </span>
        ) : null}
      </header>
      <nav aria-label="Account sections" className="border-b border-slate-300">
        <ul className="-mb-px flex flex-wrap gap-1 text-sm">
          <li>
            <NavLink
              to={`/accounts/${account.id}`}
              end
              className={({ isActive }) =>
                `inline-block rounded-t border-b-2 px-3 py-1.5 font-medium ${FOCUS_RING} ${
                  isActive
                    ? "border-sky-700 text-sky-900"
                    : "border-transparent text-slate-700 hover:text-slate-900"
                }`
              }
            >
              Implementation
            </NavLink>
          </li>
          {COMING_SOON_TABS.map((tab) => (
            <li key={tab}>
              <span
                aria-disabled="true"
                title="Coming soon"
                className="inline-block cursor-not-allowed border-b-2 border-transparent px-3 py-1.5 text-slate-500"
              >
                {tab}
                <span className="sr-only"> (coming soon)</span>
              </span>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return (
    <section className="space-y-3">
      <h1 className="text-lg font-semibold">Account</h1>
      <ErrorState error={error} />
    </section>
  );
}
