import { router } from "./trpc.js";

/** The whole API: one router per domain area. */
export const appRouter = router({});

export type AppRouter = typeof appRouter;
