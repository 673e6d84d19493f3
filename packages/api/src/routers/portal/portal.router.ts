import { router } from "../../trpc.js";
import { portalAuthRouter } from "./portal-auth.router.js";
import { portalRequestsRouter } from "./portal-requests.router.js";

/**
 * Everything the customer portal calls. Sign-in is open to anyone (and reveals nothing about which addresses are
 * known); every other procedure is for a signed-in contact and sees only the contact's own account.
 */
export const portalRouter = router({
  auth: portalAuthRouter,
  ...portalRequestsRouter,
});
