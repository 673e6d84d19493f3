import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { ListedAction } from "../../lib/implementation/action-groups";
import {
  type ActionCommand,
  type QuickCommand,
  quickCommandsFor,
} from "../../lib/implementation/quick-actions";
import { useTRPC } from "../../lib/trpc";
import { ActionStateBadge } from "../action-state-badge";
import { DateTime } from "../date-time";
import { FOCUS_RING } from "../focus-ring";
import { QuickActionIcon } from "../quick-action-icon";
import { ActionCommandDialog } from "./action-command-dialog";
import { ActionTypeIcon } from "./action-type-icon";
import { ReviewPanel } from "./review-panel";

const QUICK_VERBS: Record<QuickCommand, string> = {
  execute: "Execute",
  edit: "Edit",
  skip: "Skip",
  reschedule: "Reschedule",
};

/**
 * One action: type, name (the button that expands the review panel), state, due date and the quick actions its
 * state allows. The action page's data is fetched when the panel opens (or the Edit dialog needs it).
 */
export function ActionRow({ action }: { readonly action: ListedAction }) {
  const [expanded, setExpanded] = useState(false);
  const [command, setCommand] = useState<ActionCommand | null>(null);
  const panelId = `review-${action.id}`;
  return (
    <li aria-label={action.name} className="text-sm">
      <div className="flex items-center gap-2 px-3 py-1 hover:bg-slate-50">
        <ActionTypeIcon type={action.type} />
        <button
          type="button"
          aria-expanded={expanded}
          aria-controls={expanded ? panelId : undefined}
          onClick={() => setExpanded((open) => !open)}
          className={`min-w-0 flex-1 truncate rounded text-left font-medium text-slate-900 hover:underline ${FOCUS_RING}`}
        >
          {action.name}
        </button>
        {action.blocker ? (
          <span className="text-xs text-slate-600" title="The milestone waits for this action">
            Blocker
          </span>
        ) : null}
        {action.custom ? <span className="text-xs text-slate-600">Custom</span> : null}
        <ActionStateBadge state={action.state} />
        <span className="w-36 shrink-0 text-right text-xs text-slate-700 tabular-nums">
          {action.dueAt ? (
            <>
              <span className="sr-only">Due </span>
              <DateTime value={action.dueAt} />
            </>
          ) : (
            "No due date"
          )}
        </span>
        <span className="flex w-28 shrink-0 justify-end gap-0.5">
          {quickCommandsFor(action.state).map((quick) => (
            <button
              key={quick}
              type="button"
              aria-label={`${QUICK_VERBS[quick]} ${action.name}`}
              title={QUICK_VERBS[quick]}
              onClick={() => setCommand(quick)}
              className={`rounded px-1 py-0.5 hover:bg-slate-200 ${FOCUS_RING}`}
            >
              <QuickActionIcon kind={quick} />
            </button>
          ))}
        </span>
      </div>
      {expanded || command ? (
        <ActionRowDetails
          action={action}
          panelId={panelId}
          expanded={expanded}
          command={command}
          onCommand={setCommand}
        />
      ) : null}
    </li>
  );
}

interface ActionRowDetailsProps {
  readonly action: ListedAction;
  readonly panelId: string;
  readonly expanded: boolean;
  readonly command: ActionCommand | null;
  readonly onCommand: (command: ActionCommand | null) => void;
}

/**
 * What an open row shows: the review panel and the command dialog, with the action page's data. Mounted only for
 * an open row, so a list of hundreds of actions renders (on the server too) without a query per row.
 */
function ActionRowDetails({ action, panelId, expanded, command, onCommand }: ActionRowDetailsProps) {
  const trpc = useTRPC();
  const details = useQuery({
    ...trpc.actions.get.queryOptions({ actionId: action.id }),
    enabled: expanded || command === "edit",
  });
  return (
    <>
      {expanded ? (
        <ReviewPanel
          id={panelId}
          actionName={action.name}
          details={details.data}
          error={details.error}
          onCommand={onCommand}
        />
      ) : null}
      {command ? (
        <ActionCommandDialog
          command={command}
          action={action}
          details={details.data}
          onClose={() => onCommand(null)}
        />
      ) : null}
    </>
  );
}
