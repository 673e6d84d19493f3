/**
 * The Implementation tab: the account's actions grouped under their milestones with progress, filtered by state
 * (`?state=ready`, with counts), quick actions per row and the review panel with every command's dialog.
 * The list renders on the server; commands run as tRPC mutations and revalidate this loader when they succeed.
 */
import { Link } from "react-router";
import { ACTION_STATE_LABELS } from "../components/action-state-badge";
import { EmptyState } from "../components/empty-state";
import { ErrorState } from "../components/error-state";
import { MilestoneSection } from "../components/implementation/milestone-section";
import { StateFilters } from "../components/implementation/state-filters";
import { apiContext } from "../lib/api-context.server";
import { asRouteError } from "../lib/as-route-error.server";
import { countByState, filterGroups, parseStateFilter } from "../lib/implementation/action-groups";
import type { Route } from "./+types/account-implementation";

export async function loader({ params, request, context }: Route.LoaderArgs) {
  const state = parseStateFilter(new URL(request.url).searchParams.get("state"));
  const { milestones } = await context
    .get(apiContext)
    .actions.listByAccount.query({ accountId: params.accountId })
    .catch(asRouteError);
  return {
    accountId: params.accountId,
    state,
    counts: countByState(milestones),
    groups: filterGroups(milestones, state),
  };
}

export default function AccountImplementation({ loaderData }: Route.ComponentProps) {
  const { state, counts, groups } = loaderData;
  if (groups.length === 0) {
    return <EmptyState title="No milestones yet">This account has no playbook applied.</EmptyState>;
  }
  const accountId = groups[0]?.milestone.accountId ?? loaderData.accountId;
  const shown = state ? counts[state] : counts.all;
  return (
    <div className="space-y-3">
      <StateFilters counts={counts} active={state} />
      {shown === 0 && state ? (
        <EmptyState title={`No ${ACTION_STATE_LABELS[state].toLowerCase()} actions`}>
          <Link to="?" className="text-sky-800 underline">
            Show all actions
          </Link>
        </EmptyState>
      ) : (
        groups.map((group) => (
          <MilestoneSection
            key={group.milestone.id}
            accountId={accountId}
            group={group}
            filtered={state !== null}
          />
        ))
      )}
    </div>
  );
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorState error={error} />;
}
