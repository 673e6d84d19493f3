import { z } from "zod";
import { agentIdSchema, contactIdSchema } from "./ids.js";

export const actorKindSchema = z.enum(["agent", "contact", "system"]);
export type ActorKind = z.infer<typeof actorKindSchema>;

/** Who did something: an agent, a customer contact, or the platform itself (worker, scheduler, workflow). */
export const actorSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("agent"), agentId: agentIdSchema, name: z.string() }),
  z.object({ kind: z.literal("contact"), contactId: contactIdSchema, name: z.string() }),
  z.object({ kind: z.literal("system"), component: z.string().min(1).describe("e.g. worker, scheduler") }),
]);
export type Actor = z.infer<typeof actorSchema>;
