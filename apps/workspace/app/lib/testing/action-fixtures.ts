/** Actions, milestones and action pages as the API returns them, for Implementation tab tests. */
import type { ActionContent, ActionState, ActionType } from "@trellis/domain";
import type { ActionDetails } from "../../components/implementation/action-details";
import type { ApiListedAction, MilestoneGroup } from "../implementation/action-groups";

const AT = "2026-01-05T09:00:00.000Z";

interface ActionFixture {
  readonly name: string;
  readonly state: ActionState;
  readonly type?: ActionType;
  readonly milestone?: string;
}

const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, "_");

/** One listed action with the given name, state and type; everything else plausible. */
export function listedAction(fixture: ActionFixture): ApiListedAction {
  return {
    id: `act_${slug(fixture.name)}` as ApiListedAction["id"],
    organizationId: "org_test" as ApiListedAction["organizationId"],
    accountId: "acc_test" as ApiListedAction["accountId"],
    milestoneId: `mil_${slug(fixture.milestone ?? "kickoff")}` as ApiListedAction["milestoneId"],
    templateId: null,
    key: slug(fixture.name),
    name: fixture.name,
    type: fixture.type ?? "email",
    purpose: "",
    state: fixture.state,
    trigger: { type: "manual" },
    blocker: false,
    custom: false,
    dueAt: "2026-01-10T17:00:00.000Z",
    triggeredAt: null,
    currentDraftId: null,
    draftFailure: null,
    executedAt: null,
    completedAt: null,
    skipReason: null,
    version: 3,
    createdAt: AT,
    updatedAt: AT,
  };
}

/** A milestone of the test account with the given actions. */
export function milestoneGroup(name: string, position: number, actions: ApiListedAction[]): MilestoneGroup {
  return {
    milestone: {
      id: `mil_${slug(name)}` as MilestoneGroup["milestone"]["id"],
      organizationId: "org_test" as MilestoneGroup["milestone"]["organizationId"],
      accountId: "acc_test" as MilestoneGroup["milestone"]["accountId"],
      key: slug(name),
      name,
      description: "",
      position,
      startsAt: AT,
      completedAt: null,
      createdAt: AT,
    },
    actions,
  };
}

/** The action page of `action` with `content` as its draft and the given allowed events. */
export function actionDetails(
  action: ApiListedAction,
  content: ActionContent | null,
  allowedEvents: ActionDetails["allowedEvents"],
): ActionDetails {
  return {
    action,
    account: { id: action.accountId, name: "Acme" },
    milestone: { id: action.milestoneId, name: "Kickoff" },
    draft: content
      ? {
          id: "drf_1" as NonNullable<ActionDetails["draft"]>["id"],
          organizationId: action.organizationId,
          actionId: action.id,
          content,
          origin: "generated",
          provider: "offline",
          model: null,
          instructions: null,
          createdBy: { kind: "system", component: "worker" },
          createdAt: AT,
        }
      : null,
    draftFailureReason: null,
    draftProblems: [],
    executeBlocker: null,
    variables: [],
    allowedEvents,
    notes: [],
    history: [],
    customerResponse: null,
  };
}
