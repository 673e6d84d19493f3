import { z } from "zod";

export const emailAddressSchema = z.email().describe("email address");
export type EmailAddress = z.infer<typeof emailAddressSchema>;

/** The domain part of an address, lower-cased. */
export function emailDomain(address: string): string {
  return address.slice(address.lastIndexOf("@") + 1).toLowerCase();
}

export const domainNameSchema = z
  .string()
  .regex(/^(?!-)[a-z0-9-]+(\.[a-z0-9-]+)+$/i, "must be a domain name such as example.com")
  .transform((domain) => domain.toLowerCase())
  .describe("internet domain name");
