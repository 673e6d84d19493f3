import { z } from "zod";

export const formFieldKindSchema = z
  .enum(["text", "long_text", "number", "date", "select", "checkbox"])
  .describe("input kind of a form field");
export type FormFieldKind = z.infer<typeof formFieldKindSchema>;

export const formFieldSchema = z
  .object({
    key: z
      .string()
      .regex(/^[a-z][a-z0-9_]*$/, "field keys are snake_case")
      .max(64)
      .describe("stable snake_case key of the answer"),
    label: z.string().trim().min(1).max(200).describe("question shown to the contact"),
    kind: formFieldKindSchema,
    required: z.boolean().describe("whether an answer is required"),
    options: z.array(z.string().trim().min(1).max(200)).max(100).describe("choices, for select fields only"),
    helpText: z.string().max(500).nullable().describe("hint shown under the field"),
  })
  .superRefine((field, ctx) => {
    if (field.kind === "select" && field.options.length === 0) {
      ctx.addIssue({
        code: "custom",
        path: ["options"],
        message: "a select field needs at least one option",
      });
    }
    if (field.kind !== "select" && field.options.length > 0) {
      ctx.addIssue({ code: "custom", path: ["options"], message: "only select fields have options" });
    }
  });
export type FormField = z.infer<typeof formFieldSchema>;

export const formContentSchema = z
  .object({
    type: z.literal("form"),
    title: z.string().max(200).describe("form title shown in the portal"),
    instructions: z.string().max(5_000).describe("what the contact should do and why"),
    fields: z
      .array(formFieldSchema)
      .max(100)
      .refine(
        (fields) => new Set(fields.map((f) => f.key)).size === fields.length,
        "field keys must be unique",
      )
      .describe("the questions, in order"),
  })
  .describe("a form the contact fills in the portal");
export type FormContent = z.infer<typeof formContentSchema>;
