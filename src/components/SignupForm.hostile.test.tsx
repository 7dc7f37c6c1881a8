// Hostile input from the app or the view model: the form renders no
// script-running link and never freezes on a pattern.
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { RegisterViewModel } from "../contract/types";
import { SignupForm } from "./SignupForm";

const ENDPOINT = "http://localhost:3000/register";

const viewModel: RegisterViewModel = {
  form: {
    fields: [
      { name: "email", label: "Email", required: true, type: "email" },
      { name: "password", label: "Password", required: true, type: "password" },
      { name: "customData.code", label: "Code", required: true, type: "text", pattern: "(a|aa)+" },
    ],
  },
  accountStores: [],
};

const server = setupServer(
  http.get(ENDPOINT, () => HttpResponse.json(viewModel)),
  http.post(ENDPOINT, () =>
    HttpResponse.json({ account: { href: "x", email: "ada@example.com", status: "ENABLED" } }),
  ),
);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe("<SignupForm> with hostile input", () => {
  it("renders consent URLs as links only when they are http(s)", async () => {
    render(
      <SignupForm
        endpoint={ENDPOINT}
        consent={{
          version: "1",
          url: "javascript:alert(1)",
          privacyUrl: "data:text/html,<script>alert(1)</script>",
        }}
      />,
    );
    const terms = await screen.findByRole("checkbox", { name: /terms of service/i });
    const label = document.querySelector(`label[for="${terms.id}"]`) as HTMLElement;
    expect(label).toHaveTextContent(/terms of service/i);
    expect(within(label).queryAllByRole("link")).toEqual([]);
    expect(document.querySelector('a[href^="javascript:"], a[href^="data:"]')).toBeNull();
  });

  it("does not freeze on a view-model pattern that backtracks exponentially", async () => {
    const user = userEvent.setup();
    render(<SignupForm endpoint={ENDPOINT} />);
    const code = await screen.findByLabelText(/^Code/);
    expect(code).not.toHaveAttribute("pattern");
    await user.type(screen.getByLabelText(/^Email/), "ada@example.com");
    await user.type(screen.getByLabelText(/^Password/), "correct horse battery staple");
    await user.click(code);
    await user.paste(`${"a".repeat(44)}!`);
    const started = performance.now();
    await user.click(screen.getByRole("button", { name: "Create account" }));
    await screen.findByText(/your account is ready/i);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
