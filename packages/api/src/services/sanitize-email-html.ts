/**
 * An allow-list sanitizer for the rich-text bodies agents type into email drafts. The body leaves for a customer's
 * mail client and is shown back in the workspace, so only simple formatting survives: every tag is rebuilt from
 * scratch with escaped attribute values, links keep only safe schemes, script-like elements vanish with their
 * content, and anything that is not a well-formed tag is kept as escaped text (so a typed `<insert name>` stays
 * visible to the draft linter instead of silently disappearing).
 */
import { escapeHtml } from "@trellis/drafting";

const ALLOWED_TAGS = new Set([
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
]);

const VOID_TAGS = new Set(["br", "hr"]);

/** Elements removed together with everything inside them. */
const DROPPED_WITH_CONTENT = new Set([
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
]);

/** Real HTML elements that are not allowed: the tag goes, its text stays. */
const UNWRAPPED_TAGS = new Set([
  "abbr",
  "address",
  "article",
  "aside",
  "base",
  "bdi",
  "bdo",
  "big",
  "body",
  "button",
  "caption",
  "center",
  "cite",
  "col",
  "colgroup",
  "dd",
  "del",
  "details",
  "dfn",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "font",
  "footer",
  "form",
  "h5",
  "h6",
  "header",
  "html",
  "img",
  "input",
  "ins",
  "kbd",
  "label",
  "legend",
  "link",
  "main",
  "mark",
  "meta",
  "nav",
  "picture",
  "q",
  "samp",
  "section",
  "small",
  "source",
  "span",
  "strike",
  "sub",
  "summary",
  "sup",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "time",
  "tr",
  "tt",
  "var",
  "video",
  "audio",
  "wbr",
]);

// A well-formed start or end tag: name, then attributes whose quoted values may contain `>`.
const TAG =
  /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/;
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const COMMENT = /^<!--[\s\S]*?(?:-->|$)/;
const DECLARATION = /^<[!?][^>]*>?/;
const ENTITY = /^&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});/;

const SAFE_URL = /^(?:https?:|mailto:|tel:)/i;
const VARIABLE_URL = /^\{\{\s*[a-z_]+(?:\.[a-z0-9_]+)+\s*\}\}/;

/**
 * Returns `html` with only allow-listed tags (p, br, strong, em, ul, ol, li, a, headings, quotes, code) and,
 * on links, only `href` (http, https, mailto, tel, or a `{{variable}}`) and `title`.
 *
 * @example
 * sanitizeEmailHtml('<p onclick="x()">Hi <script>alert(1)</script><a href="javascript:x()">you</a></p>');
 * // '<p>Hi <a>you</a></p>'
 */
export function sanitizeEmailHtml(html: string): string {
  let out = "";
  let rest = html;
  while (rest.length > 0) {
    const lt = rest.indexOf("<");
    const amp = rest.indexOf("&");
    const next = Math.min(lt === -1 ? rest.length : lt, amp === -1 ? rest.length : amp);
    out += escapeText(rest.slice(0, next));
    rest = rest.slice(next);
    if (rest.length === 0) break;

    if (rest.startsWith("&")) {
      const entity = ENTITY.exec(rest);
      out += entity ? entity[0] : "&amp;";
      rest = rest.slice(entity ? entity[0].length : 1);
      continue;
    }
    const comment = COMMENT.exec(rest) ?? DECLARATION.exec(rest);
    if (comment) {
      rest = rest.slice(comment[0].length);
      continue;
    }
    const tag = TAG.exec(rest);
    if (!tag) {
      out += "&lt;";
      rest = rest.slice(1);
      continue;
    }
    rest = rest.slice(tag[0].length);
    const [, slash, rawName = "", attributes = ""] = tag;
    const name = rawName.toLowerCase();
    const closing = slash === "/";
    if (DROPPED_WITH_CONTENT.has(name)) {
      if (!closing) rest = skipPastClosingTag(rest, name);
    } else if (ALLOWED_TAGS.has(name)) {
      out += rebuildTag(name, closing, attributes);
    } else if (!UNWRAPPED_TAGS.has(name)) {
      // Not an HTML element: text the agent typed, such as `<insert name>`; keep it, harmlessly.
      out += escapeText(tag[0]);
    }
  }
  return out;
}

function escapeText(text: string): string {
  return text.replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function skipPastClosingTag(rest: string, name: string): string {
  const closing = new RegExp(`</${name}\\s*>`, "i").exec(rest);
  return closing ? rest.slice(closing.index + closing[0].length) : "";
}

function rebuildTag(name: string, closing: boolean, attributes: string): string {
  if (closing) return VOID_TAGS.has(name) ? "" : `</${name}>`;
  if (name !== "a") return `<${name}>`;
  let kept = "";
  for (const match of attributes.matchAll(ATTRIBUTE)) {
    const attribute = (match[1] ?? "").toLowerCase();
    const value = decodeEntities(match[2] ?? match[3] ?? match[4] ?? "");
    if (attribute === "href" && isSafeHref(value)) kept += ` href="${escapeHtml(value.trim())}"`;
    if (attribute === "title") kept += ` title="${escapeHtml(value)}"`;
  }
  return `<a${kept}>`;
}

/** Browsers ignore whitespace and control characters inside a scheme (`jav&#9;ascript:`), so this does too. */
function isSafeHref(value: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is stripped here
  const compact = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, "");
  return SAFE_URL.test(compact) || VARIABLE_URL.test(value.trim());
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  colon: ":",
  tab: "\t",
  newline: "\n",
  nbsp: " ",
};

function decodeEntities(value: string): string {
  return value.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);?/g, (whole, body: string) => {
    if (body.startsWith("#")) {
      const code =
        body[1] === "x" || body[1] === "X" ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}
