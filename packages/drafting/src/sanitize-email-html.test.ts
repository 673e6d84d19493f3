import type { EmailContent } from "@trellis/domain";
import { describe, expect, it } from "vitest";
import { lintDraft } from "./lint-draft.js";
import { sanitizeEmailHtml } from "./sanitize-email-html.js";

describe("sanitizeEmailHtml", () => {
  it("keeps simple formatting and variables as they are", () => {
    const html =
      '<p>Hi {{contact.first_name}},</p><p><strong>Welcome</strong> &amp; <em>thanks</em><br></p><ul><li>One</li></ul><a href="https://acme.com/start?a=1&amp;b=2" title="Start">start</a>';
    expect(sanitizeEmailHtml(html)).toBe(
      '<p>Hi {{contact.first_name}},</p><p><strong>Welcome</strong> &amp; <em>thanks</em><br /></p><ul><li>One</li></ul><a href="https://acme.com/start?a=1&amp;b=2" title="Start">start</a>',
    );
    const formatting =
      "<h1>A</h1><h4>B</h4><blockquote><p><b>b</b> <i>i</i> <u>u</u> <s>s</s></p></blockquote><ol><li>1</li></ol><hr /><pre><code>x &lt; y</code></pre>";
    expect(sanitizeEmailHtml(formatting)).toBe(formatting);
  });

  it("removes scripts, styles and embedded documents with their content", () => {
    expect(sanitizeEmailHtml("<p>a<script>alert(1)</script>b<style>p{}</style>c</p>")).toBe("<p>abc</p>");
    expect(sanitizeEmailHtml("<p>a</p><svg><script>alert(1)</script></svg>")).toBe("<p>a</p>");
    expect(sanitizeEmailHtml('<iframe src="https://evil.test"></iframe>ok')).toBe("ok");
    expect(sanitizeEmailHtml("<p>x<SCRIPT>never closed")).toBe("<p>x</p>");
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
      "tel:+15550100",
      "//evil.test/path",
      "/relative/path",
    ]) {
      expect(sanitizeEmailHtml(`<a href="${href}">x</a>`), href).toBe("<a>x</a>");
    }
    expect(sanitizeEmailHtml('<a href="mailto:help@acme.com">m</a>')).toBe(
      '<a href="mailto:help@acme.com">m</a>',
    );
    expect(sanitizeEmailHtml('<a href=" HTTPS://acme.com/a ">a</a>')).toBe(
      '<a href="HTTPS://acme.com/a">a</a>',
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
    // Capitalised like a phrase, not like markup, even when the first word is an element's name.
    expect(sanitizeEmailHtml("<p>See <Title of the report> at <Address></p>")).toBe(
      "<p>See &lt;Title of the report&gt; at &lt;Address&gt;</p>",
    );
    expect(sanitizeEmailHtml("<P>Upper-case markup</P>")).toBe("<p>Upper-case markup</p>");
  });

  it("removes comments and declarations, and drops or escapes broken markup instead of passing it through", () => {
    expect(sanitizeEmailHtml("<!-- <script>x</script> --><p>a</p><!DOCTYPE html>")).toBe("<p>a</p>");
    expect(sanitizeEmailHtml("<<script>alert(1)</script>p>")).toBe("&lt;p&gt;");
    // A tag left open at the end is dropped, as a browser would.
    expect(sanitizeEmailHtml('ok<p title="unterminated>x')).toBe("ok");
    expect(sanitizeEmailHtml("Dear <insert name")).toBe("Dear &lt;insert name");
    // Entities are decoded and only what must be is escaped again.
    expect(sanitizeEmailHtml("AT&T &copy; &#169; &lt;b&gt;")).toBe("AT&amp;T © © &lt;b&gt;");
  });

  it("is idempotent", () => {
    const dirty =
      '<p onclick="x">a <b>b</b> <a href="javascript:x">c</a> <x-y>d</x-y> &lt; <insert> &amp;amp; &quot;q&quot;</p><div>e<p>f</div>';
    const once = sanitizeEmailHtml(dirty);
    expect(sanitizeEmailHtml(once)).toBe(once);
  });
});

describe("sanitizeEmailHtml against XSS payloads", () => {
  const PAYLOADS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.test/x.js></SCRIPT>",
    "<ScRiPt>alert(1)</sCrIpT>",
    "<scr<script>ipt>alert(1)</script>",
    "<<script>script>alert(1)<</script>/script>",
    "<img src=x onerror=alert(1)>",
    "<IMG SRC=\"javascript:alert('XSS')\">",
    "<svg onload=alert(1)>",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    '<svg><a xlink:href="javascript:alert(1)"><text x=20 y=20>XSS</text></a></svg>',
    '<a href="javascript:alert(1)">x</a>',
    '<a href="JaVaScRiPt:alert(1)">x</a>',
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
    '<a href="&#x6A;avascript&#x3A;alert(1)">x</a>',
    '<a href="java&#x0D;script:alert(1)">x</a>',
    '<a href="java\u0000script:alert(1)">x</a>',
    '<a href="  javascript:alert(1)">x</a>',
    '<a href="vbscript:msgbox(1)">x</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
    '<p style="background:url(javascript:alert(1))">x</p>',
    '<div style="width: expression(alert(1))">x</div>',
    "<style>@import 'https://evil.test/x.css'; p { behavior: url(x.htc) }</style><p>x</p>",
    '<iframe src="javascript:alert(1)"></iframe>',
    '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>',
    '<object data="data:text/html,<script>alert(1)</script>"></object>',
    '<embed src="javascript:alert(1)">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<form action="javascript:alert(1)"><input type=submit></form>',
    '<button formaction="javascript:alert(1)">x</button>',
    '<base href="javascript:alert(1)//">',
    '<link rel="stylesheet" href="https://evil.test/x.css">',
    "<body onload=alert(1)>",
    "<details open ontoggle=alert(1)>",
    "<!--<img src=x onerror=alert(1)>-->",
    "<!--[if gte IE 4]><script>alert(1)</script><![endif]-->",
    "<![CDATA[<script>alert(1)</script>]]>",
    '<a title="x"onmouseover=alert(1)>x</a>',
    "<a title='\"><img src=x onerror=alert(1)>'>x</a>",
    '<a href="https://ok.test/" onclick=alert(1)//">x</a>',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<textarea><script>alert(1)</script></textarea>",
    "<xss onafterscriptexecute=alert(1)>x</xss>",
  ];

  const ALLOWED_TAG =
    /^<\/?(?:a|b|blockquote|br|code|em|h[1-4]|hr|i|li|ol|p|pre|s|strong|u|ul)(?: (?:href|title)="[^"<>]*")* ?\/?>$/;

  /** Every `<` left in the output opens an allow-listed tag: anything else a browser would read as markup is escaped. */
  function expectInert(html: string): void {
    for (const tag of html.match(/<[^>]*>?/g) ?? []) {
      expect(tag).toMatch(ALLOWED_TAG);
      // Attribute names only: a quoted value may mention `onerror=` as harmless text.
      expect(tag.replace(/="[^"]*"/g, "")).not.toMatch(/\son[a-z]+/i);
    }
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<(?:iframe|object|embed|style|meta|form|svg|math|img|base|link)\b/i);
    for (const [, url = ""] of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      expect(url).toMatch(/^(?:https?:|mailto:|\{\{)/i);
      expect(url).not.toMatch(/(?:java|vb)script:|data:/i);
    }
  }

  it.each(PAYLOADS)("leaves no executable vector in %j", (payload) => {
    const once = sanitizeEmailHtml(`<p>before</p>${payload}<p>after</p>`);
    expectInert(once);
    expect(sanitizeEmailHtml(once)).toBe(once);
  });

  it("removes script-like content rather than showing it", () => {
    for (const payload of ["<script>alert(1)</script>", "<style>p{}</style>", "<iframe>alert(1)</iframe>"]) {
      expect(sanitizeEmailHtml(payload)).toBe("");
    }
  });
});

describe("sanitizeEmailHtml and the draft linter", () => {
  const email = (bodyHtml: string): EmailContent => ({
    type: "email",
    subject: "Welcome",
    bodyHtml,
    to: ["ana@acme.com"],
    cc: [],
    bcc: [],
  });
  const placeholders = (bodyHtml: string) =>
    lintDraft(email(bodyHtml), { accountDomains: ["acme.com"] })
      .filter((problem) => problem.code === "placeholder")
      .map((problem) => problem.match);

  it("still reports placeholders after sanitizing", () => {
    const body = '<p onclick="x()">Dear [Customer Name], meet <insert name> from <Company Name>.</p>';
    const clean = sanitizeEmailHtml(body);
    expect(clean).toBe("<p>Dear [Customer Name], meet &lt;insert name&gt; from &lt;Company Name&gt;.</p>");
    expect(placeholders(clean)).toEqual(["[Customer Name]", "<insert name>", "<Company Name>"]);
    expect(placeholders(sanitizeEmailHtml(clean))).toEqual(placeholders(clean));
  });

  it("reports nothing for a clean draft", () => {
    expect(placeholders(sanitizeEmailHtml("<p>Hi {{contact.first_name}},</p><p>Thanks!</p>"))).toEqual([]);
  });
});
