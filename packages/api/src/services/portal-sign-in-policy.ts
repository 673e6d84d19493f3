/** How long portal sign-in links and sessions live. */

export const SIGN_IN_LINK_MINUTES = 15;
export const SIGN_IN_LINK_TTL_MS = SIGN_IN_LINK_MINUTES * 60 * 1000;
export const PORTAL_SESSION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
