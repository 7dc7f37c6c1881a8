import type { Meta, StoryContext, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { ClientRegistrationManager, type ClientRegistrationManagerProps } from "../src";
import {
  backendCall,
  expectState,
  oauthEvents,
  oauthMock,
  sampleMetadata,
  storedClients,
  storyOAuth,
} from "./support/oauth";

const HOUR = 60 * 60 * 1000;

function renderManager(
  args: ClientRegistrationManagerProps,
  context: StoryContext<ClientRegistrationManagerProps>,
) {
  const oauth = storyOAuth(context);
  const theme = args.theme ?? (context.globals.theme === "dark" ? "dark" : "light");
  return (
    <ClientRegistrationManager
      {...args}
      registrationClientUri={oauth.client?.registration_client_uri ?? ""}
      registrationAccessToken={oauth.token ?? ""}
      theme={theme}
    />
  );
}

/**
 * `<ClientRegistrationManager>` (RFC 7592): reads a registration, updates it
 * with the full metadata, deletes it after a confirmation. Each story's mock
 * backend holds a client registered through its own POST before the story
 * renders; the component gets that client's `registration_client_uri` and
 * registration access token.
 */
const meta = {
  title: "Client registration/Manager",
  component: ClientRegistrationManager,
  render: renderManager,
  args: {
    registrationClientUri: "",
    registrationAccessToken: "",
    onUpdated: fn(),
    onDeleted: fn(),
    onAccessDenied: fn(),
  },
  argTypes: {
    registrationClientUri: { control: false, description: "Set by the story: its mock's client." },
    registrationAccessToken: { control: false, description: "Set by the story." },
    fetch: { control: false },
  },
} satisfies Meta<typeof ClientRegistrationManager>;

export default meta;
type Story = StoryObj<typeof meta>;

async function ready(canvasElement: HTMLElement) {
  await expectState(canvasElement, "ready");
  return { canvas: within(canvasElement), user: userEvent.setup() };
}

/** Reading the registration (the GET is held for an hour, scenario `slow`). */
export const Loading: Story = {
  loaders: [
    oauthMock({
      client: sampleMetadata,
      oauthScenario: { name: "slow", target: "GET", delayMs: HOUR },
    }),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText("Loading the registration…")).toBeVisible();
    await expectState(canvasElement, "loading");
  },
};

/** The GET failed once (scenario `server-error`); "Try again" reads it. */
export const LoadError: Story = {
  loaders: [
    oauthMock({ client: sampleMetadata, oauthScenario: { name: "server-error", target: "GET" } }),
  ],
  play: async ({ canvasElement }) => {
    await expectState(canvasElement, "load-error");
    const canvas = within(canvasElement);
    await expect(canvas.getByText("We could not load this registration.")).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "Try again" }));
    await expectState(canvasElement, "ready");
    await expect(canvas.getByLabelText(/^Application name/)).toHaveValue("Analytical Engine");
  },
};

/** The registration as the server holds it, in the same fields as the form. */
export const Ready: Story = {
  loaders: [oauthMock({ client: sampleMetadata })],
  play: async (context) => {
    const { canvasElement } = context;
    const { canvas } = await ready(canvasElement);
    const client = storyOAuth(context).client;
    await expect(canvas.getByText(client?.client_id ?? "?")).toBeVisible();
    await expect(canvas.getByLabelText(/^Application name/)).toHaveValue("Analytical Engine");
    await expect(canvas.getByRole("textbox", { name: "Redirect URI 2" })).toHaveValue(
      "http://127.0.0.1:8080/callback",
    );
    await expect(canvas.getByLabelText(/^Scope/)).toHaveValue("read write");
    await expect(canvas.getByRole("checkbox", { name: "Refresh token" })).toBeChecked();
    await expect(
      canvas.getByRole("group", { name: "Advanced settings" }).closest("details"),
    ).not.toHaveAttribute("open");
    // GET never returns the client secret.
    await expect(canvas.queryByText("Client secret")).toBeNull();
    await expect(canvas.queryByRole("button", { name: "Copy Client secret" })).toBeNull();
  },
};

/** The PUT is in flight (held for an hour, scenario `slow`). */
export const Saving: Story = {
  loaders: [
    oauthMock({
      client: sampleMetadata,
      oauthScenario: { name: "slow", target: "PUT", delayMs: HOUR },
    }),
  ],
  play: async ({ canvasElement }) => {
    const { canvas, user } = await ready(canvasElement);
    await user.click(canvas.getByRole("button", { name: "Save changes" }));
    await expectState(canvasElement, "saving");
    await expect(canvas.getByRole("button", { name: "Saving…" })).toHaveAttribute(
      "aria-disabled",
      "true",
    );
  },
};

/**
 * The update journey: change the name and drop a redirect URI; the PUT carries
 * the full metadata (RFC 7592 §2.2), so the members this manager does not show
 * (scope, contacts, client_uri) are kept.
 */
export const Updated: Story = {
  name: "Update (full metadata)",
  args: { fields: ["client_name", "redirect_uris"] },
  loaders: [oauthMock({ client: sampleMetadata })],
  play: async (context) => {
    const { canvasElement, args } = context;
    const { canvas, user } = await ready(canvasElement);
    const name = canvas.getByLabelText(/^Application name/);
    await user.clear(name);
    await user.type(name, "Difference Engine");
    await user.click(canvas.getByRole("button", { name: "Remove redirect URI 2" }));
    await user.click(canvas.getByRole("button", { name: "Save changes" }));
    await waitFor(() =>
      expect(
        canvas.getAllByRole("status").some((s) => /Changes saved/.test(s.textContent ?? "")),
      ).toBe(true),
    );
    await expect(args.onUpdated).toHaveBeenCalledTimes(1);
    await expect(storedClients(context)).toMatchObject([
      {
        metadata: {
          client_name: "Difference Engine",
          redirect_uris: ["https://engine.example.com/callback"],
          scope: "read write",
          contacts: ["ada@example.com"],
          client_uri: "https://engine.example.com",
          grant_types: ["authorization_code", "refresh_token"],
        },
      },
    ]);
    await expect(oauthEvents(context).map((e) => e.event)).toEqual([
      "oauth.client.registered",
      "oauth.client.updated",
    ]);
  },
};

/** The server refuses the update (`invalid_redirect_uri` on PUT): the error lands on that entry. */
export const UpdateFieldError: Story = {
  name: "Update refused on a field",
  loaders: [
    oauthMock({
      client: sampleMetadata,
      oauthScenario: { name: "oauth-invalid-redirect-uri", target: "PUT" },
    }),
  ],
  play: async (context) => {
    const { canvasElement } = context;
    const { canvas, user } = await ready(canvasElement);
    await user.click(canvas.getByRole("button", { name: "Save changes" }));
    const input = canvas.getByRole("textbox", { name: "Redirect URI 1" });
    await waitFor(() => expect(input).toHaveAttribute("aria-invalid", "true"));
    await expect(input).toHaveAccessibleDescription(/did not accept this redirect URI/);
    await waitFor(() => expect(input).toHaveFocus());
    await expect(oauthEvents(context).map((e) => e.event)).toEqual(["oauth.client.registered"]);
  },
};

/** `rotateSecretOnUpdate`: the PUT returns a new client secret, shown once with the warning. */
export const RotatedSecret: Story = {
  name: "Update rotates the secret",
  loaders: [
    oauthMock({
      client: sampleMetadata,
      config: { oauthRegistration: { rotateSecretOnUpdate: true } },
    }),
  ],
  play: async (context) => {
    const { canvasElement, args } = context;
    const { canvas, user } = await ready(canvasElement);
    await user.click(canvas.getByRole("button", { name: "Save changes" }));
    await expect(await canvas.findByText(/issued a new client secret/)).toBeVisible();
    const info = (args.onUpdated as ReturnType<typeof fn>).mock.calls[0]?.[0] as {
      client_secret: string;
    };
    const original = storyOAuth(context).client?.client_secret;
    await expect(info.client_secret).toBeTruthy();
    await expect(info.client_secret).not.toBe(original);
    await expect(canvas.getByText(info.client_secret)).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Copy Client secret" })).toBeVisible();
    await user.click(canvas.getByRole("button", { name: "I have saved the secret" }));
    await expect(canvasElement.textContent).not.toContain(info.client_secret);
  },
};

/**
 * A server that rotates the registration access token on every update and
 * repeats the unchanged secret in every answer (as oidc-provider does), given
 * as the `fetch` option: two saves and a delete, each with the newest token,
 * `onRegistrationAccessTokenChange` told each time, and no "new secret" warning.
 */
function rotatingServer() {
  const uri = "https://op.example/reg/c1";
  const state = { token: "rat-0", issued: 0, authorizations: [] as string[] };
  const client = {
    client_id: "c1",
    client_secret: "unchanged-secret",
    client_secret_expires_at: 0,
    ...sampleMetadata,
    registration_client_uri: uri,
  };
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const method = init?.method ?? "GET";
    const authorization = new Headers(init?.headers).get("authorization") ?? "";
    state.authorizations.push(`${method} ${authorization}`);
    if (String(input) !== uri || authorization !== `Bearer ${state.token}`)
      return Response.json({ error: "invalid_token" }, { status: 401 });
    if (method === "DELETE") return new Response(null, { status: 204 });
    if (method === "PUT") {
      Object.assign(client, JSON.parse(String(init?.body)) as object);
      state.token = `rat-${++state.issued}`;
    }
    return Response.json({ ...client, registration_access_token: state.token });
  };
  return { uri, state, fetch };
}

let rotating = rotatingServer();

export const RotatedToken: Story = {
  name: "Update rotates the registration access token",
  args: { onRegistrationAccessTokenChange: fn() },
  beforeEach: () => {
    rotating = rotatingServer();
  },
  render: (args, context) => {
    const server = rotating;
    return (
      <ClientRegistrationManager
        {...args}
        registrationClientUri={server.uri}
        registrationAccessToken="rat-0"
        fetch={server.fetch}
        theme={args.theme ?? (context.globals.theme === "dark" ? "dark" : "light")}
      />
    );
  },
  play: async ({ canvasElement, args }) => {
    const { canvas, user } = await ready(canvasElement);
    const name = canvas.getByLabelText(/^Application name/);
    for (const value of ["Difference Engine", "Engine No. 2"]) {
      await user.clear(name);
      await user.type(name, value);
      await user.click(canvas.getByRole("button", { name: "Save changes" }));
      await expect(await canvas.findByText("Changes saved.")).toBeVisible();
    }
    await expect(canvas.queryByText(/issued a new client secret/)).toBeNull();
    await expect(args.onRegistrationAccessTokenChange).toHaveBeenNthCalledWith(
      1,
      "rat-1",
      expect.objectContaining({ client_name: "Difference Engine" }),
    );
    await expect(args.onRegistrationAccessTokenChange).toHaveBeenNthCalledWith(
      2,
      "rat-2",
      expect.objectContaining({ client_name: "Engine No. 2" }),
    );
    await user.click(canvas.getByRole("button", { name: "Delete application" }));
    await user.click(canvas.getByRole("button", { name: "Delete for good" }));
    await expectState(canvasElement, "deleted");
    await expect(rotating.state.authorizations).toEqual([
      "GET Bearer rat-0",
      "PUT Bearer rat-0",
      "PUT Bearer rat-1",
      "DELETE Bearer rat-2",
    ]);
  },
};

/** "Delete application" asks first; focus goes to Cancel. Nothing is deleted yet. */
export const ConfirmDelete: Story = {
  name: "Confirm delete",
  loaders: [oauthMock({ client: sampleMetadata })],
  play: async (context) => {
    const { canvasElement } = context;
    const { canvas, user } = await ready(canvasElement);
    await user.click(canvas.getByRole("button", { name: "Delete application" }));
    await expectState(canvasElement, "confirm-delete");
    await expect(canvas.getByText(/Delete Analytical Engine\?/)).toBeVisible();
    await waitFor(() => expect(canvas.getByRole("button", { name: "Cancel" })).toHaveFocus());
    await expect(canvas.getByRole("button", { name: "Delete for good" })).toBeVisible();
    await expect(storedClients(context)).toHaveLength(1);
  },
};

/** The delete journey: confirm → 204 → "deleted"; the token then gets 401 (RFC 7592 §2.3). */
export const Deleted: Story = {
  loaders: [oauthMock({ client: sampleMetadata })],
  play: async (context) => {
    const { canvasElement, args } = context;
    const { canvas, user } = await ready(canvasElement);
    await user.click(canvas.getByRole("button", { name: "Delete application" }));
    await user.click(canvas.getByRole("button", { name: "Delete for good" }));
    await expectState(canvasElement, "deleted");
    await expect(canvas.getByText("The application was deleted.")).toBeVisible();
    await expect(args.onDeleted).toHaveBeenCalledTimes(1);
    await expect(storedClients(context)).toEqual([]);
    const client = storyOAuth(context).client;
    const after = await backendCall(context, client?.registration_client_uri ?? "", {
      method: "GET",
      token: client?.registration_access_token ?? "",
    });
    await expect(after.status).toBe(401);
  },
};

/** The registration was deleted elsewhere: its token gets 401; no form, `onAccessDenied(401)`. */
export const Unauthorized: Story = {
  name: "Unauthorized (401)",
  loaders: [oauthMock({ client: sampleMetadata, deleteClient: true })],
  play: async ({ canvasElement, args }) => {
    await expectState(canvasElement, "unauthorized");
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole("alert")).toHaveTextContent(/cannot be managed any more/);
    await expect(canvas.queryByRole("button", { name: "Save changes" })).toBeNull();
    await expect(args.onAccessDenied).toHaveBeenCalledWith(401);
  },
};

/** Another client's registration access token: the mock answers 401 (it never says whose a token is). */
export const ForeignToken: Story = {
  name: "Another client's token (401)",
  loaders: [oauthMock({ client: sampleMetadata, foreignToken: true })],
  play: async ({ canvasElement, args }) => {
    await expectState(canvasElement, "unauthorized");
    await expect(args.onAccessDenied).toHaveBeenCalledWith(401);
  },
};

/**
 * A server that answers 403 `insufficient_scope`: `onAccessDenied(403)`. (The mock
 * itself answers 401 to another client's token, so a token never tells whose it is;
 * the 403 here is its forced `oauth-forbidden` scenario.)
 */
export const Forbidden: Story = {
  name: "Forbidden (403)",
  loaders: [
    oauthMock({
      client: sampleMetadata,
      oauthScenario: { name: "oauth-forbidden", target: "GET" },
    }),
  ],
  play: async ({ canvasElement, args }) => {
    await expectState(canvasElement, "forbidden");
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole("alert")).toHaveTextContent(/not allowed to manage/);
    await expect(canvas.queryByRole("button", { name: "Delete application" })).toBeNull();
    await expect(args.onAccessDenied).toHaveBeenCalledWith(403);
  },
};
