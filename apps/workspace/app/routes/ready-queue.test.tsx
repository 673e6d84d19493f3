import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { createRoutesStub, RouterContextProvider } from "react-router";
import { afterEach, describe, expect, it } from "vitest";
import { readyQueueEntry } from "../components/ready-queue/testing/ready-queue-fixtures";
import { apiContext } from "../lib/api-context.server";
import { fakeApi, type ProcedureAnswers } from "../lib/testing/fake-api";
import ReadyQueue, { action, loader } from "./ready-queue";

const welcome = readyQueueEntry({ name: "Send welcome email", priority: 61.04 });
const kickoff = readyQueueEntry({
  name: "Book kickoff meeting",
  type: "meeting",
  state: "review_pending",
  draftFailure: "The model timed out",
});
const survey = readyQueueEntry({ name: "Send survey", dueAt: null });
const queue = [welcome, kickoff, survey];

function renderQueue(url: string, answers: ProcedureAnswers = {}) {
  const api = fakeApi({
    "readyQueue.list": () => ({ now: "2025-03-01T09:00:00.000Z", items: queue, nextCursor: "next-1" }),
    ...answers,
  });
  const context = new RouterContextProvider();
  context.set(apiContext, api.client);
  const Stub = createRoutesStub(
    [{ path: "/ready", Component: ReadyQueue, loader, action, HydrateFallback: () => null }],
    context,
  );
  render(<Stub initialEntries={[url]} future={{ v8_middleware: true }} />);
  return api;
}

function checkbox(name: string): HTMLInputElement {
  return screen.getByRole("checkbox", { name }) as HTMLInputElement;
}

/** Confirms the open dialog (its form is submitted, as the confirm button does in a browser). */
function confirmDialog(dialog: HTMLElement) {
  const form = dialog.querySelector("form");
  if (!form) throw new Error("the dialog has no form");
  fireEvent.submit(form);
}

afterEach(cleanup);

describe("/ready", () => {
  it("lists the queue in the API's order with priority reasons, account links and draft failures", async () => {
    const api = renderQueue("/ready?owner=mine&type=meeting");
    const rows = await screen.findAllByRole("row");
    expect(rows).toHaveLength(4);
    expect(within(rows[1] as HTMLElement).getByText("Send welcome email")).toBeTruthy();
    const priority = within(rows[1] as HTMLElement).getByTitle(/^Priority 61 of 100/);
    expect(priority.textContent).toBe("61");
    expect(priority.getAttribute("title")?.split("\n")).toContain("ARR $100,000.00: 15 of 30 points");
    expect(within(rows[2] as HTMLElement).getByText("Draft failed")).toBeTruthy();
    expect(within(rows[3] as HTMLElement).getByText("No due date")).toBeTruthy();
    expect(
      within(rows[1] as HTMLElement)
        .getByRole("link", { name: "Aster Health" })
        .getAttribute("href"),
    ).toBe(`/accounts/${welcome.account.id}`);
    expect(api.calls[0]).toMatchObject({
      path: "readyQueue.list",
      input: { owner: "mine", types: ["meeting"], limit: 50 },
    });
    expect(screen.getByRole("link", { name: "Next page" }).getAttribute("href")).toBe(
      "/ready?owner=mine&type=meeting&cursor=next-1",
    );
  });

  it("selects rows one by one and all at once", async () => {
    renderQueue("/ready");
    await screen.findAllByRole("row");
    const execute = screen.getByRole("button", { name: "Execute selected" }) as HTMLButtonElement;
    expect(execute.disabled).toBe(true);

    fireEvent.click(checkbox("Select Send survey"));
    expect(checkbox("Select Send survey").checked).toBe(true);
    expect(checkbox("Select all").checked).toBe(false);
    expect(checkbox("Select all").indeterminate).toBe(true);
    expect(screen.getByText("1 selected")).toBeTruthy();
    expect(execute.disabled).toBe(false);

    fireEvent.click(checkbox("Select all"));
    expect(queue.every((entry) => checkbox(`Select ${entry.name}`).checked)).toBe(true);
    expect(screen.getByText("3 selected")).toBeTruthy();

    fireEvent.click(checkbox("Select all"));
    expect(queue.some((entry) => checkbox(`Select ${entry.name}`).checked)).toBe(false);
  });

  it("executes the selection after confirming and shows each item's result", async () => {
    const api = renderQueue("/ready", {
      "batch.execute": (input) => {
        const { actionIds } = input as { actionIds: string[] };
        return [
          { actionId: actionIds[0], ok: true, state: "executed" },
          {
            actionId: actionIds[1],
            ok: false,
            code: "DRAFT_INCOMPLETE",
            message: "The draft has no subject",
          },
        ];
      },
    });
    await screen.findAllByRole("row");
    fireEvent.click(checkbox("Select Send welcome email"));
    fireEvent.click(checkbox("Select Book kickoff meeting"));
    fireEvent.click(screen.getByRole("button", { name: "Execute selected" }));

    const dialog = screen.getByRole("dialog", { name: "Execute 2 actions" });
    expect(dialog.textContent).toContain("cannot be undone");
    expect(within(dialog).getByRole("button", { name: "Execute" })).toBeTruthy();
    confirmDialog(dialog);

    const status = await screen.findByRole("status");
    await waitFor(() => expect(status.textContent).toContain("Executed 1 of 2"));
    expect(status.textContent).toContain("Send welcome email:ok, now Executed");
    expect(status.textContent).toContain("Book kickoff meeting:The draft has no subject (DRAFT_INCOMPLETE)");

    const input = api.calls.find((entry) => entry.path === "batch.execute")?.input;
    expect(input).toMatchObject({
      actionIds: [welcome.actionId, kickoff.actionId],
      confirm: true,
      idempotencyKey: expect.stringMatching(/^wsq-[0-9a-f]{32}$/),
    });
    // The queue is loaded again after the batch, and the selection is cleared.
    expect(api.calls.filter((entry) => entry.path === "readyQueue.list")).toHaveLength(2);
    expect(checkbox("Select Send welcome email").checked).toBe(false);
  });

  it("skips one action from its row with the reason given", async () => {
    const api = renderQueue("/ready", {
      "batch.skip": (input) => [
        { actionId: (input as { actionIds: string[] }).actionIds[0], ok: true, state: "skipped" },
      ],
    });
    await screen.findAllByRole("row");
    fireEvent.click(screen.getByRole("button", { name: "Skip Send survey" }));
    const dialog = screen.getByRole("dialog", { name: "Skip action" });
    fireEvent.change(within(dialog).getByLabelText("Reason"), { target: { value: "Customer declined" } });
    confirmDialog(dialog);

    await waitFor(() =>
      expect(screen.getByRole("status").textContent).toContain("Send survey:ok, now Skipped"),
    );
    expect(api.calls.find((entry) => entry.path === "batch.skip")?.input).toEqual({
      actionIds: [survey.actionId],
      reason: "Customer declined",
    });
  });

  it("reschedules the selection to the chosen time with its offset", async () => {
    const api = renderQueue("/ready", {
      "batch.reschedule": (input) =>
        (input as { actionIds: string[] }).actionIds.map((actionId) => ({
          actionId,
          ok: true,
          state: "ready",
        })),
    });
    await screen.findAllByRole("row");
    fireEvent.click(checkbox("Select all"));
    fireEvent.click(screen.getByRole("button", { name: "Reschedule selected" }));
    const dialog = screen.getByRole("dialog", { name: "Reschedule 3 actions" });
    fireEvent.change(within(dialog).getByLabelText("New due date"), {
      target: { value: "2025-03-10T09:30" },
    });
    confirmDialog(dialog);

    await waitFor(() => expect(screen.getByRole("status").textContent).toContain("Rescheduled 3 of 3"));
    const input = api.calls.find((entry) => entry.path === "batch.reschedule")?.input as { to: string };
    expect(input.to).toBe(new Date("2025-03-10T09:30").toISOString());
  });

  it("says so when nothing matches the filters", async () => {
    renderQueue("/ready?type=slack", {
      "readyQueue.list": () => ({ now: "2025-03-01T09:00:00.000Z", items: [], nextCursor: null }),
    });
    expect(await screen.findByText("No ready action matches these filters")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Show every ready action" }).getAttribute("href")).toBe("/ready");
  });
});
