import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Modal } from "./modal";

afterEach(cleanup);

describe("Modal", () => {
  it("opens as a modal dialog named by its title", () => {
    render(
      <Modal open title="Execute action" onClose={() => {}}>
        This cannot be undone.
      </Modal>,
    );
    const dialog = screen.getByRole("dialog", { name: "Execute action" }) as HTMLDialogElement;
    expect(dialog.open).toBe(true);
    expect(dialog.textContent).toContain("This cannot be undone.");
  });

  it("asks to close on Escape (the dialog's cancel) and on the close button", () => {
    const onClose = vi.fn();
    render(
      <Modal open title="Regenerate" onClose={onClose}>
        Instructions
      </Modal>,
    );
    fireEvent(screen.getByRole("dialog"), new Event("cancel", { cancelable: true }));
    fireEvent.click(screen.getByRole("button", { name: "Close" }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it("stays closed while not open", () => {
    render(
      <Modal open={false} title="Hidden" onClose={() => {}}>
        Nothing
      </Modal>,
    );
    expect(screen.queryByRole("dialog")).toBeNull();
  });
});
