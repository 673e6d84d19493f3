/** Finding demo actions for a test to work on, through the API (the seed's exact contents are not hard-coded). */
import type { TrellisClient } from "@trellis/client";
import type { Page } from "playwright-core";

export interface DemoAction {
  readonly id: string;
  readonly name: string;
  readonly accountId: string;
  readonly accountName: string;
}

export interface ActionChoice {
  /** Only actions in this state (default: ready or review pending). */
  readonly state?: "ready" | "review_pending";
  /** Only emails (default: any type). */
  readonly emailOnly?: boolean;
  /** Whether the actions must have different names (default true; then a name finds its row anywhere). */
  readonly distinctNames?: boolean;
  /** Accounts not to pick from; the picked ones are added (so the tests of one file never share an account). */
  readonly usedAccounts?: Set<string>;
}

/**
 * Actions of the Ready queue that can be executed now (a draft, nothing blocking), each from a different account.
 *
 * @example
 * const [action] = await executableActions(api, 1, { state: "ready", emailOnly: true });
 */
export async function executableActions(
  api: TrellisClient,
  count: number,
  options: ActionChoice = {},
): Promise<DemoAction[]> {
  const used = options.usedAccounts ?? new Set<string>();
  const { items } = await api.readyQueue.list.query({
    types: options.emailOnly ? ["email"] : undefined,
    limit: 100,
  });
  const found: DemoAction[] = [];
  for (const item of items) {
    if (found.length === count) break;
    if (used.has(item.account.id) || (options.state && item.state !== options.state)) continue;
    if (options.distinctNames !== false && found.some((action) => action.name === item.name)) continue;
    const details = await api.actions.get.query({ actionId: item.actionId });
    if (details.executeBlocker || !details.draft || !details.allowedEvents.includes("execute")) continue;
    used.add(item.account.id);
    found.push({
      id: item.actionId,
      name: item.name,
      accountId: item.account.id,
      accountName: item.account.name,
    });
  }
  if (found.length < count) throw new Error(`the demo has ${found.length} executable actions, need ${count}`);
  return found;
}

/** The Ready queue's row of an action (action names repeat across accounts, so the account narrows it). */
export function queueRow(page: Page, action: DemoAction) {
  return page.getByRole("row").filter({ hasText: action.accountName }).filter({ hasText: action.name });
}

/** The action's row on its account's Implementation tab. */
export function actionItem(page: Page, action: DemoAction) {
  return page.getByRole("listitem", { name: action.name, exact: true });
}

/** Expands the action's row and resolves with its review panel, once its draft has loaded. */
export async function openReviewPanel(page: Page, action: DemoAction) {
  const expand = actionItem(page, action).getByRole("button", { name: action.name, exact: true });
  if ((await expand.getAttribute("aria-expanded")) !== "true") await expand.click();
  const panel = page.getByRole("region", { name: `Review ${action.name}`, exact: true });
  await panel.getByRole("heading", { name: "History" }).waitFor();
  return panel;
}
