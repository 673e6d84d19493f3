import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { useState } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { contentProblems } from "../../lib/implementation/content-problems";
import { type EditableDocument, fromEditable, toEditable } from "../../lib/implementation/editable-content";
import { RequestedDocumentsEditor } from "./requested-documents-editor";

afterEach(cleanup);

const stored = toEditable({
  type: "document",
  title: "Security review",
  instructions: "",
  documents: [
    {
      key: "questionnaire",
      name: "Security questionnaire",
      description: null,
      acceptedTypes: [".pdf"],
      required: true,
      maxSizeBytes: 20 * 1024 * 1024,
    },
  ],
});

let latest: EditableDocument[] = [];

function Harness() {
  const [documents, setDocuments] = useState(stored.type === "document" ? stored.documents : []);
  latest = documents;
  const problems = contentProblems({ type: "document", title: "", instructions: "", documents });
  return <RequestedDocumentsEditor documents={documents} problems={problems} onChange={setDocuments} />;
}

const saved = () => {
  const content = fromEditable({ type: "document", title: "", instructions: "", documents: latest });
  return content.type === "document" ? content.documents : [];
};

describe("RequestedDocumentsEditor", () => {
  it("adds a document with defaults (required, .pdf, 20 MB) and a key from its name", () => {
    render(<Harness />);
    fireEvent.click(screen.getByRole("button", { name: "+ Add document" }));
    const added = screen.getByRole("group", { name: "Document 2: untitled" });
    expect((within(added).getByLabelText("Max size (MB)") as HTMLInputElement).value).toBe("20");
    fireEvent.change(within(added).getByLabelText("Name"), { target: { value: "Signed DPA" } });
    fireEvent.change(within(added).getByLabelText("Description"), { target: { value: "Countersigned" } });
    fireEvent.change(within(added).getByLabelText("Accepted types"), { target: { value: ".pdf, DOCX" } });
    fireEvent.change(within(added).getByLabelText("Max size (MB)"), { target: { value: "5" } });
    expect(saved()[1]).toEqual({
      key: "signed_dpa",
      name: "Signed DPA",
      description: "Countersigned",
      acceptedTypes: [".pdf", ".docx"],
      required: true,
      maxSizeBytes: 5 * 1024 * 1024,
    });
  });

  it("shows what is wrong with the accepted types and the size, tied to their inputs", () => {
    render(<Harness />);
    const document = screen.getByRole("group", { name: "Document 1: Security questionnaire" });
    const types = within(document).getByLabelText("Accepted types");
    fireEvent.change(types, { target: { value: ".pdf, word file" } });
    expect(types.getAttribute("aria-invalid")).toBe("true");
    const message = within(document).getByText(/Not a file extension: word file/);
    expect(types.getAttribute("aria-describedby")).toBe(message.id);
    fireEvent.change(within(document).getByLabelText("Max size (MB)"), { target: { value: "500" } });
    expect(within(document).getByText(/at most 100/)).toBeTruthy();
  });

  it("reorders and removes documents", () => {
    render(<Harness />);
    fireEvent.click(screen.getByRole("button", { name: "+ Add document" }));
    fireEvent.change(
      screen.getByRole("group", { name: "Document 2: untitled" }).querySelector("input") as HTMLElement,
      {
        target: { value: "Logo" },
      },
    );
    fireEvent.click(screen.getByRole("button", { name: "Move Logo up" }));
    expect(saved().map((document) => document.key)).toEqual(["logo", "questionnaire"]);
    fireEvent.click(screen.getByRole("button", { name: "Remove Security questionnaire" }));
    expect(saved().map((document) => document.key)).toEqual(["logo"]);
  });
});
