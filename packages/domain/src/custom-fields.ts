import { z } from "zod";

/** Free-form fields an organization keeps on accounts and contacts, usable as `{{account.<key>}}` variables. */
export const customFieldsSchema = z
  .record(
    z.string().regex(/^[a-z][a-z0-9_]*$/, "custom field keys are snake_case"),
    z.union([z.string(), z.number(), z.boolean(), z.null()]),
  )
  .describe("custom fields keyed by snake_case name");
export type CustomFields = z.infer<typeof customFieldsSchema>;
