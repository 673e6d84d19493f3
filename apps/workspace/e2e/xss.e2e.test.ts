/**
 * The XSS corpus: every payload is saved as an email body through the API, then opened in Chromium — the review
 * panel, the Edit dialog's rich-text editor, and (for the executed ones) the dev mailbox. No dialog opens, no
 * page error is thrown, the `window.__xss` marker stays unset and no active content survives.
 */
import type { TrellisClient } from "@trellis/client";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DemoAction, executableActions, openReviewPanel } from "./demo-actions.js";
import { type E2eStack, saveScreenshot, startE2eStack } from "./harness.js";
import { pageAndFrameText } from "./page-text.js";
import { guardAgainstScripts, type ScriptGuard } from "./script-guard.js";
import { XSS_PAYLOADS } from "./xss-payloads.js";

const probeSubject = (index: number) => `XSS probe ${index + 1}`;
const probeText = (index: number) => `Probe body ${index + 1}`;

describe("the XSS corpus", () => {
  let stack: E2eStack;
  let api: TrellisClient;
  let page: Page;
  let guard: ScriptGuard;
  let actions: DemoAction[];

  beforeAll(async () => {
    stack = await startE2eStack();
    api = await stack.apiClient();
    actions = await executableActions(api, 4, { emailOnly: true, distinctNames: false });
    page = await stack.signedInPage();
    guard = guardAgainstScripts(page);
  });
  afterAll(() => stack?.close());

  /** Saves payload `index` as the body of `action`'s draft (keeping its recipients), as an API client would. */
  async function savePayload(action: DemoAction, index: number): Promise<void> {
    const details = await api.actions.get.query({ actionId: action.id });
    const content = details.draft?.content;
    if (content?.type !== "email") throw new Error(`${action.name} has no email draft`);
    await api.actions.edit.mutate({
      actionId: action.id,
      expectedVersion: details.action.version,
      content: {
        ...content,
        subject: probeSubject(index),
        bodyHtml: `<p>${probeText(index)}</p>${XSS_PAYLOADS[index]}`,
      },
    });
  }

  it("has at least 20 payloads, and a guard that notices a script that runs", async () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(20);
    const probe = await page.context().newPage();
    const probeGuard = guardAgainstScripts(probe);
    await probe.goto("/accounts");
    await probe.evaluate(() => {
      (window as unknown as { __xss: number }).__xss = 1;
      setTimeout(() => alert("ran"), 0);
    });
    await expect.poll(() => probeGuard.findings()).toEqual(["alert dialog: ran", "window.__xss = 1"]);
    await probe.close();
  });

  it("runs no payload in the review panel or the rich-text editor", async () => {
    for (const [index] of XSS_PAYLOADS.entries()) {
      const action = actions[index % actions.length] as DemoAction;
      await savePayload(action, index);
      await page.goto(`/accounts/${action.accountId}`);
      const panel = await openReviewPanel(page, action);
      await panel.getByText(probeSubject(index), { exact: true }).waitFor();
      await expect.poll(() => pageAndFrameText(page)).toContain(probeText(index));
      if (index === 1) await saveScreenshot(page, "20-xss-review-panel");

      await panel.getByRole("button", { name: "Edit", exact: true }).click();
      const dialog = page.getByRole("dialog", { name: "Edit draft" });
      await dialog.getByRole("textbox", { name: "Body" }).getByText(probeText(index)).waitFor();
      expect({ payload: XSS_PAYLOADS[index], findings: await guard.findings() }).toEqual({
        payload: XSS_PAYLOADS[index],
        findings: [],
      });
      await dialog.getByRole("button", { name: "Cancel" }).click();
      await dialog.waitFor({ state: "hidden" });
    }
  });

  it("runs no payload in the mailbox once the drafts are sent", async () => {
    // Each action now holds one of the last payloads; executing sends it through the worker to the dev mailbox.
    const sent = XSS_PAYLOADS.map((_, index) => index).slice(-actions.length);
    for (const action of actions) {
      await api.actions.execute.mutate({
        actionId: action.id,
        confirm: true,
        idempotencyKey: `xss-${action.id}`,
      });
    }
    const subjects = sent.map(probeSubject);
    await expect
      .poll(
        async () =>
          (await api.mailbox.list.query({ limit: 100 })).messages.filter((message) =>
            subjects.includes(message.subject),
          ).length,
        { timeout: 30_000, interval: 250 },
      )
      .toBe(sent.length);

    for (const index of sent) {
      await page.goto("/mailbox");
      await page.getByRole("link", { name: probeSubject(index) }).click();
      await page.waitForURL(/\/mailbox\/.+/);
      await expect.poll(() => pageAndFrameText(page)).toContain(probeText(index));
      if (index === sent[0]) await saveScreenshot(page, "21-xss-mailbox-message");
      expect({ payload: XSS_PAYLOADS[index], findings: await guard.findings() }).toEqual({
        payload: XSS_PAYLOADS[index],
        findings: [],
      });
    }
  });
});
