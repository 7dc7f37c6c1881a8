// The registration endpoint on the route table: every request is logged
// (secrets redacted), delayed by the configured latency, and may be forced
// into a scenario before GET or POST answers.
import type { ResponseStyle } from "../config";
import type { Router } from "../http/router";
import { methodNotAllowed } from "../http/router";
import { redact, type LoggedRequest } from "../logs";
import { plainError } from "../responses";
import { scenarioEffect } from "../scenarios";
import { delay, pickScenario } from "../scenario-middleware";
import { withHeaders } from "../http/cors";
import type { BackendState } from "../state";
import { errorFor } from "./errors";
import { postResponse } from "./post";
import { viewResponse } from "./view";

async function peekBody(state: BackendState, request: Request): Promise<unknown> {
  try {
    const text = await request.clone().text();
    if (text.length > state.config.maxBodyBytes) return "[too large]";
    const type = request.headers.get("content-type") ?? "";
    const parsed: unknown = type.includes("json")
      ? JSON.parse(text)
      : Object.fromEntries(new URLSearchParams(text));
    return redact(parsed, [state.config.captcha.field]);
  } catch {
    return "[unparsable]";
  }
}

/** Mounts `GET|HEAD|POST {endpoint}`. */
export function mountRegister(router: Router, state: BackendState): void {
  const style: ResponseStyle = state.config.style;
  router
    .group({
      notAllowed: methodNotAllowed((status, message, headers) =>
        errorFor(style, status, message, headers),
      ),
      refuse: (status, message, headers) => plainError(style, status, message, headers),
    })
    .on(["GET", "HEAD", "POST"], state.config.endpoint, async ({ request, url, base, client }) => {
      const config = state.config;
      const logged: LoggedRequest = {
        time: new Date(state.now()).toISOString(),
        method: request.method,
        path: url.pathname,
        contentType: request.headers.get("content-type"),
        scenario: null,
        body: null,
        status: null,
      };
      state.requestLog.push(logged);
      const latency = Array.isArray(config.latencyMs)
        ? config.latencyMs[0] + Math.random() * (config.latencyMs[1] - config.latencyMs[0])
        : config.latencyMs;
      if (latency > 0) await delay(latency);

      const forced = pickScenario(state, request, url, "register");
      if (forced) {
        logged.scenario = forced.name;
        const effect = scenarioEffect(forced.name, forced.options);
        if (request.method === "POST")
          state.requestLog.setBody(logged, await peekBody(state, request));
        if (effect.kind === "drop") return Response.error();
        if (effect.kind === "respond") {
          logged.status = effect.response.status;
          return withHeaders(effect.response, { "x-mock-scenario": forced.name });
        }
        await delay(effect.ms);
      }

      const response =
        request.method === "POST"
          ? await postResponse(state, request, base, client, logged)
          : viewResponse(state, request, client);
      logged.status = response.status;
      if (forced) response.headers.set("x-mock-scenario", forced.name);
      return response;
    });
}
