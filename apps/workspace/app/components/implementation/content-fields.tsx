import type { EditableContent } from "../../lib/implementation/editable-content";
import { EmailBodyEditor } from "./email-body-editor";
import { TextAreaField, TextField } from "./field";

interface ContentFieldsProps {
  readonly content: EditableContent;
  /** The body the email editor starts from (the editor is uncontrolled). */
  readonly initialBodyHtml: string;
  readonly onChange: (content: EditableContent) => void;
}

/** The fields that edit a draft's content, by action type. */
export function ContentFields({ content, initialBodyHtml, onChange }: ContentFieldsProps) {
  switch (content.type) {
    case "email":
      return (
        <div className="space-y-2">
          <TextField
            label="Subject"
            value={content.subject}
            onChange={(event) => onChange({ ...content, subject: event.target.value })}
          />
          <div className="text-xs font-medium text-slate-700">
            <span aria-hidden="true">Body</span>
            <EmailBodyEditor
              initialHtml={initialBodyHtml}
              onChange={(bodyHtml) => onChange({ ...content, bodyHtml })}
            />
          </div>
          <TextField
            label="To"
            value={content.to}
            onChange={(event) => onChange({ ...content, to: event.target.value })}
          />
          <div className="grid grid-cols-2 gap-2">
            <TextField
              label="Cc"
              value={content.cc}
              onChange={(event) => onChange({ ...content, cc: event.target.value })}
            />
            <TextField
              label="Bcc"
              value={content.bcc}
              onChange={(event) => onChange({ ...content, bcc: event.target.value })}
            />
          </div>
          <p className="text-xs text-slate-600">Separate recipients with commas.</p>
        </div>
      );
    case "form":
    case "document":
      return (
        <div className="space-y-2">
          <TextField
            label="Title"
            value={content.title}
            onChange={(event) => onChange({ ...content, title: event.target.value })}
          />
          <TextAreaField
            label="Instructions"
            value={content.instructions}
            onChange={(event) => onChange({ ...content, instructions: event.target.value })}
          />
          <p className="text-xs text-slate-600">
            {content.type === "form"
              ? `The ${content.fields.length} form fields are kept as drafted.`
              : `The ${content.documents.length} requested documents are kept as drafted.`}
          </p>
        </div>
      );
    case "meeting":
      return (
        <div className="space-y-2">
          <TextField
            label="Title"
            value={content.title}
            onChange={(event) => onChange({ ...content, title: event.target.value })}
          />
          <TextAreaField
            label="Agenda"
            value={content.agenda}
            onChange={(event) => onChange({ ...content, agenda: event.target.value })}
          />
          <div className="grid grid-cols-2 gap-2">
            <TextField
              label="Duration (minutes)"
              type="number"
              min={5}
              max={480}
              value={content.durationMinutes}
              onChange={(event) => onChange({ ...content, durationMinutes: event.target.valueAsNumber || 0 })}
            />
            <TextField
              label="Scheduling link"
              type="url"
              value={content.schedulingLink ?? ""}
              onChange={(event) =>
                onChange({ ...content, schedulingLink: event.target.value.trim() || null })
              }
            />
          </div>
        </div>
      );
    case "slack":
      return (
        <div className="space-y-2">
          <TextField
            label="Channel"
            value={content.channel}
            onChange={(event) => onChange({ ...content, channel: event.target.value })}
          />
          <TextAreaField
            label="Message"
            value={content.message}
            onChange={(event) => onChange({ ...content, message: event.target.value })}
          />
        </div>
      );
    case "manual":
      return (
        <TextAreaField
          label="Description"
          value={content.description}
          onChange={(event) => onChange({ ...content, description: event.target.value })}
        />
      );
  }
}
