/**
 * The loop between agent and customer, in Chromium against the real API, worker, workspace and portal: the agent
 * executes a form action → the worker emails the primary contact a sign-in link → the contact opens it from the
 * mailbox, continues, fills the form (an invalid submit first); the agent has also sent a document request and a
 * meeting request, so the contact uploads the required document (after a wrong type and an oversized file are
 * refused) and books the second proposed slot, gives NPS 9 and signs out; the used link then says so. The agent
 * downloads the upload, reads the booking in the history, has a notification for each answer and sees the form
 * action completed in the workspace.
 */
import { DEMO_LOGINS } from "@trellis/api";
import type { TrellisClient } from "@trellis/client";
import type { FormContent, MeetingContent } from "@trellis/domain";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DemoContact, findDemoContact } from "../start/demo-contact.js";
import { downloadAsAgent } from "./agent-download.js";
import { type PortalE2eStack, saveScreenshot, startPortalE2eStack } from "./harness.js";
import {
  DOCUMENT_REQUEST,
  execute,
  executeCustomRequest,
  meetingRequest,
  REQUIRED_DOCUMENT_MAX_BYTES,
} from "./portal-requests.js";
import { signInLinkFor } from "./sign-in-link.js";

const WORKER_TIMEOUT = { timeout: 30_000, interval: 250 };
const PDF_HEADER = "%PDF-1.4\n";

async function isExecutable(agent: TrellisClient, actionId: string): Promise<boolean> {
  const details = await agent.actions.get.query({ actionId });
  return !details.executeBlocker && details.draft !== null && details.allowedEvents.includes("execute");
}

/** Fills every field of the form with a valid answer for its kind. */
async function fillForm(page: Page, content: FormContent): Promise<void> {
  for (const field of content.fields) {
    const input = page.locator(`#field-${field.key}`);
    if (field.kind === "checkbox") await input.check();
    else if (field.kind === "select") await input.selectOption(field.options[0] ?? "");
    else if (field.kind === "number") await input.fill("42");
    else if (field.kind === "date") await input.fill("2031-05-01");
    else await input.fill(`Answer to ${field.label}`);
  }
}

/** The home page's entry for a request, found by its title. */
function requestItem(within: Page | Locator, title: string): Locator {
  return within.getByRole("listitem").filter({ hasText: title });
}

describe("the customer loop", () => {
  let stack: PortalE2eStack;
  let agent: TrellisClient;
  let contact: DemoContact;
  let formActionId: string;
  let formName: string;
  let formContent: FormContent;
  let link: string;
  let documentActionId: string;
  let meeting: MeetingContent;
  let meetingActionId: string;

  beforeAll(async () => {
    stack = await startPortalE2eStack();
    agent = await stack.agentClient();
    const found = await findDemoContact(agent, ["ready", "review_pending", "executed"], (actions) =>
      actions.some((action) => action.type === "form" && action.state !== "executed"),
    );
    if (!found) throw new Error("the demo has no account with a ready form action");
    contact = found;
    const candidates = contact.actions.filter(
      (action) => action.type === "form" && action.state !== "executed",
    );
    for (const candidate of candidates) {
      if (await isExecutable(agent, candidate.id)) {
        formActionId = candidate.id;
        break;
      }
    }
    if (!formActionId) throw new Error(`no executable form action in ${contact.accountName}`);
    const formDetails = await agent.actions.get.query({ actionId: formActionId });
    formName = formDetails.action.name;
    formContent = formDetails.draft?.content as FormContent;

    // The form's email is read before the other requests are sent, so its link is the one found.
    await execute(agent, formActionId);
    link = await signInLinkFor(agent, contact.email, "asks you to");

    // A document request and a meeting request of the same account, on the form's milestone.
    const milestoneId = formDetails.milestone.id;
    documentActionId = await executeCustomRequest(agent, contact.accountId, milestoneId, DOCUMENT_REQUEST);
    meeting = meetingRequest(new Date());
    meetingActionId = await executeCustomRequest(agent, contact.accountId, milestoneId, meeting);
  });
  afterAll(() => stack?.close());

  it("goes from the agent's Execute to answered requests, and back to the agent", async () => {
    const context = await stack.portalContext();
    const page = await context.newPage();
    await page.goto(link);
    await saveScreenshot(page, "01-continue");
    await page.getByRole("button", { name: "Continue" }).click();
    await page.waitForURL(new RegExp(`/requests/${formActionId}$`));
    await page.getByRole("button", { name: "Sign out" }).waitFor();
    expect(await page.textContent("header")).toContain(contact.name);
    await saveScreenshot(page, "02-form");

    // An invalid submission first: the errors show, nothing is completed.
    expect(formContent.fields.some((field) => field.required)).toBe(true);
    await page.getByRole("button", { name: "Submit" }).click();
    await page.getByRole("alert").filter({ hasText: "Please check your answers" }).waitFor();
    await saveScreenshot(page, "03-form-errors");
    expect((await agent.actions.get.query({ actionId: formActionId })).action.state).toBe("executed");
    await fillForm(page, formContent);
    await page.getByRole("button", { name: "Submit" }).click();
    await page.getByText("Thank you!").waitFor();
    await saveScreenshot(page, "04-form-thanks");
    expect((await agent.actions.get.query({ actionId: formActionId })).action.state).toBe("completed");

    // The home page: the document and meeting requests wait, the form is done.
    await page.goto("/");
    const open = page.getByRole("region", { name: "Waiting for you" });
    await open.waitFor();
    expect(await requestItem(open, DOCUMENT_REQUEST.title).textContent()).toMatch(
      /Documents.*Waiting for you/s,
    );
    expect(await requestItem(open, meeting.title).textContent()).toMatch(/Meeting.*Waiting for you/s);
    expect(await page.getByRole("region", { name: "Done" }).textContent()).toMatch(/Form.*Done/s);
    await saveScreenshot(page, "05-home");

    // The document request: a wrong type and an oversized PDF are refused, then a small PDF completes it.
    await requestItem(page, DOCUMENT_REQUEST.title).getByRole("link").click();
    await page.waitForURL(new RegExp(`/requests/${documentActionId}$`));
    const questionnaire = () => page.getByRole("region", { name: /^Security questionnaire/ });
    await questionnaire()
      .locator('input[type="file"]')
      .setInputFiles({ name: "notes.exe", mimeType: "application/octet-stream", buffer: Buffer.from("MZ") });
    await questionnaire().getByRole("button", { name: "Upload" }).click();
    await questionnaire().getByRole("alert").filter({ hasText: "accepts only .pdf files" }).waitFor();
    await saveScreenshot(page, "06-upload-wrong-type");

    const oversized = Buffer.concat([
      Buffer.from(PDF_HEADER),
      Buffer.alloc(REQUIRED_DOCUMENT_MAX_BYTES + 1 - PDF_HEADER.length, " "),
    ]);
    await questionnaire()
      .locator('input[type="file"]')
      .setInputFiles({ name: "huge.pdf", mimeType: "application/pdf", buffer: oversized });
    await questionnaire().getByRole("button", { name: "Upload" }).click();
    await questionnaire()
      .getByRole("alert")
      .filter({ hasText: "The file is too large: Security questionnaire accepts files up to 1 MB." })
      .waitFor();
    await saveScreenshot(page, "07-upload-too-large");
    const afterRefusals = await agent.actions.get.query({ actionId: documentActionId });
    expect(afterRefusals.action.state).toBe("executed");
    expect(afterRefusals.customerResponse).toBeNull();

    const pdf = Buffer.from(`${PDF_HEADER}1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`);
    await questionnaire()
      .locator('input[type="file"]')
      .setInputFiles({ name: "security.pdf", mimeType: "application/pdf", buffer: pdf });
    await questionnaire().getByRole("button", { name: "Upload" }).click();
    await page.getByText("Uploaded security.pdf").waitFor();
    await saveScreenshot(page, "08-uploaded");

    // Only the required document was asked for: the request is complete, and the agent downloads the file.
    const documentDetails = await agent.actions.get.query({ actionId: documentActionId });
    expect(documentDetails.action.state).toBe("completed");
    const uploads = documentDetails.customerResponse?.uploads ?? [];
    expect(uploads).toMatchObject([
      { documentKey: "security_questionnaire", fileName: "security.pdf", sizeBytes: pdf.byteLength },
    ]);
    const download = await downloadAsAgent(agent, stack.apiUrl, uploads[0]?.downloadPath ?? "");
    expect(download.status).toBe(200);
    expect(download.headers.get("content-disposition")).toMatch(/^attachment;.*filename="security\.pdf"/);
    expect(Buffer.from(await download.arrayBuffer()).equals(pdf)).toBe(true);

    // The meeting request: book the second proposed slot.
    await page.goto("/");
    await requestItem(page, meeting.title).getByRole("link").click();
    await page.waitForURL(new RegExp(`/requests/${meetingActionId}$`));
    const slots = page.getByRole("radio");
    expect(await slots.count()).toBe(3);
    const second = meeting.proposedSlots[1];
    expect(await slots.nth(1).getAttribute("value")).toBe(second);
    await slots.nth(1).check();
    await page.getByRole("button", { name: "Book" }).click();
    const booked = page.getByText("Booked:");
    await booked.waitFor();
    expect(await booked.locator("time").getAttribute("datetime")).toBe(second);
    await saveScreenshot(page, "09-booked");
    const meetingDetails = await agent.actions.get.query({ actionId: meetingActionId });
    expect(meetingDetails.action.state).toBe("executed");
    expect(meetingDetails.customerResponse?.booking).toMatchObject({
      startsAt: second,
      durationMinutes: 30,
      contactName: contact.name,
    });
    const { history } = meetingDetails;
    expect(history).toContainEqual(
      expect.objectContaining({
        actor: expect.objectContaining({ kind: "contact", name: contact.name }),
        event: { type: "customer_responded", response: { kind: "meeting_booked", startsAt: second } },
      }),
    );

    // NPS 9 with a comment.
    await page.getByRole("link", { name: "Give feedback" }).click();
    await page.getByRole("radio", { name: "9" }).check({ force: true });
    await page.getByLabel(/Anything you would like to add/).fill("The kickoff was well prepared.");
    await page.getByRole("button", { name: "Send feedback" }).click();
    await page.getByRole("heading", { name: "Thank you for your feedback" }).waitFor();
    await saveScreenshot(page, "10-feedback-thanks");

    // Sign out; the used link says so.
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(/\/sign-in$/);
    await page.goto(link);
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByText("already used").waitFor();
    await saveScreenshot(page, "11-link-used");
    await context.close();

    // The account owner was told of every answer.
    const { owner } = await agent.accounts.get.query({ id: contact.accountId });
    const ownerLogin = DEMO_LOGINS.find((login) => login.name === owner?.name);
    if (!ownerLogin) throw new Error(`${contact.accountName}'s owner (${owner?.name}) is not a demo login`);
    const ownerClient = await stack.agentClient(ownerLogin);
    const { items } = await ownerClient.notifications.list.query({ limit: 100 });
    const titles = (actionId: string | null) =>
      items.filter((item) => item.actionId === actionId).map((item) => item.title);
    expect(titles(formActionId)).toContain(
      `The contact submitted the form; the action is complete: ${formName}`,
    );
    expect(titles(documentActionId)).toContain(
      `The contact uploaded every required document; the action is complete: ${DOCUMENT_REQUEST.title}`,
    );
    // A booked meeting stays executed until the agent marks it complete (it has yet to take place).
    expect(titles(meetingActionId)).toContain(`The contact booked the meeting: ${meeting.title}`);
    expect(titles(null)).toContain(`${contact.name} gave an NPS of 9: The kickoff was well prepared.`);

    // The workspace shows the notification and the completed form action.
    const workspace = await stack.workspacePage(ownerLogin);
    await workspace.goto("/notifications");
    await expect
      .poll(async () => (await workspace.textContent("main")) ?? "", WORKER_TIMEOUT)
      .toMatch(
        new RegExp(`submitted the form[^]*${formContent.title || "Kickoff"}[^]*${contact.accountName}`),
      );
    await saveScreenshot(workspace, "12-workspace-notifications");
    await workspace.goto(`/accounts/${contact.accountId}?state=completed`);
    await workspace.getByRole("listitem").filter({ hasText: "Completed" }).first().waitFor();
    await saveScreenshot(workspace, "13-workspace-completed");
  });
});
