import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import type { FormContent } from "@trellis/domain";
import { createRoutesStub } from "react-router";
import { afterEach, describe, expect, it } from "vitest";
import { type FakePortal, fakePortal, Refusal } from "../lib/testing/fake-portal";
import RequestPage, { action, loader } from "./request";

const FORM: FormContent = {
  type: "form",
  title: "Kickoff questionnaire",
  instructions: "Tell us about your rollout.",
  fields: [
    { key: "company", label: "Company name", kind: "text", required: true, options: [], helpText: null },
    {
      key: "goals",
      label: "Goals",
      kind: "long_text",
      required: false,
      options: [],
      helpText: "A few lines.",
    },
    { key: "seats", label: "Seats", kind: "number", required: true, options: [], helpText: null },
    { key: "go_live", label: "Go-live date", kind: "date", required: false, options: [], helpText: null },
    { key: "plan", label: "Plan", kind: "select", required: true, options: ["Basic", "Pro"], helpText: null },
    { key: "sso", label: "We use SSO", kind: "checkbox", required: false, options: [], helpText: null },
  ],
};

function formRequest(submission: unknown = null) {
  return {
    actionId: "act_form",
    type: "form",
    title: FORM.title,
    state: submission ? "completed" : "executed",
    dueAt: new Date("2031-03-01T12:00:00Z"),
    content: FORM,
    submission,
    uploads: [],
    booking: null,
  };
}

function renderRequest(fake: FakePortal) {
  const Stub = createRoutesStub(
    [
      {
        id: "root",
        path: "/",
        loader: () => ({ csrf: fake.portal.csrfToken }),
        HydrateFallback: () => null,
        children: [
          {
            path: "requests/:actionId",
            Component: RequestPage as never,
            loader: loader as never,
            action: action as never,
            HydrateFallback: () => null,
          },
        ],
      },
    ],
    fake.context,
  );
  render(<Stub initialEntries={["/requests/act_form"]} future={{ v8_middleware: true }} />);
}

function change(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label, { exact: false }), { target: { value } });
}

afterEach(cleanup);

describe("/requests/:actionId for a form", () => {
  it("renders every field of the definition with its kind, required marks and help text", async () => {
    renderRequest(fakePortal({ "portal.requests.get": () => formRequest() }));
    expect(await screen.findByRole("heading", { name: "Kickoff questionnaire" })).toBeTruthy();
    expect(screen.getByText("Waiting for you")).toBeTruthy();
    const company = screen.getByRole("textbox", { name: "Company name (required)" });
    expect(company.getAttribute("required")).not.toBeNull();
    const goals = screen.getByRole("textbox", { name: "Goals" });
    expect(goals.tagName).toBe("TEXTAREA");
    expect(goals.getAttribute("aria-describedby")).toBe("field-goals-help");
    expect(document.getElementById("field-goals-help")?.textContent).toBe("A few lines.");
    expect(screen.getByRole("spinbutton", { name: /Seats/ })).toBeTruthy();
    expect(screen.getByLabelText("Go-live date").getAttribute("type")).toBe("date");
    const plan = screen.getByRole("combobox", { name: /Plan/ });
    expect(
      within(plan)
        .getAllByRole("option")
        .map((option) => option.textContent),
    ).toEqual(["Choose…", "Basic", "Pro"]);
    expect(screen.getByRole("checkbox", { name: "We use SSO" })).toBeTruthy();
  });

  it("shows the API's errors next to each field and in a summary, keeping the values; nothing is completed", async () => {
    const fake = fakePortal({
      "portal.requests.get": () => formRequest(),
      "portal.forms.submit": () =>
        new Refusal(400, "BAD_REQUEST", "Some answers need your attention.", {
          zodIssues: [
            { code: "custom", path: ["company"], message: "This field is required." },
            { code: "custom", path: ["seats"], message: "Enter a whole number." },
          ],
        }),
    });
    renderRequest(fake);
    await screen.findByRole("heading", { name: "Kickoff questionnaire" });
    change("Goals", "Roll out to sales");
    change("Seats", "12.5");
    fireEvent.click(screen.getByRole("button", { name: "Submit" }));

    const summary = await screen.findByRole("alert");
    expect(summary.textContent).toContain("Company name: This field is required.");
    expect(summary.textContent).toContain("Seats: Enter a whole number.");
    const company = screen.getByRole("textbox", { name: /Company name/ });
    expect(company.getAttribute("aria-invalid")).toBe("true");
    expect(company.getAttribute("aria-describedby")).toBe("field-company-error");
    expect(document.getElementById("field-company-error")?.textContent).toBe("This field is required.");
    expect((screen.getByRole("textbox", { name: "Goals" }) as HTMLTextAreaElement).value).toBe(
      "Roll out to sales",
    );
    expect(screen.queryByText("Thank you!")).toBeNull();
    expect(fake.calls.find((call) => call.path === "portal.forms.submit")?.input).toEqual({
      actionId: "act_form",
      answers: {
        company: null,
        goals: "Roll out to sales",
        seats: 12.5,
        go_live: null,
        plan: null,
        sso: false,
      },
    });
  });

  it("thanks the contact after a valid submission and shows the answers read-only", async () => {
    let submitted: unknown = null;
    const fake = fakePortal({
      "portal.requests.get": () => formRequest(submitted),
      "portal.forms.submit": (input) => {
        submitted = {
          answers: (input as { answers: unknown }).answers,
          submittedAt: new Date("2031-02-01T10:00:00Z"),
          contactName: "Ada Lovelace",
        };
        return { completed: true };
      },
    });
    renderRequest(fake);
    await screen.findByRole("heading", { name: "Kickoff questionnaire" });
    change("Company name", "Acme");
    change("Seats", "40");
    fireEvent.change(screen.getByRole("combobox", { name: /Plan/ }), { target: { value: "Pro" } });
    fireEvent.click(screen.getByRole("checkbox", { name: "We use SSO" }));
    fireEvent.click(screen.getByRole("button", { name: "Submit" }));

    expect(await screen.findByText("Thank you!")).toBeTruthy();
    expect(await screen.findByText("Done")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Submit" })).toBeNull();
    expect(screen.getByText(/Submitted by Ada Lovelace/)).toBeTruthy();
    expect(screen.getByText("Acme")).toBeTruthy();
    expect(screen.getByText("Yes")).toBeTruthy();
  });

  it("refuses a post without the right CSRF token before calling the API", async () => {
    const fake = fakePortal({
      "portal.requests.get": () => formRequest(),
      "portal.forms.submit": () => ({}),
    });
    const form = new URLSearchParams();
    form.set("intent", "submit-form");
    form.set("csrf", "forged");
    const request = new Request("http://localhost/requests/act_form", { method: "POST", body: form });
    const refused = await action({
      request,
      params: { actionId: "act_form" },
      context: fake.context,
    } as never).catch((error: unknown) => error);
    expect(refused).toMatchObject({ init: { status: 403 } });
    expect(fake.calls).toEqual([]);
  });
});
