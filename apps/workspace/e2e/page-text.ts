/** Reading what a page shows, including inside its frames (email bodies render in sandboxed iframes). */
import type { Page } from "playwright-core";

/**
 * The text content of the page and of every frame in it, joined: for asserting that an email body's text is shown,
 * whether it is rendered inline or in a sandboxed `srcdoc` frame.
 *
 * @example
 * expect(await pageAndFrameText(page)).toContain("Mention the SSO setup");
 */
export async function pageAndFrameText(page: Page): Promise<string> {
  const texts = await Promise.all(
    page.frames().map((frame) =>
      frame
        .locator("body")
        .textContent({ timeout: 5_000 })
        .catch(() => ""),
    ),
  );
  return texts.join("\n");
}
