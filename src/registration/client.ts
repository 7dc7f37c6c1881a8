// Fetch only: discovery (RFC 8414 / OIDC Discovery), registration (RFC 7591)
// and management (RFC 7592). No React. Bodies are read with a size limit and
// only ever parsed as JSON; error text from the server is returned as text.
import {
  EDITABLE_FIELDS,
  type ClientInformation,
  type EditableField,
} from "../contract/clientMetadata";

const MAX_BODY = 256 * 1024;
const DEFAULT_TIMEOUT = 15_000;

/** Options every call takes. */
export interface RegistrationRequestOptions {
  /** A custom fetch. Defaults to `globalThis.fetch`. */
  fetch?: typeof fetch;
  /** Aborts the request. */
  signal?: AbortSignal;
  /** Timeout in ms. Defaults to 15000. */
  timeout?: number;
}

/** What went wrong, already sorted for the person. */
export type RegistrationFailure =
  | {
      kind: "oauth";
      status: number;
      /** RFC 7591 §3.2.2 / RFC 6750 code. */
      error: string;
      description?: string;
      /** The member the error concerns, when it names one the form edits. */
      field?: EditableField;
      /** For list members (`redirect_uris[1]`), the entry. */
      index?: number;
    }
  | { kind: "unauthorized"; status: 401 }
  | { kind: "forbidden"; status: 403 }
  | { kind: "rate-limited"; status: number; retryAfter: number }
  | { kind: "server"; status: number }
  | {
      kind: "network";
      timedOut: boolean;
      /**
       * Whether the request body left the browser: `false` when it certainly
       * did not (a refused CORS preflight, a refused connection), `true` when
       * it did and the answer was lost, absent when the browser does not say.
       */
      sent?: boolean;
      /** With `sent: false`: whether the server answered a plain request (so cross-origin rules refused the page). */
      reachable?: boolean;
    }
  | { kind: "unexpected"; status: number };

/** The outcome of one call. */
export type RegistrationOutcome<T> =
  { ok: true; value: T } | { ok: false; failure: RegistrationFailure };

async function send(
  url: string,
  init: RequestInit,
  options: RegistrationRequestOptions,
): Promise<{ response: Response; text: string } | { failure: RegistrationFailure }> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeout ?? DEFAULT_TIMEOUT);
  const onAbort = () => controller.abort();
  options.signal?.addEventListener("abort", onAbort, { once: true });
  try {
    const response = await (options.fetch ?? globalThis.fetch)(url, {
      ...init,
      // Tokens go in headers; cookies are not needed and never sent cross-site.
      credentials: "omit",
      cache: "no-store",
      signal: controller.signal,
    });
    const declared = Number(response.headers.get("content-length"));
    if (declared > MAX_BODY) return { failure: { kind: "unexpected", status: response.status } };
    const text = await response.text();
    if (text.length > MAX_BODY) return { failure: { kind: "unexpected", status: response.status } };
    return { response, text };
  } catch {
    if (options.signal?.aborted) throw options.signal.reason;
    return { failure: { kind: "network", timedOut } };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener("abort", onAbort);
  }
}

/**
 * The same as {@link send}, over XMLHttpRequest: its upload events tell a body
 * that never left the browser (a refused CORS preflight, a refused
 * connection: upload `error` without upload `load`) from an answer lost after
 * the body was sent (upload `load`, then `error`). fetch() rejects with the
 * same TypeError in both cases.
 */
function sendWithXhr(
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string },
  options: RegistrationRequestOptions,
): Promise<{ response: Response; text: string } | { failure: RegistrationFailure }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    let bodySent = init.body === undefined;
    let timedOut = false;
    const finish = () => {
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", onAbort);
    };
    const timer = setTimeout(() => {
      timedOut = true;
      xhr.abort();
    }, options.timeout ?? DEFAULT_TIMEOUT);
    const onAbort = () => xhr.abort();
    options.signal?.addEventListener("abort", onAbort, { once: true });
    const failed = () => {
      finish();
      if (options.signal?.aborted) {
        reject(options.signal.reason);
        return;
      }
      if (bodySent) {
        resolve({ failure: { kind: "network", timedOut, sent: true } });
        return;
      }
      void isReachable(url).then((reachable) =>
        resolve({ failure: { kind: "network", timedOut, sent: false, reachable } }),
      );
    };
    xhr.open(init.method, url);
    xhr.withCredentials = false;
    for (const [name, value] of Object.entries(init.headers)) xhr.setRequestHeader(name, value);
    // A listener on `upload` is what makes the browser report upload progress.
    xhr.upload.addEventListener("load", () => {
      bodySent = true;
    });
    xhr.addEventListener("error", failed);
    xhr.addEventListener("abort", failed);
    xhr.addEventListener("timeout", failed);
    xhr.addEventListener("load", () => {
      finish();
      const text = xhr.responseText;
      if (text.length > MAX_BODY) {
        resolve({ failure: { kind: "unexpected", status: xhr.status } });
        return;
      }
      const headers = new Headers();
      for (const line of xhr.getAllResponseHeaders().split(/\r?\n/)) {
        const at = line.indexOf(":");
        if (at > 0) headers.append(line.slice(0, at).trim(), line.slice(at + 1).trim());
      }
      const status = xhr.status;
      if (status < 200 || status > 599) {
        resolve({ failure: { kind: "unexpected", status } });
        return;
      }
      const empty = status === 204 || status === 205 || status === 304;
      resolve({ response: new Response(empty ? null : text, { status, headers }), text });
    });
    xhr.send(init.body ?? null);
  });
}

function controlledByServiceWorker(): boolean {
  return typeof navigator !== "undefined" && Boolean(navigator.serviceWorker?.controller);
}

/**
 * Whether the server answers at all: a `no-cors` GET needs no CORS headers and
 * resolves (opaquely) whenever the server answered. Bounded to 5 s.
 */
async function isReachable(url: string): Promise<boolean> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  try {
    await globalThis.fetch(url, {
      mode: "no-cors",
      credentials: "omit",
      cache: "no-store",
      signal: controller.signal,
    });
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** Retry-After as seconds (delta or HTTP-date), bounded; garbage gives 30. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number {
  if (header && /^\d+$/.test(header.trim())) return Math.min(3600, Number(header.trim()));
  const date = header ? Date.parse(header) : NaN;
  if (Number.isFinite(date)) return Math.max(1, Math.min(3600, Math.ceil((date - now) / 1000)));
  return 30;
}

/**
 * Which member an RFC 7591 error concerns. `invalid_redirect_uri` is always
 * about redirect_uris; for `invalid_client_metadata`, the first member named
 * in error_description (as a whole word) counts. `redirect_uris[2]` names an entry.
 */
export function errorTarget(
  error: string,
  description: string | undefined,
): { field?: EditableField; index?: number } {
  const text = description ?? "";
  const index = /redirect_uris\[(\d+)\]/.exec(text)?.[1];
  if (error === "invalid_redirect_uri")
    return { field: "redirect_uris", ...(index !== undefined ? { index: Number(index) } : {}) };
  if (error !== "invalid_client_metadata") return {};
  let best: { field: EditableField; at: number } | undefined;
  for (const field of EDITABLE_FIELDS) {
    const match = new RegExp(`(^|[^A-Za-z0-9_])${field}($|[^A-Za-z0-9_])`).exec(text);
    if (match && (!best || match.index < best.at)) best = { field, at: match.index };
  }
  if (!best) return {};
  return {
    field: best.field,
    ...(best.field === "redirect_uris" && index !== undefined ? { index: Number(index) } : {}),
  };
}

/** Sorts a non-2xx answer. */
export function classifyFailure(response: Response, text: string): RegistrationFailure {
  const status = response.status;
  if (status === 429 || status === 503)
    return {
      kind: "rate-limited",
      status,
      retryAfter: retryAfterSeconds(response.headers.get("retry-after")),
    };
  if (status >= 500) return { kind: "server", status };
  const body = parseJson(text);
  if (status === 401) return { kind: "unauthorized", status };
  if (status === 403) return { kind: "forbidden", status };
  if (isObject(body) && typeof body.error === "string" && /^[\x20-\x7E]{1,100}$/.test(body.error)) {
    const description =
      typeof body.error_description === "string" ? body.error_description.slice(0, 500) : undefined;
    return {
      kind: "oauth",
      status,
      error: body.error,
      ...(description !== undefined ? { description } : {}),
      ...errorTarget(body.error, description),
    };
  }
  return { kind: "unexpected", status };
}

function readInformation(text: string): ClientInformation | undefined {
  const body = parseJson(text);
  if (!isObject(body) || typeof body.client_id !== "string" || body.client_id === "")
    return undefined;
  for (const key of ["client_secret", "registration_access_token", "registration_client_uri"])
    if (body[key] !== undefined && typeof body[key] !== "string") return undefined;
  for (const key of ["client_secret_expires_at", "client_id_issued_at"])
    if (body[key] !== undefined && typeof body[key] !== "number") return undefined;
  // RFC 7591 §3.2.1: client_secret_expires_at is REQUIRED when a secret is issued.
  if (typeof body.client_secret === "string" && typeof body.client_secret_expires_at !== "number")
    return undefined;
  return body as unknown as ClientInformation;
}

const JSON_HEADERS = { accept: "application/json" };

/** What the kit uses of an authorization server's metadata (RFC 8414 §2, OIDC Discovery §3). */
export interface RegistrationServerMetadata {
  issuer: string;
  registration_endpoint: string;
  /** Narrows the response types offered, when present and not empty. */
  response_types_supported?: string[];
  /** Narrows the grant types offered, when present and not empty. */
  grant_types_supported?: string[];
  /** Narrows the authentication methods offered, when present and not empty. */
  token_endpoint_auth_methods_supported?: string[];
}

function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((v) => typeof v === "string")
    ? (value as string[])
    : undefined;
}

/**
 * Reads an issuer's metadata (RFC 8414 §3): first
 * `/.well-known/oauth-authorization-server` (inserted before the issuer's
 * path), then `/.well-known/openid-configuration` (appended to it, OIDC
 * Discovery §4). The metadata's `issuer` must equal the issuer asked for, and
 * it must name a `registration_endpoint`.
 */
export async function discoverServerMetadata(
  issuer: string,
  options: RegistrationRequestOptions = {},
): Promise<RegistrationOutcome<RegistrationServerMetadata>> {
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    return { ok: false, failure: { kind: "unexpected", status: 0 } };
  }
  const path = url.pathname.replace(/\/+$/, "");
  const candidates = [
    `${url.origin}/.well-known/oauth-authorization-server${path}`,
    `${url.origin}${path}/.well-known/openid-configuration`,
  ];
  let last: RegistrationFailure = { kind: "unexpected", status: 404 };
  for (const candidate of candidates) {
    const sent = await send(candidate, { headers: JSON_HEADERS }, options);
    if ("failure" in sent) {
      last = sent.failure;
      continue;
    }
    const body = parseJson(sent.text);
    const endpoint = isObject(body) ? body.registration_endpoint : undefined;
    const sameIssuer =
      isObject(body) &&
      typeof body.issuer === "string" &&
      body.issuer.replace(/\/+$/, "") === issuer.replace(/\/+$/, "");
    if (
      sent.response.ok &&
      isObject(body) &&
      sameIssuer &&
      typeof endpoint === "string" &&
      isHttps(endpoint)
    ) {
      const metadata: RegistrationServerMetadata = {
        issuer: body.issuer as string,
        registration_endpoint: endpoint,
      };
      for (const key of [
        "response_types_supported",
        "grant_types_supported",
        "token_endpoint_auth_methods_supported",
      ] as const) {
        const list = stringList(body[key]);
        if (list) metadata[key] = list;
      }
      return { ok: true, value: metadata };
    }
    last = sent.response.ok
      ? { kind: "unexpected", status: 200 }
      : classifyFailure(sent.response, sent.text);
  }
  return { ok: false, failure: last };
}

/** The `registration_endpoint` of an issuer, from {@link discoverServerMetadata}. */
export async function discoverRegistrationEndpoint(
  issuer: string,
  options: RegistrationRequestOptions = {},
): Promise<RegistrationOutcome<string>> {
  const result = await discoverServerMetadata(issuer, options);
  return result.ok ? { ok: true, value: result.value.registration_endpoint } : result;
}

function isHttps(value: string): boolean {
  try {
    const url = new URL(value);
    return (
      url.protocol === "https:" ||
      (url.protocol === "http:" && ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname))
    );
  } catch {
    return false;
  }
}

function mayCarryToken(value: string): boolean {
  try {
    const page = typeof location === "undefined" ? undefined : location.href;
    const url = new URL(value, page);
    return isHttps(url.href) || (page !== undefined && url.origin === new URL(page).origin);
  } catch {
    return false;
  }
}

async function exchange(
  url: string,
  method: string,
  token: string | undefined,
  body: unknown,
  options: RegistrationRequestOptions,
  expect: number[],
): Promise<RegistrationOutcome<ClientInformation | null>> {
  // A bearer token only travels over https (or loopback http, or to the page's own
  // origin): registration_client_uri comes from the server and is checked here.
  if (token && !mayCarryToken(url))
    return { ok: false, failure: { kind: "unexpected", status: 0 } };
  const headers: Record<string, string> = { ...JSON_HEADERS };
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers["content-type"] = "application/json";
  const init = { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) };
  // Registration is the one request whose loss matters (it is not idempotent):
  // without a custom fetch, it goes over XMLHttpRequest to learn whether it left.
  // Not when a service worker controls the page: the worker sends the request on,
  // and the page's upload events then say nothing about the network.
  const sent =
    method === "POST" &&
    !options.fetch &&
    typeof XMLHttpRequest !== "undefined" &&
    !controlledByServiceWorker()
      ? await sendWithXhr(url, init, options)
      : await send(url, init, options);
  if ("failure" in sent) return { ok: false, failure: sent.failure };
  const { response, text } = sent;
  if (!expect.includes(response.status)) {
    if (response.ok) return { ok: false, failure: { kind: "unexpected", status: response.status } };
    return { ok: false, failure: classifyFailure(response, text) };
  }
  if (response.status === 204) return { ok: true, value: null };
  const info = readInformation(text);
  return info
    ? { ok: true, value: info }
    : { ok: false, failure: { kind: "unexpected", status: response.status } };
}

/** RFC 7591 §3.1: POST the metadata, with the initial access token if there is one. Never retried. */
export async function registerClient(
  endpoint: string,
  metadata: Record<string, unknown>,
  initialAccessToken: string | undefined,
  options: RegistrationRequestOptions = {},
): Promise<RegistrationOutcome<ClientInformation>> {
  const result = await exchange(
    endpoint,
    "POST",
    initialAccessToken,
    metadata,
    options,
    [200, 201],
  );
  return result.ok && !result.value
    ? { ok: false, failure: { kind: "unexpected", status: 204 } }
    : (result as RegistrationOutcome<ClientInformation>);
}

/** RFC 7592 §2.1: read the registration. */
export async function readClient(
  registrationClientUri: string,
  registrationAccessToken: string,
  options: RegistrationRequestOptions = {},
): Promise<RegistrationOutcome<ClientInformation>> {
  const result = await exchange(
    registrationClientUri,
    "GET",
    registrationAccessToken,
    undefined,
    options,
    [200],
  );
  return result as RegistrationOutcome<ClientInformation>;
}

/** RFC 7592 §2.2: replace the metadata (the full set, with client_id). */
export async function updateClient(
  registrationClientUri: string,
  registrationAccessToken: string,
  metadata: Record<string, unknown>,
  options: RegistrationRequestOptions = {},
): Promise<RegistrationOutcome<ClientInformation>> {
  const result = await exchange(
    registrationClientUri,
    "PUT",
    registrationAccessToken,
    metadata,
    options,
    [200],
  );
  return result as RegistrationOutcome<ClientInformation>;
}

/** RFC 7592 §2.3: delete the registration (204). */
export async function deleteClient(
  registrationClientUri: string,
  registrationAccessToken: string,
  options: RegistrationRequestOptions = {},
): Promise<RegistrationOutcome<null>> {
  const result = await exchange(
    registrationClientUri,
    "DELETE",
    registrationAccessToken,
    undefined,
    options,
    [204, 200],
  );
  return result.ok ? { ok: true, value: null } : result;
}
