/**
 * The HTML document a mailbox message is shown in: its body through the shared email sanitizer, inside a page
 * whose Content-Security-Policy forbids scripts and every load. The workspace puts it in a `sandbox=""` iframe, so
 * even a sanitizer bug could not run script or reach the workspace's origin.
 */
import { sanitizeEmailHtml } from "@trellis/drafting";

const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const STYLE = [
  "body{margin:0;padding:12px 16px;font:14px/1.5 system-ui,sans-serif;color:#0f172a;background:#fff}",
  "a{color:#075985}",
  "blockquote{margin:0 0 0 8px;padding-left:8px;border-left:3px solid #cbd5e1;color:#334155}",
  "pre{white-space:pre-wrap}",
].join("");

/**
 * A complete HTML document for an iframe's `srcdoc`, with the sanitized `html` as its body.
 *
 * @example
 * messageDocument('<p onclick="x()">Hi<script>alert(1)</script></p>'); // "…<body><p>Hi</p></body></html>"
 */
export function messageDocument(html: string): string {
  return [
    "<!doctype html><html><head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    `<style>${STYLE}</style>`,
    "</head><body>",
    sanitizeEmailHtml(html),
    "</body></html>",
  ].join("");
}
