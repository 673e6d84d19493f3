import { ACTION_TYPES, type ActionType, contentSchemaFor } from "@trellis/domain";
import { describe, expect, it } from "vitest";
import { lintDraft } from "./lint-draft.js";
import { createOfflineProvider, offlineDraftContent } from "./offline-provider.js";
import { renderVariables } from "./render-variables.js";
import { BRIEFS, context, NOW, primaryContact, requestFor } from "./testing/fixtures.js";
import { variableContextFrom } from "./variable-context.js";

const provider = createOfflineProvider();
const LINT = { accountDomains: ["acme.com"] };
const INSTRUCTIONS = [null, "Make it more casual", "Add urgency", "Make it shorter", "Mention the SSO setup"];

async function draftContent<T extends ActionType>(type: T, instructions: string | null = null) {
  const result = await provider.draft(requestFor(BRIEFS[type], { instructions }));
  if (!result.ok) throw new Error(result.error.message);
  return result.content;
}

describe("offline provider", () => {
  describe.each(ACTION_TYPES)("%s", (type) => {
    it.each(INSTRUCTIONS)(
      "writes schema-valid, lint-clean content (instructions: %s)",
      async (instructions) => {
        const result = await provider.draft(requestFor(BRIEFS[type], { instructions }));
        expect(result).toMatchObject({ ok: true, provider: "offline", model: null });
        if (!result.ok) return;
        expect(result.content.type).toBe(type);
        expect(contentSchemaFor(type).safeParse(result.content).success).toBe(true);
        expect(lintDraft(result.content, LINT)).toEqual([]);
      },
    );

    it("renders completely with a complete context", async () => {
      const content = await draftContent(type);
      const values = variableContextFrom({
        account: context.account,
        contact: primaryContact,
        agent: context.agent,
        milestone: context.milestone,
      });
      expect(renderVariables(content, values).ok).toBe(true);
    });

    it("is deterministic: the same request gives the same content", async () => {
      expect(await draftContent(type, "Add urgency")).toEqual(await draftContent(type, "Add urgency"));
      expect(await draftContent(type)).toEqual(await draftContent(type));
    });

    it("changes the draft when the agent gives instructions", async () => {
      const first = await draftContent(type);
      expect(await draftContent(type, "Add urgency")).not.toEqual(first);
      expect(await draftContent(type, "Mention the SSO setup")).not.toEqual(first);
    });
  });

  it("writes a welcome email addressed through variables and signed by the agent", async () => {
    const email = await draftContent("email");
    expect(email.subject).toBe("Welcome aboard, {{account.name}}");
    expect(email.bodyHtml.startsWith("<p>Hi {{contact.first_name}},</p>")).toBe(true);
    expect(email.bodyHtml).toContain(
      "I'm writing to welcome you, introduce your CSM and propose a kickoff call.",
    );
    expect(email.bodyHtml).toContain("{{milestone.name}}");
    expect(email.bodyHtml.endsWith("<p>Best regards,<br>{{agent.name}}</p>")).toBe(true);
    expect(email.to).toEqual(["{{contact.email}}"]);
  });

  it.each([
    ["Make it more casual", "<p>Hey {{contact.first_name}}!</p>", "Cheers,"],
    ["Please be more formal", "<p>Dear {{contact.first_name}},</p>", "Kind regards,"],
  ])("restyles the greeting and sign-off for %s", async (instructions, greeting, signOff) => {
    const email = await draftContent("email", instructions);
    expect(email.bodyHtml.startsWith(greeting)).toBe(true);
    expect(email.bodyHtml).toContain(signOff);
  });

  it("adds an urgent line and subject for urgency, and a paragraph for other instructions", async () => {
    const urgent = await draftContent("email", "Add urgency");
    expect(urgent.subject).toMatch(/^Action needed: /);
    expect(urgent.bodyHtml).toContain("<strong>This is time-sensitive");
    const other = await draftContent("email", "Mention the SSO setup");
    expect(other.bodyHtml).toContain("<p>Mention the SSO setup.</p>");
  });

  it("escapes the brief's text in HTML", async () => {
    const result = await provider.draft(
      requestFor(
        { ...BRIEFS.email, purpose: "Share the <b>plan</b> & timeline" },
        { instructions: "<script>" },
      ),
    );
    expect(result.ok && result.content.type === "email" && result.content.bodyHtml).toContain(
      "I'm writing to share the &lt;b&gt;plan&lt;/b&gt; &amp; timeline.",
    );
    expect(result.ok && result.content.type === "email" && result.content.bodyHtml).not.toContain("<script>");
  });

  it("leaves To empty when the account has no contacts, which the linter then flags", async () => {
    const result = await provider.draft(requestFor(BRIEFS.email, { context: { ...context, contacts: [] } }));
    if (!result.ok || result.content.type !== "email") throw new Error("expected an email");
    expect(result.content.to).toEqual([]);
    expect(lintDraft(result.content, LINT).map((p) => p.code)).toEqual(["empty_required"]);
  });

  it("chooses form fields from what the brief asks to learn", async () => {
    const form = await draftContent("form");
    expect(form.fields.map((f) => f.key)).toEqual([
      "team_size",
      "main_use_case",
      "target_go_live",
      "anything_else",
    ]);
    const feedback = await provider.draft(
      requestFor({
        ...BRIEFS.form,
        name: "Onboarding feedback",
        purpose: "Ask how onboarding went (NPS 0–10).",
      }),
    );
    if (!feedback.ok || feedback.content.type !== "form") throw new Error("expected a form");
    expect(feedback.content.fields[0]).toMatchObject({ key: "nps_score", kind: "select", required: true });
    expect(feedback.content.fields[0]?.options).toHaveLength(11);
  });

  it("requests the documents the brief names", async () => {
    const document = await draftContent("document");
    expect(document.documents.map((d) => d.key)).toEqual([
      "security_questionnaire",
      "data_processing_agreement",
    ]);
  });

  it("proposes meeting slots on business days in the agent's working hours, from now", async () => {
    const meeting = await draftContent("meeting");
    // Friday 30 January 2026, 13:00 in Paris: the next business days at 10:00 Paris time (09:00 UTC).
    expect(meeting.proposedSlots).toEqual([
      "2026-02-02T09:00:00.000Z",
      "2026-02-03T09:00:00.000Z",
      "2026-02-04T09:00:00.000Z",
    ]);
    expect(meeting.agenda.split("\n")).toContain("Agree success criteria, timeline and owners");
    expect(meeting.durationMinutes).toBe(45);
  });

  it("posts to the account's configured Slack channel when it has one", async () => {
    const configured = requestFor(BRIEFS.slack, {
      context: {
        ...context,
        account: { ...context.account, customFields: { slack_channel: "acme-onboarding" } },
      },
    });
    const result = await provider.draft(configured);
    expect(result.ok && result.content.type === "slack" && result.content.channel).toBe("#acme-onboarding");
    expect((await draftContent("slack")).channel).toBe("#acme-corp");
  });

  it("names the account and milestone directly in a manual task, which is never sent", async () => {
    const manual = await draftContent("manual");
    expect(manual.description).toContain("Account: Acme Corp. Milestone: Kickoff.");
    expect(manual.description).not.toContain("{{");
  });

  describe("with the template's starting content", () => {
    const templateEmail = {
      type: "email" as const,
      subject: "Welcome to Trellis, {{account.name}}",
      bodyHtml:
        "<p>Hi {{contact.first_name}},</p><p>I'm {{agent.name}}, your customer success manager.</p>" +
        "<p>Best,<br>{{agent.name}}</p>",
      to: ["{{contact.email}}"],
      cc: ["sam@trellis.dev"],
      bcc: [],
    };

    it("keeps the template's content and variables as they are without instructions", async () => {
      const result = await provider.draft(requestFor({ ...BRIEFS.email, content: templateEmail }));
      expect(result).toMatchObject({ ok: true, content: templateEmail });
    });

    it("restyles the template's greeting, sign-off and urgency from instructions", async () => {
      const casual = offlineDraftContent(
        requestFor(
          { ...BRIEFS.email, content: templateEmail },
          { instructions: "casual please, and urgent" },
        ),
      );
      if (casual.type !== "email") throw new Error("expected an email");
      expect(casual.subject).toBe("Action needed: Welcome to Trellis, {{account.name}}");
      expect(casual.bodyHtml).toBe(
        "<p>Hey {{contact.first_name}}!</p>" +
          "<p><strong>This is time-sensitive, so I'd appreciate a reply as soon as you can.</strong></p>" +
          "<p>I'm {{agent.name}}, your customer success manager.</p><p>Cheers,<br>{{agent.name}}</p>",
      );
    });

    it("adds other instructions as a paragraph before the sign-off", async () => {
      const content = offlineDraftContent(
        requestFor({ ...BRIEFS.email, content: templateEmail }, { instructions: "Mention the SSO setup" }),
      );
      expect(content.type === "email" && content.bodyHtml).toContain(
        "<p>Mention the SSO setup.</p><p>Best,<br>{{agent.name}}</p>",
      );
    });

    it("replaces a template meeting's stale slots with fresh ones", async () => {
      const meeting = {
        type: "meeting" as const,
        title: "Kickoff",
        agenda: "Goals",
        durationMinutes: 30,
        schedulingLink: null,
        proposedSlots: ["2025-01-01T09:00:00.000Z"],
      };
      const content = offlineDraftContent(requestFor({ ...BRIEFS.meeting, content: meeting }));
      expect(content.type === "meeting" && content.proposedSlots).toHaveLength(3);
      expect(content.type === "meeting" && content.proposedSlots.every((slot) => slot > NOW)).toBe(true);
    });
  });

  it("reports a cancelled draft as a timeout", async () => {
    const controller = new AbortController();
    controller.abort();
    const result = await provider.draft(requestFor(BRIEFS.email), { signal: controller.signal });
    expect(result).toMatchObject({ ok: false, error: { code: "timeout", retryable: true } });
  });
});
