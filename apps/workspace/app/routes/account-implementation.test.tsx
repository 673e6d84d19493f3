import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type { ActionContent } from "@trellis/domain";
import { createRoutesStub, type LoaderFunctionArgs, RouterContextProvider } from "react-router";
import { afterEach, describe, expect, it } from "vitest";
import { apiContext } from "../lib/api-context.server";
import { actionDetails, listedAction, milestoneGroup } from "../lib/testing/action-fixtures";
import { fakeApi, type ProcedureAnswers } from "../lib/testing/fake-api";
import { TRPCProvider } from "../lib/trpc";
import type { Route } from "./+types/account-implementation";
import AccountImplementation, { loader } from "./account-implementation";

const welcome = listedAction({ name: "Welcome email", state: "ready" });
const kickoffForm = listedAction({ name: "Kickoff form", state: "executed", type: "form" });
const sandbox = listedAction({ name: "Provision sandbox", state: "completed", type: "manual" });
const training = listedAction({
  name: "Admin training",
  state: "pending",
  type: "meeting",
  milestone: "Launch",
});

const plan = [
  milestoneGroup("Kickoff", 0, [welcome, kickoffForm, sandbox]),
  milestoneGroup("Launch", 1, [training]),
];

const emailDraft: ActionContent = {
  type: "email",
  subject: "Welcome to Trellis, Ana",
  bodyHtml: "<p>Hi <strong>Ana</strong></p><img src=x onerror=alert(1)><script>alert(2)</script>",
  to: ["ana@acme.test"],
  cc: [],
  bcc: ["csm@trellis.test"],
};

function renderTab(url: string, answers: ProcedureAnswers = {}) {
  const api = fakeApi({ "actions.listByAccount": () => ({ milestones: plan }), ...answers });
  const context = new RouterContextProvider();
  context.set(apiContext, api.client);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const Stub = createRoutesStub(
    [
      {
        path: "/accounts/:accountId",
        Component: AccountImplementation,
        loader: (args: LoaderFunctionArgs) => loader(args as Route.LoaderArgs),
        HydrateFallback: () => null,
      },
    ],
    context,
  );
  render(
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={api.client} queryClient={queryClient}>
        <Stub initialEntries={[url]} future={{ v8_middleware: true }} />
      </TRPCProvider>
    </QueryClientProvider>,
  );
  return api;
}

afterEach(cleanup);

describe("the Implementation tab", () => {
  it("groups actions under milestones with progress, and counts every state in the filters", async () => {
    renderTab("/accounts/acc_test");
    const kickoff = await screen.findByRole("region", { name: "Kickoff" });
    expect(within(kickoff).getByText("1/3 done")).toBeTruthy();
    expect(
      within(kickoff)
        .getAllByRole("listitem")
        .map((item) => item.getAttribute("aria-label")),
    ).toEqual(["Welcome email", "Kickoff form", "Provision sandbox"]);
    expect(within(screen.getByRole("region", { name: "Launch" })).getByText("0/1 done")).toBeTruthy();
    const filters = screen.getByRole("group", { name: "Filter by state" });
    const names = within(filters)
      .getAllByRole("link")
      .map((link) => link.textContent);
    expect(names).toEqual([
      "All 4",
      "Pending 1",
      "Ready 1",
      "Review pending 0",
      "Executed 1",
      "Completed 1",
      "Skipped 0",
    ]);
    expect(within(filters).getByRole("link", { name: "All 4" }).getAttribute("aria-current")).toBe("page");
  });

  it("shows only the actions in the state the URL asks for, keeping the counts of all", async () => {
    renderTab("/accounts/acc_test?state=ready");
    await screen.findByRole("button", { name: "Welcome email" });
    expect(screen.queryByRole("button", { name: "Kickoff form" })).toBeNull();
    expect(
      within(screen.getByRole("region", { name: "Launch" })).getByText("None in this state."),
    ).toBeTruthy();
    expect(screen.getByRole("link", { name: "Ready 1" }).getAttribute("aria-current")).toBe("page");
    expect(screen.getByRole("link", { name: "Pending 1" }).getAttribute("href")).toBe(
      "/accounts/acc_test?state=pending",
    );
  });

  it("says when no action is in the chosen state", async () => {
    renderTab("/accounts/acc_test?state=skipped");
    expect(await screen.findByText("No skipped actions")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Show all actions" })).toBeTruthy();
  });

  it("offers only the quick actions the state allows", async () => {
    renderTab("/accounts/acc_test");
    await screen.findByRole("button", { name: "Welcome email" });
    for (const verb of ["Execute", "Edit", "Skip", "Reschedule"]) {
      expect(screen.getByRole("button", { name: `${verb} Welcome email` })).toBeTruthy();
      expect(screen.queryByRole("button", { name: `${verb} Kickoff form` })).toBeNull();
      expect(screen.queryByRole("button", { name: `${verb} Provision sandbox` })).toBeNull();
    }
    expect(screen.queryByRole("button", { name: "Execute Admin training" })).toBeNull();
    expect(screen.getByRole("button", { name: "Reschedule Admin training" })).toBeTruthy();
  });

  it("expands a row into the review panel with the email draft, sanitized, and the allowed buttons", async () => {
    const api = renderTab("/accounts/acc_test", {
      "actions.get": () => ({
        ...actionDetails(welcome, emailDraft, ["regenerate", "edit", "execute", "skip", "reschedule"]),
        draftProblems: [
          {
            code: "placeholder",
            severity: "error",
            path: "bodyHtml",
            message: "placeholder text",
            match: "[name]",
          },
        ],
        executeBlocker: { code: "DRAFT_INCOMPLETE", message: "The draft has 1 problem to fix first" },
      }),
    });
    const toggle = await screen.findByRole("button", { name: "Welcome email" });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    const panel = screen.getByRole("region", { name: "Review Welcome email" });
    expect(await within(panel).findByText("Welcome to Trellis, Ana")).toBeTruthy();
    expect(within(panel).getByText("ana@acme.test")).toBeTruthy();
    expect(within(panel).getByText("csm@trellis.test")).toBeTruthy();
    const frame = (await within(panel).findByTitle("Email body")) as HTMLIFrameElement;
    expect(frame.getAttribute("sandbox")).toBe("");
    expect(frame.getAttribute("srcdoc")).toBe("<p>Hi <strong>Ana</strong></p>");
    expect(within(panel).getByText(/placeholder text/)).toBeTruthy();
    expect(within(panel).getByText(/The draft has 1 problem to fix first/)).toBeTruthy();
    const buttons = within(panel)
      .getAllByRole("button")
      .map((button) => button.textContent);
    expect(buttons.slice(0, 5)).toEqual(["Regenerate", "Edit", "Execute", "Skip", "Reschedule"]);
    expect(within(panel).queryByRole("button", { name: "Mark as complete" })).toBeNull();
    for (const heading of ["Draft", "Notes", "History"]) {
      expect(within(panel).getByRole("heading", { name: heading })).toBeTruthy();
    }
    expect(api.calls.filter((call) => call.path === "actions.get")).toEqual([
      { path: "actions.get", input: { actionId: welcome.id } },
    ]);
  });

  it.each([
    [
      "form",
      {
        type: "form",
        title: "Kickoff questionnaire",
        instructions: "Tell us about your team.",
        fields: [
          { key: "size", label: "Team size", kind: "number", required: true, options: [], helpText: null },
        ],
      },
      ["Kickoff questionnaire", "Tell us about your team.", "Team size"],
    ],
    [
      "document",
      {
        type: "document",
        title: "Security review",
        instructions: "Upload it.",
        documents: [
          {
            key: "soc2",
            name: "SOC 2 report",
            description: null,
            acceptedTypes: [".pdf"],
            required: true,
            maxSizeBytes: 1000,
          },
        ],
      },
      ["Security review", "SOC 2 report"],
    ],
    [
      "meeting",
      {
        type: "meeting",
        title: "Kickoff call",
        agenda: "Goals",
        durationMinutes: 45,
        schedulingLink: "https://cal.test/kickoff",
        proposedSlots: [],
      },
      ["Kickoff call", "Goals", "45 minutes", "https://cal.test/kickoff"],
    ],
    [
      "slack",
      { type: "slack", channel: "#acme-onboarding", message: "Welcome aboard!" },
      ["#acme-onboarding", "Welcome aboard!"],
    ],
    [
      "manual",
      { type: "manual", description: "Provision the sandbox tenant." },
      ["Provision the sandbox tenant."],
    ],
  ] as const)("shows a %s draft in the review panel", async (_type, content, texts) => {
    renderTab("/accounts/acc_test", {
      "actions.get": () => actionDetails(kickoffForm, content as ActionContent, ["mark_complete"]),
    });
    fireEvent.click(await screen.findByRole("button", { name: "Kickoff form" }));
    const panel = screen.getByRole("region", { name: "Review Kickoff form" });
    for (const text of texts) expect(await within(panel).findByText(text)).toBeTruthy();
    expect(within(panel).getByRole("button", { name: "Mark as complete" })).toBeTruthy();
    expect(within(panel).queryByRole("button", { name: "Execute" })).toBeNull();
  });

  it("executes after confirming, sending confirm and the same idempotency key when retried", async () => {
    let attempts = 0;
    const api = renderTab("/accounts/acc_test", {
      "actions.execute": () => {
        attempts += 1;
        if (attempts === 1) throw new Error("The connection was lost");
        return { ...welcome, state: "executed" };
      },
    });
    fireEvent.click(await screen.findByRole("button", { name: "Execute Welcome email" }));
    const dialog = screen.getByRole("dialog", { name: "Execute action" });
    expect(dialog.textContent).toContain("cannot be undone");
    fireEvent.click(within(dialog).getByRole("button", { name: "Execute" }));
    expect((await within(dialog).findByRole("alert")).textContent).toContain("The connection was lost");
    fireEvent.click(within(dialog).getByRole("button", { name: "Execute" }));
    await waitFor(() => expect(screen.queryByRole("dialog", { name: "Execute action" })).toBeNull());
    const executes = api.calls.filter((call) => call.path === "actions.execute");
    expect(executes).toHaveLength(2);
    const [first, second] = executes.map((call) => call.input as Record<string, unknown>);
    expect(first).toMatchObject({ actionId: welcome.id, confirm: true });
    expect(typeof first?.idempotencyKey).toBe("string");
    expect(second?.idempotencyKey).toBe(first?.idempotencyKey);
    // The list is loaded again after the command.
    await waitFor(() =>
      expect(api.calls.filter((call) => call.path === "actions.listByAccount").length).toBeGreaterThan(1),
    );
  });

  it("uses a new idempotency key for a new opening of the dialog", async () => {
    const api = renderTab("/accounts/acc_test", {
      "actions.execute": () => ({ ...welcome, state: "executed" }),
    });
    for (let opening = 0; opening < 2; opening += 1) {
      fireEvent.click(await screen.findByRole("button", { name: "Execute Welcome email" }));
      const dialog = screen.getByRole("dialog", { name: "Execute action" });
      fireEvent.click(within(dialog).getByRole("button", { name: "Execute" }));
      await waitFor(() => expect(screen.queryByRole("dialog", { name: "Execute action" })).toBeNull());
    }
    const keys = api.calls
      .filter((call) => call.path === "actions.execute")
      .map((call) => (call.input as { idempotencyKey: string }).idempotencyKey);
    expect(keys).toHaveLength(2);
    expect(keys[0]).not.toBe(keys[1]);
  });

  it("shows the API's refusal in the dialog and keeps it open", async () => {
    renderTab("/accounts/acc_test", {
      "actions.skip": () => {
        throw new Error("Cannot skip an action that is completed");
      },
    });
    fireEvent.click(await screen.findByRole("button", { name: "Skip Welcome email" }));
    const dialog = screen.getByRole("dialog", { name: "Skip action" });
    const confirm = within(dialog).getByRole("button", { name: "Skip" }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.change(within(dialog).getByLabelText("Reason"), { target: { value: "Not needed" } });
    fireEvent.click(confirm);
    expect((await within(dialog).findByRole("alert")).textContent).toContain(
      "Cannot skip an action that is completed",
    );
    expect(screen.getByRole("dialog", { name: "Skip action" })).toBeTruthy();
  });
});
