import { describe, expect, it } from "vitest";
import { SAMPLE_CONTENT } from "../testing/index.js";
import { changedContentFields, cleanContent } from "./edit-draft.js";

describe("changedContentFields", () => {
  it("lists the top-level fields that differ, in schema order", () => {
    const edited = { ...SAMPLE_CONTENT.email, bcc: ["audit@acme.com"], subject: "New subject" };
    expect(changedContentFields(SAMPLE_CONTENT.email, edited)).toEqual(["subject", "bcc"]);
  });

  it("ignores key order inside nested values, as jsonb reorders keys", () => {
    const stored = {
      ...SAMPLE_CONTENT.form,
      fields: SAMPLE_CONTENT.form.fields.map((field) => Object.fromEntries(Object.entries(field).reverse())),
    } as typeof SAMPLE_CONTENT.form;
    expect(changedContentFields(stored, SAMPLE_CONTENT.form)).toEqual([]);
  });

  it("sees a changed element deep in an array", () => {
    const edited = {
      ...SAMPLE_CONTENT.form,
      fields: SAMPLE_CONTENT.form.fields.map((field) => ({ ...field, required: false })),
    };
    expect(changedContentFields(SAMPLE_CONTENT.form, edited)).toEqual(["fields"]);
  });

  it("counts every field as changed when there was no draft", () => {
    expect(changedContentFields(null, SAMPLE_CONTENT.slack)).toEqual(["channel", "message"]);
  });
});

describe("cleanContent", () => {
  it("sanitizes email HTML and leaves other types as they are", () => {
    const cleaned = cleanContent("email", {
      ...SAMPLE_CONTENT.email,
      bodyHtml: '<p style="x">Hi</p><script>x</script>',
    });
    expect(cleaned).toMatchObject({ bodyHtml: "<p>Hi</p>" });
    expect(cleanContent("slack", SAMPLE_CONTENT.slack)).toEqual(SAMPLE_CONTENT.slack);
  });

  it("refuses content of another type or that breaks the type's schema", () => {
    expect(() => cleanContent("email", SAMPLE_CONTENT.manual)).toThrow(
      "for a manual action, but this is a email",
    );
    expect(() => cleanContent("manual", { type: "manual", description: "x".repeat(20_001) })).toThrow(
      /Invalid content: description/,
    );
  });
});
