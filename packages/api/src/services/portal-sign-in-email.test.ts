import { describe, expect, it } from "vitest";
import { portalRequestEmail, signInLinkEmail } from "./portal-sign-in-email.js";
import { signInPageUrl, signInVerifyUrl } from "./portal-urls.js";

const link = signInVerifyUrl("http://127.0.0.1:5174/", "abc_DEF-123");

describe("signInLinkEmail", () => {
  it("names the organization in the subject and carries the link in both parts", () => {
    const email = signInLinkEmail({ organizationName: "Northwind", contactFirstName: "Ana", link });
    expect(link).toBe("http://127.0.0.1:5174/sign-in/verify?token=abc_DEF-123");
    expect(email.subject).toBe("Your sign-in link for Northwind");
    expect(email.html).toContain(`<a href="${link}">Sign in to the portal</a>`);
    expect(email.html).toContain("expires in 15 minutes");
    expect(email.text).toContain(`\n${link}\n`);
    expect(email.text).toMatch(/^Hi Ana,/);
  });

  it("escapes names in the HTML, not in the text", () => {
    const email = signInLinkEmail({
      organizationName: "<script>alert(1)</script> & Co",
      contactFirstName: 'Ana "<b>"',
      link,
    });
    expect(email.html).not.toContain("<script>");
    expect(email.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co");
    expect(email.html).toContain("Hi Ana &quot;&lt;b&gt;&quot;,");
    expect(email.text).toContain("<script>alert(1)</script> & Co's customer portal");
    expect(email.subject).toBe("Your sign-in link for <script>alert(1)</script> & Co");
  });
});

describe("portalRequestEmail", () => {
  const input = {
    organizationName: "Northwind",
    contactFirstName: "Ana",
    title: "Kickoff <questionnaire>",
    link,
    signInPage: signInPageUrl("http://127.0.0.1:5174"),
  };

  it("says what is asked, links to the portal and to the sign-in page", () => {
    const email = portalRequestEmail(input);
    expect(email.subject).toBe("Northwind asks you to: Kickoff <questionnaire>");
    expect(email.html).toContain("Northwind asks you to: <strong>Kickoff &lt;questionnaire&gt;</strong>");
    expect(email.html).toContain(`<a href="${link}">Open in the portal</a>`);
    expect(email.html).toContain(
      'If the link has expired, sign in at <a href="http://127.0.0.1:5174/sign-in">http://127.0.0.1:5174/sign-in</a>.',
    );
    expect(email.text).toContain(`Open in the portal: ${link}`);
    expect(email.text).toContain("If the link has expired, sign in at http://127.0.0.1:5174/sign-in.");
  });
});
