import { useEffect, useId, useRef, useState } from "react";
import { cleanEditorHtml, editorFragment, isSafeLink } from "../../lib/implementation/editor-html";
import { Button } from "../button";
import { FOCUS_RING } from "../focus-ring";
import { INPUT_CLASSES } from "./field";
import { VariablesPreview, type VariableValue } from "./variables-preview";

interface EmailBodyEditorProps {
  /** The body the editor starts from (read once, on mount). */
  readonly initialHtml: string;
  readonly onChange: (html: string) => void;
  /** The variables the agent may insert, with their values for this action. */
  readonly variables: readonly VariableValue[];
}

const TOOLBAR = [
  { label: "Bold", command: "bold", glyph: "B", className: "font-bold" },
  { label: "Italic", command: "italic", glyph: "I", className: "italic" },
  { label: "Bulleted list", command: "insertUnorderedList", glyph: "•", className: "" },
  { label: "Numbered list", command: "insertOrderedList", glyph: "1.", className: "" },
] as const;

/**
 * A small rich-text editor for email bodies: a contenteditable textbox with bold, italic, lists and links, and a
 * helper that shows the variables' values and inserts them at the caret. What it reports is reduced to simple formatting; the API sanitizes
 * it again on save.
 */
export function EmailBodyEditor({ initialHtml, onChange, variables }: EmailBodyEditorProps) {
  const editor = useRef<HTMLDivElement>(null);
  const savedRange = useRef<Range | null>(null);
  const [linkUrl, setLinkUrl] = useState<string | null>(null);
  const linkId = useId();

  useEffect(() => {
    const element = editor.current;
    if (element) element.replaceChildren(editorFragment(initialHtml, document));
  }, [initialHtml]);

  const report = () => {
    if (editor.current) onChange(cleanEditorHtml(editor.current.innerHTML, document));
  };

  const rememberSelection = () => {
    const selection = document.getSelection();
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    if (range && editor.current?.contains(range.commonAncestorContainer))
      savedRange.current = range.cloneRange();
  };

  const restoreSelection = () => {
    editor.current?.focus();
    const range = savedRange.current;
    const selection = document.getSelection();
    if (range && selection) {
      selection.removeAllRanges();
      selection.addRange(range);
    }
  };

  const run = (command: string, value?: string) => {
    restoreSelection();
    document.execCommand(command, false, value);
    rememberSelection();
    report();
  };

  return (
    <div className="space-y-1">
      <div role="toolbar" aria-label="Formatting" className="flex flex-wrap items-center gap-1">
        {TOOLBAR.map((tool) => (
          <button
            key={tool.command}
            type="button"
            aria-label={tool.label}
            title={tool.label}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => run(tool.command)}
            className={`min-w-7 rounded border border-slate-300 bg-white px-1.5 py-0.5 text-sm hover:bg-slate-100 ${tool.className} ${FOCUS_RING}`}
          >
            {tool.glyph}
          </button>
        ))}
        <button
          type="button"
          aria-label="Link"
          title="Link"
          aria-expanded={linkUrl !== null}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => setLinkUrl((url) => (url === null ? "https://" : null))}
          className={`rounded border border-slate-300 bg-white px-1.5 py-0.5 text-sm underline hover:bg-slate-100 ${FOCUS_RING}`}
        >
          Link
        </button>
      </div>
      {linkUrl !== null ? (
        <div className="flex items-end gap-1">
          <label htmlFor={linkId} className="text-xs font-medium text-slate-700">
            Link URL
          </label>
          <input
            id={linkId}
            value={linkUrl}
            onChange={(event) => setLinkUrl(event.target.value)}
            className={`${INPUT_CLASSES} mt-0 flex-1`}
          />
          <Button
            disabled={!isSafeLink(linkUrl)}
            onClick={() => {
              run("createLink", linkUrl.trim());
              setLinkUrl(null);
            }}
          >
            Apply link
          </Button>
        </div>
      ) : null}
      {/* biome-ignore lint/a11y/useSemanticElements: a rich-text editor is a contenteditable textbox, not a textarea */}
      <div
        ref={editor}
        role="textbox"
        aria-label="Body"
        aria-multiline="true"
        tabIndex={0}
        contentEditable
        suppressContentEditableWarning
        onInput={report}
        onKeyUp={rememberSelection}
        onMouseUp={rememberSelection}
        onBlur={rememberSelection}
        className={`prose-email min-h-32 rounded border border-slate-400 bg-white px-2 py-1.5 text-sm [&_a]:text-sky-800 [&_a]:underline [&_ol]:list-decimal [&_ol]:pl-5 [&_p]:my-1 [&_ul]:list-disc [&_ul]:pl-5 ${FOCUS_RING}`}
      />
      <VariablesPreview
        variables={variables}
        onInsert={(token) => run("insertText", token)}
        insertTarget="the body"
      />
    </div>
  );
}
