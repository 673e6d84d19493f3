import { z } from "zod";
import { customFieldsSchema } from "./custom-fields.js";
import { emailAddressSchema } from "./email-address.js";
import { accountIdSchema, contactIdSchema, organizationIdSchema } from "./ids.js";
import { utcTimestampSchema } from "./time.js";

/** A person at the account: receives emails and uses the portal. */
export const contactSchema = z.object({
  id: contactIdSchema,
  organizationId: organizationIdSchema,
  accountId: accountIdSchema,
  firstName: z.string().trim().min(1).max(100),
  lastName: z.string().trim().max(100).default(""),
  email: emailAddressSchema,
  title: z.string().trim().max(200).nullable().default(null).describe("job title"),
  isPrimary: z.boolean().default(false).describe("the account's main point of contact"),
  customFields: customFieldsSchema.default({}),
  createdAt: utcTimestampSchema,
});
export type Contact = z.infer<typeof contactSchema>;
