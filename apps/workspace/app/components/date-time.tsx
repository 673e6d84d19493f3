import { useEffect, useState } from "react";

const SERVER_TIME_ZONE = "UTC";

interface DateTimeProps {
  /** An ISO 8601 timestamp, as the API sends them. */
  readonly value: string;
  readonly dateOnly?: boolean;
}

/**
 * A timestamp in the viewer's time zone. The server does not know that zone, so the server render (and the first
 * client render, to hydrate without a mismatch) shows UTC, then the browser switches to its own zone.
 */
export function DateTime({ value, dateOnly = false }: DateTimeProps) {
  const [timeZone, setTimeZone] = useState(SERVER_TIME_ZONE);
  useEffect(() => setTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone), []);
  return <time dateTime={value}>{formatterFor(timeZone, dateOnly).format(new Date(value))}</time>;
}

// Building an Intl.DateTimeFormat is far slower than using one, and a list renders hundreds of dates.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string, dateOnly: boolean): Intl.DateTimeFormat {
  const key = `${timeZone}|${dateOnly}`;
  let format = formatters.get(key);
  if (!format) {
    // Explicit fields, not dateStyle/timeStyle: Intl refuses timeZoneName together with the style shorthands.
    format = new Intl.DateTimeFormat("en-US", {
      year: "numeric",
      month: "short",
      day: "numeric",
      ...(dateOnly ? {} : { hour: "numeric", minute: "2-digit", timeZoneName: "short" }),
      timeZone,
    });
    formatters.set(key, format);
  }
  return format;
}
