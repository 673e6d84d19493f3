/** Reading a contact's portal sign-in link out of the dev mailbox, as the agent sees it in the workspace. */
import type { TrellisClient } from "@trellis/client";
import { vi } from "vitest";

const LINK = /https?:\/\/[^\s"'<>]+\/sign-in\/verify\?token=[A-Za-z0-9_-]+/;

/**
 * Waits for the worker to deliver an email to `email` whose subject contains `subjectPart`, and returns the sign-in
 * link in its text body.
 *
 * @example
 * const link = await signInLinkFor(agent, "ada@acme.test", "asks you to");
 */
export async function signInLinkFor(
  agent: TrellisClient,
  email: string,
  subjectPart: string,
): Promise<string> {
  // vi.waitFor, not expect.poll: it also works in beforeAll, where a suite arranges its data.
  const messageId = await vi.waitFor(
    async () => {
      const { messages } = await agent.mailbox.list.query({ limit: 50 });
      const found = messages.find(
        (message) =>
          message.to.some((to) => to.toLowerCase() === email.toLowerCase()) &&
          message.subject.includes(subjectPart),
      );
      if (!found) throw new Error(`no email to ${email} about "${subjectPart}" yet`);
      return found.id;
    },
    { timeout: 30_000, interval: 250 },
  );
  const message = await agent.mailbox.get.query({ id: messageId });
  const link = LINK.exec(message.text)?.[0] ?? LINK.exec(message.html)?.[0];
  if (!link) throw new Error(`no sign-in link in "${message.subject}":\n${message.text}`);
  return link;
}
