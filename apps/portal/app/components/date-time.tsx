import { useEffect, useState } from "react";

const SERVER_TIME_ZONE = "UTC";

interface DateTimeProps {
  readonly value: Date;
  readonly dateOnly?: boolean;
  /** Shows the UTC time as a tooltip (for meeting slots, where the zone matters). */
  readonly utcTooltip?: boolean;
}

/**
 * A timestamp in the viewer's time zone. The server does not know that zone, so the server render (and the first
 * client render, to hydrate without a mismatch) shows UTC, then the browser switches to its own zone.
 */
export function DateTime({ value, dateOnly = false, utcTooltip = false }: DateTimeProps) {
  const [timeZone, setTimeZone] = useState(SERVER_TIME_ZONE);
  useEffect(() => setTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone), []);
  return (
    <time
      dateTime={value.toISOString()}
      title={utcTooltip ? formatterFor(SERVER_TIME_ZONE, dateOnly).format(value) : undefined}
    >
      {formatterFor(timeZone, dateOnly).format(value)}
    </time>
  );
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string, dateOnly: boolean): Intl.DateTimeFormat {
  const key = `${timeZone}|${dateOnly}`;
  let format = formatters.get(key);
  if (!format) {
    // Explicit fields, not dateStyle/timeStyle: Intl refuses timeZoneName together with the style shorthands.
    format = new Intl.DateTimeFormat("en-US", {
      weekday: dateOnly ? undefined : "short",
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
