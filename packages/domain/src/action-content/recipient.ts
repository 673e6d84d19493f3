import { z } from "zod";

const VARIABLE = /^\{\{\s*[a-z_]+(\.[a-z0-9_]+)+\s*\}\}$/;

/** An email recipient: an address, or a variable resolved at send time such as `{{contact.email}}`. */
export const recipientSchema = z
  .string()
  .trim()
  .refine(
    (value) => VARIABLE.test(value) || z.email().safeParse(value).success,
    "must be an email address or a variable such as {{contact.email}}",
  )
  .describe("email address, or a variable such as {{contact.email}}");
export type Recipient = z.infer<typeof recipientSchema>;
