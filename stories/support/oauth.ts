// The OAuth client registration stories' backend: the story's own mock (see
// ./mock.ts), plus what RFC 7591/7592 stories need before they render — a
// client already registered through the mock's own POST rules, and a scenario
// forced through the mock's own admin endpoint (`/__mock/oauth/scenario`).
import type { Loader, StoryContext } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import type { ClientInformation } from "../../src/registration";
import { mock, storyMock, type MockSetup, type StoryMock } from "./mock";

/** A scenario of the OAuth endpoints (docs/mock-server.md). */
export interface OAuthScenario {
  name: string;
  target?: "GET" | "POST" | "PUT" | "DELETE" | "any";
  times?: number;
  delayMs?: number;
  retryAfter?: number;
}

export interface OAuthSetup extends MockSetup {
  /** Registers a client (this metadata) before the story renders: the manager's subject. */
  client?: Record<string, unknown>;
  /** Then deletes it (its token then gets 401, RFC 7592 §2.3). */
  deleteClient?: boolean;
  /** Registers a second client and hands out its token instead (403, another client's token). */
  foreignToken?: boolean;
  /** Forced after the client is registered. */
  oauthScenario?: OAuthScenario;
}

/** What the OAuth stories get in `context.loaded.oauth`. */
export interface StoryOAuth {
  /** The story backend's issuer: discovery goes through RFC 8414 from here. */
  issuer: string;
  /** `registration_endpoint`, as the discovery document names it. */
  endpoint: string;
  /** The client registered before the story, when `client` was given. */
  client?: ClientInformation;
  /** The token the manager is given (the client's own, or another client's). */
  token?: string;
}

export const sampleMetadata = {
  client_name: "Analytical Engine",
  redirect_uris: ["https://engine.example.com/callback", "http://127.0.0.1:8080/callback"],
  grant_types: ["authorization_code", "refresh_token"],
  response_types: ["code"],
  token_endpoint_auth_method: "client_secret_basic",
  scope: "read write",
  contacts: ["ada@example.com"],
  client_uri: "https://engine.example.com",
};

async function call(
  mockInfo: StoryMock,
  path: string,
  init: { method: string; token?: string; body?: unknown },
): Promise<Response> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.body !== undefined) headers["content-type"] = "application/json";
  const response = await mockInfo.backend.respond(
    new Request(new URL(path, location.origin), {
      method: init.method,
      headers,
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    }),
    { basePath: mockInfo.base },
  );
  if (!response) throw new Error(`The story's mock does not serve ${path}`);
  return response;
}

async function register(mockInfo: StoryMock, metadata: unknown): Promise<ClientInformation> {
  const response = await call(mockInfo, `${mockInfo.base}/oauth/register`, {
    method: "POST",
    body: metadata,
  });
  if (response.status !== 201) throw new Error(`Could not register: ${await response.text()}`);
  return (await response.json()) as ClientInformation;
}

/** The loader of the OAuth stories: `loaders: [oauthMock({ client: sampleMetadata })]`. */
export function oauthMock(setup: OAuthSetup = {}): Loader {
  const base = mock(setup);
  return async (context) => {
    const loaded = (await base(context)) as { mock: StoryMock };
    const mockInfo = loaded.mock;
    const oauth: StoryOAuth = {
      issuer: `${location.origin}${mockInfo.base}`,
      endpoint: `${location.origin}${mockInfo.base}/oauth/register`,
    };
    if (setup.client) {
      oauth.client = await register(mockInfo, setup.client);
      oauth.token = oauth.client.registration_access_token;
      if (setup.foreignToken)
        oauth.token = (await register(mockInfo, setup.client)).registration_access_token;
      if (setup.deleteClient) {
        const gone = await call(mockInfo, oauth.client.registration_client_uri ?? "", {
          method: "DELETE",
          token: oauth.client.registration_access_token,
        });
        if (gone.status !== 204) throw new Error(`Could not delete: ${gone.status}`);
      }
    }
    if (setup.oauthScenario) {
      const forced = await call(mockInfo, `${mockInfo.base}/__mock/oauth/scenario`, {
        method: "POST",
        body: setup.oauthScenario,
      });
      if (!forced.ok) throw new Error(`Unknown scenario: ${await forced.text()}`);
    }
    return { mock: mockInfo, oauth };
  };
}

/** The story's OAuth data, from its loaded data. */
export function storyOAuth(context: Pick<StoryContext, "loaded">): StoryOAuth {
  const loaded = context.loaded as { oauth?: StoryOAuth };
  if (!loaded.oauth)
    throw new Error("This story has no OAuth mock: add `loaders: [oauthMock(…)]`.");
  return loaded.oauth;
}

/** Clients the story's backend holds (no digests). */
export function storedClients(context: Pick<StoryContext, "loaded">) {
  return storyMock(context).backend.oauthClients();
}

/** The story backend's OAuth audit events, oldest first. */
export function oauthEvents(context: Pick<StoryContext, "loaded">) {
  return storyMock(context)
    .backend.audit()
    .filter((event) => event.event.startsWith("oauth."));
}

/** Sends a request to the story's backend as an app would (to check a token after the fact). */
export function backendCall(
  context: Pick<StoryContext, "loaded">,
  url: string,
  init: { method: string; token?: string; body?: unknown },
): Promise<Response> {
  return call(storyMock(context), url, init);
}

/** The root of the component in the story. */
export function registrationRoot(canvasElement: HTMLElement): HTMLElement {
  const root = canvasElement.querySelector<HTMLElement>("[data-slot=root]");
  if (!root) throw new Error("No [data-slot=root] in the story.");
  return root;
}

/** Waits for `data-state`. */
export async function expectState(canvasElement: HTMLElement, state: string, timeout = 5000) {
  await waitFor(
    () => expect(registrationRoot(canvasElement)).toHaveAttribute("data-state", state),
    {
      timeout,
    },
  );
}

/** Waits for the discovered form, then types a name and the first redirect URI. */
export async function fillRegistration(
  canvasElement: HTMLElement,
  values: { name?: string; redirectUri?: string } = {},
) {
  const canvas = within(canvasElement);
  const user = userEvent.setup();
  const name = await canvas.findByLabelText(/^Application name/, {}, { timeout: 5000 });
  await user.type(name, values.name ?? "Analytical Engine");
  await user.type(
    canvas.getByRole("textbox", { name: "Redirect URI 1" }),
    values.redirectUri ?? "https://engine.example.com/callback",
  );
  return { canvas, user };
}

/** Clicks "Register application" and waits until the POST is answered. */
export async function submitRegistration(canvasElement: HTMLElement) {
  const user = userEvent.setup();
  await user.click(within(canvasElement).getByRole("button", { name: "Register application" }));
  await waitFor(
    () => expect(registrationRoot(canvasElement).dataset.state).not.toBe("submitting"),
    { timeout: 5000 },
  );
}
