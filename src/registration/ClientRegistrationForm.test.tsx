import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createHandlers } from "../mock/handlers";
import type { ClientInformation } from "../contract/clientMetadata";
import { ClientRegistrationForm } from "./ClientRegistrationForm";

const ISSUER = "http://127.0.0.1:4999";
const { handlers, backend } = createHandlers({ baseUrl: ISSUER });
const server = setupServer(...handlers);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(async () => {
  server.resetHandlers();
  await backend.reset();
});
afterAll(() => server.close());

async function axeClean(container: HTMLElement) {
  const results = await axe.run(container, {
    // jsdom has no layout or computed colours: axe cannot measure contrast here.
    rules: { "color-contrast": { enabled: false } },
  });
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

async function fill(user: ReturnType<typeof userEvent.setup>, uri = "https://app.example.com/cb") {
  await user.type(screen.getByLabelText(/Application name/), "My App");
  await user.type(screen.getByRole("textbox", { name: "Redirect URI 1" }), uri);
}

// userEvent typing in jsdom is slow on 2 cores when the whole suite runs at once.
describe("<ClientRegistrationForm>", { timeout: 20_000 }, () => {
  it("discovers the endpoint from the issuer, registers, and shows the secret once", async () => {
    const user = userEvent.setup();
    const onRegistered = vi.fn<(info: ClientInformation) => void>();
    const { container } = render(
      <ClientRegistrationForm issuer={ISSUER} onRegistered={onRegistered} />,
    );
    await screen.findByLabelText(/Application name/);
    await axeClean(container);
    await fill(user);
    await user.click(screen.getByRole("button", { name: "Register application" }));

    const section = await screen.findByRole("region", { name: "Your application is registered" });
    expect(section).toHaveFocus();
    const info = onRegistered.mock.calls[0]?.[0];
    expect(info?.registration_access_token).toBeTruthy();
    expect(info?.registration_client_uri).toBe(`${ISSUER}/oauth/register/${info?.client_id}`);
    expect(screen.getByText(info?.client_id ?? "")).toBeInTheDocument();
    expect(screen.getByText(info?.client_secret ?? "")).toBeInTheDocument();
    expect(screen.getByText(/shown only once/)).toBeInTheDocument();
    expect(screen.getByText("The secret does not expire.")).toBeInTheDocument();
    // The registration access token is for the app, not the page.
    expect(container.textContent).not.toContain(info?.registration_access_token);
    expect(JSON.stringify({ ...localStorage })).not.toContain(info?.client_id);
    expect(JSON.stringify({ ...sessionStorage })).not.toContain(info?.client_id);
    await axeClean(container);

    await user.click(screen.getByRole("button", { name: "I have saved the secret" }));
    expect(screen.queryByText(info?.client_secret ?? "")).not.toBeInTheDocument();
    expect(screen.getByText(info?.client_id ?? "")).toBeInTheDocument();
  });

  it("copies exactly the secret shown, with a real button, and says so", async () => {
    const user = userEvent.setup();
    const writeText = vi.fn((_text: string) => Promise.resolve());
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    const onRegistered = vi.fn<(info: ClientInformation) => void>();
    render(
      <ClientRegistrationForm
        registrationEndpoint={`${ISSUER}/oauth/register`}
        onRegistered={onRegistered}
      />,
    );
    await fill(user);
    await user.click(screen.getByRole("button", { name: "Register application" }));
    const copySecret = await screen.findByRole("button", { name: "Copy Client secret" });
    const secret = onRegistered.mock.calls[0]?.[0].client_secret;
    expect(secret).toMatch(/^\S{20,}$/);
    // The text beside the button is the secret, and the button copies that same string.
    expect(copySecret.closest("[data-slot=credential-row]")).toHaveTextContent(secret ?? "?");
    await user.click(copySecret);
    expect(writeText).toHaveBeenCalledTimes(1);
    expect(writeText).toHaveBeenCalledWith(secret);
    expect(await screen.findByRole("status")).toHaveTextContent("Copied");
    await user.click(screen.getByRole("button", { name: "Copy Client ID" }));
    expect(writeText).toHaveBeenLastCalledWith(onRegistered.mock.calls[0]?.[0].client_id);
  });

  it("counts down after a 429 with Retry-After, submit disabled, then allows a retry", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
      await fetch(`${ISSUER}/__mock/oauth/scenario`, {
        method: "POST",
        body: JSON.stringify({ name: "rate-limited", target: "POST", times: 1, retryAfter: 3 }),
      });
      render(<ClientRegistrationForm registrationEndpoint={`${ISSUER}/oauth/register`} />);
      await fill(user);
      await user.click(screen.getByRole("button", { name: "Register application" }));
      const countdown = await screen.findByText("Too many attempts. Try again in 3 seconds.", {
        selector: "[data-slot=countdown]",
      });
      const button = screen.getByRole("button", { name: /Register application/ });
      expect(button).toBeDisabled();
      expect(button).toHaveAccessibleDescription(/Try again in 3 seconds/);
      await act(async () => {
        await vi.advanceTimersByTimeAsync(1000);
      });
      expect(countdown).toHaveTextContent("Try again in 2 seconds");
      expect(button).toBeDisabled();
      await act(async () => {
        await vi.advanceTimersByTimeAsync(1000);
      });
      expect(countdown).toHaveTextContent("Too many attempts. Try again in 1 second.");
      await act(async () => {
        await vi.advanceTimersByTimeAsync(1000);
      });
      expect(
        screen.queryByText(/Try again in \d+ seconds/, { selector: "[data-slot=countdown]" }),
      ).not.toBeInTheDocument();
      expect(button).toBeEnabled();
      expect(backend.oauthClients()).toHaveLength(0);
      await user.click(button);
      await screen.findByRole("region", { name: "Your application is registered" });
      expect(backend.oauthClients()).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it("shows the expiry of a secret that expires", async () => {
    const user = userEvent.setup();
    server.use(
      http.post(`${ISSUER}/oauth/register`, () =>
        HttpResponse.json(
          {
            client_id: "c1",
            client_secret: "s1",
            client_secret_expires_at: 1893456000,
            registration_access_token: "t",
            registration_client_uri: `${ISSUER}/oauth/register/c1`,
          },
          { status: 201 },
        ),
      ),
    );
    render(
      <ClientRegistrationForm registrationEndpoint={`${ISSUER}/oauth/register`} locale="en-GB" />,
    );
    await fill(user);
    await user.click(screen.getByRole("button", { name: "Register application" }));
    expect(await screen.findByText(/The secret expires on 1 January 2030/)).toBeInTheDocument();
  });

  it.each([
    ["http://app.example.com/cb", /Use https/],
    ["https://app.example.com/cb#x", /fragment/],
    ["app/cb", /absolute URL/],
  ])("refuses the redirect URI %s on the field, with no POST", async (uri, message) => {
    const user = userEvent.setup();
    const { container } = render(
      <ClientRegistrationForm registrationEndpoint={`${ISSUER}/oauth/register`} />,
    );
    await fill(user, uri);
    await user.click(screen.getByRole("button", { name: "Register application" }));
    const input = screen.getByRole("textbox", { name: "Redirect URI 1" });
    await waitFor(() => expect(input).toHaveAttribute("aria-invalid", "true"));
    expect(input).toHaveAccessibleDescription(message);
    expect(input).toHaveFocus();
    expect(backend.oauthClients()).toHaveLength(0);
    await axeClean(container);
  });

  it("checks grant and response types agree (§2.1)", async () => {
    const user = userEvent.setup();
    render(<ClientRegistrationForm registrationEndpoint={`${ISSUER}/oauth/register`} />);
    await fill(user);
    await user.click(screen.getByText("Advanced settings"));
    await user.click(screen.getByRole("checkbox", { name: "Implicit" }));
    await user.click(screen.getByRole("button", { name: "Register application" }));
    expect(
      await screen.findByText(
        /"implicit" grant type needs a response type with "token" or "id_token"/,
      ),
    ).toBeInTheDocument();
    expect(backend.oauthClients()).toHaveLength(0);
  });

  it("maps invalid_redirect_uri from the server onto that entry", async () => {
    const user = userEvent.setup();
    render(
      <ClientRegistrationForm
        registrationEndpoint={`${ISSUER}/oauth/register?scenario=oauth-invalid-redirect-uri`}
      />,
    );
    await fill(user);
    await user.click(screen.getByRole("button", { name: "Register application" }));
    const input = screen.getByRole("textbox", { name: "Redirect URI 1" });
    await waitFor(() =>
      expect(input).toHaveAccessibleDescription(/did not accept this redirect URI/),
    );
    expect(input).toHaveValue("https://app.example.com/cb");
  });

  it("maps invalid_client_metadata to the member it names, else to the form", async () => {
    const user = userEvent.setup();
    render(
      <ClientRegistrationForm
        registrationEndpoint={`${ISSUER}/oauth/register?scenario=oauth-invalid-client-metadata`}
      />,
    );
    await fill(user);
    await user.click(screen.getByRole("button", { name: "Register application" }));
    await waitFor(() =>
      expect(screen.getByLabelText(/^Scope/)).toHaveAccessibleDescription(
        /did not accept this value/,
      ),
    );
  });

  it("shows a software statement error on the form", async () => {
    const user = userEvent.setup();
    render(
      <ClientRegistrationForm
        registrationEndpoint={`${ISSUER}/oauth/register?scenario=oauth-unapproved-software-statement`}
      />,
    );
    await fill(user);
    await user.click(screen.getByRole("button", { name: "Register application" }));
    await waitFor(() => expect(screen.getByRole("alert")).toHaveTextContent(/not approved/));
  });

  it("sends the initial access token as a Bearer token, and says so when it is wrong", async () => {
    await backend.reset();
    backend.configure({ oauthRegistration: { initialAccessToken: "iat-1" } });
    const user = userEvent.setup();
    const { unmount } = render(
      <ClientRegistrationForm
        registrationEndpoint={`${ISSUER}/oauth/register`}
        initialAccessToken="nope"
      />,
    );
    await fill(user);
    await user.click(screen.getByRole("button", { name: "Register application" }));
    await waitFor(() =>
      expect(screen.getByRole("alert")).toHaveTextContent(/initial access token/),
    );
    unmount();
    render(
      <ClientRegistrationForm
        registrationEndpoint={`${ISSUER}/oauth/register`}
        initialAccessToken="iat-1"
      />,
    );
    await fill(user);
    await user.click(screen.getByRole("button", { name: "Register application" }));
    await screen.findByRole("region", { name: "Your application is registered" });
    expect(backend.oauthClients()).toHaveLength(1);
  });

  it("sends exactly one POST on a double submit", async () => {
    const user = userEvent.setup();
    render(
      <ClientRegistrationForm
        registrationEndpoint={`${ISSUER}/oauth/register?scenario=slow&delayMs=200`}
      />,
    );
    await fill(user);
    const button = screen.getByRole("button", { name: "Register application" });
    await user.click(button);
    await user.click(button);
    await screen.findByRole(
      "region",
      { name: "Your application is registered" },
      { timeout: 3000 },
    );
    expect(backend.oauthClients()).toHaveLength(1);
  });

  it("sends only the shown fields plus the app's defaults", async () => {
    const user = userEvent.setup();
    const bodies: unknown[] = [];
    server.use(
      http.post(`${ISSUER}/oauth/register`, async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json(
          { client_id: "c1", registration_access_token: "t", registration_client_uri: "x" },
          { status: 201 },
        );
      }),
    );
    render(
      <ClientRegistrationForm
        registrationEndpoint={`${ISSUER}/oauth/register`}
        fields={["client_name", "redirect_uris"]}
        defaults={{
          scope: "read",
          grant_types: ["authorization_code", "refresh_token"],
          token_endpoint_auth_method: "none",
        }}
      />,
    );
    expect(screen.queryByLabelText(/^Scope/)).not.toBeInTheDocument();
    await fill(user);
    await user.click(screen.getByRole("button", { name: "Register application" }));
    await screen.findByRole("region");
    expect(bodies).toEqual([
      {
        client_name: "My App",
        redirect_uris: ["https://app.example.com/cb"],
        grant_types: ["authorization_code", "refresh_token"],
        response_types: ["code"],
        token_endpoint_auth_method: "none",
        scope: "read",
      },
    ]);
  });

  it("says when discovery finds no registration endpoint, and retries", async () => {
    await backend.reset();
    backend.configure({ oauthRegistration: { enabled: false } });
    render(<ClientRegistrationForm issuer={ISSUER} />);
    expect(await screen.findByText(/publishes no registration endpoint/)).toBeInTheDocument();
    backend.configure({});
    await act(async () => screen.getByRole("button", { name: "Try again" }).click());
    expect(await screen.findByLabelText(/Application name/)).toBeInTheDocument();
  });

  it("offers only what the server's metadata supports, with OpenID Connect response types", async () => {
    const op = "https://op.test";
    const posted: unknown[] = [];
    server.use(
      http.get(
        `${op}/.well-known/oauth-authorization-server`,
        () => new HttpResponse(null, { status: 404 }),
      ),
      http.get(`${op}/.well-known/openid-configuration`, () =>
        HttpResponse.json({
          issuer: op,
          registration_endpoint: `${op}/reg`,
          response_types_supported: ["code id_token", "code", "id_token", "none"],
          grant_types_supported: ["implicit", "authorization_code", "refresh_token"],
          token_endpoint_auth_methods_supported: ["client_secret_basic", "none"],
        }),
      ),
      http.post(`${op}/reg`, async ({ request }) => {
        posted.push(await request.json());
        return HttpResponse.json(
          {
            client_id: "c1",
            registration_access_token: "t",
            registration_client_uri: `${op}/reg/c1`,
          },
          { status: 201 },
        );
      }),
    );
    const user = userEvent.setup();
    render(<ClientRegistrationForm issuer={op} />);
    await screen.findByLabelText(/Application name/);
    const group = (name: string) => within(screen.getByRole("group", { name: new RegExp(name) }));
    const names = (name: string) =>
      group(name)
        .getAllByRole("checkbox")
        .map((box) => (box as HTMLInputElement).labels?.[0]?.textContent);
    const identifiers = (name: string) =>
      group(name)
        .getAllByRole("checkbox")
        .map((box) => box.getAttribute("aria-describedby"))
        .map((id) => document.getElementById(id ?? "")?.textContent);
    expect(names("Grant types")).toEqual(["Authorization code", "Implicit", "Refresh token"]);
    expect(identifiers("Grant types")).toEqual(["authorization_code", "implicit", "refresh_token"]);
    expect(names("Response types")).toEqual([
      "Authorization code",
      "ID token",
      "Authorization code and ID token",
      "None",
    ]);
    expect(identifiers("Response types")).toEqual(["code", "id_token", "code id_token", "none"]);
    expect(
      within(screen.getByRole("combobox", { name: /Token endpoint/ }))
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["Client secret, HTTP Basic", "None (public client)"]);

    // An implicit OpenID client: id_token alone, no bare "token" needed.
    await fill(user);
    await user.click(screen.getByText("Advanced settings"));
    await user.click(group("Grant types").getByRole("checkbox", { name: "Authorization code" }));
    await user.click(group("Grant types").getByRole("checkbox", { name: "Implicit" }));
    await user.click(group("Response types").getByRole("checkbox", { name: "Authorization code" }));
    await user.click(group("Response types").getByRole("checkbox", { name: "ID token" }));
    await user.click(screen.getByRole("button", { name: "Register application" }));
    await screen.findByRole("region", { name: "Your application is registered" });
    expect(posted[0]).toMatchObject({ grant_types: ["implicit"], response_types: ["id_token"] });
  });

  it("moves focus to the first redirect URI when the server's error names no entry", async () => {
    server.use(
      http.post(`${ISSUER}/oauth/register`, () =>
        HttpResponse.json(
          {
            error: "invalid_redirect_uri",
            error_description: "redirect_uris must not contain fragments",
          },
          { status: 400 },
        ),
      ),
    );
    const user = userEvent.setup();
    render(<ClientRegistrationForm registrationEndpoint={`${ISSUER}/oauth/register`} />);
    await fill(user);
    await user.click(screen.getByRole("button", { name: "Register application" }));
    const input = screen.getByRole("textbox", { name: "Redirect URI 1" });
    await waitFor(() => expect(input).toHaveFocus());
    expect(input).toHaveAttribute("aria-invalid", "true");
    expect(input).toHaveAccessibleDescription(/must not contain fragments/);
  });
  it("names grant and response types in words, the identifier under each, read as its description", async () => {
    render(<ClientRegistrationForm registrationEndpoint={`${ISSUER}/oauth/register`} />);
    const refresh = screen.getByRole("checkbox", { name: "Refresh token" });
    expect(refresh).toHaveAccessibleDescription("refresh_token");
    const device = screen.getByRole("checkbox", { name: "Device code" });
    expect(device).toHaveAccessibleDescription("urn:ietf:params:oauth:grant-type:device_code");
    // The identifier is on the page, in a code element, not only in the tree.
    const shown = document.getElementById(device.getAttribute("aria-describedby") ?? "");
    expect(shown?.tagName).toBe("CODE");
    expect(shown).toHaveTextContent("urn:ietf:params:oauth:grant-type:device_code");
    const responses = within(screen.getByRole("group", { name: /^Response types/ }));
    expect(responses.getByRole("checkbox", { name: "Access token" })).toHaveAccessibleDescription(
      "token",
    );
    // The select shows words; the identifier chosen is shown under it and follows the choice.
    const method = screen.getByRole("combobox", { name: "Token endpoint authentication" });
    expect(screen.getByRole("option", { name: "Client secret, HTTP Basic" })).toHaveValue(
      "client_secret_basic",
    );
    expect(method).toHaveAccessibleDescription("client_secret_basic");
    const user = userEvent.setup();
    await user.click(screen.getByText("Advanced settings"));
    await user.selectOptions(method, "None (public client)");
    expect(method).toHaveValue("none");
    expect(method).toHaveAccessibleDescription("none");
  });

  it("shows identifiers it does not know as the label, and still sends them", async () => {
    const user = userEvent.setup();
    render(
      <ClientRegistrationForm
        registrationEndpoint={`${ISSUER}/oauth/register`}
        defaults={{
          grant_types: ["authorization_code", "urn:example:grant-type:custom"],
          token_endpoint_auth_method: "tls_client_auth",
        }}
      />,
    );
    const custom = screen.getByRole("checkbox", { name: "urn:example:grant-type:custom" });
    expect(custom).toBeChecked();
    expect(custom).not.toHaveAttribute("aria-describedby");
    const method = screen.getByRole("combobox", { name: "Token endpoint authentication" });
    expect(screen.getByRole("option", { name: "tls_client_auth" })).toHaveValue("tls_client_auth");
    expect(method).toHaveValue("tls_client_auth");
    expect(method).not.toHaveAttribute("aria-describedby");
    const posted: unknown[] = [];
    server.use(
      http.post(`${ISSUER}/oauth/register`, async ({ request }) => {
        posted.push(await request.json());
        return HttpResponse.json(
          { client_id: "c1", registration_access_token: "t", registration_client_uri: "x" },
          { status: 201 },
        );
      }),
    );
    await fill(user);
    await user.click(screen.getByRole("button", { name: "Register application" }));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toMatchObject({
      grant_types: ["authorization_code", "urn:example:grant-type:custom"],
      token_endpoint_auth_method: "tls_client_auth",
    });
  });

  it("groups the fields in sections and starts with the advanced one collapsed", async () => {
    const { container } = render(
      <ClientRegistrationForm registrationEndpoint={`${ISSUER}/oauth/register`} />,
    );
    const basics = screen.getByRole("group", { name: "About the application" });
    expect(within(basics).getByLabelText(/^Application name/)).toBeVisible();
    expect(within(basics).getByLabelText(/^Contacts/)).toBeVisible();
    const redirects = screen.getByRole("group", { name: "Redirects" });
    expect(within(redirects).getByRole("textbox", { name: "Redirect URI 1" })).toBeVisible();
    const advanced = screen.getByRole("group", { name: "Advanced settings" });
    expect(within(advanced).getByRole("checkbox", { name: "Refresh token" })).not.toBeVisible();
    expect(within(advanced).getByLabelText(/^Scope/)).not.toBeVisible();
    const details = advanced.closest("details");
    expect(details).not.toHaveAttribute("open");
    const user = userEvent.setup();
    await user.click(screen.getByText("Advanced settings"));
    expect(details).toHaveAttribute("open");
    expect(within(advanced).getByLabelText(/^Scope/)).toBeVisible();
    await axeClean(container);
  });

  it("opens the advanced section on an error inside it, focuses the field, and keeps what was typed", async () => {
    const user = userEvent.setup();
    const { container } = render(
      <ClientRegistrationForm
        registrationEndpoint={`${ISSUER}/oauth/register`}
        defaults={{ scope: 'read "all"' }}
      />,
    );
    const details = screen.getByText("Advanced settings").closest("details");
    expect(details).not.toHaveAttribute("open");
    await fill(user);
    await user.click(screen.getByRole("button", { name: "Register application" }));
    const scope = screen.getByLabelText(/^Scope/);
    await waitFor(() => expect(scope).toHaveFocus());
    expect(details).toHaveAttribute("open");
    expect(scope).toBeVisible();
    expect(scope).toHaveAttribute("aria-invalid", "true");
    expect(scope).toHaveValue('read "all"');
    expect(screen.getByLabelText(/^Application name/)).toHaveValue("My App");
    expect(screen.getByRole("textbox", { name: "Redirect URI 1" })).toHaveValue(
      "https://app.example.com/cb",
    );
    expect(backend.oauthClients()).toHaveLength(0);
    await axeClean(container);
  });

  it("focuses the first error in page order, and opens the advanced section for the later ones", async () => {
    const user = userEvent.setup();
    render(
      <ClientRegistrationForm
        registrationEndpoint={`${ISSUER}/oauth/register`}
        defaults={{ scope: 'read "all"' }}
      />,
    );
    await user.type(screen.getByLabelText(/Application name/), "My App");
    await user.click(screen.getByRole("button", { name: "Register application" }));
    const uri = screen.getByRole("textbox", { name: "Redirect URI 1" });
    await waitFor(() => expect(uri).toHaveFocus());
    expect(screen.getByLabelText(/^Scope/)).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByText("Advanced settings").closest("details")).toHaveAttribute("open");
  });
});
