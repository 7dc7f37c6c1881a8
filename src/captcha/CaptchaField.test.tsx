// The captcha lifecycle in <SignupForm>, with @hcaptcha/react-hcaptcha replaced
// by a fake driven through the same callbacks the real wrapper calls.
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StrictMode, createElement } from "react";
import type { Component } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { HCaptchaProps } from "@hcaptcha/react-hcaptcha";
import { SignupForm } from "../components/SignupForm";
import type { RegisterViewModel } from "../contract/types";
import type { SignupFormProps } from "../components/types";
import { en } from "../en";

// Not imported from ./HCaptchaWidget: that would import the wrapper eagerly.
const HCAPTCHA_TEST_SITE_KEY = "10000000-ffff-ffff-ffff-000000000001";

interface Execution {
  resolve: (value: { response: string; key: string }) => void;
  reject: (error: unknown) => void;
}

const hc = vi.hoisted(() => ({
  imported: 0,
  /** Every widget instance ever mounted, and the ones mounted now. */
  mounted: [] as unknown[],
  live: new Set<unknown>(),
  unmounted: [] as unknown[],
  executions: [] as Array<{
    resolve: (value: { response: string; key: string }) => void;
    reject: (error: unknown) => void;
  }>,
}));

vi.mock("@hcaptcha/react-hcaptcha", async () => {
  const react = await import("react");
  hc.imported += 1;
  class FakeHCaptcha extends react.Component<HCaptchaProps> {
    execute = vi.fn(
      (_options?: { async?: boolean }) =>
        new Promise((resolve, reject) => {
          hc.executions.push({ resolve, reject });
        }),
    );
    resetCaptcha = vi.fn();
    // StrictMode unmounts and mounts the same instance again.
    override componentDidMount() {
      if (!hc.mounted.includes(this)) hc.mounted.push(this);
      hc.live.add(this);
    }
    override componentWillUnmount() {
      hc.unmounted.push(this);
      hc.live.delete(this);
    }
    override render() {
      return react.createElement("div", {
        "data-testid": "hcaptcha",
        "data-sitekey": this.props.sitekey,
      });
    }
  }
  return { default: FakeHCaptcha, HCaptcha: FakeHCaptcha };
});

type Fake = Component<HCaptchaProps> & {
  execute: ReturnType<typeof vi.fn>;
  resetCaptcha: ReturnType<typeof vi.fn>;
};

/** The widgets mounted now (StrictMode and key changes unmount some). */
function live(): Fake[] {
  return [...hc.live] as Fake[];
}
/** The one widget on the page. */
function widget(): Fake {
  const all = live();
  expect(all).toHaveLength(1);
  return all[0]!;
}
function lastExecution(): Execution {
  const execution = hc.executions.at(-1);
  if (!execution) throw new Error("execute() was not called");
  return execution;
}

const ENDPOINT = "http://localhost:3000/register";
const viewModel: RegisterViewModel = {
  form: {
    fields: [
      { name: "email", label: "Email", required: true, type: "email" },
      { name: "password", label: "Password", required: true, type: "password" },
      { name: "captchaToken", type: "hidden" },
    ],
  },
  accountStores: [],
};
const okBody = {
  account: {
    href: "https://api.example.com/v1/accounts/1",
    email: "ada@example.com",
    status: "ENABLED",
  },
};

type Answer = Response | "network";
/** A fetch that records POST bodies and answers from `answers` (then 200 ENABLED). */
function backend(...answers: Answer[]) {
  const posts: Array<Record<string, unknown>> = [];
  const fetch = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    posts.push(JSON.parse(String(init?.body)) as Record<string, unknown>);
    const answer = answers.shift() ?? Response.json(okBody);
    if (answer === "network") throw new TypeError("Failed to fetch");
    return answer;
  });
  return { posts, fetch: fetch as unknown as typeof globalThis.fetch };
}

function problem(status: number, body: unknown): Response {
  return Response.json(body, { status });
}

function renderForm(props: Partial<SignupFormProps> = {}, strict = false) {
  const element = createElement(SignupForm, {
    endpoint: ENDPOINT,
    initialViewModel: viewModel,
    captcha: { siteKey: HCAPTCHA_TEST_SITE_KEY },
    ...props,
  });
  const result = render(strict ? createElement(StrictMode, null, element) : element);
  return {
    ...result,
    rerenderWith: (next: Partial<SignupFormProps>) =>
      result.rerender(
        createElement(SignupForm, {
          endpoint: ENDPOINT,
          initialViewModel: viewModel,
          captcha: { siteKey: HCAPTCHA_TEST_SITE_KEY },
          ...props,
          ...next,
        }),
      ),
  };
}

async function fill(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText(/^Email/), "ada@example.com");
  await user.type(screen.getByLabelText(/^Password/), "correct horse battery staple");
}
const submitButton = () => screen.getByRole("button", { name: "Create account" });
const area = () => screen.getByRole("group", { name: en.captchaLabel });
const captchaMessage = (container: HTMLElement) =>
  container.querySelector('[data-slot="captcha-message"]');
const formError = (container: HTMLElement) =>
  container.querySelector('[data-slot="form-error"]')?.textContent ?? "";

async function mounted() {
  await waitFor(() => expect(live()).toHaveLength(1));
  return widget();
}
/** The wrapper reports a solved challenge. */
function verify(token: string) {
  act(() => widget().props.onVerify?.(token, `key-${token}`));
}

afterEach(() => {
  hc.executions.length = 0;
});

describe("captcha: lazy loading", () => {
  // First in the file: the fake module counts how often it was imported.
  it("a form without captcha renders no captcha slot and never imports the wrapper", async () => {
    const { container } = renderForm({ captcha: undefined });
    await screen.findByRole("button", { name: "Create account" });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(container.querySelector('[data-slot="captcha"]')).toBeNull();
    expect(hc.imported).toBe(0);
    expect(hc.mounted).toHaveLength(0);
  });

  it("imports the wrapper on demand and renders it right before the submit button", async () => {
    const { container } = renderForm();
    await mounted();
    expect(hc.imported).toBe(1);
    const slot = container.querySelector('[data-slot="captcha"]');
    // The next thing in the form is the submit button (or the part that wraps it).
    const next = slot?.nextElementSibling;
    expect(next === submitButton() || next?.contains(submitButton())).toBe(true);
    expect(within(area()).getByTestId("hcaptcha")).toBeInTheDocument();
  });
});

describe("captcha: options", () => {
  it("passes site key, size, theme, language and the wrapper's own options through; Sentry is off", async () => {
    renderForm({
      locale: "de",
      // The view model declares the custom key: only then does the widget run.
      initialViewModel: {
        ...viewModel,
        form: { fields: [...viewModel.form.fields, { name: "h-captcha-token", type: "hidden" }] },
      },
      captcha: {
        siteKey: "site-1",
        size: "compact",
        theme: "dark",
        apihost: "http://127.0.0.1:4010/__mock/hcaptcha",
        scriptSource: "http://127.0.0.1:4010/__mock/hcaptcha/api.js",
        reCaptchaCompat: false,
        field: "h-captcha-token",
      },
    });
    const props = (await mounted()).props;
    expect(props).toMatchObject({
      sitekey: "site-1",
      size: "compact",
      theme: "dark",
      languageOverride: "de",
      apihost: "http://127.0.0.1:4010/__mock/hcaptcha",
      scriptSource: "http://127.0.0.1:4010/__mock/hcaptcha/api.js",
      reCaptchaCompat: false,
      sentry: false,
    });
    // Our own keys are not the wrapper's.
    expect(props).not.toHaveProperty("field");
    expect(props).not.toHaveProperty("siteKey");
  });

  it("captcha.languageOverride wins over the form locale; the token goes under captcha.field", async () => {
    const { posts, fetch } = backend();
    const user = userEvent.setup();
    renderForm({
      locale: "de",
      // The German catalogue would load for locale "de"; keep this test's English text.
      messages: en,
      fetch,
      captcha: { siteKey: "k", languageOverride: "fr", field: "captchaToken" },
    });
    expect((await mounted()).props.languageOverride).toBe("fr");
    await fill(user);
    verify("tok-1");
    await user.click(submitButton());
    await screen.findByText(en.successEnabledTitle);
    expect(posts).toEqual([
      { email: "ada@example.com", password: "correct horse battery staple", captchaToken: "tok-1" },
    ]);
  });
});

describe("captcha: visible mode", () => {
  it("without a token: no POST, the error at the widget (described, announced) and focus on it", async () => {
    const { posts, fetch } = backend();
    const user = userEvent.setup();
    const { container } = renderForm({ fetch });
    await mounted();
    await fill(user);
    await user.click(submitButton());
    const message = await within(area().parentElement!).findByText(en.captchaRequired);
    expect(posts).toHaveLength(0);
    expect(captchaMessage(container)).toHaveAttribute("aria-live", "assertive");
    expect(captchaMessage(container)).toContainElement(message);
    expect(area()).toHaveAttribute("aria-describedby", message.id);
    expect(area()).toHaveFocus();
    expect(formError(container)).toBe("");
    // Solving clears the message; the POST carries the token.
    verify("tok-1");
    expect(screen.queryByText(en.captchaRequired)).toBeNull();
    expect(area()).not.toHaveAttribute("aria-describedby");
    await user.click(submitButton());
    await screen.findByText(en.successEnabledTitle);
    expect(posts.map((p) => p.captchaToken)).toEqual(["tok-1"]);
  });

  it("an invalid field is focused first; the captcha message still shows", async () => {
    const { posts, fetch } = backend();
    const user = userEvent.setup();
    renderForm({ fetch });
    await mounted();
    await user.click(submitButton());
    expect(await screen.findByText(en.captchaRequired)).toBeInTheDocument();
    expect(screen.getByLabelText(/^Email/)).toHaveFocus();
    expect(posts).toHaveLength(0);
  });

  it("expiry clears the token and tells the person; the next submit sends nothing", async () => {
    const { posts, fetch } = backend();
    const user = userEvent.setup();
    renderForm({ fetch });
    await mounted();
    await fill(user);
    verify("tok-1");
    act(() => widget().props.onExpire?.());
    expect(screen.getByText(en.captchaExpired)).toBeInTheDocument();
    await user.click(submitButton());
    expect(posts).toHaveLength(0);
    // The specific message stays (it says what to do), and focus goes to the widget.
    expect(screen.getByText(en.captchaExpired)).toBeInTheDocument();
    expect(area()).toHaveFocus();
    verify("tok-2");
    await user.click(submitButton());
    await screen.findByText(en.successEnabledTitle);
    expect(posts.map((p) => p.captchaToken)).toEqual(["tok-2"]);
  });

  it.each<[string, Answer]>([
    ["400 field error", problem(400, { status: 400, code: 2000, message: "Email required." })],
    ["409 conflict", problem(409, { status: 409, code: 2001, message: "Taken." })],
    ["422", problem(422, { status: 422, message: "Disposable address." })],
    ["429", new Response("", { status: 429, headers: { "Retry-After": "0" } })],
    ["500", new Response("oops", { status: 500 })],
    ["503", new Response("", { status: 503 })],
    ["a network error", "network"],
  ])(
    "after a failed POST (%s) the widget is reset and the token is never sent again",
    async (_name, answer) => {
      const { posts, fetch } = backend(answer);
      const user = userEvent.setup();
      renderForm({ fetch });
      await mounted();
      await fill(user);
      verify("tok-1");
      await user.click(submitButton());
      await waitFor(() => expect(widget().resetCaptcha).toHaveBeenCalledTimes(1));
      expect(posts.map((p) => p.captchaToken)).toEqual(["tok-1"]);
      // Wait out a Retry-After of 0 and submit again: no token, no POST.
      await waitFor(() => expect(submitButton()).toBeEnabled(), { timeout: 3000 });
      await user.click(submitButton());
      expect(await screen.findByText(en.captchaRequired)).toBeInTheDocument();
      expect(posts).toHaveLength(1);
      // A fresh token: the second POST carries it.
      verify("tok-2");
      await user.click(submitButton());
      await waitFor(() => expect(posts).toHaveLength(2));
      expect(posts.map((p) => p.captchaToken)).toEqual(["tok-1", "tok-2"]);
    },
  );

  it.each([
    [
      "missing-input-response",
      {
        status: 400,
        code: 400,
        message: "Captcha required.",
        "error-codes": ["missing-input-response"],
        developerMessage: "captchaToken: missing-input-response",
      },
    ],
    [
      "invalid-input-response",
      {
        type: "about:blank",
        status: 400,
        title: "Bad Request",
        errors: [{ pointer: "#/captchaToken", detail: "invalid-input-response" }],
      },
    ],
  ])("a server captcha error (%s) lands at the widget, not on the form", async (_code, body) => {
    const { posts, fetch } = backend(problem(400, body));
    const user = userEvent.setup();
    const { container } = renderForm({ fetch });
    await mounted();
    await fill(user);
    verify("tok-1");
    await user.click(submitButton());
    const message = await within(area().parentElement!).findByText(en.captchaInvalid);
    expect(area()).toHaveAttribute("aria-describedby", message.id);
    expect(area()).toHaveFocus();
    expect(formError(container)).toBe("");
    expect(widget().resetCaptcha).toHaveBeenCalledTimes(1);
    expect(screen.getByLabelText(/^Email/)).toHaveValue("ada@example.com");
    expect(posts).toHaveLength(1);
  });

  it("closing or failing the challenge says so at the widget", async () => {
    renderForm();
    await mounted();
    act(() => widget().props.onClose?.());
    expect(screen.getByText(en.captchaClosed)).toBeInTheDocument();
    act(() => widget().props.onError?.("network-error"));
    expect(screen.getByText(en.captchaError)).toBeInTheDocument();
    act(() => widget().props.onChalExpired?.());
    expect(screen.getByText(en.captchaExpired)).toBeInTheDocument();
  });
});

describe("captcha: script failure", () => {
  it("shows an actionable message with a retry, keeps every value and submits nothing", async () => {
    const { posts, fetch } = backend();
    const user = userEvent.setup();
    renderForm({ fetch });
    const first = await mounted();
    await fill(user);
    act(() => first.props.onError?.("script-error"));
    expect(screen.getByText(en.captchaLoadFailed)).toBeInTheDocument();
    await user.click(submitButton());
    expect(posts).toHaveLength(0);
    expect(screen.getByText(en.captchaLoadFailed)).toBeInTheDocument();
    expect(screen.queryByText(en.captchaRequired)).toBeNull();
    expect(screen.getByLabelText(/^Email/)).toHaveValue("ada@example.com");
    expect(screen.getByLabelText(/^Password/)).toHaveValue("correct horse battery staple");
    // Retry mounts a new widget (the wrapper loads the script again) and clears the message.
    await user.click(screen.getByRole("button", { name: en.retry }));
    await waitFor(() => expect(live()).toHaveLength(1));
    expect(widget()).not.toBe(first);
    expect(screen.queryByText(en.captchaLoadFailed)).toBeNull();
    act(() => widget().props.onLoad?.());
    expect(screen.queryByRole("button", { name: en.retry })).toBeNull();
    verify("tok-1");
    await user.click(submitButton());
    await screen.findByText(en.successEnabledTitle);
    expect(posts.map((p) => p.captchaToken)).toEqual(["tok-1"]);
  });

  it("invisible mode: submit after a script failure fails at once with the load message", async () => {
    const { posts, fetch } = backend();
    const user = userEvent.setup();
    renderForm({ fetch, captcha: { siteKey: "k", size: "invisible" } });
    await mounted();
    await fill(user);
    act(() => widget().props.onError?.("script-error"));
    await user.click(submitButton());
    expect(screen.getByText(en.captchaLoadFailed)).toBeInTheDocument();
    expect(widget().execute).not.toHaveBeenCalled();
    expect(posts).toHaveLength(0);
    expect(submitButton()).toBeEnabled();
  });
});

describe("captcha: invisible mode", () => {
  const invisible = { siteKey: HCAPTCHA_TEST_SITE_KEY, size: "invisible" as const };

  it("submit runs execute({ async: true }) and posts the token it returns", async () => {
    const { posts, fetch } = backend();
    const user = userEvent.setup();
    renderForm({ fetch, captcha: invisible });
    await mounted();
    await fill(user);
    await user.click(submitButton());
    expect(widget().execute).toHaveBeenCalledWith({ async: true });
    expect(posts).toHaveLength(0);
    await act(async () => lastExecution().resolve({ response: "tok-i1", key: "k" }));
    await screen.findByText(en.successEnabledTitle);
    expect(posts.map((p) => p.captchaToken)).toEqual(["tok-i1"]);
  });

  it.each([
    ["closed", () => widget().props.onClose?.(), en.captchaClosed],
    ["errored", () => widget().props.onError?.("challenge-error"), en.captchaError],
    ["expired", () => widget().props.onChalExpired?.(), en.captchaExpired],
    ["rejected", () => lastExecution().reject(new Error("challenge-closed")), en.captchaClosed],
  ])(
    "a challenge %s goes back to idle with a message, and submit works again",
    async (_name, act_, text) => {
      const { posts, fetch } = backend();
      const user = userEvent.setup();
      const { container } = renderForm({ fetch, captcha: invisible });
      await mounted();
      await fill(user);
      await user.click(submitButton());
      expect(hc.executions).toHaveLength(1);
      await act(async () => {
        act_();
      });
      expect(await screen.findByText(text)).toBeInTheDocument();
      expect(container.querySelector('[data-slot="root"]')).toHaveAttribute("data-state", "ready");
      expect(posts).toHaveLength(0);
      await user.click(submitButton());
      expect(hc.executions).toHaveLength(2);
      await act(async () => lastExecution().resolve({ response: "tok-i2", key: "k" }));
      await screen.findByText(en.successEnabledTitle);
      expect(posts.map((p) => p.captchaToken)).toEqual(["tok-i2"]);
    },
  );

  it("our own timeout covers a challenge that never answers", async () => {
    const { posts, fetch } = backend();
    const user = userEvent.setup();
    renderForm({ fetch, captcha: { ...invisible, executeTimeout: 50 } });
    await mounted();
    await fill(user);
    await user.click(submitButton());
    expect(await screen.findByText(en.captchaError)).toBeInTheDocument();
    expect(widget().resetCaptcha).toHaveBeenCalled();
    expect(posts).toHaveLength(0);
    // A late answer is ignored, and the next submit starts a new challenge.
    await act(async () => hc.executions[0]!.resolve({ response: "late", key: "k" }));
    expect(posts).toHaveLength(0);
    await user.click(submitButton());
    await act(async () => lastExecution().resolve({ response: "tok-i3", key: "k" }));
    await screen.findByText(en.successEnabledTitle);
    expect(posts.map((p) => p.captchaToken)).toEqual(["tok-i3"]);
  });

  it("after a failed POST the next submit runs a new challenge: two different tokens", async () => {
    const { posts, fetch } = backend(new Response("", { status: 500 }));
    const user = userEvent.setup();
    renderForm({ fetch, captcha: invisible });
    await mounted();
    await fill(user);
    await user.click(submitButton());
    await act(async () => lastExecution().resolve({ response: "tok-a", key: "k" }));
    await waitFor(() => expect(widget().resetCaptcha).toHaveBeenCalledTimes(1));
    await screen.findByText(en.serverError);
    await user.click(submitButton());
    expect(hc.executions).toHaveLength(2);
    await act(async () => lastExecution().resolve({ response: "tok-b", key: "k" }));
    await screen.findByText(en.successEnabledTitle);
    expect(posts.map((p) => p.captchaToken)).toEqual(["tok-a", "tok-b"]);
  });
});

describe("captcha: React lifecycle", () => {
  it("StrictMode's double mount leaves one widget that works, with no console errors", async () => {
    const errors = vi.spyOn(console, "error");
    const { posts, fetch } = backend();
    const user = userEvent.setup();
    const { unmount } = renderForm({ fetch }, true);
    await mounted();
    await fill(user);
    verify("tok-1");
    await user.click(submitButton());
    await screen.findByText(en.successEnabledTitle);
    expect(posts.map((p) => p.captchaToken)).toEqual(["tok-1"]);
    unmount();
    expect(live()).toHaveLength(0);
    expect(errors).not.toHaveBeenCalled();
  });

  it("unmounting during an invisible challenge throws nothing and posts nothing", async () => {
    const errors = vi.spyOn(console, "error");
    const { posts, fetch } = backend();
    const user = userEvent.setup();
    const { unmount } = renderForm({ fetch, captcha: { siteKey: "k", size: "invisible" } });
    await mounted();
    await fill(user);
    await user.click(submitButton());
    unmount();
    await act(async () => lastExecution().resolve({ response: "tok", key: "k" }));
    expect(live()).toHaveLength(0);
    expect(posts).toHaveLength(0);
    expect(errors).not.toHaveBeenCalled();
  });

  it.each([
    ["site key", { captcha: { siteKey: "other-key" } }],
    // `messages: en` keeps the English text the test reads (locale "fr" loads French).
    ["language", { locale: "fr", messages: en }],
  ])("a %s change replaces the widget and drops the old token", async (_name, change) => {
    const errors = vi.spyOn(console, "error");
    const { posts, fetch } = backend();
    const user = userEvent.setup();
    const { rerenderWith } = renderForm({ fetch, locale: "en" });
    const first = await mounted();
    await fill(user);
    verify("tok-old");
    rerenderWith(change as Partial<SignupFormProps>);
    await waitFor(() => expect(hc.unmounted).toContain(first));
    const second = widget();
    expect(second).not.toBe(first);
    if ("captcha" in change) expect(second.props.sitekey).toBe("other-key");
    else expect(second.props.languageOverride).toBe("fr");
    await user.click(submitButton());
    expect(await screen.findByText(en.captchaRequired)).toBeInTheDocument();
    expect(posts).toHaveLength(0);
    verify("tok-new");
    await user.click(submitButton());
    await screen.findByText(en.successEnabledTitle);
    expect(posts.map((p) => p.captchaToken)).toEqual(["tok-new"]);
    expect(errors).not.toHaveBeenCalled();
  });
});

describe("captcha: development warnings", () => {
  it("warns once when a production build uses the test site key, never in development", async () => {
    const warnings = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const testKeyWarnings = () =>
      warnings.mock.calls.filter((call) => String(call[0]).includes("test key"));
    const first = renderForm();
    await mounted();
    expect(testKeyWarnings()).toHaveLength(0);
    first.unmount();

    vi.stubEnv("NODE_ENV", "production");
    try {
      const second = renderForm();
      await mounted();
      second.unmount();
      renderForm();
      await mounted();
      expect(testKeyWarnings()).toHaveLength(1);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
