import { describe, expect, it } from "vitest";
import { sanitizeEmailHtml } from "./sanitize-email-html.js";

describe("sanitizeEmailHtml", () => {
  it("keeps simple formatting and variables as they are", () => {
    const html =
      '<p>Hi {{contact.first_name}},</p><p><strong>Welcome</strong> &amp; <em>thanks</em><br></p><ul><li>One</li></ul><a href="https://acme.com/start?a=1&amp;b=2" title="Start">start</a>';
    expect(sanitizeEmailHtml(html)).toBe(
      '<p>Hi {{contact.first_name}},</p><p><strong>Welcome</strong> &amp; <em>thanks</em><br></p><ul><li>One</li></ul><a href="https://acme.com/start?a=1&amp;b=2" title="Start">start</a>',
    );
  });

  it("removes scripts, styles and embedded documents with their content", () => {
    expect(sanitizeEmailHtml("<p>a<script>alert(1)</script>b<style>p{}</style>c</p>")).toBe("<p>abc</p>");
    expect(sanitizeEmailHtml("<p>a</p><svg><script>alert(1)</script></svg>")).toBe("<p>a</p>");
    expect(sanitizeEmailHtml('<iframe src="https://evil.test"></iframe>ok')).toBe("ok");
    expect(sanitizeEmailHtml("<p>x<SCRIPT>never closed")).toBe("<p>x");
  });

  it("drops event handlers, styles and every attribute except a link's href and title", () => {
    expect(sanitizeEmailHtml('<p onclick="steal()" style="color:red" class="x">Hi</p>')).toBe("<p>Hi</p>");
    expect(sanitizeEmailHtml('<img src=x onerror="alert(1)">text')).toBe("text");
    expect(sanitizeEmailHtml('<a href="https://a.test" onmouseover="x()" target="_blank">a</a>')).toBe(
      '<a href="https://a.test">a</a>',
    );
  });

  it("refuses script links however they are disguised, and keeps safe schemes and variables", () => {
    for (const href of [
      "javascript:alert(1)",
      " JaVaScRiPt:alert(1)",
      "jav&#x09;ascript:alert(1)",
      "jav&#9;ascript:alert(1)",
      "java\nscript:alert(1)",
      "javascript&colon;alert(1)",
      "data:text/html;base64,PHNjcmlwdD4=",
      "vbscript:msgbox(1)",
      "/relative/path",
    ]) {
      expect(sanitizeEmailHtml(`<a href="${href}">x</a>`), href).toBe("<a>x</a>");
    }
    expect(sanitizeEmailHtml('<a href="mailto:help@acme.com">m</a>')).toBe(
      '<a href="mailto:help@acme.com">m</a>',
    );
    expect(sanitizeEmailHtml("<a href='{{account.portal_url}}'>portal</a>")).toBe(
      '<a href="{{account.portal_url}}">portal</a>',
    );
  });

  it("escapes attribute values so they cannot break out of their quotes", () => {
    expect(sanitizeEmailHtml(`<a href='https://a.test/"><script>x</script>' title='a"b>c'>l</a>`)).toBe(
      '<a href="https://a.test/&quot;&gt;&lt;script&gt;x&lt;/script&gt;" title="a&quot;b&gt;c">l</a>',
    );
  });

  it("unwraps other real elements and keeps their text", () => {
    expect(sanitizeEmailHtml('<div><span style="x">Hello</span> <font color="red">there</font></div>')).toBe(
      "Hello there",
    );
  });

  it("keeps typed angle-bracket text visible as escaped text, so the linter still sees placeholders", () => {
    expect(sanitizeEmailHtml("<p>Dear <insert name>, 1 < 2 and 3 > 2</p>")).toBe(
      "<p>Dear &lt;insert name&gt;, 1 &lt; 2 and 3 &gt; 2</p>",
    );
    expect(sanitizeEmailHtml("<p>Hi <Customer Name></p>")).toBe("<p>Hi &lt;Customer Name&gt;</p>");
  });

  it("removes comments and declarations, and escapes broken markup instead of passing it through", () => {
    expect(sanitizeEmailHtml("<!-- <script>x</script> --><p>a</p><!DOCTYPE html>")).toBe("<p>a</p>");
    expect(sanitizeEmailHtml("<<script>alert(1)</script>p>")).toBe("&lt;p&gt;");
    expect(sanitizeEmailHtml('<p title="unterminated>x')).toBe('&lt;p title="unterminated&gt;x');
    expect(sanitizeEmailHtml("AT&T &copy; &#169;")).toBe("AT&amp;T &copy; &#169;");
  });

  it("is idempotent", () => {
    const dirty = '<p onclick="x">a <b>b</b> <a href="javascript:x">c</a> <x-y>d</x-y> &lt; <insert></p>';
    const once = sanitizeEmailHtml(dirty);
    expect(sanitizeEmailHtml(once)).toBe(once);
  });
});
