import { readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Caller, createLocalDocumentStorage } from "@trellis/api";
import {
  addPortalAccount,
  callerFor,
  contactCaller,
  createTestAction,
  createTestWorld,
  type TestWorld,
  worldContact,
} from "@trellis/api/testing";
import { listHistory, withTenant } from "@trellis/db";
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from "@trellis/db/testing";
import type { ActionContent, ActionId } from "@trellis/domain";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileDownloadRoutes } from "./file-downloads.js";
import { PORTAL_UPLOADS_PATH, portalUploadRoutes } from "./portal-uploads.js";

const SESSION_HEADER = "x-trellis-portal-session";
const PDF = new TextEncoder().encode("%PDF-1.7\nquestionnaire answers\n");
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

const DOCUMENTS: ActionContent = {
  type: "document",
  title: "Security review",
  instructions: "Upload your documents.",
  documents: [
    {
      key: "questionnaire",
      name: "Security questionnaire",
      description: null,
      acceptedTypes: [".pdf"],
      required: true,
      maxSizeBytes: 1024,
    },
    {
      key: "logo",
      name: "Logo",
      description: null,
      acceptedTypes: [".png"],
      required: false,
      maxSizeBytes: 1024,
    },
    {
      key: "dpa",
      name: "Signed DPA",
      description: null,
      acceptedTypes: [".pdf"],
      required: true,
      maxSizeBytes: 1024,
    },
  ],
};

function form(fields: { actionId: string; documentKey: string; file?: { name: string; bytes: Uint8Array } }) {
  const body = new FormData();
  body.set("actionId", fields.actionId);
  body.set("documentKey", fields.documentKey);
  if (fields.file) body.set("file", new File([fields.file.bytes], fields.file.name));
  return body;
}

for (const kind of testDatabaseKinds()) {
  describe(`portal uploads and file downloads on ${kind}`, () => {
    let database: TestDatabase;
    let world: TestWorld;
    let otherWorld: TestWorld;
    let app: Hono;
    let action: ActionId;
    const directory = join(tmpdir(), `trellis-upload-route-${kind}-${process.pid}`);
    const storage = createLocalDocumentStorage(directory);
    const sessions = new Map<string, Caller>();

    const upload = (session: string, body: FormData) =>
      app.request(PORTAL_UPLOADS_PATH, { method: "POST", headers: { [SESSION_HEADER]: session }, body });
    const download = (as: string, path: string) => app.request(path, { headers: { [SESSION_HEADER]: as } });
    const uploadRows = () =>
      withTenant(database.db, world.organizationId, ({ db }) =>
        db.selectFrom("document_uploads").selectAll().orderBy("uploaded_at").orderBy("id").execute(),
      );
    const storedFiles = () => readdir(directory).catch(() => []);

    beforeAll(async () => {
      database = await openTestDatabase(kind);
      world = await createTestWorld(database.db);
      otherWorld = await createTestWorld(database.db);
      const deps = { ...world.deps, storage };
      action = await createTestAction(world, { type: "document", state: "executed", content: DOCUMENTS });
      const globex = await addPortalAccount(world, {
        name: "Globex",
        firstName: "Gil",
        lastName: "Bates",
        email: "gil@globex.test",
      });
      sessions.set("ana", contactCaller(world, worldContact(world)));
      sessions.set("gil", contactCaller(world, globex));
      sessions.set("agent", world.agent);
      sessions.set("other-agent", otherWorld.agent);
      const callerOf = async (headers: Headers): Promise<Caller> =>
        sessions.get(headers.get(SESSION_HEADER) ?? "") ?? { kind: "anonymous" };
      app = new Hono();
      app.route("/", portalUploadRoutes({ app: deps, callerOf, maxBodyBytes: 8 * 1024 }));
      app.route("/", fileDownloadRoutes({ app: deps, callerOf }));
    });
    afterAll(async () => {
      await database.close();
      await rm(directory, { recursive: true, force: true });
    });

    it("refuses bad uploads with clear JSON errors and stores nothing", async () => {
      const cases: [string, FormData, number, string][] = [
        [
          "nobody",
          form({ actionId: action, documentKey: "questionnaire", file: { name: "q.pdf", bytes: PDF } }),
          401,
          "UNAUTHORIZED",
        ],
        [
          "gil",
          form({ actionId: action, documentKey: "questionnaire", file: { name: "q.pdf", bytes: PDF } }),
          404,
          "NOT_FOUND",
        ],
        ["ana", form({ actionId: action, documentKey: "questionnaire" }), 400, "BAD_REQUEST"],
        [
          "ana",
          form({ actionId: "not-an-id", documentKey: "questionnaire", file: { name: "q.pdf", bytes: PDF } }),
          400,
          "BAD_REQUEST",
        ],
        [
          "ana",
          form({ actionId: action, documentKey: "questionnaire", file: { name: "q.docx", bytes: PDF } }),
          400,
          "BAD_REQUEST",
        ],
        [
          "ana",
          form({ actionId: action, documentKey: "questionnaire", file: { name: "q.pdf", bytes: PNG } }),
          400,
          "BAD_REQUEST",
        ],
        [
          "ana",
          form({
            actionId: action,
            documentKey: "questionnaire",
            file: { name: "q.pdf", bytes: new Uint8Array(2048).fill(0x25) },
          }),
          413,
          "PAYLOAD_TOO_LARGE",
        ],
        [
          "ana",
          form({
            actionId: action,
            documentKey: "questionnaire",
            file: { name: "q.pdf", bytes: new Uint8Array(20_000) },
          }),
          413,
          "PAYLOAD_TOO_LARGE",
        ],
      ];
      for (const [session, body, status, code] of cases) {
        const response = await upload(session, body);
        expect([session, response.status]).toEqual([session, status]);
        const json = (await response.json()) as { error: { code: string; message: string } };
        expect(json.error.code).toBe(code);
        expect(json.error.message.length).toBeGreaterThan(5);
      }
      expect(await uploadRows()).toEqual([]);
      expect(await storedFiles()).toEqual([]);
    });

    it("stores each upload, completes the request when every required document is in, then refuses more", async () => {
      const first = await upload(
        "ana",
        form({
          actionId: action,
          documentKey: "questionnaire",
          file: { name: "../../Fragebogen ü.pdf", bytes: PDF },
        }),
      );
      expect(first.status).toBe(201);
      expect(await first.json()).toMatchObject({
        fileName: "Fragebogen ü.pdf",
        sizeBytes: PDF.byteLength,
        completed: false,
        missingRequired: ["dpa"],
      });
      const second = await upload(
        "ana",
        form({ actionId: action, documentKey: "dpa", file: { name: "dpa.pdf", bytes: PDF } }),
      );
      expect(await second.json()).toMatchObject({ completed: true, missingRequired: [] });

      const rows = await uploadRows();
      expect(rows.map((row) => [row.document_key, row.file_name, row.content_type])).toEqual([
        ["questionnaire", "Fragebogen ü.pdf", "application/pdf"],
        ["dpa", "dpa.pdf", "application/pdf"],
      ]);
      expect((await storedFiles()).sort()).toEqual(rows.map((row) => row.storage_key).sort());
      const history = await withTenant(database.db, world.organizationId, (scope) =>
        listHistory(scope, action),
      );
      expect(history.at(-1)).toMatchObject({
        actor: { kind: "contact", name: "Ana Silva" },
        toState: "completed",
      });

      const details = await callerFor(world).actions.get({ actionId: action });
      expect(details.customerResponse?.uploads.map((item) => [item.documentKey, item.downloadPath])).toEqual(
        rows.map((row) => [row.document_key, `/files/uploads/${row.id}`]),
      );

      const late = await upload(
        "ana",
        form({ actionId: action, documentKey: "logo", file: { name: "logo.png", bytes: PNG } }),
      );
      expect(late.status).toBe(409);
      expect(await uploadRows()).toHaveLength(2);
      expect(await storedFiles()).toHaveLength(2);
    });

    it("lets agents of the organization download an upload as an attachment, and nobody else", async () => {
      const [row] = await uploadRows();
      const path = `/files/uploads/${row?.id}`;
      const response = await download("agent", path);
      expect(response.status).toBe(200);
      expect(new Uint8Array(await response.arrayBuffer())).toEqual(PDF);
      expect(Object.fromEntries(response.headers)).toMatchObject({
        "content-type": "application/octet-stream",
        "content-disposition": `attachment; filename="Fragebogen _.pdf"; filename*=UTF-8''Fragebogen%20%C3%BC.pdf`,
        "x-content-type-options": "nosniff",
        "content-security-policy": "sandbox; default-src 'none'",
      });
      expect((await download("other-agent", path)).status).toBe(404);
      expect((await download("ana", path)).status).toBe(401);
      expect((await download("agent", "/files/uploads/upl_missing")).status).toBe(404);
    });
  });
}
