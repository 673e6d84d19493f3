/** Finds the runnable examples of a README: the ```ts blocks under its "Example" headings. */
export interface ReadmeExample {
  heading: string;
  line: number;
  code: string;
}

export function readmeExamples(markdown: string): ReadmeExample[] {
  const examples: ReadmeExample[] = [];
  const lines = markdown.split("\n");
  let heading = "";
  let block: { line: number; code: string[] } | null = null;
  lines.forEach((text, index) => {
    if (block) {
      if (text.trim() === "```") {
        if (/example/i.test(heading))
          examples.push({ heading, line: block.line, code: block.code.join("\n") });
        block = null;
      } else {
        block.code.push(text);
      }
      return;
    }
    const headingMatch = /^#{1,6}\s+(.*)$/.exec(text);
    if (headingMatch) heading = headingMatch[1] ?? "";
    else if (/^```(ts|typescript)\s*$/.test(text.trim())) block = { line: index + 1, code: [] };
  });
  return examples;
}
