import type { FormFieldKind } from "@trellis/domain";
import { useId } from "react";
import type { ContentProblems } from "../../lib/implementation/content-problems";
import { deriveKeys } from "../../lib/implementation/derived-keys";
import { type EditableFormField, newFormField } from "../../lib/implementation/editable-content";
import { FORM_FIELD_KIND_LABELS } from "../../lib/implementation/form-field-kinds";
import { moveItem, nextItemId, removeItem, replaceItem } from "../../lib/implementation/ordered-list";
import { Button } from "../button";
import { INPUT_CLASSES, TextAreaField, TextField } from "./field";
import { InputProblem, problemAttributes } from "./input-problem";
import { ListItemFieldset } from "./list-item-controls";

interface FormFieldsEditorProps {
  readonly fields: readonly EditableFormField[];
  readonly problems: ContentProblems;
  readonly onChange: (fields: EditableFormField[]) => void;
}

/**
 * The questions of a form draft, in order: add, remove and reorder them, and edit each one's label, kind, required
 * flag, options (select fields only) and help text. Stored keys stay; a new field's key follows its label.
 */
export function FormFieldsEditor({ fields, problems, onChange }: FormFieldsEditorProps) {
  const keys = deriveKeys(fields, "field");
  return (
    <section aria-label="Form fields" className="space-y-2">
      <h3 className="text-xs font-semibold text-slate-700">Fields ({fields.length})</h3>
      {fields.length === 0 ? <p className="text-xs text-slate-600">No fields yet.</p> : null}
      <ol className="space-y-2">
        {fields.map((field, index) => (
          <li key={field.id}>
            <FormFieldEditor
              field={field}
              position={index + 1}
              count={fields.length}
              fieldKey={keys[index] ?? ""}
              problems={problems}
              onChange={(changed) => onChange(replaceItem(fields, index, changed))}
              onMove={(offset) => onChange(moveItem(fields, index, offset))}
              onRemove={() => onChange(removeItem(fields, index))}
            />
          </li>
        ))}
      </ol>
      <Button onClick={() => onChange([...fields, newFormField(nextItemId(fields))])}>+ Add field</Button>
    </section>
  );
}

interface FormFieldEditorProps {
  readonly field: EditableFormField;
  readonly position: number;
  readonly count: number;
  readonly fieldKey: string;
  readonly problems: ContentProblems;
  readonly onChange: (field: EditableFormField) => void;
  readonly onMove: (offset: number) => void;
  readonly onRemove: () => void;
}

function FormFieldEditor({
  field,
  position,
  count,
  fieldKey,
  problems,
  onChange,
  onMove,
  onRemove,
}: FormFieldEditorProps) {
  const id = useId();
  const name = field.label.trim() || `field ${position}`;
  const labelProblem = problems[`fields.${field.id}.label`];
  const optionsProblem = problems[`fields.${field.id}.options`];
  return (
    <ListItemFieldset
      title={`Field ${position}: ${field.label.trim() || "untitled"}`}
      name={name}
      index={position - 1}
      count={count}
      onMove={onMove}
      onRemove={onRemove}
    >
      <div className="grid grid-cols-[1fr_9rem] gap-2">
        <div>
          <TextField
            label="Label"
            value={field.label}
            onChange={(event) => onChange({ ...field, label: event.target.value })}
            {...problemAttributes(`${id}-label`, labelProblem)}
          />
          <InputProblem id={`${id}-label`} message={labelProblem} />
        </div>
        <label className="block text-xs font-medium text-slate-700">
          Kind
          <select
            value={field.kind}
            onChange={(event) => onChange({ ...field, kind: event.target.value as FormFieldKind })}
            className={INPUT_CLASSES}
          >
            {Object.entries(FORM_FIELD_KIND_LABELS).map(([kind, label]) => (
              <option key={kind} value={kind}>
                {label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {field.kind === "select" ? (
        <div>
          <TextAreaField
            label="Options (one per line)"
            rows={3}
            value={field.options}
            onChange={(event) => onChange({ ...field, options: event.target.value })}
            {...problemAttributes(`${id}-options`, optionsProblem)}
          />
          <InputProblem id={`${id}-options`} message={optionsProblem} />
        </div>
      ) : null}
      <TextField
        label="Help text"
        value={field.helpText}
        onChange={(event) => onChange({ ...field, helpText: event.target.value })}
      />
      <div className="flex items-center justify-between gap-2 text-xs text-slate-600">
        <label className="flex items-center gap-1.5 font-medium text-slate-700">
          <input
            type="checkbox"
            checked={field.required}
            onChange={(event) => onChange({ ...field, required: event.target.checked })}
          />
          Required
        </label>
        <span>
          Key <code className="font-mono text-slate-800">{fieldKey}</code>
          {field.key === null ? " (from the label)" : ""}
        </span>
      </div>
    </ListItemFieldset>
  );
}
