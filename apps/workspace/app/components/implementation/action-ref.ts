import type { ActionId } from "@trellis/domain";

/** What a command dialog needs to know of its action. */
export interface ActionRef {
  readonly id: ActionId;
  readonly name: string;
}

/** The props of every command dialog. */
export interface CommandDialogOf {
  readonly action: ActionRef;
  readonly onClose: () => void;
}
