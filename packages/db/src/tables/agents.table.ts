import type { AgentRole } from "@trellis/domain";
import type { Insertable, Selectable } from "kysely";
import type { CreatedAt, Generated } from "./columns.js";

export interface AgentsTable {
  id: string;
  organization_id: string;
  user_id: string | null;
  name: string;
  email: string;
  role: AgentRole;
  time_zone: Generated<string>;
  created_at: CreatedAt;
}
export type AgentRow = Selectable<AgentsTable>;
export type NewAgentRow = Insertable<AgentsTable>;
