/**
 * An agent's morning routine, in Chromium against the real API and worker: sign in, the Ready queue filtered to
 * emails, the account's Implementation tab filtered to Ready, review an action, edit its subject, regenerate it with
 * an instruction, execute it after confirming, find the sent message in the mailbox (once), mark the action complete
 * with a note and read its history.
 */
import type { TrellisClient } from "@trellis/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actionItem, type DemoAction, executableActions, openReviewPanel, queueRow } from "./demo-actions.js";
import { type E2eStack, saveScreenshot, startE2eStack } from "./harness.js";
import { pageAndFrameText } from "./page-text.js";

const WORKER_TIMEOUT = { timeout: 30_000, interval: 250 };

describe("the agent's morning routine", () => {
  let stack: E2eStack;
  let api: TrellisClient;
  let action: DemoAction;

  beforeAll(async () => {
    stack = await startE2eStack();
    api = await stack.apiClient();
    [action] = (await executableActions(api, 1, { state: "ready", emailOnly: true })) as [DemoAction];
  });
  afterAll(() => stack?.close());

  it("reviews, edits, regenerates, executes, finds the message and completes an email action", async () => {
    const page = await stack.signedInPage();
    const historyOf = async () => (await api.actions.get.query({ actionId: action.id })).history;

    // The Ready queue, filtered to emails.
    await page.getByRole("link", { name: "Ready queue" }).click();
    await page.getByLabel("Type").selectOption("email");
    await page.getByRole("button", { name: "Apply" }).click();
    await page.waitForURL(/[?&]type=email\b/);
    await queueRow(page, action).waitFor();
    await saveScreenshot(page, "01-ready-queue");

    // Its account, the Implementation tab filtered to Ready.
    await queueRow(page, action).getByRole("link", { name: action.accountName }).click();
    await page.waitForURL(new RegExp(`/accounts/${action.accountId}`));
    await page
      .getByRole("group", { name: "Filter by state" })
      .getByRole("link", { name: /^Ready\b/ })
      .click();
    await page.waitForURL(/[?&]state=ready\b/);
    await actionItem(page, action).waitFor();
    expect(await page.getByRole("listitem").filter({ hasText: "Executed" }).count()).toBe(0);
    await saveScreenshot(page, "02-implementation-ready");

    // The review panel; edit the subject.
    let panel = await openReviewPanel(page, action);
    await saveScreenshot(page, "03-review-panel");
    const editedSubject = `Your onboarding plan (reviewed ${Date.now()})`;
    await panel.getByRole("button", { name: "Edit", exact: true }).click();
    let dialog = page.getByRole("dialog", { name: "Edit draft" });
    await dialog.getByLabel("Subject", { exact: true }).fill(editedSubject);
    await saveScreenshot(page, "04-edit-dialog");
    await dialog.getByRole("button", { name: "Save", exact: true }).click();
    await dialog.waitFor({ state: "hidden" });
    await panel.getByText(editedSubject, { exact: true }).waitFor();
    expect((await api.actions.get.query({ actionId: action.id })).draft?.content).toMatchObject({
      subject: editedSubject,
    });

    // Regenerate with an instruction; the worker writes a new draft while the action awaits review.
    const instruction = "Mention the SSO setup workshop next Tuesday";
    const draftsBefore = (await historyOf()).filter((entry) => entry.event.type === "draft_generated").length;
    await panel.getByRole("button", { name: "Regenerate", exact: true }).click();
    dialog = page.getByRole("dialog", { name: "Regenerate draft" });
    await dialog.getByLabel("Instructions").fill(instruction);
    await dialog.getByRole("button", { name: "Regenerate", exact: true }).click();
    await dialog.waitFor({ state: "hidden" });
    await expect
      .poll(
        async () => (await historyOf()).filter((entry) => entry.event.type === "draft_generated").length,
        WORKER_TIMEOUT,
      )
      .toBe(draftsBefore + 1);
    await page.goto(`/accounts/${action.accountId}?state=review_pending`);
    panel = await openReviewPanel(page, action);
    await panel.getByText(`Regeneration requested: “${instruction}”`).waitFor();
    await expect.poll(() => panel.getByText(/^Draft generated/).count()).toBe(draftsBefore + 1);
    expect(await pageAndFrameText(page)).toContain(instruction);

    // The regenerated draft gets a subject of its own before it goes out.
    const subject = `Your onboarding plan and the SSO workshop (${Date.now()})`;
    await panel.getByRole("button", { name: "Edit", exact: true }).click();
    dialog = page.getByRole("dialog", { name: "Edit draft" });
    await dialog.getByLabel("Subject", { exact: true }).fill(subject);
    await dialog.getByRole("button", { name: "Save", exact: true }).click();
    await dialog.waitFor({ state: "hidden" });
    await panel.getByText(subject, { exact: true }).waitFor();

    // Execute, after confirming.
    await panel.getByRole("button", { name: "Execute", exact: true }).click();
    dialog = page.getByRole("dialog", { name: "Execute action" });
    expect(await dialog.textContent()).toContain("cannot be undone");
    await saveScreenshot(page, "05-execute-dialog");
    await dialog.getByRole("button", { name: "Execute", exact: true }).click();
    await dialog.waitFor({ state: "hidden" });
    await expect
      .poll(async () => (await api.actions.get.query({ actionId: action.id })).action.state)
      .toBe("executed");

    // The worker delivers it to the dev mailbox: exactly one message with that subject.
    const sentWithSubject = async () =>
      (await api.mailbox.list.query({ limit: 100 })).messages.filter((message) => message.subject === subject)
        .length;
    await expect.poll(sentWithSubject, WORKER_TIMEOUT).toBe(1);
    await page.getByRole("link", { name: "Mailbox" }).click();
    await page.waitForURL(/\/mailbox/);
    const listed = page.getByText(subject, { exact: true });
    await listed.first().waitFor();
    expect(await listed.count()).toBe(1);
    await saveScreenshot(page, "06-mailbox");
    await listed.click();
    await expect.poll(() => pageAndFrameText(page)).toContain(instruction);
    await saveScreenshot(page, "07-mailbox-message");
    expect(await sentWithSubject()).toBe(1);

    // Back to the action: mark it complete with a note, and read the history.
    const note = "Customer confirmed the workshop on the call.";
    await page.goto(`/accounts/${action.accountId}?state=executed`);
    panel = await openReviewPanel(page, action);
    await panel.getByRole("button", { name: "Mark as complete", exact: true }).click();
    dialog = page.getByRole("dialog", { name: "Mark as complete" });
    await dialog.getByLabel("Note (optional)").fill(note);
    await dialog.getByRole("button", { name: "Mark as complete", exact: true }).click();
    await dialog.waitFor({ state: "hidden" });
    await expect
      .poll(async () => (await api.actions.get.query({ actionId: action.id })).action.state)
      .toBe("completed");
    await page.goto(`/accounts/${action.accountId}?state=completed`);
    panel = await openReviewPanel(page, action);
    for (const entry of [
      /^Edited\b.*\bsubject\b/,
      `Regeneration requested: “${instruction}”`,
      "Executed",
      "Delivered by email",
      `Marked as complete: ${note}`,
    ]) {
      await panel.getByText(entry, { exact: true }).first().waitFor();
    }
    expect(await panel.getByText(/^Edited\b/).count()).toBe(2);
    await saveScreenshot(page, "08-history");
  });
});
