// Forced states for Playwright and Storybook. A scenario answers instead of the
// rules (or, for `slow`, before them) for the next N matching requests or
// until cleared.
import { html, json } from "./responses";

/** The names of the scenarios. */
export const SCENARIO_NAMES = [
  "slow",
  "server-error",
  "unavailable",
  "rate-limited",
  "malformed-view-model",
  "html",
  "network-error",
  "error-stormpath",
  "error-problem-errors",
  "error-problem-invalid-params",
  "error-oauth",
  "error-scim-conflict",
] as const;

/** One of {@link SCENARIO_NAMES}. */
export type ScenarioName = (typeof SCENARIO_NAMES)[number];

/** Which requests (by method) to the scenario's endpoint a scenario applies to. */
export type ScenarioTarget = "GET" | "POST" | "any";

/**
 * The endpoint a scenario applies to: the registration endpoint (`/register`),
 * or the verify endpoint (`/verify`: GET with `sptoken`, POST to resend).
 */
export type ScenarioEndpoint = "register" | "verify";

/** The endpoints a forced scenario can target. */
export const SCENARIO_ENDPOINTS: readonly ScenarioEndpoint[] = ["register", "verify"];

/** The transport scenarios: the only ones that apply to `/verify` too. */
export const TRANSPORT_SCENARIOS: readonly ScenarioName[] = [
  "slow",
  "server-error",
  "unavailable",
  "rate-limited",
  "html",
  "network-error",
];

/** Whether scenario `name` means anything on `endpoint`. */
export function scenarioAppliesTo(name: ScenarioName, endpoint: ScenarioEndpoint): boolean {
  return endpoint === "register" || TRANSPORT_SCENARIOS.includes(name);
}

/** Options of a forced scenario. */
export interface ScenarioOptions {
  /** Requests it applies to. Defaults per scenario (see {@link SCENARIOS}). */
  target?: ScenarioTarget;
  /**
   * The endpoint whose requests it applies to. Defaults to `"register"`;
   * `"verify"` takes only the transport scenarios (`slow`, `server-error`,
   * `unavailable`, `rate-limited`, `html`, `network-error`).
   */
  endpoint?: ScenarioEndpoint;
  /** How many matching requests it answers; `0` = until cleared (the session). Defaults to 1. */
  times?: number;
  /** `slow`: the delay in ms. Defaults to 3000. */
  delayMs?: number;
  /** 429 and 503: the Retry-After seconds. Defaults to 30. */
  retryAfter?: number;
}

/** A scenario's description and default target. */
export interface ScenarioInfo {
  name: ScenarioName;
  target: ScenarioTarget;
  description: string;
}

/** Every scenario, with what it does. */
export const SCENARIOS: readonly ScenarioInfo[] = [
  {
    name: "slow",
    target: "any",
    description: "Answer normally after a delay (delayMs, default 3000).",
  },
  {
    name: "server-error",
    target: "any",
    description: "500 with a JSON body that must not be rendered.",
  },
  {
    name: "unavailable",
    target: "any",
    description: "503 with Retry-After (retryAfter, default 30 s).",
  },
  {
    name: "rate-limited",
    target: "POST",
    description: "429 with Retry-After (retryAfter, default 30 s).",
  },
  { name: "malformed-view-model", target: "GET", description: "200 JSON of the wrong shape." },
  { name: "html", target: "any", description: "200 text/html instead of JSON." },
  { name: "network-error", target: "any", description: "Drop the connection (fetch rejects)." },
  {
    name: "error-stormpath",
    target: "POST",
    description: "400 Stormpath error: 'Email required.', code 2000.",
  },
  {
    name: "error-problem-errors",
    target: "POST",
    description: "400 problem+json with errors[] for #/email and #/password.",
  },
  {
    name: "error-problem-invalid-params",
    target: "POST",
    description: "400 problem+json with invalid-params[] for email.",
  },
  { name: "error-oauth", target: "POST", description: "400 RFC 7591 invalid_client_metadata." },
  {
    name: "error-scim-conflict",
    target: "POST",
    description: "409 SCIM uniqueness error with a string status.",
  },
];

/** Whether a string names a scenario. */
export function isScenarioName(name: unknown): name is ScenarioName {
  return typeof name === "string" && (SCENARIO_NAMES as readonly string[]).includes(name);
}

/** What a scenario does to one request. */
export type ScenarioEffect =
  { kind: "respond"; response: Response } | { kind: "drop" } | { kind: "delay"; ms: number };

/** The effect of `name` on one request. */
export function scenarioEffect(name: ScenarioName, options: ScenarioOptions = {}): ScenarioEffect {
  const retryAfter = String(options.retryAfter ?? 30);
  switch (name) {
    case "slow":
      return { kind: "delay", ms: options.delayMs ?? 3000 };
    case "network-error":
      return { kind: "drop" };
    case "server-error":
      return {
        kind: "respond",
        response: json(
          { status: 500, message: "Internal error <b>stack trace here</b>", code: 500 },
          500,
        ),
      };
    case "unavailable":
      return {
        kind: "respond",
        response: json({ status: 503, message: "The service is down for maintenance." }, 503, {
          "retry-after": retryAfter,
        }),
      };
    case "rate-limited":
      return {
        kind: "respond",
        response: json(
          { status: 429, message: "Too many attempts. Try again later.", code: 429 },
          429,
          {
            "retry-after": retryAfter,
          },
        ),
      };
    case "malformed-view-model":
      return {
        kind: "respond",
        response: json({ form: { fields: "not-an-array" }, accountStores: {} }),
      };
    case "html":
      return {
        kind: "respond",
        response: html(
          "<!doctype html><html><head><title>Sign up</title></head><body><h1>Sign up</h1><form></form></body></html>",
        ),
      };
    case "error-stormpath":
      return {
        kind: "respond",
        response: json(
          {
            status: 400,
            code: 2000,
            message: "Email required.",
            developerMessage:
              "Account email address is required; it cannot be null, empty, or blank.",
            moreInfo: "https://docs.stormpath.com/rest/product-guide/latest/errors.html#error-2000",
          },
          400,
        ),
      };
    case "error-problem-errors":
      return {
        kind: "respond",
        response: new Response(
          JSON.stringify({
            type: "urn:signup-kit:problem:validation",
            title: "Your request is not valid.",
            status: 400,
            detail: "2 fields need attention.",
            errors: [
              { pointer: "#/email", detail: "Email is not a valid email address." },
              { pointer: "#/password", detail: "Password is too short." },
            ],
          }),
          { status: 400, headers: { "content-type": "application/problem+json" } },
        ),
      };
    case "error-problem-invalid-params":
      return {
        kind: "respond",
        response: new Response(
          JSON.stringify({
            type: "urn:signup-kit:problem:validation",
            title: "Your request parameters didn't validate.",
            status: 400,
            "invalid-params": [{ name: "email", reason: "must be a valid email address" }],
          }),
          { status: 400, headers: { "content-type": "application/problem+json" } },
        ),
      };
    case "error-oauth":
      return {
        kind: "respond",
        response: json(
          {
            error: "invalid_client_metadata",
            error_description: "The value of email is not valid.",
          },
          400,
        ),
      };
    case "error-scim-conflict":
      return {
        kind: "respond",
        response: new Response(
          JSON.stringify({
            schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"],
            status: "409",
            scimType: "uniqueness",
            detail: "An account with that email already exists.",
          }),
          { status: 409, headers: { "content-type": "application/scim+json" } },
        ),
      };
  }
}

interface ActiveScenario {
  name: ScenarioName;
  target: ScenarioTarget;
  endpoint: ScenarioEndpoint;
  remaining: number;
  options: ScenarioOptions;
}

/** The scenario forced through the admin endpoint. */
export class ScenarioControl {
  private active: ActiveScenario | undefined;

  /** Forces `name` for the next `times` matching requests (0 = until cleared). */
  set(name: ScenarioName, options: ScenarioOptions = {}): void {
    const info = SCENARIOS.find((s) => s.name === name);
    const times = options.times ?? 1;
    this.active = {
      name,
      target: options.target ?? info?.target ?? "any",
      endpoint: options.endpoint ?? "register",
      remaining: times <= 0 ? Infinity : times,
      options,
    };
  }

  clear(): void {
    this.active = undefined;
  }

  /** What is forced now, for `GET /__mock/scenario`. */
  describe(): {
    name: ScenarioName;
    target: ScenarioTarget;
    endpoint: ScenarioEndpoint;
    remaining: number | "session";
    options: ScenarioOptions;
  } | null {
    if (!this.active) return null;
    const { name, target, endpoint, remaining, options } = this.active;
    return {
      name,
      target,
      endpoint,
      remaining: remaining === Infinity ? "session" : remaining,
      options,
    };
  }

  /** Takes the forced scenario for a request with this method to `endpoint`, if it applies. */
  take(
    method: string,
    endpoint: ScenarioEndpoint = "register",
  ): { name: ScenarioName; options: ScenarioOptions } | undefined {
    const active = this.active;
    if (!active || active.endpoint !== endpoint) return undefined;
    if (active.target !== "any" && active.target !== method) return undefined;
    active.remaining -= 1;
    if (active.remaining <= 0) this.active = undefined;
    return { name: active.name, options: active.options };
  }
}
