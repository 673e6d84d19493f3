import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.js";
import { databaseConfig, mailIdentity } from "./runtime.js";

describe("loadConfig", () => {
  it("runs locally with no variables set", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 3000,
      HOST: "127.0.0.1",
      TRELLIS_DATA_DIR: "./.data",
      WORKER: "in-process",
      LOG_LEVEL: "info",
      TRELLIS_SEED: "demo",
    });
    expect(databaseConfig(config)).toEqual({ kind: "pglite", dataDir: ".data/pglite" });
  });

  it("switches to PostgreSQL with DATABASE_URL and treats empty values as unset", () => {
    const config = loadConfig({ DATABASE_URL: "postgres://app@db:5432/trellis", SMTP_URL: "", PORT: "8080" });
    expect(databaseConfig(config)).toEqual({ kind: "postgres", url: "postgres://app@db:5432/trellis" });
    expect(config.SMTP_URL).toBeUndefined();
    expect(config.PORT).toBe(8080);
  });

  it("names every bad variable", () => {
    const attempt = () =>
      loadConfig({
        PORT: "eighty",
        DATABASE_URL: "mysql://db/trellis",
        WORKER: "sometimes",
        AUTH_SECRET: "short",
      });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/PORT/);
    expect(attempt).toThrow(/DATABASE_URL: must start with postgres:\/\/ or postgresql:\/\//);
    expect(attempt).toThrow(/WORKER/);
    expect(attempt).toThrow(/AUTH_SECRET: must be at least 32 characters/);
  });
});

describe("mailIdentity", () => {
  it("takes the Message-ID domain from the sender address", () => {
    expect(mailIdentity("Northwind CS <cs@northwind.test>")).toEqual({
      from: "Northwind CS <cs@northwind.test>",
      messageIdDomain: "northwind.test",
    });
    expect(mailIdentity(undefined).messageIdDomain).toBe("trellis.local");
  });
});

describe("PORTAL_URL", () => {
  it("defaults to the local portal, and must be an http(s) URL", () => {
    expect(loadConfig({}).PORTAL_URL).toBe("http://127.0.0.1:5174");
    expect(loadConfig({ PORTAL_URL: "" }).PORTAL_URL).toBe("http://127.0.0.1:5174");
    expect(loadConfig({ PORTAL_URL: "https://portal.northwind.test" }).PORTAL_URL).toBe(
      "https://portal.northwind.test",
    );
    expect(() => loadConfig({ PORTAL_URL: "ftp://portal.test" })).toThrow(
      /PORTAL_URL: must start with http:/,
    );
  });
});
