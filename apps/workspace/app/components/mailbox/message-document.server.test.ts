import { describe, expect, it } from "vitest";
import { messageDocument } from "./message-document.server";

describe("messageDocument", () => {
  it("keeps the formatting and drops scripts, handlers and javascript links", () => {
    const document = messageDocument(
      '<p onclick="steal()">Hello <strong>Ana</strong><script>alert(1)</script>' +
        '<img src=x onerror="alert(2)"><a href="javascript:alert(3)">click</a></p>',
    );
    expect(document).toContain("<body><p>Hello <strong>Ana</strong><a>click</a></p></body>");
    expect(document).not.toMatch(/script>|onerror|onclick|javascript:/i);
  });

  it("forbids scripts and loads with a Content-Security-Policy", () => {
    expect(messageDocument("<p>Hi</p>")).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    );
  });
});
