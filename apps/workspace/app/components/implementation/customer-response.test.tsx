import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { CustomerResponse } from "./customer-response";

afterEach(cleanup);

const AT = "2026-03-02T09:00:00.000Z";

describe("CustomerResponse", () => {
  it("shows form answers by field label", () => {
    render(
      <CustomerResponse
        response={{
          submission: {
            answers: { team_size: 40, terms: true, notes: null },
            submittedAt: AT,
            contactName: "Ana Silva",
          },
          uploads: [],
          booking: null,
        }}
        content={{
          type: "form",
          title: "Kickoff",
          instructions: "",
          fields: [
            {
              key: "team_size",
              label: "Team size",
              kind: "number",
              required: true,
              options: [],
              helpText: null,
            },
            {
              key: "terms",
              label: "Terms accepted",
              kind: "checkbox",
              required: true,
              options: [],
              helpText: null,
            },
          ],
        }}
      />,
    );
    expect(screen.getByText("Ana Silva")).toBeTruthy();
    const terms = screen.getAllByRole("term").map((term) => term.textContent);
    const definitions = screen.getAllByRole("definition").map((definition) => definition.textContent);
    expect(terms).toEqual(["Team size", "Terms accepted", "notes"]);
    expect(definitions).toEqual(["40", "Yes", "—"]);
  });

  it("links each upload to its download path and shows the booked slot", () => {
    render(
      <CustomerResponse
        response={{
          submission: null,
          uploads: [
            {
              uploadId: "upl_1",
              documentKey: "dpa",
              fileName: "dpa.pdf",
              sizeBytes: 2048,
              uploadedAt: AT,
              downloadPath: "/files/uploads/upl_1",
            },
          ],
          booking: { startsAt: AT, durationMinutes: 30, bookedAt: AT, contactName: "Ana Silva" },
        }}
        content={{
          type: "document",
          title: "Docs",
          instructions: "",
          documents: [
            {
              key: "dpa",
              name: "Signed DPA",
              description: null,
              acceptedTypes: [".pdf"],
              required: true,
              maxSizeBytes: 1,
            },
          ],
        }}
      />,
    );
    const link = screen.getByRole("link", { name: "dpa.pdf" });
    expect(link.getAttribute("href")).toBe("/files/uploads/upl_1");
    expect(screen.getByText("Signed DPA:")).toBeTruthy();
    expect(screen.getByText(/booked/).textContent).toContain("(30 minutes)");
  });
});
