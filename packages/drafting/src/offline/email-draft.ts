/** Offline emails: written from the brief, or the template's email restyled by the agent's instructions. */
import type { EmailContent } from "@trellis/domain";
import type { DraftRequest } from "../draft-request.js";
import { escapeHtmlText } from "../escaping.js";
import type { DraftStyle } from "./instructions.js";
import { clip, greeting, purposeSentence, sentence, signOff, topicOf, URGENT_LINE } from "./prose.js";

const paragraph = (html: string) => `<p>${html}</p>`;

const CLOSING: Readonly<Record<DraftStyle["tone"], string>> = {
  neutral: "If you have any questions, just reply to this email. I'm happy to help.",
  casual: "Any questions at all, just hit reply!",
  formal: "Should you have any questions, please do not hesitate to reply to this email.",
};

/** An email written from the action's name and purpose, with variables for everything personal. */
export function writeEmail(request: DraftRequest, style: DraftStyle): EmailContent {
  const { action, context } = request;
  const topic = topicOf(action.name, ["email", "e-mail", "message"]);
  const subject = `${style.urgent ? "Action needed: " : ""}${
    /^welcome\b/i.test(topic) ? "Welcome aboard, {{account.name}}" : `${topic} for {{account.name}}`
  }`;
  const opening =
    purposeSentence(action.purpose) ?? sentence(`I'm reaching out about ${topic.toLowerCase()}`);

  const body = [paragraph(greeting(style.tone, "{{contact.first_name}}"))];
  if (style.urgent) body.push(paragraph(`<strong>${escapeHtmlText(URGENT_LINE)}</strong>`));
  body.push(paragraph(escapeHtmlText(opening)));
  if (!style.concise) {
    body.push(paragraph("This is part of the {{milestone.name}} phase for {{account.name}}."));
  }
  if (style.extra) body.push(paragraph(escapeHtmlText(sentence(style.extra))));
  if (!style.concise) body.push(paragraph(escapeHtmlText(CLOSING[style.tone])));
  body.push(paragraph(`${signOff(style.tone)}<br>{{agent.name}}`));

  return {
    type: "email",
    subject: clip(subject, 300),
    bodyHtml: body.join(""),
    // Without contacts there is nobody to address; the linter then asks the agent for a recipient.
    to: context.contacts.length > 0 ? ["{{contact.email}}"] : [],
    cc: [],
    bcc: [],
  };
}

const GREETING = /<p>\s*(?:Hi|Hello|Hey|Dear)\s+([^<]*?)\s*[,!]?\s*<\/p>/i;
const SIGN_OFF =
  /<p>\s*(?:Best|Best regards|Kind regards|Warm regards|Regards|Cheers|Thanks|Thank you|Sincerely),(?=\s*<br)/i;

/** The template's email with the instructions applied: greeting and sign-off tone, urgency, an added paragraph. */
export function restyleEmail(content: EmailContent, style: DraftStyle): EmailContent {
  let body = content.bodyHtml;
  let subject = content.subject;
  if (style.tone !== "neutral") {
    body = body
      .replace(GREETING, (_, name: string) => paragraph(greeting(style.tone, name)))
      .replace(SIGN_OFF, `<p>${signOff(style.tone)}`);
  }
  if (style.urgent) {
    const urgent = paragraph(`<strong>${escapeHtmlText(URGENT_LINE)}</strong>`);
    const greetingEnd = body.match(GREETING);
    body =
      greetingEnd?.index === undefined
        ? urgent + body
        : body.slice(0, greetingEnd.index + greetingEnd[0].length) +
          urgent +
          body.slice(greetingEnd.index + greetingEnd[0].length);
    if (!/^action needed/i.test(subject)) subject = clip(`Action needed: ${subject}`, 300);
  }
  if (style.extra) {
    const extra = paragraph(escapeHtmlText(sentence(style.extra)));
    const lastParagraph = body.lastIndexOf("<p>");
    const signedOff = lastParagraph >= 0 && body.slice(lastParagraph).includes("{{agent.name}}");
    body = signedOff ? body.slice(0, lastParagraph) + extra + body.slice(lastParagraph) : body + extra;
  }
  return { ...content, subject, bodyHtml: body };
}
