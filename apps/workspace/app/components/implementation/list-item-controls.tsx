import { type ReactNode, useId } from "react";
import { Button } from "../button";

interface ListItemControlsProps {
  /** How the item is named in the buttons' labels, e.g. "Team size" → "Move Team size up". */
  readonly name: string;
  readonly index: number;
  readonly count: number;
  readonly onMove: (offset: number) => void;
  readonly onRemove: () => void;
}

/** Move up, move down and remove buttons of one item of an edited list. */
export function ListItemControls({ name, index, count, onMove, onRemove }: ListItemControlsProps) {
  return (
    <div className="flex gap-1">
      <Button
        variant="ghost"
        aria-label={`Move ${name} up`}
        disabled={index === 0}
        onClick={() => onMove(-1)}
      >
        <span aria-hidden="true">↑</span>
      </Button>
      <Button
        variant="ghost"
        aria-label={`Move ${name} down`}
        disabled={index === count - 1}
        onClick={() => onMove(1)}
      >
        <span aria-hidden="true">↓</span>
      </Button>
      <Button variant="ghost" aria-label={`Remove ${name}`} onClick={onRemove}>
        <span aria-hidden="true">✕</span>
      </Button>
    </div>
  );
}

interface ListItemFieldsetProps extends ListItemControlsProps {
  /** The heading of the item, e.g. "Field 2: Team size". */
  readonly title: string;
  readonly children: ReactNode;
}

/** One item of an edited list (a form field, a requested document): a titled group with its list controls. */
export function ListItemFieldset({ title, children, ...controls }: ListItemFieldsetProps) {
  const titleId = useId();
  return (
    <fieldset aria-labelledby={titleId} className="space-y-1.5 rounded border border-slate-300 bg-white p-2">
      <div className="flex items-center justify-between gap-2">
        <span id={titleId} className="text-xs font-semibold text-slate-800">
          {title}
        </span>
        <ListItemControls {...controls} />
      </div>
      {children}
    </fieldset>
  );
}
