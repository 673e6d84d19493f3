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
