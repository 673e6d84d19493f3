/**
 * The dev mailbox: the emails the worker stored instead of sending them, when no SMTP server is configured.
 * Messages belong to the organization whose action sent them.
 */
import { getDevMailboxMessage, listDevMailbox, toDevMailboxMessage } from "@trellis/db";
import { utcTimestampSchema } from "@trellis/domain";
import { z } from "zod";
import { notFound } from "../domain-failure.js";
import { decodeCursor, encodeCursor } from "../services/page-cursor.js";
import { agentProcedure, router } from "../trpc.js";

const cursorSchema = z.object({ createdAt: utcTimestampSchema, id: z.string().min(1).max(100) });

export const mailboxRouter = router({
  /** A page of messages, newest first; pass `nextCursor` back as `cursor` for the next page (null: no more). */
  list: agentProcedure
    .input(
      z.object({
        limit: z.number().int().min(1).max(100).default(25),
        cursor: z.string().max(500).nullish(),
      }),
    )
    .query(({ ctx, input }) =>
      ctx.tenant(async (scope) => {
        // One extra row says whether another page exists.
        const after = input.cursor ? decodeCursor(input.cursor, cursorSchema) : null;
        const rows = await listDevMailbox(scope, { limit: input.limit + 1, after });
        const messages = rows.slice(0, input.limit);
        const last = messages.at(-1);
        return {
          messages,
          nextCursor:
            rows.length > input.limit && last
              ? encodeCursor({ createdAt: last.createdAt, id: last.id })
              : null,
        };
      }),
    ),

  /** One message with its HTML and text bodies. */
  get: agentProcedure.input(z.object({ id: z.string().min(1).max(100) })).query(({ ctx, input }) =>
    ctx.tenant(async (scope) => {
      const row = await getDevMailboxMessage(scope, input.id);
      if (!row) throw notFound("The message");
      return toDevMailboxMessage(row);
    }),
  ),
});
