/** Offline document requests: the documents the brief names, with the file types such documents come in. */
import { DEFAULT_MAX_DOCUMENT_BYTES, type DocumentContent, type RequestedDocument } from "@trellis/domain";
import type { DraftRequest } from "../draft-request.js";
import type { DraftStyle } from "./instructions.js";
import { clip, mentions, sentence, snakeKey, topicOf } from "./prose.js";

const document = (
  name: string,
  acceptedTypes: string[],
  description: string | null = null,
): RequestedDocument => ({
  key: snakeKey(name),
  name,
  description,
  acceptedTypes,
  required: true,
  maxSizeBytes: DEFAULT_MAX_DOCUMENT_BYTES,
});

const KNOWN_DOCUMENTS: readonly { keywords: readonly string[]; document: RequestedDocument }[] = [
  {
    keywords: ["security questionnaire", "security review", "questionnaire"],
    document: document(
      "Security questionnaire",
      [".pdf", ".docx", ".xlsx"],
      "Your completed security questionnaire.",
    ),
  },
  {
    keywords: ["data processing", "dpa"],
    document: document("Data processing agreement", [".pdf"], "The signed data processing agreement."),
  },
  {
    keywords: ["contract", "order form", "msa", "signed agreement"],
    document: document("Signed order form", [".pdf"]),
  },
  {
    keywords: ["logo", "brand"],
    document: document(
      "Company logo",
      [".png", ".svg", ".jpg"],
      "A high-resolution logo, ideally SVG or PNG.",
    ),
  },
  {
    keywords: ["csv", "import", "data export", "user list", "spreadsheet"],
    document: document("Data export", [".csv", ".xlsx"], "The data to import, one record per row."),
  },
  {
    keywords: ["w-9", "w9", "tax"],
    document: document("Tax form", [".pdf"]),
  },
];

/** A document request written from the action's name and purpose. */
export function writeDocument(request: DraftRequest, style: DraftStyle): DocumentContent {
  const { action } = request;
  const brief = `${action.name} ${action.purpose}`;
  const named = KNOWN_DOCUMENTS.filter((known) => mentions(brief, known.keywords)).map((k) => k.document);
  const topic = topicOf(action.name, ["request", "upload"]);
  // Copies, so a caller editing its draft never edits the shared catalogue.
  const documents = (named.length > 0 ? named : [document(topic, [".pdf", ".docx"])]).map((d) => ({
    ...d,
    acceptedTypes: [...d.acceptedTypes],
  }));
  const lines = [
    style.tone === "casual"
      ? "Hey {{contact.first_name}}! Could you upload the documents below? They keep {{milestone.name}} moving."
      : "Please upload the documents below so we can move {{account.name}} forward with {{milestone.name}}.",
  ];
  if (!style.concise) lines.push("Each item lists the file types we accept.");
  if (style.urgent) lines.push("This is time-sensitive, so please upload them as soon as you can.");
  if (style.extra) lines.push(sentence(style.extra));
  return {
    type: "document",
    title: clip(action.name, 200),
    instructions: clip(lines.join(" "), 5_000),
    documents,
  };
}

/** The template's request with the instructions applied to its instructions text. */
export function restyleDocument(content: DocumentContent, style: DraftStyle): DocumentContent {
  const additions: string[] = [];
  if (style.urgent) additions.push("This is time-sensitive, so please upload them as soon as you can.");
  if (style.extra) additions.push(sentence(style.extra));
  const greeting = style.tone === "casual" ? "Hey {{contact.first_name}}! " : "";
  const instructions = [greeting + content.instructions.trim(), ...additions]
    .filter((s) => s !== "")
    .join(" ");
  return { ...content, instructions: clip(instructions, 5_000) };
}
