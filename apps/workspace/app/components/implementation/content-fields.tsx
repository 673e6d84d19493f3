import type { ContentProblems } from "../../lib/implementation/content-problems";
import type { EditableContent } from "../../lib/implementation/editable-content";
import { EmailBodyEditor } from "./email-body-editor";
import { TextAreaField, TextField } from "./field";
import { FormFieldsEditor } from "./form-fields-editor";
import { InputProblem, problemAttributes } from "./input-problem";
import { ProposedSlotsEditor } from "./proposed-slots-editor";
import { RequestedDocumentsEditor } from "./requested-documents-editor";
import { VariablesPreview, type VariableValue } from "./variables-preview";

interface ContentFieldsProps {
  readonly content: EditableContent;
  /** The body the email editor starts from (the editor is uncontrolled). */
  readonly initialBodyHtml: string;
  /** What is wrong with the content as typed, by input. */
  readonly problems: ContentProblems;
  /** The variables the draft may use, with their values for this action. */
  readonly variables: readonly VariableValue[];
  readonly onChange: (content: EditableContent) => void;
}

/** The fields that edit a draft's content, by action type. */
export function ContentFields({
  content,
  initialBodyHtml,
  problems,
  variables,
  onChange,
}: ContentFieldsProps) {
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
              variables={variables}
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
            rows={3}
            value={content.instructions}
            onChange={(event) => onChange({ ...content, instructions: event.target.value })}
          />
          {content.type === "form" ? (
            <FormFieldsEditor
              fields={content.fields}
              problems={problems}
              onChange={(fields) => onChange({ ...content, fields })}
            />
          ) : (
            <RequestedDocumentsEditor
              documents={content.documents}
              problems={problems}
              onChange={(documents) => onChange({ ...content, documents })}
            />
          )}
          <VariablesPreview variables={variables} />
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
          <div className="grid grid-cols-[8rem_1fr] gap-2">
            <div>
              <TextField
                label="Duration (minutes)"
                type="number"
                min={5}
                max={480}
                value={Number.isNaN(content.durationMinutes) ? "" : content.durationMinutes}
                onChange={(event) => onChange({ ...content, durationMinutes: event.target.valueAsNumber })}
                {...problemAttributes("meeting-duration-problem", problems.durationMinutes)}
              />
              <InputProblem id="meeting-duration-problem" message={problems.durationMinutes} />
            </div>
            <div>
              <TextField
                label="Scheduling link"
                type="url"
                value={content.schedulingLink}
                onChange={(event) => onChange({ ...content, schedulingLink: event.target.value })}
                {...problemAttributes("meeting-link-problem", problems.schedulingLink)}
              />
              <InputProblem id="meeting-link-problem" message={problems.schedulingLink} />
            </div>
          </div>
          <ProposedSlotsEditor
            slots={content.proposedSlots}
            problems={problems}
            onChange={(proposedSlots) => onChange({ ...content, proposedSlots })}
          />
          <VariablesPreview variables={variables} />
        </div>
      );
    case "slack":
      return (
        <div className="space-y-2">
          <div>
            <TextField
              label="Channel"
              value={content.channel}
              onChange={(event) => onChange({ ...content, channel: event.target.value })}
              {...problemAttributes("slack-channel-problem", problems.channel)}
            />
            <InputProblem id="slack-channel-problem" message={problems.channel} />
          </div>
          <TextAreaField
            label="Message"
            value={content.message}
            onChange={(event) => onChange({ ...content, message: event.target.value })}
          />
          <VariablesPreview variables={variables} />
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
