import { describe, expect, it } from "vitest";
import { emptyContent, fromEditable, toEditable } from "./editable-content";

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
