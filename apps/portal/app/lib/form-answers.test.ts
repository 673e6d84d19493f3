import type { FormField } from "@trellis/domain";
import { describe, expect, it } from "vitest";
import { answerInputName, readAnswers } from "./form-answers";

const field = (key: string, kind: FormField["kind"], options: string[] = []): FormField => ({
  key,
  label: key,
  kind,
  required: false,
  options,
  helpText: null,
});

const FIELDS = [
  field("company", "text"),
  field("notes", "long_text"),
  field("seats", "number"),
  field("go_live", "date"),
  field("plan", "select", ["Basic", "Pro"]),
  field("sso", "checkbox"),
  field("newsletter", "checkbox"),
];

function posted(entries: Record<string, string>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(entries)) form.set(answerInputName(key), value);
  form.set("csrf", "token");
  form.set("answer.unknown_field", "smuggled");
  return form;
}

describe("readAnswers", () => {
  it("reads one typed answer per field of the definition and nothing else", () => {
    const { answers } = readAnswers(
      FIELDS,
      posted({
        company: "  Acme ",
        notes: "Line 1\nLine 2",
        seats: "40",
        go_live: "2031-02-01",
        plan: "Pro",
        sso: "on",
      }),
    );
    expect(answers).toEqual({
      company: "Acme",
      notes: "Line 1\nLine 2",
      seats: 40,
      go_live: "2031-02-01",
      plan: "Pro",
      sso: true,
      newsletter: false,
    });
  });

  it("sends empty fields as no answer and unparseable numbers as typed, for the API to refuse", () => {
    const { answers, values } = readAnswers(FIELDS, posted({ company: "   ", seats: "forty" }));
    expect(answers).toMatchObject({ company: null, notes: null, seats: "forty", go_live: null, plan: null });
    expect(values).toMatchObject({ company: "   ", seats: "forty", notes: "", sso: false });
  });
});
