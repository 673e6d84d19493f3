import { describe, expect, it } from "vitest";
import { ACTION_TYPES } from "../action-type.js";
import { actionContentSchema, contentSchemaFor } from "./action-content.js";

const validContent = {
  email: {
    type: "email",
    subject: "Welcome to Trellis, {{contact.first_name}}",
    bodyHtml: "<p>Hi {{contact.first_name}},</p>",
    to: ["{{contact.email}}"],
    cc: ["csm@trellis.dev"],
    bcc: [],
  },
  form: {
    type: "form",
    title: "Kickoff questionnaire",
    instructions: "Tell us about your team.",
    fields: [
      { key: "team_size", label: "Team size", kind: "number", required: true, options: [], helpText: null },
      {
        key: "region",
        label: "Region",
        kind: "select",
        required: false,
        options: ["EMEA", "AMER"],
        helpText: null,
      },
    ],
  },
  document: {
    type: "document",
    title: "Security review",
    instructions: "Upload your latest questionnaire.",
    documents: [
      {
        key: "security_questionnaire",
        name: "Security questionnaire",
        description: null,
        acceptedTypes: [".pdf", ".docx"],
        required: true,
        maxSizeBytes: 20 * 1024 * 1024,
      },
    ],
  },
  meeting: {
    type: "meeting",
    title: "Kickoff call",
    agenda: "Goals\nTimeline",
    durationMinutes: 45,
    schedulingLink: null,
    proposedSlots: ["2026-02-02T15:00:00.000Z"],
  },
  slack: { type: "slack", channel: "#acme-onboarding", message: "Welcome aboard!" },
  manual: { type: "manual", description: "Provision the sandbox tenant." },
} as const;

describe("action content", () => {
  it.each(ACTION_TYPES)("accepts valid %s content through the union and its own schema", (type) => {
    const content = validContent[type];
    expect(actionContentSchema.parse(content)).toEqual(content);
    expect(contentSchemaFor(type).parse(content)).toEqual(content);
  });

  it("rejects content of one type under another type's schema", () => {
    expect(contentSchemaFor("email").safeParse(validContent.slack).success).toBe(false);
  });

  it("accepts recipients that are addresses or variables, and nothing else", () => {
    const email = contentSchemaFor("email");
    const withTo = (to: string[]) => email.safeParse({ ...validContent.email, to });
    expect(withTo(["ana@acme.com", "{{contact.email}}", "{{ account.billing_email }}"]).success).toBe(true);
    const bad = withTo(["Ana <ana@acme"]);
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe(
      "must be an email address or a variable such as {{contact.email}}",
    );
  });

  it("requires options on select fields and refuses them elsewhere", () => {
    const form = contentSchemaFor("form");
    const field = validContent.form.fields[1];
    const noOptions = form.safeParse({ ...validContent.form, fields: [{ ...field, options: [] }] });
    expect(noOptions.error?.issues.map((i) => i.message)).toEqual([
      "a select field needs at least one option",
    ]);
    const textWithOptions = form.safeParse({
      ...validContent.form,
      fields: [{ ...field, kind: "text" }],
    });
    expect(textWithOptions.error?.issues.map((i) => i.message)).toEqual(["only select fields have options"]);
  });

  it("refuses duplicate form field keys and document keys", () => {
    const [first] = validContent.form.fields;
    expect(contentSchemaFor("form").safeParse({ ...validContent.form, fields: [first, first] }).success).toBe(
      false,
    );
    const [doc] = validContent.document.documents;
    expect(
      contentSchemaFor("document").safeParse({ ...validContent.document, documents: [doc, doc] }).success,
    ).toBe(false);
  });

  it("checks document types, meeting length and slack channels", () => {
    const [doc] = validContent.document.documents;
    expect(
      contentSchemaFor("document").safeParse({
        ...validContent.document,
        documents: [{ ...doc, acceptedTypes: ["pdf"] }],
      }).success,
    ).toBe(false);
    expect(
      contentSchemaFor("meeting").safeParse({ ...validContent.meeting, durationMinutes: 2 }).success,
    ).toBe(false);
    expect(contentSchemaFor("slack").safeParse({ ...validContent.slack, channel: "acme" }).success).toBe(
      false,
    );
  });
});
