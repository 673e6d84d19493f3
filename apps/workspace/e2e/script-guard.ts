/**
 * Watching a page for script that should never run: JavaScript dialogs, uncaught page errors, a `window.__xss`
 * marker the XSS payloads try to set, and active content (scripts, event handlers, javascript: URLs) left in the
 * rendered email bodies.
 */
import type { Page } from "playwright-core";

export interface ScriptGuard {
  /** Everything seen so far that means a script ran or could run; empty when the page is clean. */
  findings(): Promise<string[]>;
}

/** What active content one document holds: in the workspace page itself, only under main and dialogs. */
type DocumentScope = "workspace" | "frame";

function activeContent(scope: DocumentScope): string[] {
  const marker = (window as unknown as { __xss?: unknown }).__xss;
  const found: string[] = marker === undefined ? [] : [`window.__xss = ${String(marker)}`];
  const elements =
    scope === "frame"
      ? Array.from(document.querySelectorAll("*"))
      : Array.from(document.querySelectorAll("main *, [role=dialog] *"));
  for (const element of elements) {
    const tag = element.tagName.toLowerCase();
    if (["script", "object", "embed", "base"].includes(tag)) found.push(`<${tag}> element`);
    // A document's own <meta charset>, Content-Type or Content-Security-Policy is harmless; refresh is not.
    const httpEquiv = element.getAttribute("http-equiv")?.toLowerCase();
    if (tag === "meta" && httpEquiv && !["content-security-policy", "content-type"].includes(httpEquiv)) {
      found.push(`<meta http-equiv="${httpEquiv}"> element`);
    }
    if (scope === "frame" && (tag === "iframe" || tag === "frame"))
      found.push(`<${tag}> inside an email body`);
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      // Browsers ignore whitespace and control characters inside a URL scheme ("jav\tascript:").
      const value = Array.from(attribute.value)
        .filter((character) => character.charCodeAt(0) > 0x20)
        .join("")
        .toLowerCase();
      if (name.startsWith("on")) found.push(`${name} handler on <${tag}>`);
      if (/^(?:javascript|vbscript|data:text\/html)/.test(value) && name !== "srcdoc") {
        found.push(`${name}="${attribute.value}" on <${tag}>`);
      }
    }
  }
  return found;
}

/**
 * Starts watching `page`; call before navigating. Dialogs are dismissed (and recorded).
 *
 * @example
 * const guard = guardAgainstScripts(page);
 * await page.goto("/mailbox");
 * expect(await guard.findings()).toEqual([]);
 */
export function guardAgainstScripts(page: Page): ScriptGuard {
  const events: string[] = [];
  page.on("dialog", (dialog) => {
    events.push(`${dialog.type()} dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("pageerror", (error) => events.push(`page error: ${error.message}`));
  return {
    findings: async () => {
      const inFrames = await Promise.all(
        page
          .frames()
          .map((frame) =>
            frame
              .evaluate(activeContent, (frame === page.mainFrame() ? "workspace" : "frame") as DocumentScope)
              .catch((error: unknown) => [`could not inspect a frame: ${String(error)}`]),
          ),
      );
      return [...events, ...inFrames.flat()];
    },
  };
}
