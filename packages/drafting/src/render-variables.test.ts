import type { ActionContent, EmailContent } from "@trellis/domain";
import { describe, expect, it } from "vitest";
import { listVariables, renderVariables, type VariableValues } from "./render-variables.js";

const VALUES: VariableValues = {
  "contact.first_name": "Ana",
  "contact.last_name": "Silva",
  "contact.email": "ana@acme.com",
  "account.name": "Acme Corp",
  "agent.name": "Sam Carter",
  "agent.email": "sam@trellis.dev",
  "milestone.name": "Kickoff",
  "action.due_date": "Monday, February 2, 2026",
  "account.plan_name": "Enterprise",
  "contact.region": "EMEA",
};

const email = (overrides: Partial<EmailContent> = {}): EmailContent => ({
  type: "email",
  subject: "",
  bodyHtml: "",
  to: [],
  cc: [],
  bcc: [],
  ...overrides,
});

describe("renderVariables", () => {
  it.each<[string, ActionContent, ActionContent]>([
    [
      "email subject, body and recipients",
      email({
        subject: "Welcome, {{contact.first_name}} {{contact.last_name}}",
        bodyHtml: "<p>Hi {{ contact.first_name }},</p><p>{{agent.name}} ({{agent.email}})</p>",
        to: ["{{contact.email}}"],
        cc: ["{{agent.email}}"],
        bcc: ["audit@trellis.dev"],
      }),
      email({
        subject: "Welcome, Ana Silva",
        bodyHtml: "<p>Hi Ana,</p><p>Sam Carter (sam@trellis.dev)</p>",
        to: ["ana@acme.com"],
        cc: ["sam@trellis.dev"],
        bcc: ["audit@trellis.dev"],
      }),
    ],
    [
      "custom fields of the account and the contact",
      email({ subject: "{{account.plan_name}} plan for {{account.name}} ({{contact.region}})" }),
      email({ subject: "Enterprise plan for Acme Corp (EMEA)" }),
    ],
    [
      "due date and milestone",
      email({ subject: "{{milestone.name}}: due {{action.due_date}}" }),
      email({ subject: "Kickoff: due Monday, February 2, 2026" }),
    ],
    [
      "form title, instructions, labels, options and help texts",
      {
        type: "form",
        title: "{{account.name}} questionnaire",
        instructions: "Hi {{contact.first_name}}, due {{action.due_date}}.",
        fields: [
          {
            key: "region",
            label: "Region of {{account.name}}",
            kind: "select",
            required: true,
            options: ["{{contact.region}}", "Other"],
            helpText: "Ask {{agent.name}}",
          },
        ],
      },
      {
        type: "form",
        title: "Acme Corp questionnaire",
        instructions: "Hi Ana, due Monday, February 2, 2026.",
        fields: [
          {
            key: "region",
            label: "Region of Acme Corp",
            kind: "select",
            required: true,
            options: ["EMEA", "Other"],
            helpText: "Ask Sam Carter",
          },
        ],
      },
    ],
    [
      "document title, instructions, names and descriptions",
      {
        type: "document",
        title: "Documents for {{account.name}}",
        instructions: "Upload by {{action.due_date}}",
        documents: [
          {
            key: "dpa",
            name: "{{account.name}} DPA",
            description: "Signed by {{contact.first_name}}",
            acceptedTypes: [".pdf"],
            required: true,
            maxSizeBytes: 1_000,
          },
        ],
      },
      {
        type: "document",
        title: "Documents for Acme Corp",
        instructions: "Upload by Monday, February 2, 2026",
        documents: [
          {
            key: "dpa",
            name: "Acme Corp DPA",
            description: "Signed by Ana",
            acceptedTypes: [".pdf"],
            required: true,
            maxSizeBytes: 1_000,
          },
        ],
      },
    ],
    [
      "meeting title and agenda",
      {
        type: "meeting",
        title: "Kickoff with {{account.name}}",
        agenda: "Goals of {{contact.first_name}}\nNext steps",
        durationMinutes: 30,
        schedulingLink: null,
        proposedSlots: [],
      },
      {
        type: "meeting",
        title: "Kickoff with Acme Corp",
        agenda: "Goals of Ana\nNext steps",
        durationMinutes: 30,
        schedulingLink: null,
        proposedSlots: [],
      },
    ],
    [
      "slack message",
      { type: "slack", channel: "#acme", message: "Hi {{account.name}} team, I'm {{agent.name}}" },
      { type: "slack", channel: "#acme", message: "Hi Acme Corp team, I'm Sam Carter" },
    ],
    [
      "manual description",
      { type: "manual", description: "Call {{contact.first_name}} at {{account.name}}" },
      { type: "manual", description: "Call Ana at Acme Corp" },
    ],
    ["content without variables, unchanged", email({ subject: "Hello" }), email({ subject: "Hello" })],
  ])("renders %s", (_, content, expected) => {
    expect(renderVariables(content, VALUES)).toEqual({ ok: true, content: expected });
  });

  it.each<[string, ActionContent, VariableValues, string[]]>([
    ["an unknown variable", email({ subject: "{{account.tier}}" }), VALUES, ["account.tier"]],
    [
      "every unresolved variable, deduplicated, in reading order",
      email({
        subject: "{{account.tier}} and {{contact.nickname}}",
        bodyHtml: "<p>{{contact.nickname}} {{account.owner}} {{account.tier}}</p>",
        to: ["{{contact.backup_email}}"],
      }),
      VALUES,
      ["account.tier", "contact.nickname", "account.owner", "contact.backup_email"],
    ],
    ["a value that is missing", email({ subject: "Due {{action.due_date}}" }), {}, ["action.due_date"]],
    [
      "a blank value",
      email({ subject: "Hi {{contact.last_name}}" }),
      { "contact.last_name": "  " },
      ["contact.last_name"],
    ],
    ["a malformed name", email({ subject: "Hi {{Contact.First_Name}}" }), VALUES, ["Contact.First_Name"]],
    ["an empty variable", email({ subject: "Hi {{}}" }), VALUES, [""]],
    ["an inherited property name", email({ subject: "{{constructor.name}}" }), VALUES, ["constructor.name"]],
  ])("reports %s", (_, content, values, unresolved) => {
    expect(renderVariables(content, values)).toEqual({ ok: false, unresolved });
  });

  it("HTML-escapes values substituted into the email body, and only there", () => {
    const hostile = { ...VALUES, "contact.first_name": `<script>alert("x")</script> & 'co'` };
    const result = renderVariables(
      email({
        subject: "Hi {{contact.first_name}}",
        bodyHtml: '<p title="{{contact.first_name}}">Hi {{contact.first_name}}</p>',
      }),
      hostile,
    );
    if (!result.ok) throw new Error("expected a rendered email");
    const escaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;";
    expect(result.content.bodyHtml).toBe(`<p title="${escaped}">Hi ${escaped}</p>`);
    expect(result.content.subject).toBe(`Hi <script>alert("x")</script> & 'co'`);
  });

  it("escapes Slack control sequences in substituted values", () => {
    const result = renderVariables(
      { type: "slack", channel: "#acme", message: "Hi {{contact.first_name}}" },
      { "contact.first_name": "<!channel> & co" },
    );
    expect(result).toEqual({
      ok: true,
      content: { type: "slack", channel: "#acme", message: "Hi &lt;!channel&gt; &amp; co" },
    });
  });

  it("does not substitute into values: a value that looks like a variable stays literal", () => {
    const result = renderVariables(email({ subject: "{{contact.first_name}}" }), {
      "contact.first_name": "{{agent.email}}",
    });
    expect(result).toEqual({ ok: true, content: email({ subject: "{{agent.email}}" }) });
  });

  it("leaves keys, kinds, file types and slots alone", () => {
    const content: ActionContent = {
      type: "meeting",
      title: "Call",
      agenda: "Goals",
      durationMinutes: 30,
      schedulingLink: "https://cal.example.com/sam",
      proposedSlots: ["2026-02-02T09:00:00.000Z"],
    };
    expect(renderVariables(content, {})).toEqual({ ok: true, content });
  });
});

describe("listVariables", () => {
  it.each<[string, ActionContent, string[]]>([
    ["none", email({ subject: "Hello" }), []],
    [
      "in reading order, deduplicated",
      email({
        subject: "{{account.name}}",
        bodyHtml: "<p>{{contact.first_name}} {{account.name}}</p><p>{{agent.name}}</p>",
        to: ["{{contact.email}}"],
      }),
      ["account.name", "contact.first_name", "agent.name", "contact.email"],
    ],
    [
      "with whitespace inside the braces",
      email({ subject: "{{  contact.first_name  }}" }),
      ["contact.first_name"],
    ],
    [
      "in form labels and options",
      {
        type: "form",
        title: "",
        instructions: "",
        fields: [
          {
            key: "a",
            label: "{{account.name}}",
            kind: "select",
            required: true,
            options: ["{{contact.region}}"],
            helpText: null,
          },
        ],
      },
      ["account.name", "contact.region"],
    ],
  ])("lists %s", (_, content, names) => {
    expect(listVariables(content)).toEqual(names);
  });
});
