import { describe, expect, it } from "vitest";
import { describeVariable, variableToken } from "./template-variables";

describe("template variables", () => {
  it("describes built-ins, custom fields and unknown names", () => {
    expect(describeVariable("contact.first_name")).toBe("the primary contact's first name");
    expect(describeVariable("account.plan_name")).toBe("custom field of the account");
    expect(describeVariable("contact.region")).toBe("custom field of the primary contact");
    expect(describeVariable("deal.stage")).toBe("unknown variable");
  });

  it("writes a variable as its token", () => {
    expect(variableToken("account.name")).toBe("{{account.name}}");
  });
});
