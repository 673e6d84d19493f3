/**
 * The Ready queue's batch execute reporting each item's result (one item went stale after the page loaded), and a
 * command refused by the lifecycle in a stale second tab, with the API's message shown as an alert.
 */
import type { TrellisClient } from "@trellis/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actionItem, type DemoAction, executableActions, queueRow } from "./demo-actions.js";
import { type E2eStack, saveScreenshot, startE2eStack } from "./harness.js";

describe("batches and refusals", () => {
  let stack: E2eStack;
  let api: TrellisClient;
  const usedAccounts = new Set<string>();

  beforeAll(async () => {
    stack = await startE2eStack();
    api = await stack.apiClient();
  });
  afterAll(() => stack?.close());

  it("executes a batch from the Ready queue and reports each item's result", async () => {
    const [first, second, stale] = (await executableActions(api, 3, { usedAccounts })) as [
      DemoAction,
      DemoAction,
      DemoAction,
    ];
    const page = await stack.signedInPage();
    await page.goto("/ready");
    for (const action of [first, second, stale]) await queueRow(page, action).getByRole("checkbox").check();
    // Meanwhile a colleague skips one of them.
    await api.actions.skip.mutate({ actionId: stale.id, reason: "Handled on the phone" });

    await page.getByRole("button", { name: "Execute selected" }).click();
    const dialog = page.getByRole("dialog", { name: "Execute 3 actions" });
    await saveScreenshot(page, "10-batch-execute-dialog");
    await dialog.getByRole("button", { name: "Execute", exact: true }).click();
    await dialog.waitFor({ state: "hidden" });

    const status = page.getByRole("status").filter({ hasText: "Executed 2 of 3" });
    await status.waitFor();
    await status.getByText(`${first.name}:`).waitFor();
    const items = status.getByRole("listitem");
    expect(await items.count()).toBe(3);
    expect(await items.filter({ hasText: first.name }).textContent()).toContain("ok, now Executed");
    expect(await items.filter({ hasText: second.name }).textContent()).toContain("ok, now Executed");
    expect(await items.filter({ hasText: stale.name }).textContent()).toContain(
      "Cannot execute an action that is skipped",
    );
    await saveScreenshot(page, "11-batch-results");

    for (const action of [first, second]) {
      expect((await api.actions.get.query({ actionId: action.id })).action.state).toBe("executed");
    }
    expect((await api.actions.get.query({ actionId: stale.id })).action.state).toBe("skipped");
  });

  it("shows the API's refusal when a stale tab skips an action another tab executed", async () => {
    const [action] = (await executableActions(api, 1, { state: "ready", emailOnly: true, usedAccounts })) as [
      DemoAction,
    ];
    const first = await stack.signedInPage();
    const second = await first.context().newPage();
    for (const page of [first, second]) {
      await page.goto(`/accounts/${action.accountId}?state=ready`);
      await actionItem(page, action).waitFor();
    }

    await actionItem(first, action)
      .getByRole("button", { name: `Execute ${action.name}` })
      .click();
    const execute = first.getByRole("dialog", { name: "Execute action" });
    await execute.getByRole("button", { name: "Execute", exact: true }).click();
    await execute.waitFor({ state: "hidden" });
    await expect
      .poll(async () => (await api.actions.get.query({ actionId: action.id })).action.state)
      .toBe("executed");

    // The second tab still shows the action as ready, with its Skip button.
    await actionItem(second, action)
      .getByRole("button", { name: `Skip ${action.name}` })
      .click();
    const skip = second.getByRole("dialog", { name: "Skip action" });
    await skip.getByLabel("Reason").fill("The customer asked us to wait");
    await skip.getByRole("button", { name: "Skip", exact: true }).click();
    await second.getByRole("alert").filter({ hasText: "Cannot skip an action that is executed" }).waitFor();
    await saveScreenshot(second, "12-refused-skip");
    expect((await api.actions.get.query({ actionId: action.id })).action.state).toBe("executed");
  });
});
