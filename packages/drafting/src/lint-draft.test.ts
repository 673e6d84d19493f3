import { type ActionContent, blockingProblems, type DraftProblem, type EmailContent } from "@trellis/domain";
import { describe, expect, it } from "vitest";
import { findPlaceholders } from "./find-placeholders.js";
import { type LintOptions, lintDraft } from "./lint-draft.js";

const OPTIONS: LintOptions = { accountDomains: ["acme.com"] };

const email = (overrides: Partial<EmailContent> = {}): EmailContent => ({
  type: "email",
  subject: "Welcome, {{contact.first_name}}",
  bodyHtml: "<p>Hi {{contact.first_name}},</p><p>Glad to have you.</p><p>Best,<br>{{agent.name}}</p>",
  to: ["{{contact.email}}"],
  cc: [],
  bcc: [],
  ...overrides,
});

/** The problems as compact tuples, easier to read in tables. */
const summary = (problems: DraftProblem[]) =>
  problems.map((p) => [p.code, p.severity, p.path, p.match] as const);

describe("findPlaceholders", () => {
  it.each([
    ["Dear [Customer Name],", ["[Customer Name]"]],
    ["Hello [CUSTOMER NAME]", ["[CUSTOMER NAME]"]],
    ["Hi [First Name / Last Name]", ["[First Name / Last Name]"]],
    ["Sent by [Your Name] from [Company]", ["[Your Name]", "[Company]"]],
    ["[Customer's Company] is live", ["[Customer's Company]"]],
    ["See [insert link here]", ["[insert link here]"]],
    ["Hi <insert name>,", ["<insert name>"]],
    ["Hi < Insert first name >", ["< Insert first name >"]],
    ["Dear <Customer Name>,", ["<Customer Name>"]],
    ["TODO: add pricing", ["TODO"]],
    ["Pricing FIXME", ["FIXME"]],
    ["Go-live date: TBD", ["TBD"]],
    ["Owner TBC", ["TBC"]],
    ["Lorem ipsum dolor sit amet", ["Lorem ipsum"]],
    ["Call XXX-XXXX", ["XXX", "XXXX"]],
    ["Amount: $xxx", ["xxx"]],
    ["[TODO] fix", ["[TODO]"]],
  ])("finds placeholders in %j", (text, expected) => {
    expect(findPlaceholders(text).map((m) => m.match)).toEqual(expected);
  });

  it.each([
    "Read [the docs](https://docs.trellis.dev) first",
    "Read [Docs](https://docs.trellis.dev) first",
    "[Setup Guide][1] and [1]: https://example.com",
    "- [x] Sign the contract\n- [ ] Kick off",
    "- [X] Done",
    "See footnote [1] and [2]",
    "Ticket [JIRA-123] is closed",
    "[Action Required] Please sign the order form",
    "[Reminder] Kickoff tomorrow",
    "[FYI] New release",
    "[Urgent] Payment failed",
    "Q3 goals [Q3]",
    "todo list for the week",
    "The to-do list is short",
    "Our XXL plan",
    "Express checkout",
    "Use <b>bold</b> sparingly",
    "Hi {{contact.first_name}}",
    "email@example.com <ana@acme.com>",
    "Rates: [in EUR]",
  ])("finds nothing in %j", (text) => {
    expect(findPlaceholders(text)).toEqual([]);
  });
});

describe("lintDraft", () => {
  it("finds nothing wrong with a complete draft", () => {
    expect(lintDraft(email(), OPTIONS)).toEqual([]);
  });

  it.each<[string, ActionContent, ReturnType<typeof summary>]>([
    [
      "placeholders in the subject and the body",
      email({ subject: "Welcome [Customer Name]", bodyHtml: "<p>TODO: write this</p>" }),
      [
        ["placeholder", "error", "subject", "[Customer Name]"],
        ["placeholder", "error", "bodyHtml", "TODO"],
      ],
    ],
    [
      "an escaped <insert …> placeholder typed into the rich-text body",
      email({ bodyHtml: "<p>Hi &lt;insert name&gt;,</p>" }),
      [["placeholder", "error", "bodyHtml", "<insert name>"]],
    ],
    [
      "lorem ipsum split by markup",
      email({ bodyHtml: "<p><em>Lorem</em> ipsum dolor</p>" }),
      [["placeholder", "error", "bodyHtml", "Lorem ipsum"]],
    ],
    [
      "an unknown variable",
      email({ subject: "Hi {{contact.nickname}}" }),
      [["unresolved_variable", "error", "subject", "{{contact.nickname}}"]],
    ],
    [
      "a malformed variable",
      email({ subject: "Hi {{Contact.FirstName}}" }),
      [["unresolved_variable", "error", "subject", "{{Contact.FirstName}}"]],
    ],
    [
      "an unclosed variable",
      email({ subject: "Hi {{contact.first_name" }),
      [["unresolved_variable", "error", "subject", "{{contact.first_name"]],
    ],
    [
      "the same problem twice in one part, once",
      email({ subject: "TODO TODO {{x.y}} {{x.y}}" }),
      [
        ["placeholder", "error", "subject", "TODO"],
        ["unresolved_variable", "error", "subject", "{{x.y}}"],
      ],
    ],
    [
      "empty subject, body and To",
      email({ subject: " ", bodyHtml: "<p>&nbsp;</p><p></p>", to: [] }),
      [
        ["empty_required", "error", "subject", null],
        ["empty_required", "error", "bodyHtml", null],
        ["empty_required", "error", "to", null],
      ],
    ],
    [
      "recipients outside the account's domains, as warnings",
      email({
        to: ["{{contact.email}}", "ana@gmail.com"],
        cc: ["ops@eu.acme.com"],
        bcc: ["x@acme.com.evil.io"],
      }),
      [
        ["recipient_outside_domains", "warning", "to[1]", "ana@gmail.com"],
        ["recipient_outside_domains", "warning", "bcc[0]", "x@acme.com.evil.io"],
      ],
    ],
    [
      "a placeholder in a form label and an option",
      {
        type: "form",
        title: "Questionnaire",
        instructions: "Please fill in.",
        fields: [
          { key: "a", label: "[Question]", kind: "select", required: true, options: ["TBD"], helpText: null },
        ],
      },
      [
        ["placeholder", "error", "fields[0].label", "[Question]"],
        ["placeholder", "error", "fields[0].options[0]", "TBD"],
      ],
    ],
    [
      "a form without title or fields",
      { type: "form", title: "", instructions: "", fields: [] },
      [
        ["empty_required", "error", "title", null],
        ["empty_required", "error", "fields", null],
      ],
    ],
    [
      "a document request without title or documents",
      { type: "document", title: " ", instructions: "", documents: [] },
      [
        ["empty_required", "error", "title", null],
        ["empty_required", "error", "documents", null],
      ],
    ],
    [
      "a placeholder in a requested document's description",
      {
        type: "document",
        title: "Security",
        instructions: "Upload.",
        documents: [
          {
            key: "q",
            name: "Questionnaire",
            description: "Due <insert date>",
            acceptedTypes: [".pdf"],
            required: true,
            maxSizeBytes: 1_000,
          },
        ],
      },
      [["placeholder", "error", "documents[0].description", "<insert date>"]],
    ],
    [
      "a meeting without a link or slots",
      {
        type: "meeting",
        title: "Kickoff",
        agenda: "",
        durationMinutes: 30,
        schedulingLink: null,
        proposedSlots: [],
      },
      [["empty_required", "error", "proposedSlots", null]],
    ],
    [
      "a meeting with only a scheduling link",
      {
        type: "meeting",
        title: "Kickoff",
        agenda: "Goals",
        durationMinutes: 30,
        schedulingLink: "https://cal.example.com/sam",
        proposedSlots: [],
      },
      [],
    ],
    [
      "a meeting without a title and a placeholder agenda",
      {
        type: "meeting",
        title: "",
        agenda: "Lorem ipsum",
        durationMinutes: 30,
        schedulingLink: null,
        proposedSlots: ["2026-02-02T09:00:00.000Z"],
      },
      [
        ["empty_required", "error", "title", null],
        ["placeholder", "error", "agenda", "Lorem ipsum"],
      ],
    ],
    [
      "an empty Slack message",
      { type: "slack", channel: "#acme", message: "  " },
      [["empty_required", "error", "message", null]],
    ],
    [
      "a Slack message with checkboxes and links",
      {
        type: "slack",
        channel: "#acme",
        message:
          "- [x] SSO\n- [ ] SCIM\nSee <https://docs.trellis.dev|the docs> or [Docs](https://docs.trellis.dev)",
      },
      [],
    ],
    [
      "an empty manual task",
      { type: "manual", description: "" },
      [["empty_required", "error", "description", null]],
    ],
    [
      "a manual task with XXX",
      { type: "manual", description: "Call XXX about the sandbox" },
      [["placeholder", "error", "description", "XXX"]],
    ],
  ])("reports %s", (_, content, expected) => {
    expect(summary(lintDraft(content, OPTIONS))).toEqual(expected);
  });

  it("gives each problem a readable message", () => {
    const [placeholder, variable, recipient] = lintDraft(
      email({ subject: "[Company] {{account.tier}}", to: ["ana@gmail.com"] }),
      OPTIONS,
    );
    expect(placeholder?.message).toBe("replace the placeholder text [Company]");
    expect(variable?.message).toBe("{{account.tier}} cannot be filled in: it is unknown or has no value");
    expect(recipient?.message).toBe("ana@gmail.com is outside the account's domains (acme.com)");
  });

  it("checks variables against the known set when given, instead of the built-ins", () => {
    const content = email({ subject: "{{account.plan_name}} for {{contact.first_name}}" });
    expect(summary(lintDraft(content, OPTIONS))).toEqual([
      ["unresolved_variable", "error", "subject", "{{account.plan_name}}"],
    ]);
    const known = ["account.plan_name", "contact.first_name", "contact.email", "agent.name"];
    expect(lintDraft(content, { ...OPTIONS, knownVariables: known })).toEqual([]);
    expect(summary(lintDraft(content, { ...OPTIONS, knownVariables: ["account.plan_name"] }))).toEqual([
      ["unresolved_variable", "error", "subject", "{{contact.first_name}}"],
      ["unresolved_variable", "error", "bodyHtml", "{{contact.first_name}}"],
      ["unresolved_variable", "error", "bodyHtml", "{{agent.name}}"],
      ["unresolved_variable", "error", "to[0]", "{{contact.email}}"],
    ]);
  });

  it("accepts the organization's own domains as recipients", () => {
    const content = email({ cc: ["sam@trellis.dev"] });
    expect(lintDraft(content, OPTIONS)).toHaveLength(1);
    expect(lintDraft(content, { ...OPTIONS, internalDomains: ["trellis.dev"] })).toEqual([]);
  });

  it("skips the domain check when the account has no domains", () => {
    expect(lintDraft(email({ to: ["ana@gmail.com"] }), { accountDomains: [] })).toEqual([]);
  });

  it("compares domains case-insensitively", () => {
    expect(lintDraft(email({ to: ["Ana@ACME.com"] }), { accountDomains: ["Acme.COM"] })).toEqual([]);
  });

  it("marks only warnings as non-blocking", () => {
    const problems = lintDraft(email({ subject: "TBD", to: ["ana@gmail.com"] }), OPTIONS);
    expect(blockingProblems(problems).map((p) => p.code)).toEqual(["placeholder"]);
  });
});
