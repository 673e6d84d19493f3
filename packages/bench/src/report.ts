/** The results table, printed as Markdown so it can be pasted into RESULTS.md as is. */
export interface ResultRow {
  readonly database: string;
  readonly scenario: string;
  readonly figure: string;
  readonly target: string;
  readonly met: boolean | null;
}

export function markdownTable(rows: readonly ResultRow[]): string {
  const lines = ["| database | scenario | measured | target | met |", "| --- | --- | --- | --- | --- |"];
  for (const row of rows) {
    const met = row.met === null ? "–" : row.met ? "yes" : "**no**";
    lines.push(`| ${row.database} | ${row.scenario} | ${row.figure} | ${row.target} | ${met} |`);
  }
  return lines.join("\n");
}

export const ms = (value: number) => `${value.toFixed(2)} ms`;
