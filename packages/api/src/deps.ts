import type { TrellisDb } from "@trellis/db";
import type { Clock } from "@trellis/domain";
import type { DraftingProvider } from "@trellis/drafting";
import type { DocumentStorage } from "./storage/document-storage.js";

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
  /** The customer portal's public URL, which sign-in links in mail point to, e.g. http://127.0.0.1:5174. */
  readonly portalUrl: string;
  /** Where the bytes of documents contacts upload in the portal are kept. */
  readonly storage: DocumentStorage;
}
