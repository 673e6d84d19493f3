import { describe, expect, it, vi } from "vitest";
import { forwardUpload } from "./forward-upload.server";

const upload = {
  sessionToken: "session-1",
  actionId: "act_1",
  documentKey: "w9",
  file: new File([new Uint8Array([0x25, 0x50, 0x44, 0x46])], "w9.pdf", { type: "application/pdf" }),
};

describe("forwardUpload", () => {
  it("posts the file as multipart with the session header and returns the API's answer", async () => {
    const fetch = vi.fn(async (_url: string | URL | Request, _init?: RequestInit) =>
      Response.json(
        { uploadId: "upl_1", fileName: "w9.pdf", sizeBytes: 4, completed: true, missingRequired: [] },
        { status: 201 },
      ),
    );
    const result = await forwardUpload(upload, { apiUrl: "http://api.test", fetch });
    expect(result).toEqual({
      ok: true,
      uploadId: "upl_1",
      fileName: "w9.pdf",
      sizeBytes: 4,
      completed: true,
      missingRequired: [],
    });
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe("http://api.test/portal/uploads");
    expect(init?.method).toBe("POST");
    expect(init?.headers).toEqual({ "x-trellis-portal-session": "session-1" });
    const body = init?.body as FormData;
    expect(body.get("actionId")).toBe("act_1");
    expect(body.get("documentKey")).toBe("w9");
    const file = body.get("file") as File;
    expect(file.name).toBe("w9.pdf");
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(new Uint8Array([0x25, 0x50, 0x44, 0x46]));
  });

  it.each([
    [
      413,
      { error: { code: "PAYLOAD_TOO_LARGE", message: "w9.pdf is larger than 20 MB." } },
      "w9.pdf is larger than 20 MB.",
    ],
    [
      400,
      { error: { code: "BAD_REQUEST", message: "Only .pdf files are accepted." } },
      "Only .pdf files are accepted.",
    ],
    [415, "not json", "This type of file is not accepted for this document."],
    [500, null, "The upload failed (HTTP 500). Try again in a moment."],
  ])("reports a %d refusal with the API's message", async (status, body, message) => {
    const fetch = vi.fn(async () =>
      typeof body === "string" ? new Response(body, { status }) : Response.json(body, { status }),
    );
    expect(await forwardUpload(upload, { apiUrl: "http://api.test", fetch })).toEqual({
      ok: false,
      status,
      message,
    });
  });

  it("reports an unreachable API", async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError("fetch failed");
    });
    expect(await forwardUpload(upload, { apiUrl: "http://api.test", fetch })).toMatchObject({
      ok: false,
      status: 502,
    });
  });
});
