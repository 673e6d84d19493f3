import { describe, expect, it } from "vitest";
import { providerFromEnv } from "./provider-from-env.js";

describe("providerFromEnv", () => {
  it.each([
    ["no key", {}],
    ["an empty key", { OPENAI_API_KEY: "" }],
    ["a blank key", { OPENAI_API_KEY: "  " }],
  ])("chooses the offline provider with %s", (_, env) => {
    expect(providerFromEnv(env).name).toBe("offline");
  });

  it("chooses OpenAI when a key is set, with the configured model", () => {
    const provider = providerFromEnv({
      OPENAI_API_KEY: "sk-test",
      OPENAI_BASE_URL: "http://127.0.0.1:1/v1",
      OPENAI_MODEL: "llama3",
      OPENAI_TIMEOUT_MS: "5000",
      OPENAI_MAX_RETRIES: "0",
      OPENAI_MAX_CONCURRENCY: "2",
    });
    expect(provider.name).toBe("openai");
    expect("model" in provider && provider.model).toBe("llama3");
  });

  it("defaults the model", () => {
    const provider = providerFromEnv({ OPENAI_API_KEY: "sk-test" });
    expect("model" in provider && provider.model).toBe("gpt-4o-mini");
  });

  it.each([
    [{ OPENAI_TIMEOUT_MS: "soon" }, "OPENAI_TIMEOUT_MS"],
    [{ OPENAI_TIMEOUT_MS: "120000" }, "OPENAI_TIMEOUT_MS"],
    [{ OPENAI_MAX_RETRIES: "-1" }, "OPENAI_MAX_RETRIES"],
    [{ OPENAI_MAX_CONCURRENCY: "0" }, "OPENAI_MAX_CONCURRENCY"],
    [{ OPENAI_BASE_URL: "not a url" }, "OPENAI_BASE_URL"],
  ])("refuses invalid configuration %j, naming the variable", (env, name) => {
    expect(() => providerFromEnv({ OPENAI_API_KEY: "sk-test", ...env })).toThrow(name);
  });
});
