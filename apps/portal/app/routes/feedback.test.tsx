import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { createRoutesStub } from "react-router";
import { afterEach, describe, expect, it } from "vitest";
import { type FakePortal, fakePortal } from "../lib/testing/fake-portal";
import Feedback, { action } from "./feedback";

function renderFeedback(fake: FakePortal) {
  const Stub = createRoutesStub(
    [
      {
        id: "root",
        path: "/",
        loader: () => ({ csrf: fake.portal.csrfToken }),
        HydrateFallback: () => null,
        children: [{ path: "feedback", Component: Feedback as never, action: action as never }],
      },
    ],
    fake.context,
  );
  render(<Stub initialEntries={["/feedback"]} future={{ v8_middleware: true }} />);
}

afterEach(cleanup);

describe("/feedback", () => {
  it("offers an NPS radio group labelled 0 … 10 with its ends explained", async () => {
    renderFeedback(fakePortal({}));
    const group = await screen.findByRole("group", { name: /How likely are you to recommend us/ });
    const radios = within(group).getAllByRole("radio");
    expect(radios.map((radio) => radio.getAttribute("value"))).toEqual(
      Array.from({ length: 11 }, (_, score) => String(score)),
    );
    for (let score = 0; score <= 10; score++) {
      expect(within(group).getByRole("radio", { name: String(score) })).toBeTruthy();
    }
    expect(group.textContent).toContain("Not likely");
    expect(group.textContent).toContain("Very likely");
  });

  it("sends the score and comment and thanks the contact", async () => {
    const fake = fakePortal({ "portal.feedback.submit": () => ({ received: true }) });
    renderFeedback(fake);
    fireEvent.click(await screen.findByRole("radio", { name: "9" }));
    fireEvent.change(screen.getByLabelText(/Anything you would like to add/), {
      target: { value: "  Onboarding was smooth.  " },
    });
    fireEvent.click(screen.getByRole("button", { name: "Send feedback" }));
    expect(await screen.findByRole("heading", { name: "Thank you for your feedback" })).toBeTruthy();
    expect(fake.calls).toEqual([
      { path: "portal.feedback.submit", input: { score: 9, comment: "Onboarding was smooth." } },
    ]);
  });

  it("asks for a score without calling the API, keeping the comment", async () => {
    const fake = fakePortal({});
    renderFeedback(fake);
    fireEvent.change(await screen.findByLabelText(/Anything you would like to add/), {
      target: { value: "No score yet" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Send feedback" }));
    expect((await screen.findByRole("alert")).textContent).toBe("Choose a score from 0 to 10.");
    expect((screen.getByLabelText(/Anything you would like to add/) as HTMLTextAreaElement).value).toBe(
      "No score yet",
    );
    expect(fake.calls).toEqual([]);
  });
});
