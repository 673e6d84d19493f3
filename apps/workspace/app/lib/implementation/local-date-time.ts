/**
 * Conversions between API instants (ISO 8601, UTC) and `<input type="datetime-local">` values, which carry no
 * zone: the browser reads and writes them in the viewer's own time zone.
 */

const pad = (value: number) => String(value).padStart(2, "0");

/** An instant as a datetime-local value (`2026-02-02T09:30`) in the runtime's local time zone. */
export function toDateTimeLocalValue(iso: string): string {
  const date = new Date(iso);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(
    date.getMinutes(),
  )}`;
}

/** A datetime-local value, read in the runtime's local time zone, as an ISO instant; null when it is not one. */
export function fromDateTimeLocalValue(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
