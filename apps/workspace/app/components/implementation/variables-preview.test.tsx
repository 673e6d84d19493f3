import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { VariablesPreview } from "./variables-preview";

afterEach(cleanup);

const variables = [
  { name: "contact.first_name", value: "Ana" },
  { name: "account.tier", value: null },
];

describe("VariablesPreview", () => {
  it("shows each variable's value now, and warns about those without one", () => {
    render(<VariablesPreview variables={variables} />);
    expect(screen.getByText("Variables (1 without a value)")).toBeTruthy();
    const rows = screen.getAllByRole("row").slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      "{{contact.first_name}}Ana",
      "{{account.tier}}— no value",
    ]);
    expect(screen.queryByRole("button", { name: /Insert/ })).toBeNull();
  });

  it("inserts a variable's token when asked", () => {
    const onInsert = vi.fn();
    render(<VariablesPreview variables={variables} onInsert={onInsert} insertTarget="the body" />);
    fireEvent.click(screen.getByRole("button", { name: "Insert {{account.tier}}" }));
    expect(onInsert).toHaveBeenCalledWith("{{account.tier}}");
  });
});
