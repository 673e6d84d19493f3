import type { Actor } from "@trellis/domain";
import type { AgentCaller } from "../trpc.js";

/** The signed-in agent as the actor history entries, drafts and notes record. */
export function agentActor(agent: AgentCaller): Extract<Actor, { kind: "agent" }> {
  return { kind: "agent", agentId: agent.agentId, name: agent.name };
}
