/**
 * Stable, prefixed, time-sortable identifiers (`acc_01JD3…`): the prefix names the entity so an id pasted into a
 * log or a support ticket says what it is, and the ULID body sorts by creation time.
 */
import { z } from "zod";

export const ID_PREFIXES = {
  organization: "org",
  agent: "agt",
  account: "acc",
  contact: "con",
  playbookTemplate: "tpl",
  milestone: "mst",
  action: "act",
  draft: "drf",
  note: "not",
  historyEntry: "his",
  notification: "ntf",
  delivery: "dlv",
  job: "job",
  apiToken: "tok",
  mailboxMessage: "msg",
  healthSnapshot: "hsn",
  portalSignInLink: "psl",
  portalSession: "pss",
  formSubmission: "fsb",
  documentUpload: "upl",
  meetingBooking: "mtb",
  accountEvent: "evt",
} as const;

export type IdKind = keyof typeof ID_PREFIXES;

// Web Crypto is global in browsers and Node >= 19; declared here so the package needs neither DOM nor Node types.
declare const crypto: { getRandomValues<T extends Uint8Array>(array: T): T };

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const ULID_PATTERN = "[0-9A-HJKMNP-TV-Z]{26}";

/** A zod schema for ids of one entity kind, branded so an `AccountId` cannot be passed where an `ActionId` is due. */
export function idSchema<K extends IdKind>(kind: K) {
  const prefix = ID_PREFIXES[kind];
  return z
    .string()
    .regex(new RegExp(`^${prefix}_${ULID_PATTERN}$`), `must be a ${kind} id (${prefix}_…)`)
    .brand<K>()
    .describe(`${kind} id`);
}

/**
 * Creates a new id for an entity kind. Time and randomness can be injected for reproducible tests.
 *
 * @example
 * const id = newId("account"); // "acc_01JD3Q4W8N6Z0X5M2C7B9V1T3R"
 */
export function newId<K extends IdKind>(
  kind: K,
  options: { now?: number; random?: (bytes: Uint8Array) => Uint8Array } = {},
): z.infer<ReturnType<typeof idSchema<K>>> {
  const now = options.now ?? Date.now();
  const random = options.random ?? ((bytes: Uint8Array) => crypto.getRandomValues(bytes));
  let time = "";
  let t = now;
  for (let i = 0; i < 10; i++) {
    time = CROCKFORD.charAt(t % 32) + time;
    t = Math.floor(t / 32);
  }
  const bytes = random(new Uint8Array(16));
  let rest = "";
  for (let i = 0; i < 16; i++) rest += CROCKFORD.charAt((bytes[i] ?? 0) % 32);
  return `${ID_PREFIXES[kind]}_${time}${rest}` as z.infer<ReturnType<typeof idSchema<K>>>;
}

export const organizationIdSchema = idSchema("organization");
export type OrganizationId = z.infer<typeof organizationIdSchema>;
export const agentIdSchema = idSchema("agent");
export type AgentId = z.infer<typeof agentIdSchema>;
export const accountIdSchema = idSchema("account");
export type AccountId = z.infer<typeof accountIdSchema>;
export const contactIdSchema = idSchema("contact");
export type ContactId = z.infer<typeof contactIdSchema>;
export const playbookTemplateIdSchema = idSchema("playbookTemplate");
export type PlaybookTemplateId = z.infer<typeof playbookTemplateIdSchema>;
export const milestoneIdSchema = idSchema("milestone");
export type MilestoneId = z.infer<typeof milestoneIdSchema>;
export const actionIdSchema = idSchema("action");
export type ActionId = z.infer<typeof actionIdSchema>;
export const draftIdSchema = idSchema("draft");
export type DraftId = z.infer<typeof draftIdSchema>;
export const noteIdSchema = idSchema("note");
export type NoteId = z.infer<typeof noteIdSchema>;
export const historyEntryIdSchema = idSchema("historyEntry");
export type HistoryEntryId = z.infer<typeof historyEntryIdSchema>;
export const notificationIdSchema = idSchema("notification");
export type NotificationId = z.infer<typeof notificationIdSchema>;
