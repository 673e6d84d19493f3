import type { ActionContent } from "@trellis/domain";
import { lazy, Suspense } from "react";
import { DateTime } from "../date-time";

function Labelled({ label, children }: { readonly label: string; readonly children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-[7rem_1fr] gap-2">
      <dt className="text-xs font-medium text-slate-600">{label}</dt>
      <dd className="min-w-0 break-words whitespace-pre-wrap">{children}</dd>
    </div>
  );
}

const EmailBodyFrame = lazy(() => import("./email-body-frame"));

function EmailBody({ html }: { readonly html: string }) {
  return (
    <Suspense fallback={<p className="text-xs text-slate-600">Loading the body…</p>}>
      <EmailBodyFrame html={html} />
    </Suspense>
  );
}

/** A draft's content by type, as the agent reviews it. */
export function DraftView({ content }: { readonly content: ActionContent }) {
  switch (content.type) {
    case "email":
      return (
        <dl className="space-y-1.5 text-sm">
          <Labelled label="Subject">{content.subject}</Labelled>
          <Labelled label="To">{content.to.join(", ") || "—"}</Labelled>
          {content.cc.length > 0 ? <Labelled label="Cc">{content.cc.join(", ")}</Labelled> : null}
          {content.bcc.length > 0 ? <Labelled label="Bcc">{content.bcc.join(", ")}</Labelled> : null}
          <Labelled label="Body">
            <EmailBody html={content.bodyHtml} />
          </Labelled>
        </dl>
      );
    case "form":
      return (
        <dl className="space-y-1.5 text-sm">
          <Labelled label="Title">{content.title}</Labelled>
          <Labelled label="Instructions">{content.instructions}</Labelled>
          <Labelled label="Fields">
            {content.fields.length === 0 ? (
              "No fields"
            ) : (
              <ol className="list-decimal space-y-0.5 pl-5">
                {content.fields.map((field) => (
                  <li key={field.key}>
                    {field.label}{" "}
                    <span className="text-xs text-slate-600">
                      ({field.kind.replace("_", " ")}
                      {field.required ? ", required" : ""}
                      {field.options.length > 0 ? `: ${field.options.join(" / ")}` : ""})
                    </span>
                  </li>
                ))}
              </ol>
            )}
          </Labelled>
        </dl>
      );
    case "document":
      return (
        <dl className="space-y-1.5 text-sm">
          <Labelled label="Title">{content.title}</Labelled>
          <Labelled label="Instructions">{content.instructions}</Labelled>
          <Labelled label="Documents">
            {content.documents.length === 0 ? (
              "No documents"
            ) : (
              <ul className="list-disc space-y-0.5 pl-5">
                {content.documents.map((document) => (
                  <li key={document.key}>
                    {document.name}{" "}
                    <span className="text-xs text-slate-600">
                      ({document.acceptedTypes.join(", ")}
                      {document.required ? ", required" : ", optional"})
                    </span>
                    {document.description ? <div className="text-xs">{document.description}</div> : null}
                  </li>
                ))}
              </ul>
            )}
          </Labelled>
        </dl>
      );
    case "meeting":
      return (
        <dl className="space-y-1.5 text-sm">
          <Labelled label="Title">{content.title}</Labelled>
          <Labelled label="Agenda">{content.agenda}</Labelled>
          <Labelled label="Duration">{content.durationMinutes} minutes</Labelled>
          {content.schedulingLink ? <Labelled label="Link">{content.schedulingLink}</Labelled> : null}
          {content.proposedSlots.length > 0 ? (
            <Labelled label="Proposed slots">
              <ul className="space-y-0.5">
                {content.proposedSlots.map((slot) => (
                  <li key={slot}>
                    <DateTime value={slot} />
                  </li>
                ))}
              </ul>
            </Labelled>
          ) : null}
        </dl>
      );
    case "slack":
      return (
        <dl className="space-y-1.5 text-sm">
          <Labelled label="Channel">{content.channel}</Labelled>
          <Labelled label="Message">{content.message}</Labelled>
        </dl>
      );
    case "manual":
      return (
        <dl className="space-y-1.5 text-sm">
          <Labelled label="Task">{content.description}</Labelled>
        </dl>
      );
  }
}
