/**
 * The role the application runs as. It owns nothing and is not a superuser, so PostgreSQL applies row-level
 * security to every query it makes; migrations run as the connecting (owner) role before switching to it.
 */
export const APP_ROLE = "trellis_app";

/** The per-transaction setting the tenant policies read (set with `set_config(…, true)`, i.e. SET LOCAL). */
export const ORGANIZATION_SETTING = "trellis.organization_id";
