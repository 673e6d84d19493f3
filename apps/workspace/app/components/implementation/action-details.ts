import type { RouterOutputs } from "@trellis/client";

/** What `actions.get` returns: the action page's data. */
export type ActionDetails = RouterOutputs["actions"]["get"];
