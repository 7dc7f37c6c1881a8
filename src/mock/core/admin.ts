// The development admin API under `/__mock`: health, scenarios, what was
// stored and received, reset, configuration, test tokens and the hCaptcha
// stand-in. The backend's door asks for the admin token before these run.
import type { MockConfig } from "./config";
import { hcaptchaScript } from "./hcaptcha-script";
import { readJson } from "./http/body";
import { methodNotAllowed, type Router } from "./http/router";
import { json, plainError } from "./responses";
import { toResource } from "./register/resource";
import {
  SCENARIOS,
  SCENARIO_ENDPOINTS,
  isScenarioName,
  scenarioAppliesTo,
  type ScenarioName,
  type ScenarioOptions,
  type ScenarioTarget,
} from "./scenarios";
import { ADMIN, type BackendState } from "./state";

const READ = ["GET", "HEAD"];

/** `POST /__mock/scenario`: the options of a body, or the reason it is refused. */
function scenarioRequest(
  body: unknown,
): { clear: true } | { name: ScenarioName; options: ScenarioOptions } | string {
  if (!body || typeof body !== "object") return 'Send a JSON object: { "name": … }.';
  const b = body as Record<string, unknown>;
  if (b.name === null || b.name === "none") return { clear: true };
  if (!isScenarioName(b.name))
    return `Unknown scenario. Known: ${SCENARIOS.map((s) => s.name).join(", ")}.`;
  const options: ScenarioOptions = {};
  if (typeof b.times === "number") options.times = b.times;
  if (b.target === "GET" || b.target === "POST" || b.target === "any")
    options.target = b.target as ScenarioTarget;
  if (b.endpoint !== undefined) {
    const endpoint = SCENARIO_ENDPOINTS.find((e) => e === b.endpoint);
    if (!endpoint) return `Unknown endpoint. Known: ${SCENARIO_ENDPOINTS.join(", ")}.`;
    const name = b.name;
    if (!scenarioAppliesTo(name, endpoint))
      return `${name} does not apply to ${endpoint}. It takes: ${SCENARIOS.filter((s) =>
        scenarioAppliesTo(s.name, endpoint),
      )
        .map((s) => s.name)
        .join(", ")}.`;
    options.endpoint = endpoint;
  }
  if (typeof b.delayMs === "number") options.delayMs = b.delayMs;
  if (typeof b.retryAfter === "number") options.retryAfter = b.retryAfter;
  return { name: b.name, options };
}

/** Mounts the `/__mock/*` routes (the outbox and OAuth admin routes belong to their features). */
export function mountAdmin(router: Router, state: BackendState): void {
  const style = state.config.style;
  const error = (status: number, message: string, headers: Record<string, string> = {}) =>
    plainError(style, status, message, headers);
  const admin = router.group({ notAllowed: methodNotAllowed(error), refuse: error });
  const on = admin.on.bind(admin);

  on(READ, `${ADMIN}/health`, () => {
    const failing = state.sinkFailures.size > 0;
    return json({
      status: failing ? "degraded" : "ok",
      ...(failing ? { sinkFailures: [...state.sinkFailures.values()] } : {}),
      accounts: state.store.size,
      style,
      endpoint: state.config.endpoint,
      uptimeSeconds: Math.round((state.now() - state.startedAt) / 1000),
    });
  });
  on(["GET", "POST", "DELETE"], `${ADMIN}/scenario`, async ({ request }) => {
    if (request.method !== "GET") {
      const wanted =
        request.method === "DELETE" ? { clear: true } : scenarioRequest(await readJson(request));
      if (typeof wanted === "string") return error(400, wanted);
      if ("clear" in wanted) {
        state.scenario.clear();
        return json({ active: null });
      }
      state.scenario.set(wanted.name, wanted.options);
    }
    return json({ active: state.scenario.describe(), available: SCENARIOS });
  });
  on(READ, `${ADMIN}/accounts`, () => json({ accounts: state.store.listAccounts() }));
  on(READ, `${ADMIN}/consents`, () => json({ consents: state.store.listConsents() }));
  on([...READ, "DELETE"], `${ADMIN}/requests`, ({ request, url }) => {
    if (request.method === "DELETE") state.requestLog.clear();
    const wanted = url.searchParams.get("method")?.toUpperCase();
    return json({
      requests: state.requestLog.list().filter((r) => !wanted || r.method === wanted),
    });
  });
  on(READ, `${ADMIN}/audit`, () => json({ events: state.auditLog.list() }));
  on(["POST"], `${ADMIN}/reset`, async () => {
    await state.reset();
    return json({ ok: true });
  });
  on(["GET", "POST"], `${ADMIN}/config`, async ({ request }) => {
    if (request.method === "POST") {
      const body = await readJson(request);
      if (!body || typeof body !== "object" || Array.isArray(body))
        return error(400, "Send a JSON configuration object.");
      try {
        state.configure(body as MockConfig);
      } catch (failure) {
        return error(400, failure instanceof Error ? failure.message : String(failure));
      }
    }
    return json({ config: state.config });
  });
  on(["GET"], `${ADMIN}/csrf`, () => json({ csrfToken: state.csrf.issue() }));
  on(["GET", "POST"], `${ADMIN}/captcha-token`, () => json({ token: state.captcha.issue() }));
  const script = () =>
    new Response(
      hcaptchaScript({
        siteKey: state.config.captcha.siteKey,
        // Each load gets its own issued seed: siteverify accepts only its tokens.
        seed: state.captcha.issueSeed(),
      }),
      {
        headers: {
          "content-type": "text/javascript; charset=utf-8",
          "cache-control": "no-store",
          // The wrapper loads the script with crossorigin="anonymous".
          "access-control-allow-origin": "*",
          "cross-origin-resource-policy": "cross-origin",
        },
      },
    );
  for (const path of ["/hcaptcha/api.js", "/hcaptcha/1/api.js", "/hcaptcha/1/secure-api.js"])
    on(READ, ADMIN + path, script);
  on(["POST"], `${ADMIN}/hcaptcha/siteverify`, async ({ request, url }) => {
    const form = new URLSearchParams(await request.text());
    if (!form.get("secret"))
      return json({ success: false, "error-codes": ["missing-input-secret"] });
    const result = state.captcha.verify(form.get("response") ?? undefined);
    return json(
      result.ok
        ? {
            success: true,
            challenge_ts: new Date(state.now()).toISOString(),
            hostname: url.hostname,
          }
        : { success: false, "error-codes": [result.code] },
    );
  });
  // Any method: an unknown id is a 404 before the method matters.
  on(
    "*",
    (path) => {
      const id = /^\/__mock\/accounts\/([A-Za-z0-9_-]+)$/.exec(path)?.[1];
      return id ? { id } : undefined;
    },
    ({ request, params }) => {
      const id = params.id ?? "";
      const found = state.store.getAccount(id);
      const account = found ? toResource(found) : state.decoys.get(id);
      if (!account) return error(404, "Not found.");
      if (!READ.includes(request.method))
        return error(405, `${request.method} is not allowed here.`, { allow: READ.join(", ") });
      return json({ account });
    },
  );
  on("*", { prefix: ADMIN }, () => error(404, "Not found."));
}
