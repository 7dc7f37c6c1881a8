// The mock backend behind every story. Each rendered story gets its own backend
// (from the mock's presets, fixtures and scenarios) mounted under its own path,
// `/mock/<story>-<n>/register`, so a docs page that renders many stories at
// once never sends one story's requests to another story's backend.
//
// Why a dispatcher instead of `msw.use()` per story: msw-storybook-addon's
// loader calls `worker.resetHandlers()` every time a story loads. On a docs page
// the stories load side by side, so a handler added by one story is removed by
// the next one before its form has fetched. Initial handlers survive the reset,
// so the one handler given to `setupWorker()` routes by path to the backend the
// story registered, and each backend is still reached through the handlers
// `createHandlers()` returns.
import type { Loader, StoryContext } from "@storybook/react-vite";
import { getResponse, http, HttpResponse, type HttpHandler } from "msw";
import type { SetupWorker } from "msw/browser";
import { createHandlers } from "../../src/mock/msw";
import {
  type MockBackend,
  type MockBackendOptions,
  type MockConfig,
  type PresetName,
  type ScenarioName,
  type ScenarioOptions,
} from "../../src/mock";

const ROUTE_PREFIX = "/mock/";
const routes = new Map<string, HttpHandler[]>();
/** Stories whose discovery documents arrive late (`slowDiscoveryMs`), by key. */
const discoveryDelays = new Map<string, number>();
/** Paths inside a story's backend whose requests are held (`slowPaths`), by key. */
const pathDelays = new Map<string, Record<string, number>>();
/** Stories whose connection to their backend is down (`setOffline`), by key. */
const offline = new Set<string>();
let mounted = 0;

/**
 * RFC 8414 §3 puts an issuer's path after the well-known segment:
 * `/.well-known/oauth-authorization-server/mock/<key>` is the metadata of the
 * issuer `/mock/<key>`. Returns the key and the path inside its backend.
 */
function wellKnownOf(pathname: string): { key: string; path: string } | undefined {
  const match = /^\/\.well-known\/([^/]+)\/mock\/([^/]+)\/?$/.exec(pathname);
  return match?.[1] && match[2] ? { key: match[2], path: `/.well-known/${match[1]}` } : undefined;
}

/** The one initial handler: forwards `/mock/<key>/…` to that story's handlers. */
const dispatcher = http.all(/\/mock\/[^/]+(\/.*)?$/, async ({ request }) => {
  const url = new URL(request.url);
  const wellKnown = wellKnownOf(url.pathname);
  const key = wellKnown?.key ?? url.pathname.slice(ROUTE_PREFIX.length).split("/")[0] ?? "";
  const handlers = routes.get(key);
  if (!handlers) return undefined;
  // The network between the page and the backend, not the backend: a dropped
  // connection or a slow answer, for routes the mock has no scenario for.
  if (offline.has(key)) return HttpResponse.error();
  const held = pathDelays.get(key)?.[url.pathname.slice(ROUTE_PREFIX.length + key.length)];
  if (held) await new Promise((resolve) => setTimeout(resolve, held));
  const delay = discoveryDelays.get(key);
  if (delay && /\/\.well-known\//.test(url.pathname))
    await new Promise((resolve) => setTimeout(resolve, delay));
  const forwarded = wellKnown
    ? new Request(new URL(`${ROUTE_PREFIX}${key}${wellKnown.path}`, url.origin), request)
    : request;
  return getResponse(handlers, forwarded);
});

/**
 * Starts the msw worker for `mswLoader`. The worker script is `public/mockServiceWorker.js`;
 * the static build loads it relative to `iframe.html`, so the site also works
 * from a sub-path of a static server.
 */
export async function startWorker(): Promise<SetupWorker> {
  const { setupWorker } = await import("msw/browser");
  const worker = setupWorker(dispatcher);
  await worker.start({
    quiet: true,
    serviceWorker: {
      url: import.meta.env.PROD ? "./mockServiceWorker.js" : "/mockServiceWorker.js",
    },
    onUnhandledRequest: "bypass",
  });
  return worker;
}

/** What a story's loader gives its render and play functions (`context.loaded.mock`). */
export interface StoryMock {
  /** The backend: `backend.requests()` is what it received. */
  backend: MockBackend;
  /** The story's `/register` URL (same origin). */
  endpoint: string;
  /** The base path the backend's other routes live under (`${base}/__mock/hcaptcha/api.js`). */
  base: string;
}

export interface MockSetup {
  /** A named preset of the mock (its view model is `fixtures[preset]`). Defaults to `stormpath-default`. */
  preset?: PresetName;
  /** Keys on top of the preset. */
  config?: Omit<MockConfig, "preset">;
  /** A scenario forced before the story renders. */
  scenario?: { name: ScenarioName } & ScenarioOptions;
  /** Runs against the backend before the story renders (for example an existing account). */
  prepare?: (mock: StoryMock) => Promise<void>;
  /**
   * Holds the discovery documents (`/.well-known/…`) this long before the
   * backend answers them: a slow network, for the "discovering" state. Defaults to none.
   */
  slowDiscoveryMs?: number;
  /**
   * Holds requests to these paths inside the backend (`{ "/verify": 60_000 }`)
   * this long before the backend sees them: a slow network, for states such as
   * "verifying" on routes the mock's scenarios do not cover. Defaults to none.
   */
  slowPaths?: Record<string, number>;
  /** Options of the story's backend (a clock, a persistence adapter). Defaults to none. */
  backendOptions?: MockBackendOptions;
}

/**
 * The loader that gives a story its backend. Use it as `loaders: [mock({ preset: "minimal" })]`
 * and render with `context.loaded.mock.endpoint`.
 */
export function mock(setup: MockSetup = {}): Loader {
  return async (context) => {
    mounted += 1;
    const key = `${context.id}-${mounted}`;
    const base = `${ROUTE_PREFIX}${key}`;
    const { handlers, backend } = createHandlers({
      config: { preset: setup.preset ?? "stormpath-default", ...setup.config },
      baseUrl: base,
      ...(setup.backendOptions ? { backendOptions: setup.backendOptions } : {}),
    });
    await backend.ready;
    routes.set(key, handlers);
    if (setup.slowDiscoveryMs) discoveryDelays.set(key, setup.slowDiscoveryMs);
    if (setup.slowPaths) pathDelays.set(key, setup.slowPaths);
    const storyMock: StoryMock = { backend, endpoint: `${base}/register`, base };
    if (setup.scenario) {
      const { name, ...options } = setup.scenario;
      backend.setScenario(name, options);
    }
    await setup.prepare?.(storyMock);
    return { mock: storyMock };
  };
}

/**
 * Drops (or restores) the connection between the page and the story's backend:
 * every request from the page then fails as a network error (fetch rejects),
 * and the backend sees nothing. Calls through `backend.respond()` are not affected.
 */
export function setOffline(mock: StoryMock, down: boolean): void {
  const key = mock.base.slice(ROUTE_PREFIX.length);
  if (down) offline.add(key);
  else offline.delete(key);
}

/** The story's mock, from its loaded data. */
export function storyMock(context: Pick<StoryContext, "loaded">): StoryMock {
  const loaded = context.loaded as { mock?: StoryMock };
  if (!loaded.mock) throw new Error("This story has no mock: add `loaders: [mock(…)]`.");
  return loaded.mock;
}

/** The POSTs the story's backend received, oldest first (passwords redacted). */
export function posts(context: Pick<StoryContext, "loaded">) {
  return storyMock(context)
    .backend.requests()
    .filter((request) => request.method === "POST");
}

/** Creates an account through the backend's own POST rules (for the 409 story). */
export async function existingAccount(mock: StoryMock, email: string): Promise<void> {
  const response = await mock.backend.respond(
    new Request(new URL(mock.endpoint, location.origin), {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({
        givenName: "Ada",
        surname: "Lovelace",
        email,
        password: "correct horse battery staple",
      }),
    }),
    { basePath: mock.base },
  );
  if (!response || response.status >= 300) {
    throw new Error(`Could not create the existing account: ${response?.status ?? "no answer"}`);
  }
}
