/**
 * Where a refused input problem sits, in the Edit dialog's words: the API reports `["content", "fields", 1,
 * "options"]`; the agent reads "Field 2, options".
 */

const ITEM_NAMES: Readonly<Record<string, string>> = {
  fields: "Field",
  documents: "Document",
  proposedSlots: "Proposed slot",
  to: "To",
  cc: "Cc",
  bcc: "Bcc",
};

const PART_NAMES: Readonly<Record<string, string>> = {
  bodyHtml: "body",
  acceptedTypes: "accepted types",
  maxSizeBytes: "maximum size",
  helpText: "help text",
  durationMinutes: "duration",
  schedulingLink: "scheduling link",
  proposedSlots: "proposed slots",
  expectedVersion: "version",
};

/** A readable name for an input problem's path; empty for the input as a whole. */
export function issuePathLabel(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  const segments = path[0] === "content" ? path.slice(1) : path;
  segments.forEach((segment, index) => {
    const previous = segments[index - 1];
    if (typeof segment === "number" && typeof previous === "string" && ITEM_NAMES[previous]) {
      parts.pop();
      parts.push(`${ITEM_NAMES[previous]} ${segment + 1}`);
    } else if (typeof segment === "number") {
      parts.push(`item ${segment + 1}`);
    } else {
      const name = String(segment);
      parts.push(PART_NAMES[name] ?? name.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase());
    }
  });
  const label = parts.join(", ");
  return label.charAt(0).toUpperCase() + label.slice(1);
}
