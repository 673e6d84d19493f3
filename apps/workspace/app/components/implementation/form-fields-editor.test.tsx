import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { useState } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { contentProblems } from "../../lib/implementation/content-problems";
import { type EditableFormField, fromEditable, toEditable } from "../../lib/implementation/editable-content";
import { FormFieldsEditor } from "./form-fields-editor";

afterEach(cleanup);

const stored = toEditable({
  type: "form",
  title: "Kickoff",
  instructions: "",
  fields: [
    { key: "team_size", label: "Team size", kind: "number", required: true, options: [], helpText: null },
    { key: "region", label: "Region", kind: "select", required: false, options: ["EMEA"], helpText: null },
  ],
});
if (stored.type !== "form") throw new Error("expected a form");

let latest: EditableFormField[] = [];

function Harness() {
  const [fields, setFields] = useState(stored.type === "form" ? stored.fields : []);
  latest = fields;
  const problems = contentProblems({ type: "form", title: "", instructions: "", fields });
  return <FormFieldsEditor fields={fields} problems={problems} onChange={setFields} />;
}

const saved = () => {
  const content = fromEditable({ type: "form", title: "", instructions: "", fields: latest });
  return content.type === "form" ? content.fields : [];
};

describe("FormFieldsEditor", () => {
  it("adds a field whose key follows its label, unique among the stored keys", () => {
    render(<Harness />);
    fireEvent.click(screen.getByRole("button", { name: "+ Add field" }));
    const added = screen.getByRole("group", { name: "Field 3: untitled" });
    expect(within(added).getByText("A field needs a label.")).toBeTruthy();
    fireEvent.change(within(added).getByLabelText("Label"), { target: { value: "Région" } });
    const renamed = screen.getByRole("group", { name: "Field 3: Région" });
    expect(within(renamed).getByText("region_2")).toBeTruthy();
    fireEvent.change(within(renamed).getByLabelText("Kind"), { target: { value: "checkbox" } });
    fireEvent.click(within(renamed).getByLabelText("Required"));
    expect(saved().map((field) => [field.key, field.kind, field.required])).toEqual([
      ["team_size", "number", true],
      ["region", "select", false],
      ["region_2", "checkbox", false],
    ]);
  });

  it("edits options only for select fields, one per line", () => {
    render(<Harness />);
    const region = screen.getByRole("group", { name: "Field 2: Region" });
    fireEvent.change(within(region).getByLabelText("Options (one per line)"), {
      target: { value: "EMEA\n\nAMER \n" },
    });
    expect(saved()[1]?.options).toEqual(["EMEA", "AMER"]);
    fireEvent.change(within(region).getByLabelText("Options (one per line)"), { target: { value: "" } });
    expect(within(region).getByText("A select field needs at least one option.")).toBeTruthy();
    expect(
      within(screen.getByRole("group", { name: "Field 1: Team size" })).queryByLabelText(/Options/),
    ).toBeNull();
  });

  it("moves fields up and down, keeping their keys, and removes them", () => {
    render(<Harness />);
    expect((screen.getByRole("button", { name: "Move Team size up" }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    fireEvent.click(screen.getByRole("button", { name: "Move Team size down" }));
    expect(saved().map((field) => field.key)).toEqual(["region", "team_size"]);
    expect(screen.getByRole("group", { name: "Field 1: Region" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Move Team size up" }));
    expect(saved().map((field) => field.key)).toEqual(["team_size", "region"]);
    fireEvent.click(screen.getByRole("button", { name: "Remove Region" }));
    expect(saved().map((field) => field.key)).toEqual(["team_size"]);
    expect(screen.queryByRole("group", { name: /Region/ })).toBeNull();
  });
});
