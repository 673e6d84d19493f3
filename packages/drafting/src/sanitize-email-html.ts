/**
 * The allow-list sanitizer for the rich-text bodies of email drafts, built on `sanitize-html`. A body leaves for a
 * customer's mail client and is shown back in the agent workspace, so the server (on save) and the workspace (on
 * render) sanitize it the same way: only simple formatting survives, links keep only safe schemes, script-like
 * elements vanish with their content, and text that merely looks like a tag (a typed `<insert name>`) stays visible
 * as escaped text, so the draft linter still reports it.
 */
import sanitizeHtml from "sanitize-html";
import { HTML_ELEMENT_NAMES } from "./html-element-names.js";

const ALLOWED_TAGS = [
  "a",
  "b",
  "blockquote",
  "br",
  "code",
  "em",
  "h1",
  "h2",
  "h3",
  "h4",
  "hr",
  "i",
  "li",
  "ol",
  "p",
  "pre",
  "s",
  "strong",
  "u",
  "ul",
];

/** Elements removed together with everything inside them; every other element not allowed is unwrapped. */
const DROPPED_WITH_CONTENT = [
  "applet",
  "embed",
  "frame",
  "frameset",
  "head",
  "iframe",
  "math",
  "noembed",
  "noframes",
  "noscript",
  "object",
  "option",
  "script",
  "select",
  "style",
  "svg",
  "template",
  "textarea",
  "title",
  "xmp",
];

const SAFE_HREF = /^(?:https?|mailto):/i;
/** A link filled in at send time, e.g. `{{account.portal_url}}`. */
const VARIABLE_HREF = /^\{\{\s*[a-z_]+(?:\.[a-z0-9_]+)+\s*\}\}/;

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: { a: ["href", "title"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  nonTextTags: DROPPED_WITH_CONTENT,
  transformTags: { a: keepSafeHref },
};

// `<` or `</` and a tag name as an HTML tokenizer reads it: up to whitespace, `/` or `>`.
const TAG_START = /<(\/?)([A-Za-z][^\s/>]*)/g;

/**
 * Returns `html` with only allow-listed tags (p, br, b/strong, i/em, u, s, a, ul/ol/li, blockquote, h1–h4, hr, code,
 * pre) and, on links, only `title` and an `href` that is http, https, mailto or a `{{variable}}`. Not-allowed
 * elements are unwrapped, except script-like ones, which go with their content; comments go; text is escaped.
 * Idempotent.
 *
 * @example
 * sanitizeEmailHtml('<p onclick="x()">Hi <script>alert(1)</script><a href="javascript:x()">you</a></p>');
 * // '<p>Hi <a>you</a></p>'
 * sanitizeEmailHtml("<p>Dear <insert name>,</p>");
 * // '<p>Dear &lt;insert name&gt;,</p>'
 */
export function sanitizeEmailHtml(html: string): string {
  return sanitizeHtml(escapeTypedTags(html), OPTIONS);
}

/**
 * Escapes the `<` of anything that is not an HTML element, so the parser reads it as text rather than as an unknown
 * tag it would drop. Markup writes a tag name in one case (`p`, `P`); `<Customer Name>` or `<Title here>` is typed.
 * This only ever turns markup into text; what is markup is then decided by sanitize-html alone.
 */
function escapeTypedTags(html: string): string {
  return html.replace(TAG_START, (start: string, _slash: string, name: string) =>
    isElementName(name) ? start : `&lt;${start.slice(1)}`,
  );
}

function isElementName(name: string): boolean {
  const lower = name.toLowerCase();
  return HTML_ELEMENT_NAMES.has(lower) && (name === lower || name === name.toUpperCase());
}

/** Drops a link's `href` unless it is an allowed absolute URL or a variable (relative URLs have no meaning in mail). */
function keepSafeHref(tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  const kept = Object.entries(attribs).flatMap(([name, value]) => {
    if (name !== "href") return [[name, value]];
    const url = value.trim();
    return SAFE_HREF.test(url) || VARIABLE_HREF.test(url) ? [[name, url]] : [];
  });
  return { tagName, attribs: Object.fromEntries(kept) };
}
