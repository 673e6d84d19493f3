import { Link } from "react-router";
import { buttonClasses } from "./button";

interface CursorPagerProps {
  /** Where the first page is, e.g. "/mailbox". */
  readonly firstHref: string;
  /** Where the page after this one is; null on the last page. */
  readonly nextHref: string | null;
  /** Whether this page is a later one (so "first" makes sense). */
  readonly onLaterPage: boolean;
  readonly firstLabel?: string;
  readonly nextLabel?: string;
}

/** Links for a list paged by the API's cursors: back to the first page, on to the next. Nothing on a lone page. */
export function CursorPager({
  firstHref,
  nextHref,
  onLaterPage,
  firstLabel = "First page",
  nextLabel = "Next page",
}: CursorPagerProps) {
  if (!onLaterPage && !nextHref) return null;
  return (
    <nav aria-label="Pages" className="flex gap-2">
      {onLaterPage ? (
        <Link to={firstHref} className={buttonClasses()}>
          {firstLabel}
        </Link>
      ) : null}
      {nextHref ? (
        <Link to={nextHref} className={buttonClasses()}>
          {nextLabel}
        </Link>
      ) : null}
    </nav>
  );
}
