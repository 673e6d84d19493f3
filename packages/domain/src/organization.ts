import { z } from "zod";
import { organizationIdSchema } from "./ids.js";
import { utcTimestampSchema } from "./time.js";

/** The tenant: a customer-success team and everything it manages. */
export const organizationSchema = z.object({
  id: organizationIdSchema,
  name: z.string().trim().min(1).max(200).describe("organization name"),
  slug: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "slug is lower-case letters, digits and dashes")
    .max(64)
    .describe("URL-safe short name"),
  createdAt: utcTimestampSchema,
});
export type Organization = z.infer<typeof organizationSchema>;
