import { describe, expect, it } from "vitest";
import { emptyContent, fromEditable, newDocument, newFormField, toEditable } from "./editable-content";

describe("editable content", () => {
  it("edits email recipients as comma-separated text and gives them back as lists", () => {
    const editable = toEditable({
      type: "email",
      subject: "Hi",
      bodyHtml: "<p>x</p>",
      to: ["ana@acme.test", "{{contact.email}}"],
      cc: [],
      bcc: ["csm@trellis.test"],
    });
    expect(editable).toMatchObject({
      to: "ana@acme.test, {{contact.email}}",
      cc: "",
      bcc: "csm@trellis.test",
    });
    if (editable.type !== "email") throw new Error("expected an email");
    expect(fromEditable({ ...editable, cc: " bo@acme.test ;; , cy@acme.test\n" })).toMatchObject({
      to: ["ana@acme.test", "{{contact.email}}"],
      cc: ["bo@acme.test", "cy@acme.test"],
      bcc: ["csm@trellis.test"],
    });
  });

  it("leaves other types as they are", () => {
    const slack = { type: "slack", channel: "#acme", message: "Hello" } as const;
    expect(fromEditable(toEditable(slack))).toEqual(slack);
  });

  it("starts blank content of each type", () => {
    expect(emptyContent("manual")).toEqual({ type: "manual", description: "" });
    expect(emptyContent("email")).toMatchObject({ type: "email", to: "{{contact.email}}" });
  });
});

describe("editable forms, documents and meetings", () => {
  it("edits select options one per line and derives keys for new fields on save", () => {
    const editable = toEditable({
      type: "form",
      title: "Kickoff",
      instructions: "",
      fields: [
        {
          key: "region",
          label: "Region",
          kind: "select",
          required: true,
          options: ["EMEA", "AMER"],
          helpText: null,
        },
      ],
    });
    if (editable.type !== "form") throw new Error("expected a form");
    expect(editable.fields[0]).toMatchObject({
      id: "region",
      key: "region",
      options: "EMEA\nAMER",
      helpText: "",
    });
    const saved = fromEditable({
      ...editable,
      fields: [
        ...editable.fields,
        {
          ...newFormField("new-1"),
          label: " Region ",
          kind: "long_text",
          options: "stale",
          helpText: " Why? ",
        },
      ],
    });
    expect(saved).toEqual({
      type: "form",
      title: "Kickoff",
      instructions: "",
      fields: [
        {
          key: "region",
          label: "Region",
          kind: "select",
          required: true,
          options: ["EMEA", "AMER"],
          helpText: null,
        },
        {
          key: "region_2",
          label: "Region",
          kind: "long_text",
          required: true,
          options: [],
          helpText: "Why?",
        },
      ],
    });
  });

  it("edits documents with comma-separated types and a size in MB", () => {
    const stored = {
      key: "questionnaire",
      name: "Security questionnaire",
      description: null,
      acceptedTypes: [".pdf", ".docx"],
      required: true,
      maxSizeBytes: 5 * 1024 * 1024,
    };
    const editable = toEditable({
      type: "document",
      title: "Security",
      instructions: "",
      documents: [stored],
    });
    if (editable.type !== "document") throw new Error("expected a document request");
    expect(editable.documents[0]).toMatchObject({
      acceptedTypes: ".pdf, .docx",
      maxSizeMb: "5",
      description: "",
    });
    const added = { ...newDocument("new-1"), name: "Signed DPA", acceptedTypes: "PDF", maxSizeMb: "2.5" };
    expect(fromEditable({ ...editable, documents: [...editable.documents, added] })).toMatchObject({
      documents: [
        stored,
        {
          key: "signed_dpa",
          name: "Signed DPA",
          description: null,
          acceptedTypes: [".pdf"],
          required: true,
          maxSizeBytes: 2.5 * 1024 * 1024,
        },
      ],
    });
    expect(newDocument("new-2").maxSizeMb).toBe("20");
  });

  it("edits proposed slots in the viewer's zone and stores them in UTC", () => {
    const originalZone = process.env.TZ;
    process.env.TZ = "America/New_York";
    try {
      const editable = toEditable({
        type: "meeting",
        title: "Kickoff",
        agenda: "",
        durationMinutes: 30,
        schedulingLink: null,
        proposedSlots: ["2026-02-02T14:30:00.000Z"],
      });
      if (editable.type !== "meeting") throw new Error("expected a meeting");
      expect(editable).toMatchObject({ schedulingLink: "", proposedSlots: ["2026-02-02T09:30"] });
      expect(
        fromEditable({
          ...editable,
          schedulingLink: " ",
          proposedSlots: [...editable.proposedSlots, "2026-02-03T10:00"],
        }),
      ).toMatchObject({
        schedulingLink: null,
        proposedSlots: ["2026-02-02T14:30:00.000Z", "2026-02-03T15:00:00.000Z"],
      });
    } finally {
      process.env.TZ = originalZone;
    }
  });
});
