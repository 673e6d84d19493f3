/**
 * The Ready queue's filters and page as URL search parameters (`?owner=mine&type=email&cursor=…`), so a filtered
 * view can be bookmarked, shared and reloaded.
 */
import { type ActionType, actionTypeSchema } from "@trellis/domain";

export type QueueOwner = "mine" | "all";

export interface ReadyQueueFilters {
  readonly owner: QueueOwner;
  readonly type: ActionType | null;
  /** The API's cursor of the page shown; null for the first page. */
  readonly cursor: string | null;
}

/** The filters a URL asks for; unknown values fall back to the defaults (all owners, every type, first page). */
export function parseReadyQueueFilters(params: URLSearchParams): ReadyQueueFilters {
  const type = actionTypeSchema.safeParse(params.get("type"));
  return {
    owner: params.get("owner") === "mine" ? "mine" : "all",
    type: type.success ? type.data : null,
    cursor: params.get("cursor") || null,
  };
}

/** The search string (with `?`, or empty) of the queue with `filters`; defaults are left out of the URL. */
export function readyQueueSearch(filters: ReadyQueueFilters): string {
  const params = new URLSearchParams();
  if (filters.owner === "mine") params.set("owner", "mine");
  if (filters.type) params.set("type", filters.type);
  if (filters.cursor) params.set("cursor", filters.cursor);
  const search = params.toString();
  return search ? `?${search}` : "";
}
