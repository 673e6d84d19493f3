import { describe, expect, it } from "vitest";
import { cleanEditorHtml, isSafeLink } from "./editor-html";

const clean = (html: string) => cleanEditorHtml(html, document);

describe("cleanEditorHtml", () => {
  it("keeps simple formatting and safe links", () => {
    expect(
      clean(
        '<p>Hi <strong>Ana</strong>, <em>see</em> <a href="https://acme.test/x">this</a></p><ul><li>one</li></ul>',
      ),
    ).toBe(
      '<p>Hi <strong>Ana</strong>, <em>see</em> <a href="https://acme.test/x">this</a></p><ul><li>one</li></ul>',
    );
  });

  it.each([
    ['<img src=x onerror="alert(1)">', ""],
    ["<script>alert(1)</script>ok", "ok"],
    ['<p onclick="alert(1)" style="color:red">text</p>', "<p>text</p>"],
    ['<a href="javascript:alert(1)">link</a>', "<a>link</a>"],
    ['<a href=" data:text/html,<script>alert(1)</script>">x</a>', "<a>x</a>"],
    ["<svg><script>alert(1)</script></svg>", ""],
    ['<iframe src="https://evil.test"></iframe>', ""],
    ["<div><span>unwrapped</span></div>", "unwrapped"],
    ["<style>p{}</style>", ""],
  ])("removes what could run: %s", (input, expected) => {
    expect(clean(input)).toBe(expected);
  });

  it("keeps text that only looks like a tag as text", () => {
    expect(clean("Dear &lt;insert name&gt;")).toBe("Dear &lt;insert name&gt;");
  });
});

describe("isSafeLink", () => {
  it("allows http(s), mailto and variables only", () => {
    expect(isSafeLink("https://acme.test")).toBe(true);
    expect(isSafeLink("mailto:ana@acme.test")).toBe(true);
    expect(isSafeLink("{{account.portal_url}}")).toBe(true);
    expect(isSafeLink("javascript:alert(1)")).toBe(false);
    expect(isSafeLink("/relative")).toBe(false);
  });
});
