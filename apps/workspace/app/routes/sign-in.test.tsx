import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { createRoutesStub, RouterContextProvider } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import SignIn, { action } from "./sign-in";

function renderSignIn() {
  const Stub = createRoutesStub(
    [
      {
        path: "/sign-in",
        Component: SignIn,
        loader: () => ({ redirectTo: "/accounts" }),
        action,
        HydrateFallback: () => null,
      },
      { path: "/accounts", Component: () => <h1>Accounts page</h1> },
    ],
    new RouterContextProvider(),
  );
  render(<Stub initialEntries={["/sign-in"]} future={{ v8_middleware: true }} />);
}

// Submits the form itself, skipping the browser's own field validation, as a client without it (or a script) would.
async function submit(email: string, password: string) {
  const emailField = await screen.findByLabelText("Email");
  fireEvent.change(emailField, { target: { value: email } });
  fireEvent.change(screen.getByLabelText("Password"), { target: { value: password } });
  const form = emailField.closest("form");
  if (!form) throw new Error("the sign-in form is missing");
  fireEvent.submit(form);
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("/sign-in", () => {
  it("shows the API's error when the password is wrong", async () => {
    const fetch = vi.fn(async () =>
      Response.json(
        { code: "INVALID_EMAIL_OR_PASSWORD", message: "Invalid email or password" },
        { status: 401 },
      ),
    );
    vi.stubGlobal("fetch", fetch);
    renderSignIn();
    await submit("dana@northwind.test", "wrong");
    expect((await screen.findByRole("alert")).textContent).toBe("Invalid email or password");
    expect(fetch).toHaveBeenCalledWith(
      "http://127.0.0.1:3000/api/auth/sign-in/email",
      expect.objectContaining({
        method: "POST",
        body: JSON.stringify({ email: "dana@northwind.test", password: "wrong" }),
      }),
    );
  });

  it("asks for a valid email without calling the API", async () => {
    const fetch = vi.fn();
    vi.stubGlobal("fetch", fetch);
    renderSignIn();
    await submit("not-an-email", "secret");
    expect((await screen.findByRole("alert")).textContent).toBe("Enter a valid email address.");
    expect(fetch).not.toHaveBeenCalled();
  });

  it("goes where it was asked to once signed in", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () =>
        Response.json(
          { redirect: false },
          { headers: { "set-cookie": "better-auth.session_token=t; HttpOnly" } },
        ),
      ),
    );
    renderSignIn();
    await submit("dana@northwind.test", "trellis-demo");
    expect(await screen.findByRole("heading", { name: "Accounts page" })).toBeTruthy();
  });
});
