/**
 * Splices the generated diagram into a README between fixed markers, so the docs script and the staleness
 * test agree on what "up to date" means. Internal: not part of the package's public surface.
 */
export const DIAGRAM_START_MARKER = "<!-- lifecycle-diagram:start -->";
export const DIAGRAM_END_MARKER = "<!-- lifecycle-diagram:end -->";

/** The README text with the diagram between the markers replaced by `diagram` in a mermaid code block. */
export function withDiagram(readme: string, diagram: string): string {
  const start = readme.indexOf(DIAGRAM_START_MARKER);
  const end = readme.indexOf(DIAGRAM_END_MARKER);
  if (start === -1 || end === -1 || end < start) {
    throw new Error(`README must contain ${DIAGRAM_START_MARKER} followed by ${DIAGRAM_END_MARKER}`);
  }
  const block = `${DIAGRAM_START_MARKER}\n\n\`\`\`mermaid\n${diagram}\n\`\`\`\n\n`;
  return readme.slice(0, start) + block + readme.slice(end);
}
