/**
 * The HTML the rich-text editor starts from and hands back. Bodies come from the API already sanitized on save;
 * before the editor puts one into the live page it is rebuilt once more from an inert parse (DOMParser runs no
 * script and loads nothing), keeping only simple formatting and safe links, so nothing can run while editing.
 * The API sanitizes again when the edit is saved.
 */

const KEPT_ELEMENTS = new Set([
  "A",
  "B",
  "BLOCKQUOTE",
  "BR",
  "CODE",
  "EM",
  "H1",
  "H2",
  "H3",
  "H4",
  "HR",
  "I",
  "LI",
  "OL",
  "P",
  "PRE",
  "S",
  "STRONG",
  "U",
  "UL",
]);

/** Elements dropped together with their content; any other unknown element is unwrapped (its text stays). */
const DROPPED_ELEMENTS = new Set([
  "SCRIPT",
  "STYLE",
  "IFRAME",
  "OBJECT",
  "EMBED",
  "TEMPLATE",
  "NOSCRIPT",
  "SVG",
  "MATH",
  "TEXTAREA",
  "SELECT",
  "TITLE",
  "HEAD",
]);

const SAFE_LINK = /^(https?:|mailto:)/i;

/** Whether a link target is an http(s) or mailto URL (variables such as {{account.url}} are kept too). */
export function isSafeLink(href: string): boolean {
  const trimmed = href.trim();
  return SAFE_LINK.test(trimmed) || /^\{\{[^}]+\}\}$/.test(trimmed);
}

function rebuild(source: Node, target: Node, document: Document): void {
  for (const child of Array.from(source.childNodes)) {
    if (child.nodeType === 3) {
      target.appendChild(document.createTextNode(child.textContent ?? ""));
      continue;
    }
    if (child.nodeType !== 1) continue;
    const element = child as Element;
    const tag = element.tagName.toUpperCase();
    if (DROPPED_ELEMENTS.has(tag)) continue;
    if (!KEPT_ELEMENTS.has(tag)) {
      rebuild(element, target, document);
      continue;
    }
    const copy = document.createElement(tag.toLowerCase());
    if (tag === "A") {
      const href = element.getAttribute("href");
      if (href && isSafeLink(href)) copy.setAttribute("href", href.trim());
    }
    rebuild(element, copy, document);
    target.appendChild(copy);
  }
}

/**
 * The simple-formatting part of `html` as nodes owned by `document`, built element by element from an inert
 * parse: no attribute but a safe link's href survives, scripts and styles vanish with their content.
 */
export function editorFragment(html: string, document: Document): DocumentFragment {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, "text/html");
  const fragment = document.createDocumentFragment();
  rebuild(parsed.body, fragment, document);
  return fragment;
}

/** `html` reduced to simple formatting, as a string (what the editor saves). */
export function cleanEditorHtml(html: string, document: Document): string {
  const container = document.createElement("div");
  container.appendChild(editorFragment(html, document));
  return container.innerHTML;
}
