import { useMutation } from "@tanstack/react-query";
import { ACTION_TYPES, type AccountId, type ActionType, type MilestoneId } from "@trellis/domain";
import { useState } from "react";
import { contentProblems } from "../../lib/implementation/content-problems";
import { type EditableContent, emptyContent, fromEditable } from "../../lib/implementation/editable-content";
import { useTRPC } from "../../lib/trpc";
import { ACTION_TYPE_LABELS } from "../action-type-labels";
import { CommandDialog } from "./command-dialog";
import { ContentFields } from "./content-fields";
import { INPUT_CLASSES, TextAreaField, TextField } from "./field";
import { useRefreshAfterCommand } from "./use-refresh-after-command";

interface AddCustomActionDialogProps {
  readonly accountId: AccountId;
  readonly milestone: { readonly id: MilestoneId; readonly name: string };
  readonly onClose: () => void;
}

/**
 * Adds an action to a milestone. It starts at once (a manual trigger): with content written here it is ready for
 * review; without, a draft is generated for it.
 */
export function AddCustomActionDialog({ accountId, milestone, onClose }: AddCustomActionDialogProps) {
  const trpc = useTRPC();
  const refresh = useRefreshAfterCommand();
  const [type, setType] = useState<ActionType>("email");
  const [name, setName] = useState("");
  const [purpose, setPurpose] = useState("");
  const [dueAfterHours, setDueAfterHours] = useState("");
  const [content, setContent] = useState<EditableContent | null>(null);
  const create = useMutation(
    trpc.actions.createCustom.mutationOptions({
      onSuccess: async () => {
        await refresh();
        onClose();
      },
    }),
  );
  const hours = dueAfterHours.trim() === "" ? null : Number(dueAfterHours);
  return (
    <CommandDialog
      title="Add custom action"
      confirmLabel="Add action"
      pending={create.isPending}
      error={create.error}
      confirmDisabled={
        name.trim() === "" || (content !== null && Object.keys(contentProblems(content)).length > 0)
      }
      onSubmit={() =>
        create.mutate({
          accountId,
          milestoneId: milestone.id,
          type,
          name,
          purpose,
          trigger: { type: "manual" },
          blocker: false,
          dueAfterHours: hours,
          content: content ? fromEditable(content) : null,
        })
      }
      onClose={onClose}
    >
      <p className="text-slate-700">
        To the milestone <strong>{milestone.name}</strong>.
      </p>
      <label className="block text-xs font-medium text-slate-700">
        Type
        <select
          value={type}
          onChange={(event) => {
            const next = ACTION_TYPES.find((candidate) => candidate === event.target.value) ?? "email";
            setType(next);
            setContent((current) => (current ? emptyContent(next) : null));
          }}
          className={INPUT_CLASSES}
        >
          {ACTION_TYPES.map((candidate) => (
            <option key={candidate} value={candidate}>
              {ACTION_TYPE_LABELS[candidate]}
            </option>
          ))}
        </select>
      </label>
      <TextField label="Name" required value={name} onChange={(event) => setName(event.target.value)} />
      <TextAreaField
        label="Purpose"
        rows={2}
        value={purpose}
        onChange={(event) => setPurpose(event.target.value)}
      />
      <TextField
        label="Due in (hours, optional)"
        type="number"
        min={0}
        value={dueAfterHours}
        onChange={(event) => setDueAfterHours(event.target.value)}
      />
      <label className="flex items-center gap-2 text-xs font-medium text-slate-700">
        <input
          type="checkbox"
          checked={content !== null}
          onChange={(event) => setContent(event.target.checked ? emptyContent(type) : null)}
        />
        Write the content now (otherwise a draft is generated)
      </label>
      {content ? (
        <ContentFields
          key={type}
          content={content}
          initialBodyHtml=""
          problems={contentProblems(content)}
          variables={[]}
          onChange={setContent}
        />
      ) : null}
    </CommandDialog>
  );
}
