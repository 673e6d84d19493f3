import { ACTION_TYPES } from "@trellis/domain";
import { zodResponseFormat } from "openai/helpers/zod";
import { describe, expect, it } from "vitest";
import { contentFromModelOutput, MODEL_OUTPUT_SCHEMAS } from "./model-output.js";

/** Every object in a JSON schema, to check OpenAI's strict-mode rules on each. */
function objectsIn(schema: unknown): Record<string, unknown>[] {
  if (Array.isArray(schema)) return schema.flatMap(objectsIn);
  if (typeof schema !== "object" || schema === null) return [];
  const record = schema as Record<string, unknown>;
  const nested = Object.values(record).flatMap(objectsIn);
  return record.type === "object" ? [record, ...nested] : nested;
}

describe("model output schemas", () => {
  it.each(ACTION_TYPES)("converts the %s schema to a strict JSON schema", (type) => {
    const format = zodResponseFormat(MODEL_OUTPUT_SCHEMAS[type], `${type}_draft`);
    const schema = format.json_schema.schema;
    expect(format.json_schema.strict).toBe(true);
    for (const object of objectsIn(schema)) {
      expect(object.additionalProperties).toBe(false);
      expect(object.required).toEqual(Object.keys(object.properties as object));
    }
    // Formats such as uri or date-time are outside OpenAI's strict subset.
    expect(JSON.stringify(schema)).not.toContain('"format"');
  });

  it("adds the type and the platform's upload limit, then validates with the domain schema", () => {
    const result = contentFromModelOutput("document", {
      title: "Security",
      instructions: "Upload it.",
      documents: [{ key: "dpa", name: "DPA", description: null, acceptedTypes: [".pdf"], required: true }],
    });
    expect(result).toMatchObject({
      ok: true,
      content: { type: "document", documents: [{ key: "dpa", maxSizeBytes: 20 * 1024 * 1024 }] },
    });
  });

  it.each([
    ["a bad recipient", "email", { subject: "", bodyHtml: "", to: ["nobody"], cc: [], bcc: [] }, "to.0"],
    [
      "a select without options",
      "form",
      {
        title: "t",
        instructions: "",
        fields: [{ key: "a", label: "A", kind: "select", required: true, options: [], helpText: null }],
      },
      "fields.0.options",
    ],
    ["a bad channel", "slack", { channel: "acme", message: "hi" }, "channel"],
    [
      "a slot that is not UTC",
      "meeting",
      { title: "t", agenda: "", durationMinutes: 30, schedulingLink: null, proposedSlots: ["tomorrow"] },
      "proposedSlots.0",
    ],
    ["not an object", "manual", "just text", "(root)"],
  ] as const)("reports %s as issues", (_, type, output, path) => {
    const result = contentFromModelOutput(type, output);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.some((issue) => issue.startsWith(path))).toBe(true);
  });
});
