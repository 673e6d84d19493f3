/** Downloading a contact's upload from the API's file route as an agent, the way a platform engineer's script would. */
import type { TrellisClient } from "@trellis/client";

/**
 * GETs `path` (an upload's `downloadPath`) from the API with a fresh API token of the agent `agent` is signed in as.
 *
 * @example
 * const response = await downloadAsAgent(agent, stack.apiUrl, "/files/uploads/upl_01J…");
 * new Uint8Array(await response.arrayBuffer()); // the uploaded bytes
 */
export async function downloadAsAgent(agent: TrellisClient, apiUrl: string, path: string): Promise<Response> {
  const { token } = await agent.apiTokens.create.mutate({ name: "portal e2e download" });
  return fetch(new URL(path, apiUrl), { headers: { authorization: `Bearer ${token}` } });
}
