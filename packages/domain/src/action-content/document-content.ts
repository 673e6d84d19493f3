import { z } from "zod";

export const DEFAULT_MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

export const requestedDocumentSchema = z
  .object({
    key: z
      .string()
      .regex(/^[a-z][a-z0-9_]*$/, "document keys are snake_case")
      .max(64)
      .describe("stable snake_case key"),
    name: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .describe("what document is requested, e.g. 'Security questionnaire'"),
    description: z.string().max(1_000).nullable().describe("details for the contact"),
    acceptedTypes: z
      .array(z.string().regex(/^\.[a-z0-9]+$/, "file types are extensions such as .pdf"))
      .min(1)
      .max(20)
      .describe("accepted file extensions, e.g. ['.pdf', '.docx']"),
    required: z.boolean().describe("whether the action waits for this document"),
    maxSizeBytes: z
      .number()
      .int()
      .positive()
      .max(100 * 1024 * 1024)
      .describe("largest accepted upload in bytes"),
  })
  .describe("one requested document");
export type RequestedDocument = z.infer<typeof requestedDocumentSchema>;

export const documentContentSchema = z
  .object({
    type: z.literal("document"),
    title: z.string().max(200).describe("title of the request shown in the portal"),
    instructions: z.string().max(5_000).describe("what to upload and why"),
    documents: z
      .array(requestedDocumentSchema)
      .max(50)
      .refine((docs) => new Set(docs.map((d) => d.key)).size === docs.length, "document keys must be unique")
      .describe("the requested documents"),
  })
  .describe("a request for documents the contact uploads in the portal");
export type DocumentContent = z.infer<typeof documentContentSchema>;
