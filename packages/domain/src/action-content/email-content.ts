import { z } from "zod";
import { recipientSchema } from "./recipient.js";

export const emailContentSchema = z
  .object({
    type: z.literal("email"),
    subject: z.string().max(300).describe("subject line; may contain {{variables}}"),
    bodyHtml: z
      .string()
      .max(100_000)
      .describe("body as simple HTML (p, br, strong, em, ul, ol, li, a); may contain {{variables}}"),
    to: z.array(recipientSchema).max(50).describe("To recipients"),
    cc: z.array(recipientSchema).max(50).describe("Cc recipients"),
    bcc: z.array(recipientSchema).max(50).describe("Bcc recipients"),
  })
  .describe("an email to the account's contacts");
export type EmailContent = z.infer<typeof emailContentSchema>;
