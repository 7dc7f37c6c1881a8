import type { Meta, StoryContext, StoryObj } from "@storybook/react-vite";
import { expect, fn, spyOn, userEvent, waitFor, within } from "storybook/test";
import { ClientRegistrationForm, type ClientRegistrationFormProps } from "../src";
import {
  expectState,
  fillRegistration,
  oauthEvents,
  oauthMock,
  registrationRoot,
  storedClients,
  storyOAuth,
  submitRegistration,
} from "./support/oauth";

const HOUR = 60 * 60 * 1000;

function renderForm(
  args: ClientRegistrationFormProps,
  context: StoryContext<ClientRegistrationFormProps>,
) {
  const theme = args.theme ?? (context.globals.theme === "dark" ? "dark" : "light");
  const locale = args.locale ?? (context.globals.locale as string | undefined);
  return (
    <ClientRegistrationForm
      {...args}
      issuer={storyOAuth(context).issuer}
      theme={theme}
      {...(locale ? { locale } : {})}
    />
  );
}

/**
 * `<ClientRegistrationForm>` (RFC 7591): after a person signs up, they register
 * an application. Each story discovers its own mock backend's
 * `registration_endpoint` from the issuer (RFC 8414) and posts to it; errors
 * come from the mock's rules and scenarios.
 */
const meta = {
  title: "Client registration/Form",
  component: ClientRegistrationForm,
  render: renderForm,
  args: { onRegistered: fn() },
  argTypes: {
    issuer: { control: false, description: "Set by the story: its own mock backend." },
    registrationEndpoint: { control: false },
    fetch: { control: false },
  },
} satisfies Meta<typeof ClientRegistrationForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Looking up `registration_endpoint` (the discovery document is slow to arrive). */
export const Discovering: Story = {
  loaders: [oauthMock({ slowDiscoveryMs: HOUR })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText("Finding the registration endpoint…")).toBeVisible();
    await expect(registrationRoot(canvasElement)).toHaveAttribute("data-state", "discovering");
    await expect(canvas.queryByRole("button", { name: "Register application" })).toBeNull();
  },
};

/** The server's metadata names no `registration_endpoint` (`oauthRegistration.enabled: false`). */
export const DiscoveryError: Story = {
  loaders: [oauthMock({ config: { oauthRegistration: { enabled: false } } })],
  play: async ({ canvasElement }) => {
    await expectState(canvasElement, "discovery-error");
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/publishes no registration endpoint/)).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Try again" })).toBeEnabled();
  },
};

/** Discovered: every RFC 7591 §2 member, with the RFC defaults. */
export const Ready: Story = {
  loaders: [oauthMock()],
  play: async ({ canvasElement }) => {
    await expectState(canvasElement, "ready");
    const canvas = within(canvasElement);
    await expect(canvas.getByLabelText(/^Application name/)).toBeRequired();
    await expect(canvas.getByRole("textbox", { name: "Redirect URI 1" })).toHaveValue("");
    // The protocol settings wait, collapsed, under "Advanced settings".
    const advanced = canvas.getByRole("group", { name: "Advanced settings" });
    await expect(advanced.closest("details")).not.toHaveAttribute("open");
    await expect(canvas.getByRole("group", { name: "About the application" })).toBeVisible();
    await expect(canvas.getByRole("group", { name: "Redirects" })).toBeVisible();
    const grants = within(canvas.getByRole("group", { name: /^Grant types/ }));
    await expect(grants.getByRole("checkbox", { name: "Authorization code" })).toBeChecked();
    const responses = within(canvas.getByRole("group", { name: /^Response types/ }));
    await expect(responses.getByRole("checkbox", { name: "Authorization code" })).toBeChecked();
    await expect(canvas.getByLabelText("Token endpoint authentication")).toHaveValue(
      "client_secret_basic",
    );
  },
};

/**
 * "Advanced settings" open: grant and response types and the authentication
 * method in words, each RFC 7591 identifier under it in monospace and read as
 * the control's description.
 */
export const AdvancedOpen: Story = {
  name: "Ready, advanced settings open",
  loaders: [oauthMock()],
  play: async ({ canvasElement }) => {
    await expectState(canvasElement, "ready");
    const canvas = within(canvasElement);
    const user = userEvent.setup();
    await user.click(canvas.getByText("Advanced settings"));
    const advanced = canvas.getByRole("group", { name: "Advanced settings" });
    await expect(advanced.closest("details")).toHaveAttribute("open");
    const refresh = canvas.getByRole("checkbox", { name: "Refresh token" });
    await expect(refresh).toBeVisible();
    await expect(refresh).toHaveAccessibleDescription("refresh_token");
    await expect(canvas.getByText("refresh_token")).toBeVisible();
    await expect(canvas.getByRole("checkbox", { name: "Device code" })).toHaveAccessibleDescription(
      "urn:ietf:params:oauth:grant-type:device_code",
    );
    const method = canvas.getByLabelText("Token endpoint authentication");
    await expect(method).toHaveAccessibleDescription("client_secret_basic");
    await expect(canvas.getByLabelText(/^Scope/)).toBeVisible();
  },
};

/**
 * An error inside the collapsed section (the app's default `scope` has
 * quotes): the submit opens "Advanced settings", focuses Scope, and keeps
 * everything typed.
 */
export const AdvancedError: Story = {
  name: "Field errors: inside advanced settings",
  args: { defaults: { scope: 'read "all"' } },
  loaders: [oauthMock()],
  play: async (context) => {
    const { canvasElement } = context;
    const { canvas } = await fillRegistration(canvasElement);
    const advanced = canvas.getByRole("group", { name: "Advanced settings" });
    await expect(advanced.closest("details")).not.toHaveAttribute("open");
    await submitRegistration(canvasElement);
    const scope = canvas.getByLabelText(/^Scope/);
    await waitFor(() => expect(scope).toHaveFocus());
    await expect(advanced.closest("details")).toHaveAttribute("open");
    await expect(scope).toBeVisible();
    await expect(scope).toHaveAttribute("aria-invalid", "true");
    await expect(scope).toHaveAccessibleDescription(/without quotes or backslashes/);
    await expect(canvas.getByLabelText(/^Application name/)).toHaveValue("Analytical Engine");
    await expect(storedClients(context)).toEqual([]);
  },
};

/** A server that lists an identifier the kit has no words for: it is shown as it is. */
export const UnknownIdentifier: Story = {
  name: "Ready, an identifier without words",
  args: {
    defaults: {
      grant_types: ["authorization_code", "urn:example:params:grant-type:custom"],
      token_endpoint_auth_method: "tls_client_auth",
    },
  },
  loaders: [oauthMock()],
  play: async ({ canvasElement }) => {
    await expectState(canvasElement, "ready");
    const canvas = within(canvasElement);
    const user = userEvent.setup();
    await user.click(canvas.getByText("Advanced settings"));
    const custom = canvas.getByRole("checkbox", { name: "urn:example:params:grant-type:custom" });
    await expect(custom).toBeChecked();
    await expect(custom).toBeVisible();
    await expect(canvas.getByLabelText("Token endpoint authentication")).toHaveValue(
      "tls_client_auth",
    );
  },
};

/** Redirect URI rules, checked before anything is sent: https (http for loopback), no fragment, absolute. */
export const RedirectUriErrors: Story = {
  name: "Field errors: redirect URIs",
  loaders: [oauthMock()],
  play: async (context) => {
    const { canvasElement } = context;
    const { canvas, user } = await fillRegistration(canvasElement, {
      redirectUri: "http://engine.example.com/callback",
    });
    await user.click(canvas.getByRole("button", { name: "Add a redirect URI" }));
    await user.type(
      canvas.getByRole("textbox", { name: "Redirect URI 2" }),
      "https://engine.example.com/callback#done",
    );
    await user.click(canvas.getByRole("button", { name: "Add a redirect URI" }));
    await user.type(canvas.getByRole("textbox", { name: "Redirect URI 3" }), "engine/callback");
    await user.click(canvas.getByRole("button", { name: "Register application" }));
    const first = canvas.getByRole("textbox", { name: "Redirect URI 1" });
    await waitFor(() => expect(first).toHaveAttribute("aria-invalid", "true"));
    await expect(first).toHaveAccessibleDescription(/Use https/);
    await waitFor(() => expect(first).toHaveFocus());
    await expect(
      canvas.getByRole("textbox", { name: "Redirect URI 2" }),
    ).toHaveAccessibleDescription(/must not contain a fragment/);
    await expect(
      canvas.getByRole("textbox", { name: "Redirect URI 3" }),
    ).toHaveAccessibleDescription(/absolute URL/);
    await expect(storedClients(context)).toEqual([]);
    await expect(oauthEvents(context)).toEqual([]);
  },
};

/** RFC 7591 §2.1: `implicit` without a `token` (or `id_token`) response type is refused on the form. */
export const GrantResponseMismatch: Story = {
  name: "Field errors: grant and response types (§2.1)",
  loaders: [oauthMock()],
  play: async (context) => {
    const { canvasElement } = context;
    const { canvas, user } = await fillRegistration(canvasElement);
    await user.click(canvas.getByText("Advanced settings"));
    await user.click(canvas.getByRole("checkbox", { name: "Implicit" }));
    await user.click(canvas.getByRole("button", { name: "Register application" }));
    await expect(
      await canvas.findByText(
        /"implicit" grant type needs a response type with "token" or "id_token"/,
      ),
    ).toBeVisible();
    await expect(canvas.getByRole("checkbox", { name: "Access token" })).toHaveAttribute(
      "aria-invalid",
      "true",
    );
    await expect(storedClients(context)).toEqual([]);
    // Consistent again: the server gets both pairs.
    await user.click(canvas.getByRole("checkbox", { name: "Access token" }));
    await submitRegistration(canvasElement);
    await expectState(canvasElement, "registered");
    await expect(storedClients(context)).toMatchObject([
      {
        metadata: {
          grant_types: ["authorization_code", "implicit"],
          response_types: ["code", "token"],
        },
      },
    ]);
  },
};

/** The server refuses a redirect URI (`invalid_redirect_uri`, scenario `oauth-invalid-redirect-uri`): on that entry. */
export const ServerInvalidRedirectUri: Story = {
  name: "Server: invalid_redirect_uri",
  loaders: [oauthMock({ oauthScenario: { name: "oauth-invalid-redirect-uri", target: "POST" } })],
  play: async (context) => {
    const { canvasElement } = context;
    const { canvas } = await fillRegistration(canvasElement);
    await submitRegistration(canvasElement);
    const input = canvas.getByRole("textbox", { name: "Redirect URI 1" });
    await waitFor(() =>
      expect(input).toHaveAccessibleDescription(
        /did not accept this redirect URI.*not allowed for this server/,
      ),
    );
    await expect(input).toHaveValue("https://engine.example.com/callback");
    await waitFor(() => expect(input).toHaveFocus());
    await expect(storedClients(context)).toEqual([]);
  },
};

/** `invalid_client_metadata` naming `scope` (scenario `oauth-invalid-client-metadata`): on the Scope field. */
export const ServerInvalidClientMetadata: Story = {
  name: "Server: invalid_client_metadata",
  loaders: [
    oauthMock({ oauthScenario: { name: "oauth-invalid-client-metadata", target: "POST" } }),
  ],
  play: async (context) => {
    const { canvasElement } = context;
    const { canvas } = await fillRegistration(canvasElement);
    await submitRegistration(canvasElement);
    await waitFor(() =>
      expect(canvas.getByLabelText(/^Scope/)).toHaveAccessibleDescription(
        /did not accept this value.*scope value is not allowed/,
      ),
    );
    await expect(storedClients(context)).toEqual([]);
  },
};

/** The mock's own rule (`oauthRegistration.scopes`): a scope it does not offer, refused on the field. */
export const ServerScopeNotAllowed: Story = {
  name: "Server: scope not allowed (mock rule)",
  loaders: [oauthMock({ config: { oauthRegistration: { scopes: ["read", "write"] } } })],
  play: async (context) => {
    const { canvasElement } = context;
    const { canvas, user } = await fillRegistration(canvasElement);
    await user.click(canvas.getByText("Advanced settings"));
    await user.type(canvas.getByLabelText(/^Scope/), "read admin");
    await submitRegistration(canvasElement);
    await waitFor(() =>
      expect(canvas.getByLabelText(/^Scope/)).toHaveAttribute("aria-invalid", "true"),
    );
    await expect(canvas.getByLabelText(/^Scope/)).toHaveAccessibleDescription(/admin/);
    await expect(oauthEvents(context)).toMatchObject([
      { event: "oauth.registration.rejected", status: 400, reason: "invalid_client_metadata" },
    ]);
    await expect(storedClients(context)).toEqual([]);
  },
};

/** `invalid_software_statement` (scenario `oauth-invalid-software-statement`): on the form. */
export const ServerInvalidSoftwareStatement: Story = {
  name: "Server: invalid_software_statement",
  loaders: [
    oauthMock({ oauthScenario: { name: "oauth-invalid-software-statement", target: "POST" } }),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await fillRegistration(canvasElement);
    await submitRegistration(canvasElement);
    await expect(await canvas.findByRole("alert")).toHaveTextContent(
      "The software statement is not valid.",
    );
  },
};

/** `unapproved_software_statement` (scenario `oauth-unapproved-software-statement`): on the form. */
export const ServerUnapprovedSoftwareStatement: Story = {
  name: "Server: unapproved_software_statement",
  loaders: [
    oauthMock({ oauthScenario: { name: "oauth-unapproved-software-statement", target: "POST" } }),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await fillRegistration(canvasElement);
    await submitRegistration(canvasElement);
    await expect(await canvas.findByRole("alert")).toHaveTextContent(/not approved by this server/);
  },
};

/** Protected registration (`oauthRegistration.initialAccessToken`) and no token: 401. */
export const InitialAccessTokenMissing: Story = {
  name: "Server: initial access token needed (401)",
  loaders: [oauthMock({ config: { oauthRegistration: { initialAccessToken: "iat-story" } } })],
  play: async (context) => {
    const { canvasElement } = context;
    const canvas = within(canvasElement);
    await fillRegistration(canvasElement);
    await submitRegistration(canvasElement);
    await expect(await canvas.findByRole("alert")).toHaveTextContent(
      /needs a valid initial access token/,
    );
    await expect(storedClients(context)).toEqual([]);
  },
};

/** Protected registration with the right initial access token (`Authorization: Bearer`). */
export const InitialAccessTokenGiven: Story = {
  name: "Protected registration (initial access token)",
  args: { initialAccessToken: "iat-story" },
  loaders: [oauthMock({ config: { oauthRegistration: { initialAccessToken: "iat-story" } } })],
  play: async (context) => {
    const { canvasElement } = context;
    await fillRegistration(canvasElement);
    await submitRegistration(canvasElement);
    await expectState(canvasElement, "registered");
    await expect(storedClients(context)).toHaveLength(1);
  },
};

/** 500 from the server (scenario `server-error`): a generic message, nothing lost. */
export const ServerError: Story = {
  name: "Server: 500",
  loaders: [oauthMock({ oauthScenario: { name: "server-error", target: "POST" } })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await fillRegistration(canvasElement);
    await submitRegistration(canvasElement);
    await expect(await canvas.findByRole("alert")).toHaveTextContent(/Something went wrong/);
    await expect(canvas.getByLabelText(/^Application name/)).toHaveValue("Analytical Engine");
  },
};

/** A dropped connection (scenario `network-error`): the application may or may not exist. */
export const NetworkError: Story = {
  name: "Server: connection lost",
  loaders: [oauthMock({ oauthScenario: { name: "network-error", target: "POST" } })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await fillRegistration(canvasElement);
    await submitRegistration(canvasElement);
    await expect(await canvas.findByRole("alert")).toHaveTextContent(/may or may not/);
  },
};

/** 429 with `Retry-After: 30` (scenario `rate-limited`): a countdown, submit disabled until it ends. */
export const RateLimited: Story = {
  name: "Rate limited (countdown)",
  loaders: [
    oauthMock({
      oauthScenario: { name: "rate-limited", target: "POST", times: 1, retryAfter: 30 },
    }),
  ],
  play: async (context) => {
    const { canvasElement } = context;
    const canvas = within(canvasElement);
    await fillRegistration(canvasElement);
    await submitRegistration(canvasElement);
    const countdown = await canvas.findAllByText(/Try again in (30|29) seconds/);
    await expect(countdown.length).toBeGreaterThan(0);
    await expect(canvas.getByRole("button", { name: /Register application/ })).toBeDisabled();
    // It counts down.
    await waitFor(
      () => expect(canvas.queryAllByText(/Try again in 2[0-8] seconds/).length).toBe(1),
      {
        timeout: 4000,
      },
    );
    await expect(storedClients(context)).toEqual([]);
  },
};

/** The POST is in flight (scenario `slow`, held for an hour): busy, one POST only. */
export const Submitting: Story = {
  loaders: [oauthMock({ oauthScenario: { name: "slow", target: "POST", delayMs: HOUR } })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const { user } = await fillRegistration(canvasElement);
    await user.click(canvas.getByRole("button", { name: "Register application" }));
    await expectState(canvasElement, "submitting");
    const button = canvas.getByRole("button", { name: "Registering your application…" });
    await expect(button).toHaveAttribute("aria-disabled", "true");
    await expect(canvasElement.querySelector("form")).toHaveAttribute("aria-busy", "true");
  },
};

/**
 * Registered: the client ID and the secret, shown once, with copy buttons, the
 * "shown only once" warning and the expiry (`clientSecretTtlSeconds`: 90 days).
 * The journey: register → the secret is shown once → copy it.
 */
export const Registered: Story = {
  name: "Registered (secret shown once)",
  args: { locale: "en-GB" },
  loaders: [oauthMock({ config: { oauthRegistration: { clientSecretTtlSeconds: 90 * 86400 } } })],
  play: async (context) => {
    const { canvasElement, args } = context;
    const writeText = spyOn(navigator.clipboard, "writeText").mockResolvedValue(undefined);
    const { canvas, user } = await fillRegistration(canvasElement);
    await submitRegistration(canvasElement);
    await expectState(canvasElement, "registered");

    const section = canvas.getByRole("region", { name: "Your application is registered" });
    await waitFor(() => expect(section).toHaveFocus());
    const [stored] = storedClients(context);
    await expect(stored).toMatchObject({
      metadata: {
        client_name: "Analytical Engine",
        redirect_uris: ["https://engine.example.com/callback"],
      },
    });
    await expect(args.onRegistered).toHaveBeenCalledTimes(1);
    const info = (args.onRegistered as ReturnType<typeof fn>).mock.calls[0]?.[0] as {
      client_id: string;
      client_secret: string;
      client_secret_expires_at: number;
      registration_access_token: string;
      registration_client_uri: string;
    };
    await expect(info.client_id).toBe(stored?.client_id);
    await expect(info.registration_client_uri).toBe(
      `${storyOAuth(context).endpoint}/${info.client_id}`,
    );
    await expect(canvas.getByText(info.client_id)).toBeVisible();
    await expect(canvas.getByText(info.client_secret)).toBeVisible();
    await expect(canvas.getByText(/It is shown only once/)).toBeVisible();
    const expires = new Intl.DateTimeFormat("en-GB", { dateStyle: "long" }).format(
      new Date(info.client_secret_expires_at * 1000),
    );
    await expect(canvas.getByText(new RegExp(`The secret expires on ${expires}`))).toBeVisible();
    // The registration access token is for the app, never on the page.
    await expect(canvasElement.textContent).not.toContain(info.registration_access_token);

    await user.click(canvas.getByRole("button", { name: "Copy Client secret" }));
    await expect(writeText).toHaveBeenCalledWith(info.client_secret);
    await waitFor(() =>
      expect(canvas.getAllByRole("status").some((s) => /Copied/.test(s.textContent ?? ""))).toBe(
        true,
      ),
    );
    await expect(oauthEvents(context)).toMatchObject([
      { event: "oauth.client.registered", status: 201 },
    ]);
  },
};

/** After "I have saved the secret": the secret is gone from the page; the client ID stays. */
export const SecretSaved: Story = {
  name: "Registered, after “I have saved the secret”",
  loaders: [oauthMock()],
  play: async (context) => {
    const { canvasElement, args } = context;
    const { canvas, user } = await fillRegistration(canvasElement);
    await submitRegistration(canvasElement);
    await expectState(canvasElement, "registered");
    const info = (args.onRegistered as ReturnType<typeof fn>).mock.calls[0]?.[0] as {
      client_id: string;
      client_secret: string;
    };
    await user.click(canvas.getByRole("button", { name: "I have saved the secret" }));
    await expect(canvasElement.textContent).not.toContain(info.client_secret);
    await expect(canvas.queryByRole("button", { name: "Copy Client secret" })).toBeNull();
    await expect(canvas.getByText(info.client_id)).toBeVisible();
    await expect(
      canvas.getByRole("button", { name: "Register another application" }),
    ).toBeVisible();
  },
};

/** A public client (`token_endpoint_auth_method: none`): a client ID and no secret. */
export const PublicClient: Story = {
  name: "Registered, public client (no secret)",
  loaders: [oauthMock()],
  play: async (context) => {
    const { canvasElement } = context;
    const { canvas, user } = await fillRegistration(canvasElement, {
      redirectUri: "http://127.0.0.1:8080/callback",
    });
    await user.click(canvas.getByText("Advanced settings"));
    await user.selectOptions(
      canvas.getByLabelText("Token endpoint authentication"),
      "None (public client)",
    );
    await submitRegistration(canvasElement);
    await expectState(canvasElement, "registered");
    await expect(canvas.queryByRole("button", { name: "Copy Client secret" })).toBeNull();
    await expect(canvas.getByRole("button", { name: "Copy Client ID" })).toBeVisible();
    await expect(storedClients(context)).toMatchObject([
      {
        client_secret_expires_at: null,
        metadata: { token_endpoint_auth_method: "none" },
      },
    ]);
  },
};

/** Keyboard: the whole registration without a mouse. */
export const KeyboardOnly: Story = {
  name: "Keyboard only",
  loaders: [oauthMock()],
  play: async (context) => {
    const { canvasElement } = context;
    const canvas = within(canvasElement);
    const name = await canvas.findByLabelText(/^Application name/, {}, { timeout: 5000 });
    name.focus();
    await userEvent.keyboard("Babbage");
    // Past the optional fields of the first section (home page, logo, policy, terms, contacts).
    for (let i = 0; i < 6; i += 1) await userEvent.tab();
    await expect(canvas.getByRole("textbox", { name: "Redirect URI 1" })).toHaveFocus();
    await userEvent.keyboard("https://babbage.example.com/cb{Enter}");
    await expectState(canvasElement, "registered");
    await expect(storedClients(context)).toMatchObject([{ metadata: { client_name: "Babbage" } }]);
  },
};
