// Forced scenarios (a `X-Mock-Scenario` header, a `?scenario=` query, or one
// set through the admin API) as middleware in front of a route.
import { withHeaders } from "./http/cors";
import type { Middleware } from "./http/router";
import {
  isScenarioName,
  scenarioAppliesTo,
  scenarioEffect,
  type ScenarioEndpoint,
  type ScenarioName,
  type ScenarioOptions,
} from "./scenarios";
import type { BackendState } from "./state";

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * The scenario for this request to `endpoint`: header, then query, then the
 * admin-forced one. A scenario that means nothing there (`error-oauth` on
 * `/verify`) is ignored.
 */
export function pickScenario(
  state: BackendState,
  request: Request,
  url: URL,
  endpoint: ScenarioEndpoint,
): { name: ScenarioName; options: ScenarioOptions } | undefined {
  const named = request.headers.get("x-mock-scenario") ?? url.searchParams.get("scenario");
  if (named && isScenarioName(named) && scenarioAppliesTo(named, endpoint)) {
    const options: ScenarioOptions = {};
    const delayMs = Number(
      url.searchParams.get("delayMs") ?? request.headers.get("x-mock-delay-ms") ?? NaN,
    );
    if (Number.isFinite(delayMs)) options.delayMs = delayMs;
    const retryAfter = Number(url.searchParams.get("retryAfter") ?? NaN);
    if (Number.isFinite(retryAfter)) options.retryAfter = retryAfter;
    return { name: named, options };
  }
  return state.scenario.take(request.method === "HEAD" ? "GET" : request.method, endpoint);
}

/** Applies the scenario for this request to `endpoint`, else (or after `slow`) lets the route answer. */
export function scenarioMiddleware(state: BackendState, endpoint: ScenarioEndpoint): Middleware {
  return async ({ request, url }, next) => {
    const forced = pickScenario(state, request, url, endpoint);
    if (!forced) return next();
    const effect = scenarioEffect(forced.name, forced.options);
    if (effect.kind === "drop") return Response.error();
    if (effect.kind === "respond")
      return withHeaders(effect.response, { "x-mock-scenario": forced.name });
    await delay(effect.ms);
    return withHeaders(await next(), { "x-mock-scenario": forced.name });
  };
}

/**
 * The `network-error` scenario for a host that cannot send `Response.error()`:
 * a 502 whose body fails after the headers, so reading it rejects like a
 * dropped connection.
 */
export function droppedConnection(): Response {
  let pulls = 0;
  const body = new ReadableStream<Uint8Array>({
    // One byte so the host sends the head, then the failure (an error
    // before the first chunk would let the host answer 500 instead).
    pull(controller) {
      if (pulls++ === 0) controller.enqueue(new Uint8Array([32]));
      else controller.error(new Error("The mock dropped the connection (network-error)."));
    },
  });
  return new Response(body, {
    status: 502,
    headers: { "content-type": "application/json", "x-mock-scenario": "network-error" },
  });
}
