import { useRouteLoaderData } from "react-router";
import type { loader as rootLoader } from "../root";

/** The hidden `csrf` field every portal form posts (the root loader computes it for this contact). */
export function CsrfField() {
  const root = useRouteLoaderData<typeof rootLoader>("root");
  return <input type="hidden" name="csrf" value={root?.csrf ?? ""} />;
}
