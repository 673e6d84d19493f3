import { describe, expect, it } from "vitest";
import { escapeHtml, escapeSlack, htmlToText } from "./escaping.js";

describe("escaping", () => {
  it.each([
    ["<script>", "&lt;script&gt;"],
    [`"quoted" & 'single'`, "&quot;quoted&quot; &amp; &#39;single&#39;"],
    ["plain", "plain"],
  ])("escapes %j for HTML", (text, expected) => {
    expect(escapeHtml(text)).toBe(expected);
  });

  it("escapes Slack control characters only", () => {
    expect(escapeSlack(`<!channel> & "hi"`)).toBe(`&lt;!channel&gt; &amp; "hi"`);
  });

  it.each([
    ["<p>Hi <strong>Ana</strong>,</p><p>Welcome</p>", "Hi Ana,\nWelcome\n"],
    ["Line<br>break<br/>", "Line\nbreak\n"],
    ["<p>&lt;insert name&gt; &amp; co&nbsp;</p>", "<insert name> & co \n"],
    ["<ul><li>One</li><li>Two</li></ul>", "One\nTwo\n"],
    ['<a href="https://x.io">link</a>', "link"],
    ["<insert name> stays", "<insert name> stays"],
  ])("reads %j as text", (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});
