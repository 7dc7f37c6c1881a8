import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { http, HttpResponse, delay } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { RegisterViewModel } from "../contract/types";
import { SignupForm } from "./SignupForm";
import type { SubmitButtonProps } from "./types";

const ENDPOINT = "http://localhost:3000/register";

const baseViewModel: RegisterViewModel = {
  form: {
    fields: [
      {
        name: "givenName",
        label: "First Name",
        placeholder: "First Name",
        required: true,
        type: "text",
      },
      {
        name: "surname",
        label: "Last Name",
        placeholder: "Last Name",
        required: true,
        type: "text",
      },
      { name: "email", label: "Email", placeholder: "Email", required: true, type: "email" },
      {
        name: "password",
        label: "Password",
        placeholder: "Password",
        required: true,
        type: "password",
      },
    ],
  },
  accountStores: [],
};

const consent = { version: "2026-01", url: "/terms", privacyUrl: "/privacy", marketing: true };

function account(status: string) {
  return {
    account: {
      href: "https://api.example.com/v1/accounts/1",
      email: "ada@example.com",
      givenName: "Ada",
      surname: "Lovelace",
      fullName: "Ada Lovelace",
      status,
    },
  };
}

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** Serve `vm` on GET and answer POST with `post` (default: 200 ENABLED). Returns the POST bodies received. */
function serve(vm: RegisterViewModel = baseViewModel, post?: () => Response | Promise<Response>) {
  const posts: unknown[] = [];
  server.use(
    http.get(ENDPOINT, () => HttpResponse.json(vm)),
    http.post(ENDPOINT, async ({ request }) => {
      posts.push(await request.json());
      return post ? post() : HttpResponse.json(account("ENABLED"));
    }),
  );
  return posts;
}

async function fillValid(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText(/First Name/), "Ada");
  await user.type(screen.getByLabelText(/Last Name/), "Lovelace");
  await user.type(screen.getByLabelText(/^Email/), "ada@example.com");
  await user.type(screen.getByLabelText(/^Password/), "correct horse battery staple");
}

async function ready() {
  await screen.findByRole("button", { name: "Create account" });
}

function root(container: HTMLElement): HTMLElement {
  const element = container.querySelector<HTMLElement>('[data-slot="root"]');
  if (!element) throw new Error("no root");
  return element;
}

async function expectNoAxeViolations(container: HTMLElement) {
  const results = await axe.run(container, {
    rules: {
      // jsdom has no layout or computed colours, so axe cannot measure contrast
      // here; the theme's colour pairs are checked in the browser (e2e, Storybook).
      "color-contrast": { enabled: false },
      // The component is a fragment of a page, not a page: landmarks are the app's job.
      region: { enabled: false },
    },
  });
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(", ")}`),
  ).toEqual([]);
}

describe("<SignupForm> states", () => {
  it("shows an accessible loading status, with the live regions present from the first render", () => {
    serve();
    const { container } = render(<SignupForm endpoint={ENDPOINT} />);
    expect(root(container)).toHaveAttribute("data-state", "loading");
    expect(screen.getByText("Loading…").closest('[role="status"]')).not.toBeNull();
    expect(container.querySelector('[data-slot="status"][aria-live="polite"]')).not.toBeNull();
    expect(container.querySelector('[data-slot="form-error"][role="alert"]')).not.toBeNull();
  });

  it("renders the ready state with the root class, className and data-state", async () => {
    serve();
    const { container } = render(<SignupForm endpoint={ENDPOINT} className="my-signup" />);
    await ready();
    expect(root(container)).toHaveAttribute("data-state", "ready");
    expect(root(container)).toHaveClass("sk-root", "my-signup");
  });

  it("drops the theme class when unstyled, keeping structure", async () => {
    serve();
    const { container } = render(<SignupForm endpoint={ENDPOINT} unstyled className="mine" />);
    await ready();
    expect(root(container)).not.toHaveClass("sk-root");
    expect(root(container)).toHaveClass("mine");
    expect(container.querySelectorAll('[data-slot="field"]')).toHaveLength(4);
  });

  it("forces a palette with theme", async () => {
    serve();
    const { container } = render(<SignupForm endpoint={ENDPOINT} theme="dark" />);
    await ready();
    expect(root(container)).toHaveAttribute("data-theme", "dark");
  });

  it("shows load-error with a retry button that reloads the view model", async () => {
    let good = false;
    server.use(
      http.get(ENDPOINT, () =>
        // Valid JSON of the wrong shape: refused, not retried automatically.
        good ? HttpResponse.json(baseViewModel) : HttpResponse.json({ form: "<b>nope</b>" }),
      ),
    );
    const user = userEvent.setup();
    const { container } = render(<SignupForm endpoint={ENDPOINT} />);
    const retry = await screen.findByRole("button", { name: "Try again" }, { timeout: 8000 });
    expect(root(container)).toHaveAttribute("data-state", "load-error");
    expect(screen.getByRole("alert")).toHaveTextContent(/could not load the signup form/i);
    expect(screen.queryByRole("textbox")).toBeNull();
    expect(container.textContent).not.toContain("nope");
    await expectNoAxeViolations(container);
    good = true;
    await user.click(retry);
    await ready();
    expect(root(container)).toHaveAttribute("data-state", "ready");
  }, 15_000);
  it("shows load-error, never the body, when the endpoint answers HTML", async () => {
    server.use(
      http.get(ENDPOINT, () =>
        HttpResponse.text("<h1>Sign up</h1>", { headers: { "Content-Type": "text/html" } }),
      ),
    );
    const { container } = render(<SignupForm endpoint={ENDPOINT} />);
    await screen.findByRole("button", { name: "Try again" }, { timeout: 8000 });
    expect(root(container)).toHaveAttribute("data-state", "load-error");
    expect(screen.getByRole("alert")).toHaveTextContent(/did not return a JSON view model/);
    // The server's HTML is never rendered (the kit's own heading is the only h1).
    expect(screen.queryByText("Sign up")).toBeNull();
    expect(container.querySelectorAll("h1")).toHaveLength(1);
  }, 15_000);
});

describe("<SignupForm> fields", () => {
  it("ties every label to its input and marks required in text", async () => {
    serve();
    render(<SignupForm endpoint={ENDPOINT} />);
    await ready();
    const first = screen.getByLabelText(/First Name/);
    expect(first.tagName).toBe("INPUT");
    expect(first).toHaveAttribute("type", "text");
    expect(first).toHaveAttribute("autocomplete", "given-name");
    const label = document.querySelector(`label[for="${first.id}"]`);
    expect(label).toHaveTextContent("First Name (required)");
    expect(screen.getByLabelText(/^Email/)).toHaveAttribute("type", "email");
    expect(screen.getByLabelText(/^Email/)).toHaveAttribute("dir", "ltr");
  });

  it("does not mark optional fields as required", async () => {
    serve({ form: { fields: [{ name: "middleName", label: "Middle Name", type: "text" }] } });
    render(<SignupForm endpoint={ENDPOINT} />);
    await ready();
    const label = document.querySelector(`label[for="${screen.getByLabelText("Middle Name").id}"]`);
    expect(label).toHaveTextContent(/^Middle Name$/);
  });

  it("renders every input kind as its own kind of input, and unknown or unsafe types as text", async () => {
    const kinds = [
      "text",
      "email",
      "password",
      "tel",
      "url",
      "number",
      "date",
      "datetime-local",
      "month",
      "week",
      "time",
      "color",
      "range",
      "search",
    ];
    const odd = ["hovercraft", "file", "submit", "image", "reset", "button"];
    serve({
      form: {
        fields: [
          ...kinds.map((type) => ({ name: `k_${type}`, label: `Kind ${type}`, type })),
          ...odd.map((type) => ({ name: `o_${type}`, label: `Odd ${type}`, type })),
        ],
      },
    });
    render(<SignupForm endpoint={ENDPOINT} />);
    await ready();
    for (const type of kinds) {
      const input = screen.getByLabelText(`Kind ${type}`);
      expect(input, type).toHaveAttribute("type", type);
    }
    for (const type of odd) {
      expect(screen.getByLabelText(`Odd ${type}`), type).toHaveAttribute("type", "text");
    }
  });

  it("renders options as a select, description as help text, textarea and checkbox fields", async () => {
    serve({
      form: {
        fields: [
          {
            name: "customData.plan",
            label: "Plan",
            type: "text",
            required: true,
            options: ["free", { value: "pro", label: "Pro plan" }],
          },
          {
            name: "bio",
            label: "About you",
            type: "textarea",
            description: "Shown on your profile.",
          },
          { name: "newsletter", label: "Weekly digest", type: "checkbox" },
        ],
      },
    });
    render(<SignupForm endpoint={ENDPOINT} />);
    await ready();
    const select = screen.getByLabelText(/^Plan/);
    expect(select.tagName).toBe("SELECT");
    expect(within(select).getByRole("option", { name: "free" })).toHaveValue("free");
    expect(within(select).getByRole("option", { name: "Pro plan" })).toHaveValue("pro");
    const bio = screen.getByLabelText("About you");
    expect(bio.tagName).toBe("TEXTAREA");
    const help = screen.getByText("Shown on your profile.");
    expect(bio.getAttribute("aria-describedby")?.split(" ")).toContain(help.id);
    expect(bio).toHaveAccessibleDescription("Shown on your profile.");
    expect(screen.getByRole("checkbox", { name: "Weekly digest" })).not.toBeChecked();
  });

  it("does not render visible:false or hidden fields", async () => {
    serve({
      form: {
        fields: [
          ...baseViewModel.form.fields,
          { name: "referrer", label: "Referrer", type: "text", visible: false, defaultValue: "ad" },
          { name: "campaign", label: "Campaign", type: "hidden", defaultValue: "x" },
        ],
      },
    });
    const { container } = render(<SignupForm endpoint={ENDPOINT} />);
    await ready();
    expect(screen.queryByText("Referrer")).toBeNull();
    expect(screen.queryByText("Campaign")).toBeNull();
    expect(container.querySelectorAll('[data-slot="field"]')).toHaveLength(4);
  });

  it("has a password toggle: a real button with a name and aria-pressed, keeping the value", async () => {
    serve();
    const user = userEvent.setup();
    render(<SignupForm endpoint={ENDPOINT} />);
    await ready();
    const password = screen.getByLabelText(/^Password/);
    expect(password).toHaveAttribute("type", "password");
    expect(password).toHaveAttribute("autocomplete", "new-password");
    expect(password).toHaveAttribute("dir", "ltr");
    expect(password).not.toHaveAttribute("maxlength");
    await user.type(password, "s3cret pass");
    const toggle = screen.getByRole("button", { name: "Show password" });
    expect(toggle).toHaveAttribute("type", "button");
    expect(toggle).toHaveAttribute("aria-pressed", "false");
    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-pressed", "true");
    expect(password).toHaveAttribute("type", "text");
    expect(password).toHaveValue("s3cret pass");
    await user.click(toggle);
    expect(password).toHaveAttribute("type", "password");
    expect(password).toHaveValue("s3cret pass");
  });

  it("never sets a maxlength that would cut a long pasted password", async () => {
    serve({
      form: {
        fields: [
          { name: "password", label: "Password", type: "password", required: true, maxLength: 20 },
        ],
      },
    });
    render(<SignupForm endpoint={ENDPOINT} />);
    await ready();
    expect(screen.getByLabelText(/^Password/)).not.toHaveAttribute("maxlength");
  });

  it("renders hostile labels, placeholders and provider names as text", async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    serve({
      form: {
        fields: [
          {
            name: "givenName",
            label: hostile,
            placeholder: hostile,
            type: "text",
            description: hostile,
          },
        ],
      },
      // Two stores of one provider: the store's name is shown to tell them apart.
      accountStores: [
        { name: hostile, provider: { providerId: "github", clientId: "abc" } },
        { name: "Work", provider: { providerId: "github", clientId: "def" } },
      ],
    });
    const { container } = render(<SignupForm endpoint={ENDPOINT} />);
    await ready();
    expect(container.querySelector("img")).toBeNull();
    expect(screen.getByLabelText(hostile)).toHaveAttribute("placeholder", hostile);
    expect(screen.getByText(hostile, { selector: "p" })).toBeInTheDocument();
    expect(
      screen.getByRole("button", { name: `Continue with GitHub (${hostile})` }),
    ).toBeInTheDocument();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
  it("keeps the rest of the form working when the view model has refused names", async () => {
    serve({
      form: {
        fields: [
          { name: "__proto__", label: "Proto", type: "text" },
          { name: "email", label: "Email", type: "email", required: true },
          { name: "email", label: "Email again", type: "email" },
          { name: "a.b", label: "Dotted", type: "text" },
        ],
      },
    });
    vi.spyOn(console, "warn").mockImplementation(() => {});
    vi.spyOn(console, "error").mockImplementation(() => {});
    render(<SignupForm endpoint={ENDPOINT} />);
    await ready();
    expect(screen.queryByLabelText("Proto")).toBeNull();
    expect(screen.getByLabelText(/^Email \(required\)/)).toHaveAttribute("name", "email");
    expect(screen.getByLabelText("Dotted")).toHaveAttribute("name", "a.b");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("<SignupForm> social login", () => {
  it("renders social and SAML buttons in priority order with 'Continue with {name}'", async () => {
    serve({
      ...baseViewModel,
      accountStores: [
        { name: "GitHub", priority: 2, provider: { providerId: "github", clientId: "gh" } },
        { name: "Google", priority: 1, provider: { providerId: "google", clientId: "go" } },
        { name: "Evil", provider: { providerId: "github", authorizeUri: "javascript:alert(1)" } },
        { name: "Cloud", provider: { providerId: "stormpath" } },
      ],
    });
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const { container } = render(<SignupForm endpoint={ENDPOINT} />);
    await ready();
    const buttons = within(
      container.querySelector<HTMLElement>('[data-slot="social"]')!,
    ).getAllByRole("button");
    expect(buttons.map((b) => b.textContent)).toEqual([
      "Continue with Google",
      "Continue with GitHub",
    ]);
    for (const button of buttons) expect(button).toHaveAttribute("type", "button");
  });

  it("hands a click to startSocialLogin (onSocialLogin can take over navigation)", async () => {
    serve({
      ...baseViewModel,
      accountStores: [{ name: "GitHub", provider: { providerId: "github", clientId: "gh" } }],
    });
    const onSocialLogin = vi.fn(() => false);
    const onEvent = vi.fn();
    const user = userEvent.setup();
    render(<SignupForm endpoint={ENDPOINT} onSocialLogin={onSocialLogin} onEvent={onEvent} />);
    await ready();
    await user.click(screen.getByRole("button", { name: "Continue with GitHub" }));
    await waitFor(() => expect(onSocialLogin).toHaveBeenCalledTimes(1));
    expect(onEvent).toHaveBeenCalledWith({ type: "social_login_started", providerId: "github" });
  });
});

describe("<SignupForm> consent", () => {
  it("renders an unchecked, required terms checkbox linking the terms and privacy notice, plus optional marketing", async () => {
    serve();
    render(<SignupForm endpoint={ENDPOINT} consent={consent} />);
    await ready();
    const terms = screen.getByRole("checkbox", { name: /terms of service/i });
    expect(terms).not.toBeChecked();
    expect(terms).toBeRequired();
    const label = document.querySelector(`label[for="${terms.id}"]`)!;
    expect(label).toHaveTextContent("(required)");
    const termsLink = within(label as HTMLElement).getByRole("link", { name: /terms of service/i });
    expect(termsLink).toHaveAttribute("href", "/terms");
    expect(termsLink).toHaveAttribute("target", "_blank");
    expect(termsLink).toHaveAttribute("rel", "noopener noreferrer");
    expect(termsLink).toHaveTextContent("(opens in a new tab)");
    expect(
      within(label as HTMLElement).getByRole("link", { name: /privacy notice/i }),
    ).toHaveAttribute("href", "/privacy");
    const marketing = screen.getByRole("checkbox", { name: /product news/i });
    expect(marketing).not.toBeChecked();
    expect(marketing).not.toBeRequired();
  });

  it("blocks submit until the terms are accepted, then posts; marketing never blocks", async () => {
    const posts = serve();
    const user = userEvent.setup();
    render(<SignupForm endpoint={ENDPOINT} consent={consent} />);
    await ready();
    await fillValid(user);
    await user.click(screen.getByRole("button", { name: "Create account" }));
    const terms = screen.getByRole("checkbox", { name: /terms of service/i });
    await waitFor(() => expect(terms).toHaveAttribute("aria-invalid", "true"));
    expect(terms).toHaveAccessibleDescription(/accept the terms/i);
    expect(posts).toHaveLength(0);
    await user.click(terms);
    await user.click(screen.getByRole("button", { name: "Create account" }));
    await screen.findByText("Your account is ready");
    expect(posts).toHaveLength(1);
  });

  it("renders only the terms link when no privacy URL is given", async () => {
    serve();
    render(<SignupForm endpoint={ENDPOINT} consent={{ version: "2026-01", url: "/terms" }} />);
    await ready();
    expect(screen.getByRole("link", { name: /terms of service/i })).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: /privacy/i })).toBeNull();
    expect(screen.queryByRole("checkbox", { name: /product news/i })).toBeNull();
  });
});

describe("<SignupForm> submitting and errors", () => {
  it("moves focus to the first invalid field after a failed submit and posts nothing", async () => {
    const posts = serve();
    const user = userEvent.setup();
    render(<SignupForm endpoint={ENDPOINT} />);
    await ready();
    await user.type(screen.getByLabelText(/First Name/), "Ada");
    await user.click(screen.getByRole("button", { name: "Create account" }));
    const surname = screen.getByLabelText(/Last Name/);
    await waitFor(() => expect(surname).toHaveFocus());
    expect(surname).toHaveAttribute("aria-invalid", "true");
    expect(surname.closest('[data-slot="field"]')).toHaveAttribute("data-invalid");
    expect(screen.getByLabelText(/First Name/)).toHaveAttribute("aria-invalid", "false");
    expect(screen.getByLabelText(/First Name/)).toHaveValue("Ada");
    expect(posts).toHaveLength(0);
  });

  it("shows a server field error on the field: aria-invalid, aria-describedby, focus, values kept", async () => {
    serve(baseViewModel, () =>
      HttpResponse.json(
        { status: 409, message: "An account with that email already exists.", code: 2001 },
        { status: 409 },
      ),
    );
    const user = userEvent.setup();
    const { container } = render(<SignupForm endpoint={ENDPOINT} />);
    await ready();
    await fillValid(user);
    await user.click(screen.getByRole("button", { name: "Create account" }));
    const email = screen.getByLabelText(/^Email/);
    await waitFor(() => expect(email).toHaveAttribute("aria-invalid", "true"));
    const errorId = email.getAttribute("aria-describedby")!;
    expect(document.getElementById(errorId)).toHaveTextContent(
      "An account with that email already exists.",
    );
    expect(email).toHaveAccessibleDescription("An account with that email already exists.");
    await waitFor(() => expect(email).toHaveFocus());
    expect(email).toHaveValue("ada@example.com");
    expect(screen.getByLabelText(/^Password/)).toHaveValue("correct horse battery staple");
    expect(root(container)).toHaveAttribute("data-state", "ready");
    await expectNoAxeViolations(container);
  });

  it("maps an RFC 9457 problem onto the field it points at", async () => {
    serve(baseViewModel, () =>
      HttpResponse.json(
        {
          type: "about:blank",
          title: "Unprocessable",
          status: 422,
          errors: [{ pointer: "#/email", detail: "Disposable email domains are not allowed." }],
        },
        { status: 422, headers: { "Content-Type": "application/problem+json" } },
      ),
    );
    const user = userEvent.setup();
    render(<SignupForm endpoint={ENDPOINT} />);
    await ready();
    await fillValid(user);
    await user.click(screen.getByRole("button", { name: "Create account" }));
    await waitFor(() =>
      expect(screen.getByLabelText(/^Email/)).toHaveAccessibleDescription(
        "Disposable email domains are not allowed.",
      ),
    );
  });

  it("announces submitting politely and a server error assertively, never rendering the raw body", async () => {
    serve(baseViewModel, async () => {
      await delay(150);
      return HttpResponse.text("<h1>Internal stack trace</h1>", {
        status: 500,
        headers: { "Content-Type": "text/html" },
      });
    });
    const user = userEvent.setup();
    const { container } = render(<SignupForm endpoint={ENDPOINT} />);
    await ready();
    await fillValid(user);
    const submit = screen.getByRole("button", { name: "Create account" });
    await user.click(submit);
    const status = container.querySelector('[data-slot="status"]')!;
    await waitFor(() => expect(status).toHaveTextContent("Creating your account…"));
    expect(root(container)).toHaveAttribute("data-state", "submitting");
    const busy = container.querySelector('[data-slot="submit"]')!;
    expect(busy).toHaveAttribute("aria-disabled", "true");
    expect(busy).not.toBeDisabled();
    const alert = container.querySelector('[data-slot="form-error"]')!;
    await waitFor(() => expect(alert).toHaveTextContent("Something went wrong on our side"));
    expect(container.textContent).not.toContain("Internal stack trace");
    expect(root(container)).toHaveAttribute("data-state", "ready");
    expect(screen.getByLabelText(/^Email/)).toHaveValue("ada@example.com");
    await expectNoAxeViolations(container);
  });

  it("disables submit with a visible countdown on 429, announcing only at start and end", async () => {
    serve(baseViewModel, () =>
      HttpResponse.json(
        { status: 429, message: "Too many attempts." },
        { status: 429, headers: { "Retry-After": "2" } },
      ),
    );
    const user = userEvent.setup();
    const { container } = render(<SignupForm endpoint={ENDPOINT} />);
    await ready();
    await fillValid(user);
    await user.click(screen.getByRole("button", { name: "Create account" }));
    const submit = container.querySelector<HTMLButtonElement>('[data-slot="submit"]')!;
    await waitFor(() => expect(submit).toBeDisabled());
    const countdown = container.querySelector('[data-slot="countdown"]')!;
    expect(countdown).toHaveTextContent(/try again in \d+ s/i);
    expect(countdown).not.toHaveAttribute("aria-live");
    expect(submit).toHaveAccessibleDescription(countdown.textContent!);
    const status = container.querySelector('[data-slot="status"]')!;
    expect(status).toHaveTextContent(/Too many attempts\. Try again in 2 seconds\./);
    const announced = status.textContent;
    await waitFor(() => expect(countdown).toHaveTextContent(/try again in 1 s/i), {
      timeout: 2500,
    });
    expect(status.textContent).toBe(announced);
    await waitFor(() => expect(submit).toBeEnabled(), { timeout: 4000 });
    expect(status).toHaveTextContent("You can try again now.");
    expect(screen.getByLabelText(/^Email/)).toHaveValue("ada@example.com");
  }, 10_000);

  it.each([
    ["en", "Create account", "Too many attempts. Try again in 1 second."],
    ["de", "Konto erstellen", "Zu viele Versuche. Bitte versuchen Sie es in 1 Sekunde erneut."],
    // No catalogue for Italian: the sentence and its wait stay English.
    ["it", "Create account", "Too many attempts. Try again in 1 second."],
  ])("words a 429 with Retry-After: 1 in the singular (%s)", async (locale, button, sentence) => {
    serve(baseViewModel, () =>
      HttpResponse.json(
        { status: 429, message: "Too many attempts." },
        { status: 429, headers: { "Retry-After": "1" } },
      ),
    );
    const user = userEvent.setup();
    const { container } = render(<SignupForm endpoint={ENDPOINT} locale={locale} />);
    const submit = await screen.findByRole("button", { name: button });
    await fillValid(user);
    await user.click(submit);
    const status = container.querySelector('[data-slot="status"]')!;
    await waitFor(() => expect(status).toHaveTextContent(sentence));
  });

  it("does not re-render the form while typing in a field", async () => {
    serve();
    const renders = vi.fn();
    function CountingSubmit(props: SubmitButtonProps) {
      renders();
      return <button type="submit">{props.label}</button>;
    }
    const user = userEvent.setup();
    render(<SignupForm endpoint={ENDPOINT} components={{ SubmitButton: CountingSubmit }} />);
    await ready();
    const before = renders.mock.calls.length;
    await user.type(screen.getByLabelText(/First Name/), "a".repeat(30));
    expect(renders.mock.calls.length - before).toBe(0);
  });
});

describe("<SignupForm> keyboard and submit guards", () => {
  it("works by keyboard alone, in a sensible tab order", async () => {
    const posts = serve({
      ...baseViewModel,
      accountStores: [{ name: "GitHub", provider: { providerId: "github", clientId: "gh" } }],
    });
    const user = userEvent.setup();
    render(<SignupForm endpoint={ENDPOINT} consent={consent} />);
    await ready();
    const order = [
      screen.getByRole("button", { name: "Continue with GitHub" }),
      screen.getByLabelText(/First Name/),
      screen.getByLabelText(/Last Name/),
      screen.getByLabelText(/^Email/),
      screen.getByLabelText(/^Password/),
      screen.getByRole("button", { name: "Show password" }),
      screen.getByRole("checkbox", { name: /terms of service/i }),
      screen.getByRole("link", { name: /terms of service/i }),
      screen.getByRole("link", { name: /privacy notice/i }),
      screen.getByRole("checkbox", { name: /product news/i }),
      screen.getByRole("button", { name: "Create account" }),
    ];
    for (const element of order) {
      await user.tab();
      expect(document.activeElement).toBe(element);
    }
    await user.click(screen.getByLabelText(/First Name/));
    await user.keyboard("Ada");
    await user.tab();
    await user.keyboard("Lovelace");
    await user.tab();
    await user.keyboard("ada@example.com");
    await user.tab();
    await user.keyboard("correct horse battery staple");
    await user.tab();
    await user.tab();
    await user.keyboard(" ");
    expect(screen.getByRole("checkbox", { name: /terms of service/i })).toBeChecked();
    await user.click(screen.getByLabelText(/^Email/));
    await user.keyboard("{Enter}");
    await screen.findByRole("heading", { name: "Your account is ready" });
    expect(posts).toHaveLength(1);
  });

  it("sends exactly one POST on a double click", async () => {
    const posts = serve(baseViewModel, async () => {
      await delay(100);
      return HttpResponse.json(account("ENABLED"));
    });
    const user = userEvent.setup();
    render(<SignupForm endpoint={ENDPOINT} />);
    await ready();
    await fillValid(user);
    await user.dblClick(screen.getByRole("button", { name: "Create account" }));
    await user.keyboard("{Enter}");
    await screen.findByRole("heading", { name: "Your account is ready" });
    expect(posts).toHaveLength(1);
  });

  it("says the account may or may not exist after a network failure, keeping the values", async () => {
    serve(baseViewModel, () => HttpResponse.error());
    const user = userEvent.setup();
    const { container } = render(<SignupForm endpoint={ENDPOINT} />);
    await ready();
    await fillValid(user);
    await user.click(screen.getByRole("button", { name: "Create account" }));
    const alert = container.querySelector('[data-slot="form-error"]')!;
    await waitFor(() => expect(alert).toHaveTextContent(/may or may not have been created/));
    expect(screen.getByLabelText(/First Name/)).toHaveValue("Ada");
    expect(screen.getByLabelText(/^Password/)).toHaveValue("correct horse battery staple");
    expect(root(container)).toHaveAttribute("data-state", "ready");
  });
});

describe("<SignupForm> success", () => {
  it("shows the ENABLED view, focused, and calls onSuccess", async () => {
    serve(baseViewModel, () => HttpResponse.json(account("ENABLED")));
    const onSuccess = vi.fn();
    const user = userEvent.setup();
    const { container } = render(<SignupForm endpoint={ENDPOINT} onSuccess={onSuccess} />);
    await ready();
    await fillValid(user);
    await user.click(screen.getByRole("button", { name: "Create account" }));
    await screen.findByRole("heading", { name: "Your account is ready" });
    expect(root(container)).toHaveAttribute("data-state", "success");
    expect(container.querySelector('[data-slot="success-view"]')).toHaveAttribute(
      "data-variant",
      "enabled",
    );
    expect(container.querySelector('[data-slot="success"]')).toHaveFocus();
    expect(screen.queryByRole("textbox")).toBeNull();
    expect(onSuccess).toHaveBeenCalledWith(expect.objectContaining({ status: "ENABLED" }));
    await expectNoAxeViolations(container);
  });

  it("shows the 'check your email' view for UNVERIFIED", async () => {
    serve(baseViewModel, () =>
      HttpResponse.json(account("UNVERIFIED"), {
        status: 201,
        headers: { Location: "/accounts/1" },
      }),
    );
    const user = userEvent.setup();
    const { container } = render(<SignupForm endpoint={ENDPOINT} />);
    await ready();
    await fillValid(user);
    await user.click(screen.getByRole("button", { name: "Create account" }));
    await screen.findByRole("heading", { name: /check your email/i });
    expect(screen.getByText(/ada@example\.com/)).toBeInTheDocument();
    expect(container.querySelector('[data-slot="success-view"]')).toHaveAttribute(
      "data-variant",
      "unverified",
    );
    await expectNoAxeViolations(container);
  });

  it("shows the pending view for any other status and passes the raw status to the app", async () => {
    serve(baseViewModel, () => HttpResponse.json(account("PENDING_APPROVAL")));
    const onSuccess = vi.fn();
    const user = userEvent.setup();
    const { container } = render(<SignupForm endpoint={ENDPOINT} onSuccess={onSuccess} />);
    await ready();
    await fillValid(user);
    await user.click(screen.getByRole("button", { name: "Create account" }));
    await screen.findByRole("heading", { name: "Your account is pending" });
    expect(container.querySelector('[data-slot="success-view"]')).toHaveAttribute(
      "data-variant",
      "pending",
    );
    expect(onSuccess).toHaveBeenCalledWith(expect.objectContaining({ status: "PENDING_APPROVAL" }));
  });
});

describe("<SignupForm> components and a11y", () => {
  it("merges component overrides key by key", async () => {
    serve();
    function MySubmit({ label }: SubmitButtonProps) {
      return (
        <button type="submit" data-testid="signup/custom-submit">
          {label}!
        </button>
      );
    }
    const { container } = render(
      <SignupForm endpoint={ENDPOINT} components={{ SubmitButton: MySubmit, Field: undefined }} />,
    );
    await screen.findByTestId("signup/custom-submit");
    expect(screen.getByTestId("signup/custom-submit")).toHaveTextContent("Create account!");
    // Everything else keeps the default parts.
    expect(container.querySelectorAll('[data-slot="field"]')).toHaveLength(4);
    expect(screen.getByRole("button", { name: "Show password" })).toBeInTheDocument();
    expect(container.querySelector('[data-slot="message"]')).not.toBeNull();
  });

  it("uses messages overrides for the markup's strings", async () => {
    serve();
    render(
      <SignupForm
        endpoint={ENDPOINT}
        messages={{ submit: "Sign me up", requiredMarker: "*required" }}
      />,
    );
    await screen.findByRole("button", { name: "Sign me up" });
    expect(
      document.querySelector(`label[for="${screen.getByLabelText(/First Name/).id}"]`),
    ).toHaveTextContent("First Name *required");
  });

  it("is axe-clean when ready, with consent and social buttons", async () => {
    serve({
      ...baseViewModel,
      accountStores: [{ name: "GitHub", provider: { providerId: "github", clientId: "gh" } }],
    });
    const { container } = render(<SignupForm endpoint={ENDPOINT} consent={consent} />);
    await ready();
    await expectNoAxeViolations(container);
  });

  it("is axe-clean after client validation errors", async () => {
    serve();
    const user = userEvent.setup();
    const { container } = render(<SignupForm endpoint={ENDPOINT} consent={consent} />);
    await ready();
    await user.click(screen.getByRole("button", { name: "Create account" }));
    await waitFor(() =>
      expect(container.querySelectorAll("[data-invalid]").length).toBeGreaterThan(0),
    );
    await expectNoAxeViolations(container);
  });

  it("renders synchronously from initialViewModel without a GET", async () => {
    const get = vi.fn();
    server.use(
      http.get(ENDPOINT, () => {
        get();
        return HttpResponse.json(baseViewModel);
      }),
    );
    const { container } = render(
      <SignupForm endpoint={ENDPOINT} initialViewModel={baseViewModel} />,
    );
    expect(root(container)).toHaveAttribute("data-state", "ready");
    expect(screen.getByLabelText(/First Name/)).toBeInTheDocument();
    await act(async () => {
      await delay(50);
    });
    expect(get).not.toHaveBeenCalled();
  });
});
