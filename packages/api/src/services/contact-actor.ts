import type { Actor } from "@trellis/domain";
import type { ContactCaller } from "../trpc.js";

/** The signed-in contact as the actor history entries record (the agent sees their name in the history). */
export function contactActor(contact: ContactCaller): Extract<Actor, { kind: "contact" }> {
  return { kind: "contact", contactId: contact.contactId, name: contact.name };
}
