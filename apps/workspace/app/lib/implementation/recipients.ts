/** Email recipients as the Edit dialog shows them: one comma-separated text field per list (To, Cc, Bcc). */

/** The recipients of a comma- (or semicolon-, or newline-) separated list, trimmed, without empty entries. */
export function parseRecipients(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
}

/** A recipient list as the text of its field. */
export function formatRecipients(recipients: readonly string[]): string {
  return recipients.join(", ");
}
