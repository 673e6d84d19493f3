import { describe, expect, it } from "vitest";
import { contentProblems } from "./content-problems";
import { type EditableContent, emptyContent, newDocument, newFormField } from "./editable-content";

describe("contentProblems", () => {
  it("asks for a label, and for options on select fields", () => {
    const form: EditableContent = {
      type: "form",
      title: "Kickoff",
      instructions: "",
      fields: [
        newFormField("new-1"),
        { ...newFormField("new-2"), label: "Region", kind: "select", options: " \n" },
        { ...newFormField("new-3"), label: "Plan", kind: "select", options: "Pro\nTeam" },
      ],
    };
    expect(contentProblems(form)).toEqual({
      "fields.new-1.label": "A field needs a label.",
      "fields.new-2.options": "A select field needs at least one option.",
    });
  });

  it("checks document names, accepted types and size limits", () => {
    const good = { ...newDocument("new-1"), name: "Security questionnaire" };
    const documents = [
      good,
      { ...good, id: "new-2", name: " ", acceptedTypes: "pdf, word document" },
      { ...good, id: "new-3", acceptedTypes: "", maxSizeMb: "0" },
      { ...good, id: "new-4", maxSizeMb: "101" },
    ];
    const problems = contentProblems({ type: "document", title: "", instructions: "", documents });
    expect(Object.keys(problems)).toEqual([
      "documents.new-2.name",
      "documents.new-2.acceptedTypes",
      "documents.new-3.acceptedTypes",
      "documents.new-3.maxSizeMb",
      "documents.new-4.maxSizeMb",
    ]);
    expect(problems["documents.new-2.acceptedTypes"]).toContain("Not a file extension: word document");
  });

  it("checks meeting length, link and slots, and slack channels", () => {
    const meeting = emptyContent("meeting");
    if (meeting.type !== "meeting") throw new Error("expected a meeting");
    expect(contentProblems(meeting)).toEqual({});
    expect(
      Object.keys(
        contentProblems({
          ...meeting,
          durationMinutes: 2,
          schedulingLink: "cal.example.com",
          proposedSlots: ["2026-02-02T09:30", ""],
        }),
      ),
    ).toEqual(["durationMinutes", "schedulingLink", "proposedSlots.1"]);
    expect(contentProblems({ type: "slack", channel: "Acme team", message: "" })).toHaveProperty("channel");
    expect(contentProblems({ type: "slack", channel: "#acme-team", message: "" })).toEqual({});
  });
});
