import type { TrellisDb } from "@trellis/db";
import type { Clock } from "@trellis/domain";
import type { DraftingProvider } from "@trellis/drafting";

/** What services need from the outside world, injected once at start (and replaced in tests). */
export interface AppDeps {
  readonly db: TrellisDb;
  readonly clock: Clock;
  readonly drafting: DraftingProvider;
  readonly mail: {
    /** Sender of customer emails, e.g. "Trellis <csm@trellis.local>". */
    readonly from: string;
    /** Right-hand side of generated Message-IDs. */
    readonly messageIdDomain: string;
  };
}
