import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { Profiler, useEffect } from "react";
import { renderToString } from "react-dom/server";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { NormalizedField, RegisterViewModel } from "../contract/types";
import { STATE_STORAGE_KEY } from "../core/social";
import { en } from "../en";
import type { SignupEvent, UseSignupFormOptions, UseSignupFormReturn } from "./types";
import { useSignupForm } from "./useSignupForm";

const ENDPOINT = "http://localhost/register";
const viewModel: RegisterViewModel = {
  form: {
    fields: [
      { name: "givenName", label: "First Name", required: true, type: "text" },
      { name: "email", label: "Email", required: true, type: "email" },
      { name: "password", label: "Password", required: true, type: "password" },
      { name: "customData.plan", label: "Plan", required: false, type: "text" },
      // Declares the consent key: the kit takes the field over and posts the record under it.
      { name: "consent", type: "hidden" },
    ],
  },
  accountStores: [
    {
      name: "GitHub",
      provider: { providerId: "github", clientId: "gh-client", clientSecret: "never" } as never,
    },
  ],
};
const account = { href: "https://api/accounts/1", email: "ada@example.com", status: "ENABLED" };

const server = setupServer();
let posts: Array<Record<string, unknown>> = [];
let gets = 0;
const getOk = () =>
  http.get(ENDPOINT, () => {
    gets++;
    return HttpResponse.json(viewModel);
  });
const postWith = (response: () => Response | Promise<Response>) =>
  http.post(ENDPOINT, async ({ request }) => {
    posts.push((await request.json()) as Record<string, unknown>);
    return response();
  });

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
beforeEach(() => {
  posts = [];
  gets = 0;
});
afterEach(() => {
  server.resetHandlers();
  vi.useRealTimers();
});
afterAll(() => server.close());

const renders: Record<string, number> = {};
let latest: UseSignupFormReturn | undefined;

function Field({
  field,
  useField,
}: {
  field: NormalizedField;
  useField: UseSignupFormReturn["useField"];
}) {
  const props = useField(field);
  // Counts commits of this field (an effect without deps runs after each render commits).
  useEffect(() => {
    renders[field.name] = (renders[field.name] ?? 0) + 1;
  });
  if (!field.visible) return <input {...props.inputProps} />;
  return (
    <div>
      <label {...props.labelProps}>{props.label}</label>
      <input {...props.inputProps} />
      {props.error ? <span id={props.errorId}>{props.error}</span> : null}
    </div>
  );
}

function TestForm(options: UseSignupFormOptions) {
  const form = useSignupForm(options);
  useEffect(() => {
    latest = form;
  });
  if (form.state === "loading") return <p>{form.statusMessage}</p>;
  if (form.state === "load-error") {
    return (
      <div>
        <p>{form.loadError?.message}</p>
        <button onClick={form.reload}>Try again</button>
      </div>
    );
  }
  if (form.state === "success") return <p>Success: {form.result?.status}</p>;
  return (
    <form {...form.getFormProps()}>
      {form.fields.map((field) => (
        <Field key={field.key} field={field} useField={form.useField} />
      ))}
      {form.consent.enabled ? (
        <label>
          <input {...form.consent.terms.inputProps} /> I accept the terms
        </label>
      ) : null}
      {form.consent.terms.error ? <span>{form.consent.terms.error}</span> : null}
      {form.captcha.error ? <span>{form.captcha.error}</span> : null}
      {form.formError ? <p role="alert">{form.formError}</p> : null}
      <p role="status">{form.statusMessage}</p>
      <button type="submit" disabled={form.retryAfter > 0 || form.submitting}>
        Create account
      </button>
    </form>
  );
}

const consent = { version: "2026-01", url: "https://example.com/terms" };

async function fill(user: ReturnType<typeof userEvent.setup>, values: Record<string, string> = {}) {
  const v = {
    "First Name": "Ada",
    Email: "ada@example.com",
    Password: "correct horse battery",
    ...values,
  };
  for (const [label, value] of Object.entries(v)) {
    if (value) await user.type(screen.getByLabelText(label), value);
  }
}

describe("useSignupForm: loading", () => {
  it("loads the view model, normalises it and emits view_loaded", async () => {
    server.use(getOk());
    const events: SignupEvent[] = [];
    render(<TestForm endpoint={ENDPOINT} consent={consent} onEvent={(e) => events.push(e)} />);
    expect(screen.getByText("Loading…")).toBeInTheDocument();
    expect(await screen.findByLabelText("Email")).toHaveAttribute("autocomplete", "email");
    expect(screen.getByLabelText("Password")).toHaveAttribute("type", "password");
    expect(screen.getByLabelText("Password")).not.toHaveAttribute("maxlength");
    expect(latest?.accountStores.map((s) => s.id)).toEqual(["github"]);
    expect(events).toEqual([{ type: "view_loaded", fieldCount: 4, accountStoreCount: 1 }]);
  });

  it("shows a load error for an HTML 200, and refetches when back online", async () => {
    let html = true;
    server.use(
      http.get(ENDPOINT, () => {
        gets++;
        return html ? HttpResponse.html("<html>hi</html>") : HttpResponse.json(viewModel);
      }),
    );
    const events: SignupEvent[] = [];
    const onError = vi.fn();
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    render(<TestForm endpoint={ENDPOINT} onEvent={(e) => events.push(e)} onError={onError} />);
    expect(await screen.findByText(en.loadNotJson)).toBeInTheDocument();
    expect(events).toContainEqual({ type: "load_failed", reason: "not-json", status: 200 });
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ kind: "load" }));
    html = false;
    act(() => void window.dispatchEvent(new Event("online")));
    expect(await screen.findByLabelText("Email")).toBeInTheDocument();
    expect(gets).toBe(2);
  });

  it("retry button reloads after 5xx retries are exhausted", async () => {
    let fail = true;
    server.use(
      http.get(
        ENDPOINT,
        () => (
          gets++,
          fail ? new HttpResponse(null, { status: 500 }) : HttpResponse.json(viewModel)
        ),
      ),
    );
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    render(<TestForm endpoint={ENDPOINT} />);
    expect(
      await screen.findByText(en.loadFailed, undefined, { timeout: 4000 }),
    ).toBeInTheDocument();
    expect(gets).toBe(3);
    fail = false;
    await userEvent.setup().click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByLabelText("Email")).toBeInTheDocument();
  });

  it("aborts the GET on unmount", async () => {
    let signal: AbortSignal | undefined;
    const fetch = vi.fn((_url: RequestInfo | URL, init?: RequestInit) => {
      signal = init?.signal ?? undefined;
      return new Promise<Response>(() => undefined);
    });
    const { unmount } = render(<TestForm endpoint={ENDPOINT} fetch={fetch} />);
    await waitFor(() => expect(fetch).toHaveBeenCalled());
    unmount();
    expect(signal?.aborted).toBe(true);
  });

  it("with initialViewModel is ready on the first render and sends no GET", () => {
    render(<TestForm endpoint={ENDPOINT} initialViewModel={viewModel} />);
    expect(screen.getByLabelText("Email")).toBeInTheDocument();
    expect(gets).toBe(0);
  });

  it("renders the complete form to a string with initialViewModel, and loading without", () => {
    const html = renderToString(<TestForm endpoint="/register" initialViewModel={viewModel} />);
    expect(html).toContain('method="post"');
    expect(html).toContain('action="/register"');
    expect(html).toContain('name="email"');
    expect(html).toContain('name="customData.plan"');
    expect(html).not.toContain("style=");
    expect(renderToString(<TestForm endpoint="/register" />)).toContain("Loading…");
  });
});

describe("useSignupForm: hostile view models", () => {
  it("refuses bad names with a development warning naming them; the rest works and nothing is polluted", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const hostile: RegisterViewModel = {
      form: {
        fields: [
          { name: "__proto__", label: "Proto" },
          { name: "constructor.prototype.polluted", label: "Ctor" },
          { name: "", label: "Empty" },
          { name: "email", label: "Email", type: "email", required: true },
          { name: "email", label: "Email again" },
          { name: "a.b", label: "Dotted", type: "<img src=x>" },
          { name: "x[0]", label: "Bracket" },
        ],
      },
      accountStores: [
        { name: "Evil", provider: { providerId: "google", authorizeUri: "javascript:alert(1)" } },
      ],
    };
    server.use(postWith(() => HttpResponse.json({ account })));
    const user = userEvent.setup();
    render(<TestForm endpoint={ENDPOINT} initialViewModel={hostile} />);
    await waitFor(() => expect(warn).toHaveBeenCalled());
    const warned = warn.mock.calls.map((call) => String(call[0])).join("\n");
    expect(warned).toContain('"__proto__"');
    expect(warned).toContain('"constructor.prototype.polluted"');
    expect(warned).toContain('"Evil"');
    expect(latest?.accountStores).toEqual([]);
    expect(screen.getByLabelText("Dotted")).toHaveAttribute("type", "text");
    await user.type(screen.getByLabelText("Email"), "ada@example.com");
    await user.type(screen.getByLabelText("Dotted"), "1");
    await user.type(screen.getByLabelText("Bracket"), "2");
    await user.click(screen.getByRole("button", { name: "Create account" }));
    await screen.findByText("Success: ENABLED");
    expect(posts).toEqual([{ email: "ada@example.com", "a.b": "1", "x[0]": "2" }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("shows a load error for an initialViewModel of the wrong shape", () => {
    render(<TestForm initialViewModel={{ form: { fields: "nope" } } as never} />);
    expect(screen.getByText(en.loadInvalid)).toBeInTheDocument();
  });
});

describe("useSignupForm: rendering cost", () => {
  it("typing 30 characters before blur commits nothing", async () => {
    const user = userEvent.setup();
    let commits = 0;
    render(
      <Profiler id="form" onRender={() => void commits++}>
        <TestForm endpoint={ENDPOINT} initialViewModel={viewModel} />
      </Profiler>,
    );
    const email = screen.getByLabelText("Email");
    await user.click(email);
    commits = 0;
    await user.keyboard("a".repeat(20) + "@example.com".slice(0, 10));
    expect((email as HTMLInputElement).value).toHaveLength(30);
    expect(commits).toBe(0);
  });

  it("an error on one field re-renders that field only", async () => {
    const user = userEvent.setup();
    render(<TestForm endpoint={ENDPOINT} initialViewModel={viewModel} />);
    await user.click(screen.getByLabelText("Email"));
    const before = { ...renders };
    await user.tab();
    expect(await screen.findByText("Email required.")).toBeInTheDocument();
    expect(renders.email).toBeGreaterThan(before.email ?? 0);
    expect(renders.givenName).toBe(before.givenName);
    expect(renders.password).toBe(before.password);
  });
});

describe("useSignupForm: submitting", () => {
  it("validation failure: no POST, events with field names only, focus on the first invalid field", async () => {
    const events: SignupEvent[] = [];
    server.use(postWith(() => HttpResponse.json({ account })));
    const user = userEvent.setup();
    render(
      <TestForm
        endpoint={ENDPOINT}
        initialViewModel={viewModel}
        consent={consent}
        onEvent={(e) => events.push(e)}
      />,
    );
    await user.type(screen.getByLabelText("First Name"), "Ada");
    await user.type(screen.getByLabelText("Password"), "short");
    await user.click(screen.getByRole("button", { name: "Create account" }));
    expect(await screen.findByText("Email required.")).toBeInTheDocument();
    expect(screen.getByText("Password must be at least 8 characters.")).toBeInTheDocument();
    expect(screen.getByText(en.consentRequired)).toBeInTheDocument();
    expect(screen.getByLabelText("Email")).toHaveFocus();
    expect(screen.getByLabelText("Email")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByLabelText("Email").getAttribute("aria-describedby")).toContain("-error");
    expect(posts).toEqual([]);
    expect(events).toContainEqual({
      type: "validation_failed",
      fields: ["email", "password", "consent"],
    });
    expect(JSON.stringify(events)).not.toContain("short");
  });

  it("consent: focus lands on the checkbox when it is the only problem; the record is posted", async () => {
    server.use(postWith(() => HttpResponse.json({ account })));
    const user = userEvent.setup();
    document.documentElement.lang = "en-GB";
    render(
      <TestForm
        endpoint={ENDPOINT}
        initialViewModel={viewModel}
        consent={{ ...consent, marketing: true }}
      />,
    );
    const terms = screen.getByRole("checkbox", { name: /I accept the terms/ });
    expect(terms).not.toBeChecked();
    await fill(user);
    await user.click(screen.getByRole("button", { name: "Create account" }));
    await waitFor(() => expect(terms).toHaveFocus());
    expect(posts).toEqual([]);
    await user.click(terms);
    await user.click(screen.getByRole("button", { name: "Create account" }));
    await screen.findByText("Success: ENABLED");
    document.documentElement.lang = "";
    expect(posts).toHaveLength(1);
    const body = posts[0] as { consent: Record<string, unknown>; customData?: unknown };
    expect(body.consent).toEqual({
      termsVersion: "2026-01",
      termsUrl: "https://example.com/terms",
      acceptedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      locale: "en-GB",
      marketing: false,
    });
    expect(body.customData).toBeUndefined();
  });

  it("consent, declared: the record is posted and also reaches onSuccess and consent_recorded", async () => {
    server.use(postWith(() => HttpResponse.json({ account })));
    const events: SignupEvent[] = [];
    const onSuccess = vi.fn();
    const user = userEvent.setup();
    render(
      <TestForm
        endpoint={ENDPOINT}
        initialViewModel={viewModel}
        consent={consent}
        onSuccess={onSuccess}
        onEvent={(e) => events.push(e)}
      />,
    );
    await fill(user);
    await user.click(screen.getByRole("checkbox", { name: /I accept the terms/ }));
    await user.click(screen.getByRole("button", { name: "Create account" }));
    await screen.findByText("Success: ENABLED");
    const record = (posts[0] as { consent: unknown }).consent;
    expect(onSuccess).toHaveBeenCalledWith(
      expect.objectContaining({ consent: { record, posted: true, field: "consent" } }),
    );
    expect(events).toContainEqual({
      type: "consent_recorded",
      record,
      posted: true,
      field: "consent",
    });
    expect(JSON.stringify(events)).not.toContain("correct horse");
  });

  it("consent, not declared: the signup posts without it, the app still gets the record, a warning names the setting", async () => {
    server.use(postWith(() => HttpResponse.json({ account })));
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const events: SignupEvent[] = [];
    const onSuccess = vi.fn();
    const user = userEvent.setup();
    const stock: RegisterViewModel = {
      form: { fields: viewModel.form.fields.filter((field) => field.name !== "consent") },
    };
    render(
      <TestForm
        endpoint={ENDPOINT}
        initialViewModel={stock}
        consent={consent}
        onSuccess={onSuccess}
        onEvent={(e) => events.push(e)}
      />,
    );
    // Without JavaScript nothing would be posted either: the box has no name.
    expect(latest?.consent.terms.inputProps.name).toBeUndefined();
    expect(latest?.consent.hiddenInputs).toEqual([]);
    await fill(user);
    // Still required: the person accepts the terms either way.
    await user.click(screen.getByRole("button", { name: "Create account" }));
    expect(await screen.findByText(en.consentRequired)).toBeInTheDocument();
    await user.click(screen.getByRole("checkbox", { name: /I accept the terms/ }));
    await user.click(screen.getByRole("button", { name: "Create account" }));
    await screen.findByText("Success: ENABLED");
    expect(posts).toHaveLength(1);
    expect(Object.keys(posts[0]!).sort()).toEqual(["email", "givenName", "password"]);
    const expected = {
      record: {
        termsVersion: "2026-01",
        termsUrl: "https://example.com/terms",
        acceptedAt: expect.any(String),
        locale: "en",
      },
      posted: false,
    };
    expect(onSuccess).toHaveBeenCalledWith(expect.objectContaining({ consent: expected }));
    expect(events).toContainEqual({ type: "consent_recorded", ...expected });
    const warnings = warn.mock.calls.map((call) => String(call[0])).join("\n");
    expect(warnings).toContain('declares no field "consent"');
    expect(warnings).toContain("web.register.form.fields.consent");
  });

  it("without JavaScript, a declared consent key posts in bracket form", () => {
    render(
      <TestForm
        endpoint={ENDPOINT}
        initialViewModel={viewModel}
        consent={{ ...consent, marketing: true }}
      />,
    );
    expect(latest?.consent.terms.inputProps).toMatchObject({
      name: "consent[termsVersion]",
      value: "2026-01",
    });
    expect(latest?.consent.marketing?.inputProps.name).toBe("consent[marketing]");
    expect(latest?.consent.hiddenInputs).toEqual([
      { name: "consent[termsUrl]", value: "https://example.com/terms" },
      { name: "consent[locale]", value: "en" },
    ]);
  });

  it("without JavaScript, a customData.<x> consent key stays one root key (qs: { 'customData.terms': {…} })", () => {
    const nested: RegisterViewModel = {
      form: { fields: [...viewModel.form.fields, { name: "customData.terms", type: "hidden" }] },
    };
    render(
      <TestForm
        endpoint={ENDPOINT}
        initialViewModel={nested}
        consent={{ ...consent, field: "customData.terms" }}
      />,
    );
    expect(latest?.consent.terms.inputProps.name).toBe("customData.terms[termsVersion]");
    expect(latest?.consent.hiddenInputs.map((input) => input.name)).toEqual([
      "customData.terms[termsUrl]",
      "customData.terms[locale]",
    ]);
  });

  it("posts an allowlisted body with the password exactly as typed, then succeeds", async () => {
    server.use(
      postWith(() =>
        HttpResponse.json(
          { account: { ...account, status: "UNVERIFIED" } },
          { status: 201, headers: { Location: "/a/1" } },
        ),
      ),
    );
    const events: SignupEvent[] = [];
    const onSuccess = vi.fn();
    const user = userEvent.setup();
    render(
      <TestForm
        endpoint={ENDPOINT}
        initialViewModel={viewModel}
        onEvent={(e) => events.push(e)}
        onSuccess={onSuccess}
      />,
    );
    const password = "  Pässwörd 🔑 CAPS  ";
    await fill(user, { Password: password, Plan: "pro" });
    await user.click(screen.getByRole("button", { name: "Create account" }));
    await screen.findByText("Success: UNVERIFIED");
    expect(posts).toEqual([
      { givenName: "Ada", email: "ada@example.com", password, "customData.plan": "pro" },
    ]);
    expect(onSuccess).toHaveBeenCalledWith({
      account: { ...account, status: "UNVERIFIED" },
      status: "UNVERIFIED",
      location: "/a/1",
    });
    expect(events.map((e) => e.type)).toEqual([
      "view_loaded",
      "submit_attempted",
      "signup_succeeded",
      // The account is UNVERIFIED: the server sent a verification email.
      "verification_sent",
    ]);
    const serialised = JSON.stringify(events);
    for (const value of ["Ada", "ada@example.com", "Pässwörd", "pro"])
      expect(serialised).not.toContain(value);
  });

  it("double click and Enter twice send exactly one POST", async () => {
    // The answer is held until every extra submit has been tried, however slow the machine.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    server.use(
      postWith(async () => {
        await held;
        return HttpResponse.json({ account });
      }),
    );
    const user = userEvent.setup();
    render(<TestForm endpoint={ENDPOINT} initialViewModel={viewModel} />);
    await fill(user);
    const button = screen.getByRole("button", { name: "Create account" });
    await user.dblClick(button);
    await user.type(screen.getByLabelText("Email"), "{Enter}{Enter}");
    await act(async () => {
      await Promise.all([latest?.submit(), latest?.submit()]);
    });
    release();
    await screen.findByText("Success: ENABLED");
    expect(posts).toHaveLength(1);
  });

  it("409 lands on the email field, focuses it, keeps every value and emits signup_failed", async () => {
    server.use(
      postWith(() =>
        HttpResponse.json(
          { status: 409, code: 2001, message: "An account with that email already exists." },
          { status: 409 },
        ),
      ),
    );
    const events: SignupEvent[] = [];
    const onError = vi.fn();
    const user = userEvent.setup();
    render(
      <TestForm
        endpoint={ENDPOINT}
        initialViewModel={viewModel}
        onEvent={(e) => events.push(e)}
        onError={onError}
      />,
    );
    await fill(user);
    await user.click(screen.getByRole("button", { name: "Create account" }));
    expect(
      await screen.findByText("An account with that email already exists."),
    ).toBeInTheDocument();
    expect(screen.getByLabelText("Email")).toHaveFocus();
    expect(screen.getByLabelText("Email")).toHaveValue("ada@example.com");
    expect(screen.getByLabelText("Password")).toHaveValue("correct horse battery");
    expect(screen.getByLabelText("First Name")).toHaveValue("Ada");
    expect(events).toContainEqual({ type: "signup_failed", status: 409, reason: "conflict" });
    expect(onError).toHaveBeenCalledWith({
      kind: "conflict",
      status: 409,
      message: "An account with that email already exists.",
      fields: { email: "An account with that email already exists." },
    });
    // Fixing the field clears the server error (re-validation on change).
    await user.clear(screen.getByLabelText("Email"));
    await user.type(screen.getByLabelText("Email"), "ada2@example.com");
    await waitFor(() =>
      expect(screen.queryByText("An account with that email already exists.")).toBeNull(),
    );
  });

  it("unknown pointers become a form-level message", async () => {
    server.use(
      postWith(() =>
        HttpResponse.json(
          { title: "Bad", errors: [{ pointer: "#/isAdmin", detail: "isAdmin is not allowed." }] },
          { status: 400, headers: { "content-type": "application/problem+json" } },
        ),
      ),
    );
    const user = userEvent.setup();
    render(<TestForm endpoint={ENDPOINT} initialViewModel={viewModel} />);
    await fill(user);
    await user.click(screen.getByRole("button", { name: "Create account" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("isAdmin is not allowed.");
  });

  it("5xx shows the generic message, never the body", async () => {
    server.use(postWith(() => HttpResponse.html("<h1>Stack trace: secret</h1>", { status: 500 })));
    const user = userEvent.setup();
    render(<TestForm endpoint={ENDPOINT} initialViewModel={viewModel} />);
    await fill(user);
    await user.click(screen.getByRole("button", { name: "Create account" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(en.serverError);
    expect(document.body.textContent).not.toContain("secret");
  });

  it("a network failure says the account may or may not exist, keeps values, and is not retried", async () => {
    server.use(postWith(() => HttpResponse.error()));
    const user = userEvent.setup();
    render(<TestForm endpoint={ENDPOINT} initialViewModel={viewModel} />);
    await fill(user);
    await user.click(screen.getByRole("button", { name: "Create account" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(en.networkUncertain);
    expect(screen.getByLabelText("Password")).toHaveValue("correct horse battery");
    expect(posts).toHaveLength(1);
  });

  it("429 disables submit with a countdown from Retry-After, then allows it again", async () => {
    server.use(
      postWith(() =>
        HttpResponse.json(
          { message: "Too many" },
          { status: 429, headers: { "Retry-After": "2" } },
        ),
      ),
    );
    const user = userEvent.setup();
    render(<TestForm endpoint={ENDPOINT} initialViewModel={viewModel} />);
    await fill(user);
    await user.click(screen.getByRole("button", { name: "Create account" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Too many attempts. Try again in 2 seconds.",
    );
    expect(screen.getByRole("button", { name: "Create account" })).toBeDisabled();
    await act(async () => {
      await latest?.submit();
    });
    expect(posts).toHaveLength(1);
    // The countdown is `retryAfter`; the message is stated once and does not
    // change every second (custom markup would re-announce it otherwise).
    await waitFor(() => expect(latest?.retryAfter).toBe(1), { timeout: 1500 });
    expect(screen.getByRole("alert")).toHaveTextContent(
      "Too many attempts. Try again in 2 seconds.",
    );
    expect(latest?.formError).toBe("Too many attempts. Try again in 2 seconds.");
    await waitFor(
      () => expect(screen.getByRole("button", { name: "Create account" })).toBeEnabled(),
      { timeout: 2000 },
    );
    expect(latest?.retryAfter).toBe(0);
    expect(latest?.formError).toBeUndefined();
  });
});

describe("useSignupForm: captcha seam", () => {
  const withCaptcha = {
    ...viewModel,
    form: { fields: [...viewModel.form.fields, { name: "captchaToken", type: "hidden" }] },
  };

  it("refuses to POST without a token, posts it once given, and resets the widget after a failure", async () => {
    server.use(
      postWith(() =>
        HttpResponse.json({ status: 400, message: "Email required." }, { status: 400 }),
      ),
    );
    const user = userEvent.setup();
    const reset = vi.fn();
    render(
      <TestForm
        endpoint={ENDPOINT}
        initialViewModel={withCaptcha}
        captcha={{ siteKey: "10000000-ffff-ffff-ffff-000000000001" }}
      />,
    );
    act(() => void latest?.captcha.registerWidget({ reset }));
    await fill(user);
    await user.click(screen.getByRole("button", { name: "Create account" }));
    expect(await screen.findByText(en.captchaRequired)).toBeInTheDocument();
    expect(posts).toEqual([]);
    act(() => latest?.captcha.setToken("tok-1"));
    await user.click(screen.getByRole("button", { name: "Create account" }));
    await waitFor(() => expect(reset).toHaveBeenCalledTimes(1));
    expect(posts[0]?.captchaToken).toBe("tok-1");
    // The token was used once: the next submit needs a new one.
    await user.click(screen.getByRole("button", { name: "Create account" }));
    expect(await screen.findByText(en.captchaRequired)).toBeInTheDocument();
    expect(posts).toHaveLength(1);
  });

  it("an execute() widget provides the token on submit", async () => {
    server.use(postWith(() => HttpResponse.json({ account })));
    const user = userEvent.setup();
    render(
      <TestForm endpoint={ENDPOINT} initialViewModel={withCaptcha} captcha={{ siteKey: "k" }} />,
    );
    act(
      () => void latest?.captcha.registerWidget({ reset: vi.fn(), execute: async () => "tok-2" }),
    );
    await fill(user);
    await user.click(screen.getByRole("button", { name: "Create account" }));
    await screen.findByText("Success: ENABLED");
    expect(posts[0]?.captchaToken).toBe("tok-2");
  });

  it("not declared: no widget, no token, the signup goes through, and a warning says what to configure", async () => {
    server.use(postWith(() => HttpResponse.json({ account })));
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const user = userEvent.setup();
    const execute = vi.fn(async () => "tok-3");
    render(
      <TestForm endpoint={ENDPOINT} initialViewModel={viewModel} captcha={{ siteKey: "k" }} />,
    );
    expect(latest?.captcha.enabled).toBe(false);
    act(() => void latest?.captcha.registerWidget({ reset: vi.fn(), execute }));
    await fill(user);
    await user.click(screen.getByRole("button", { name: "Create account" }));
    await screen.findByText("Success: ENABLED");
    expect(execute).not.toHaveBeenCalled();
    expect(posts[0]).not.toHaveProperty("captchaToken");
    const warnings = warn.mock.calls.map((call) => String(call[0])).join("\n");
    expect(warnings).toContain('declares no field "captchaToken"');
    expect(warnings).toContain("web.register.form.fields.captchaToken");
    expect(warnings).toContain("preRegistrationHandler");
  });
});

describe("useSignupForm: social login", () => {
  it("stores state, emits the provider id only, and lets onSocialLogin take over", async () => {
    const events: SignupEvent[] = [];
    const onSocialLogin = vi.fn((_request: { url: string; state?: string }) => false);
    render(
      <TestForm
        endpoint={ENDPOINT}
        initialViewModel={viewModel}
        onEvent={(e) => events.push(e)}
        onSocialLogin={onSocialLogin}
      />,
    );
    const store = latest?.accountStores[0];
    expect(store).toBeDefined();
    await act(() => latest!.startSocialLogin(store!));
    const stored = JSON.parse(sessionStorage.getItem(STATE_STORAGE_KEY) ?? "{}") as {
      state: string;
      providerId: string;
    };
    expect(stored.providerId).toBe("github");
    const request = onSocialLogin.mock.calls[0]![0];
    const url = new URL(request.url);
    expect(url.origin + url.pathname).toBe("https://github.com/login/oauth/authorize");
    expect(url.searchParams.get("state")).toBe(stored.state);
    expect(url.searchParams.get("client_id")).toBe("gh-client");
    expect(url.searchParams.get("redirect_uri")).toBe("http://localhost/callbacks/github");
    expect(request.url).not.toContain("never");
    expect(events).toContainEqual({ type: "social_login_started", providerId: "github" });
  });

  it("follows a server's authorizeUri as given and never replaces or stores its state", async () => {
    sessionStorage.clear();
    const given =
      "https://www.linkedin.com/oauth/v2/authorization?client_id=li&state=server-state&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcallbacks%2Flinkedin";
    const onSocialLogin = vi.fn((_request: { url: string; state?: string }) => false);
    render(
      <TestForm
        endpoint={ENDPOINT}
        initialViewModel={{
          form: viewModel.form,
          accountStores: [
            { name: "LinkedIn", authorizeUri: given, provider: { providerId: "linkedin" } },
          ],
        }}
        onSocialLogin={onSocialLogin}
      />,
    );
    const store = latest?.accountStores[0];
    expect(store?.dialect).toBe("client-api");
    await act(() => latest!.startSocialLogin(store!));
    expect(onSocialLogin.mock.calls[0]![0]).toMatchObject({ url: given, state: "server-state" });
    expect(sessionStorage.getItem(STATE_STORAGE_KEY)).toBeNull();
  });
});

describe("useSignupForm: duplicates", () => {
  it("a 400 'already exists' (express-stormpath 4.0.0) is a conflict in onError and signup_failed", async () => {
    server.use(
      postWith(() =>
        HttpResponse.json(
          { status: 400, message: "An account with that email address already exists." },
          { status: 400 },
        ),
      ),
    );
    const events: SignupEvent[] = [];
    const onError = vi.fn();
    const user = userEvent.setup();
    render(
      <TestForm
        endpoint={ENDPOINT}
        initialViewModel={viewModel}
        onError={onError}
        onEvent={(e) => events.push(e)}
      />,
    );
    await fill(user);
    await user.click(screen.getByRole("button", { name: "Create account" }));
    expect(
      await screen.findByText("An account with that email address already exists."),
    ).toBeInTheDocument();
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({
        kind: "conflict",
        status: 400,
        fields: { email: "An account with that email address already exists." },
      }),
    );
    expect(events).toContainEqual({ type: "signup_failed", reason: "conflict", status: 400 });
    expect(screen.getByLabelText("Email")).toHaveFocus();
  });

  it("Okta's 'password: ' prefix is not shown and the message lands on the password field", async () => {
    server.use(
      postWith(() =>
        HttpResponse.json(
          { status: 400, message: "password: Password requirements were not met." },
          { status: 400 },
        ),
      ),
    );
    const user = userEvent.setup();
    render(<TestForm endpoint={ENDPOINT} initialViewModel={viewModel} />);
    await fill(user);
    await user.click(screen.getByRole("button", { name: "Create account" }));
    expect(await screen.findByText("Password requirements were not met.")).toBeInTheDocument();
    expect(screen.queryByText(/password: /)).toBeNull();
    expect(screen.getByLabelText("Password")).toHaveFocus();
    expect(screen.getByLabelText("Password")).toHaveAttribute("aria-invalid", "true");
  });
});
