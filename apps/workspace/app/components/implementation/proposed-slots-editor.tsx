import { useId } from "react";
import type { ContentProblems } from "../../lib/implementation/content-problems";
import { removeItem, replaceItem } from "../../lib/implementation/ordered-list";
import { Button } from "../button";
import { INPUT_CLASSES } from "./field";
import { InputProblem, problemAttributes } from "./input-problem";

interface ProposedSlotsEditorProps {
  /** `datetime-local` values in the viewer's time zone (stored in UTC on save). */
  readonly slots: readonly string[];
  readonly problems: ContentProblems;
  readonly onChange: (slots: string[]) => void;
}

/** The start times a meeting proposes to the contact, in the viewer's time zone. */
export function ProposedSlotsEditor({ slots, problems, onChange }: ProposedSlotsEditorProps) {
  const id = useId();
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (
    <section aria-label="Proposed slots" className="space-y-1">
      <h3 className="text-xs font-semibold text-slate-700">
        Proposed slots <span className="font-normal text-slate-600">({zone})</span>
      </h3>
      {slots.length === 0 ? <p className="text-xs text-slate-600">No slots proposed.</p> : null}
      <ol className="space-y-1">
        {slots.map((slot, index) => {
          const problemId = `${id}-${index}`;
          const problem = problems[`proposedSlots.${index}`];
          return (
            <li key={index}>
              <div className="flex items-end gap-1">
                <label className="block flex-1 text-xs font-medium text-slate-700">
                  Slot {index + 1}
                  <input
                    type="datetime-local"
                    value={slot}
                    onChange={(event) => onChange(replaceItem(slots, index, event.target.value))}
                    className={INPUT_CLASSES}
                    {...problemAttributes(problemId, problem)}
                  />
                </label>
                <Button
                  variant="ghost"
                  aria-label={`Remove slot ${index + 1}`}
                  onClick={() => onChange(removeItem(slots, index))}
                >
                  <span aria-hidden="true">✕</span>
                </Button>
              </div>
              <InputProblem id={problemId} message={problem} />
            </li>
          );
        })}
      </ol>
      <Button onClick={() => onChange([...slots, ""])}>+ Add slot</Button>
    </section>
  );
}
