import { useId } from "react";
import type { ContentProblems } from "../../lib/implementation/content-problems";
import { deriveKeys } from "../../lib/implementation/derived-keys";
import { type EditableDocument, newDocument } from "../../lib/implementation/editable-content";
import { moveItem, nextItemId, removeItem, replaceItem } from "../../lib/implementation/ordered-list";
import { Button } from "../button";
import { TextField } from "./field";
import { InputProblem, problemAttributes } from "./input-problem";
import { ListItemFieldset } from "./list-item-controls";

interface RequestedDocumentsEditorProps {
  readonly documents: readonly EditableDocument[];
  readonly problems: ContentProblems;
  readonly onChange: (documents: EditableDocument[]) => void;
}

/**
 * The documents a document request asks for: add, remove and reorder them, and edit each one's name, description,
 * accepted file types, required flag and size limit. Stored keys stay; a new document's key follows its name.
 */
export function RequestedDocumentsEditor({ documents, problems, onChange }: RequestedDocumentsEditorProps) {
  const keys = deriveKeys(
    documents.map((document) => ({ key: document.key, label: document.name })),
    "document",
  );
  return (
    <section aria-label="Requested documents" className="space-y-2">
      <h3 className="text-xs font-semibold text-slate-700">Requested documents ({documents.length})</h3>
      {documents.length === 0 ? <p className="text-xs text-slate-600">No documents requested yet.</p> : null}
      <ol className="space-y-2">
        {documents.map((document, index) => (
          <li key={document.id}>
            <DocumentEditor
              document={document}
              position={index + 1}
              count={documents.length}
              documentKey={keys[index] ?? ""}
              problems={problems}
              onChange={(changed) => onChange(replaceItem(documents, index, changed))}
              onMove={(offset) => onChange(moveItem(documents, index, offset))}
              onRemove={() => onChange(removeItem(documents, index))}
            />
          </li>
        ))}
      </ol>
      <Button onClick={() => onChange([...documents, newDocument(nextItemId(documents))])}>
        + Add document
      </Button>
    </section>
  );
}

interface DocumentEditorProps {
  readonly document: EditableDocument;
  readonly position: number;
  readonly count: number;
  readonly documentKey: string;
  readonly problems: ContentProblems;
  readonly onChange: (document: EditableDocument) => void;
  readonly onMove: (offset: number) => void;
  readonly onRemove: () => void;
}

function DocumentEditor({
  document,
  position,
  count,
  documentKey,
  problems,
  onChange,
  onMove,
  onRemove,
}: DocumentEditorProps) {
  const id = useId();
  const name = document.name.trim() || `document ${position}`;
  const problem = (input: string) => problems[`documents.${document.id}.${input}`];
  return (
    <ListItemFieldset
      title={`Document ${position}: ${document.name.trim() || "untitled"}`}
      name={name}
      index={position - 1}
      count={count}
      onMove={onMove}
      onRemove={onRemove}
    >
      <div>
        <TextField
          label="Name"
          value={document.name}
          onChange={(event) => onChange({ ...document, name: event.target.value })}
          {...problemAttributes(`${id}-name`, problem("name"))}
        />
        <InputProblem id={`${id}-name`} message={problem("name")} />
      </div>
      <TextField
        label="Description"
        value={document.description}
        onChange={(event) => onChange({ ...document, description: event.target.value })}
      />
      <div className="grid grid-cols-[1fr_8rem] gap-2">
        <div>
          <TextField
            label="Accepted types"
            placeholder=".pdf, .docx"
            value={document.acceptedTypes}
            onChange={(event) => onChange({ ...document, acceptedTypes: event.target.value })}
            {...problemAttributes(`${id}-types`, problem("acceptedTypes"))}
          />
          <InputProblem id={`${id}-types`} message={problem("acceptedTypes")} />
        </div>
        <div>
          <TextField
            label="Max size (MB)"
            type="number"
            inputMode="decimal"
            min={0.1}
            max={100}
            step="any"
            value={document.maxSizeMb}
            onChange={(event) => onChange({ ...document, maxSizeMb: event.target.value })}
            {...problemAttributes(`${id}-size`, problem("maxSizeMb"))}
          />
          <InputProblem id={`${id}-size`} message={problem("maxSizeMb")} />
        </div>
      </div>
      <div className="flex items-center justify-between gap-2 text-xs text-slate-600">
        <label className="flex items-center gap-1.5 font-medium text-slate-700">
          <input
            type="checkbox"
            checked={document.required}
            onChange={(event) => onChange({ ...document, required: event.target.checked })}
          />
          Required
        </label>
        <span>
          Key <code className="font-mono text-slate-800">{documentKey}</code>
          {document.key === null ? " (from the name)" : ""}
        </span>
      </div>
    </ListItemFieldset>
  );
}
