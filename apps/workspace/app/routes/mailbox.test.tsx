import { cleanup, render, screen, within } from "@testing-library/react";
import { createRoutesStub, RouterContextProvider } from "react-router";
import { afterEach, describe, expect, it } from "vitest";
import { apiContext } from "../lib/api-context.server";
import { fakeApi, type ProcedureAnswers } from "../lib/testing/fake-api";
import Mailbox, { loader as mailboxLoader } from "./mailbox";
import MailboxMessage, { loader as messageLoader } from "./mailbox-message";

const summary = {
  id: "msg_01JD3ZQ0000000000000000001",
  messageId: "<m1@trellis.test>",
  outboxId: null,
  from: "Dana <dana@northwind.test>",
  to: ["ana@aster.test", "ops@aster.test"],
  cc: ["cfo@aster.test"],
  bcc: [],
  subject: "Welcome to Northwind",
  createdAt: "2025-03-01T09:00:00.000Z",
};

function renderMailbox(url: string, answers: ProcedureAnswers) {
  const api = fakeApi(answers);
  const context = new RouterContextProvider();
  context.set(apiContext, api.client);
  const Stub = createRoutesStub(
    [
      { path: "/mailbox", Component: Mailbox, loader: mailboxLoader, HydrateFallback: () => null },
      {
        path: "/mailbox/:messageId",
        Component: MailboxMessage,
        // The stub's params are untyped; the route module's loader expects its own.
        loader: (args) => messageLoader({ ...args, params: { messageId: String(args.params.messageId) } }),
        HydrateFallback: () => null,
      },
    ],
    context,
  );
  render(<Stub initialEntries={[url]} future={{ v8_middleware: true }} />);
  return api;
}

afterEach(cleanup);

describe("/mailbox", () => {
  it("lists messages with subject, recipients and time, each linking to the message, and pages on", async () => {
    const api = renderMailbox("/mailbox", {
      "mailbox.list": () => ({ messages: [summary], nextCursor: "older-1" }),
    });
    const link = await screen.findByRole("link", { name: "Welcome to Northwind" });
    expect(link.getAttribute("href")).toBe(`/mailbox/${summary.id}`);
    const row = screen.getAllByRole("row")[1] as HTMLElement;
    expect(within(row).getByText("ana@aster.test, ops@aster.test")).toBeTruthy();
    expect(within(row).getByText(/Mar 1, 2025/)).toBeTruthy();
    expect(screen.getByRole("link", { name: "Older messages" }).getAttribute("href")).toBe(
      "/mailbox?cursor=older-1",
    );
    expect(api.calls[0]).toMatchObject({ path: "mailbox.list", input: { limit: 25, cursor: null } });
  });

  it("says when the mailbox is empty", async () => {
    renderMailbox("/mailbox", { "mailbox.list": () => ({ messages: [], nextCursor: null }) });
    expect(await screen.findByText("No messages yet")).toBeTruthy();
  });
});

describe("/mailbox/:messageId", () => {
  it("shows the headers and the sanitized body in a sandboxed iframe", async () => {
    const api = renderMailbox(`/mailbox/${summary.id}`, {
      "mailbox.get": () => ({
        ...summary,
        html: '<p>Hi <b>Ana</b></p><script>alert("x")</script><img src=x onerror=alert(1)><a href="javascript:alert(2)">go</a>',
        text: "Hi Ana",
      }),
    });
    expect(await screen.findByRole("heading", { name: "Welcome to Northwind" })).toBeTruthy();
    expect(screen.getByText("Dana <dana@northwind.test>")).toBeTruthy();
    expect(screen.getByText("cfo@aster.test")).toBeTruthy();
    const frame = screen.getByTitle("Message body") as HTMLIFrameElement;
    expect(frame.getAttribute("sandbox")).toBe("");
    const srcdoc = frame.getAttribute("srcdoc") ?? "";
    expect(srcdoc).toContain("<p>Hi <b>Ana</b></p>");
    expect(srcdoc).not.toMatch(/<script|onerror|javascript:/i);
    expect(api.calls[0]).toMatchObject({ path: "mailbox.get", input: { id: summary.id } });
  });
});
