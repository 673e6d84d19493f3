import { describe, expect, it } from "vitest";
import { checkFormAnswer, formAnswersSchemaFor, isCalendarDate } from "./form-answers.js";
import type { FormField, FormFieldKind } from "./form-content.js";

function field(key: string, kind: FormFieldKind, required: boolean, options: string[] = []): FormField {
  return { key, label: key, kind, required, options, helpText: null };
}

const FIELDS: FormField[] = [
  field("company", "text", true),
  field("goals", "long_text", false),
  field("team_size", "number", true),
  field("go_live", "date", false),
  field("region", "select", true, ["EMEA", "AMER"]),
  field("terms", "checkbox", true),
  field("newsletter", "checkbox", false),
];

const VALID = { company: " Acme ", team_size: "12", region: "EMEA", terms: true };

describe("checkFormAnswer", () => {
  it.each([
    [
      "required text, empty",
      field("a", "text", true),
      "  ",
      { ok: false, message: "This field is required" },
    ],
    [
      "required text, missing",
      field("a", "text", true),
      undefined,
      { ok: false, message: "This field is required" },
    ],
    ["optional text, empty", field("a", "text", false), "", { ok: true, value: null }],
    ["text trimmed", field("a", "text", true), " Acme ", { ok: true, value: "Acme" }],
    [
      "text too long",
      field("a", "text", true),
      "x".repeat(1_001),
      { ok: false, message: "Use at most 1,000 characters" },
    ],
    [
      "long text at its limit",
      field("a", "long_text", true),
      "x".repeat(10_000),
      { ok: true, value: "x".repeat(10_000) },
    ],
    [
      "long text too long",
      field("a", "long_text", true),
      "x".repeat(10_001),
      { ok: false, message: "Use at most 10,000 characters" },
    ],
    ["text given a number", field("a", "text", true), 3, { ok: false, message: "Enter text" }],
    ["number", field("a", "number", true), 12.5, { ok: true, value: 12.5 }],
    ["number as text", field("a", "number", true), " 12 ", { ok: true, value: 12 }],
    ["not a number", field("a", "number", true), "twelve", { ok: false, message: "Enter a number" }],
    ["number given a boolean", field("a", "number", true), true, { ok: false, message: "Enter a number" }],
    ["date", field("a", "date", true), "2026-02-28", { ok: true, value: "2026-02-28" }],
    [
      "date not in the calendar",
      field("a", "date", true),
      "2026-02-30",
      { ok: false, message: "Enter a valid date as YYYY-MM-DD" },
    ],
    [
      "date in another format",
      field("a", "date", true),
      "28/02/2026",
      { ok: false, message: "Enter a valid date as YYYY-MM-DD" },
    ],
    ["select option", field("a", "select", true, ["EMEA", "AMER"]), "AMER", { ok: true, value: "AMER" }],
    [
      "select not an option",
      field("a", "select", true, ["EMEA", "AMER"]),
      "APAC",
      { ok: false, message: "Choose one of: EMEA, AMER" },
    ],
    ["required checkbox checked", field("a", "checkbox", true), true, { ok: true, value: true }],
    [
      "required checkbox unchecked",
      field("a", "checkbox", true),
      false,
      { ok: false, message: "This box must be checked" },
    ],
    [
      "required checkbox missing",
      field("a", "checkbox", true),
      undefined,
      { ok: false, message: "This box must be checked" },
    ],
    ["optional checkbox missing", field("a", "checkbox", false), null, { ok: true, value: false }],
    [
      "checkbox given text",
      field("a", "checkbox", false),
      "yes",
      { ok: false, message: "Must be checked or unchecked" },
    ],
  ] as const)("%s", (_name, formField, value, expected) => {
    expect(checkFormAnswer(formField, value)).toEqual(expected);
  });
});

describe("isCalendarDate", () => {
  it.each([
    ["2024-02-29", true],
    ["2023-02-29", false],
    ["2026-13-01", false],
    ["2026-04-31", false],
    ["2026-1-01", false],
    ["2026-01-01T00:00:00Z", false],
  ])("%s → %s", (text, expected) => {
    expect(isCalendarDate(text)).toBe(expected);
  });
});

describe("formAnswersSchemaFor", () => {
  const schema = formAnswersSchemaFor(FIELDS);

  it("normalizes valid answers: every field present, empty as null, numbers as numbers", () => {
    expect(schema.parse(VALID)).toEqual({
      company: "Acme",
      goals: null,
      team_size: 12,
      go_live: null,
      region: "EMEA",
      terms: true,
      newsletter: false,
    });
  });

  it("refuses unknown keys with an issue at the key", () => {
    const result = schema.safeParse({ ...VALID, admin: true });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [["admin"], "This form has no such field"],
    ]);
  });

  it("reports every wrong answer at its field's key", () => {
    const result = schema.safeParse({
      company: "",
      team_size: "x",
      go_live: "2026-02-30",
      region: "APAC",
      terms: false,
    });
    expect(result.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [["company"], "This field is required"],
      [["team_size"], "Enter a number"],
      [["go_live"], "Enter a valid date as YYYY-MM-DD"],
      [["region"], "Choose one of: EMEA, AMER"],
      [["terms"], "This box must be checked"],
    ]);
  });

  it("refuses answers that are not text, numbers, booleans or null", () => {
    expect(schema.safeParse({ ...VALID, company: { nested: true } }).success).toBe(false);
    expect(schema.safeParse([]).success).toBe(false);
  });
});
