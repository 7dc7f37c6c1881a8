// GET on the registration endpoint: the JSON view model, or for a browser the
// HTML page with a no-JavaScript form.
import { rateLimitHeaders, secondsText } from "../guards";
import { formFields } from "../resolve";
import { escapeHtml, html, json } from "../responses";
import type { BackendState } from "../state";
import { negotiateStormpath } from "../stormpath-rules";
import { buildViewModel } from "../view-model";
import { errorFor } from "./errors";

/** Which representation the Accept header asks for. */
export function negotiate(accept: string | null): "json" | "html" | "none" {
  if (!accept || accept.trim() === "") return "json";
  const types = accept.split(",").map((part) => {
    const [type = "", ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    return { type: type.trim(), q: q ? Number(q.slice(2)) : 1 };
  });
  const has = (type: string): boolean => types.some((t) => t.type === type && t.q > 0);
  if (has("application/json")) return "json";
  if (has("text/html")) return "html";
  if (has("*/*") || has("application/*")) return "json";
  return "none";
}

/** `GET {endpoint}`: rate limited as a read; a CSRF token for the modern style's form. */
export function viewResponse(state: BackendState, request: Request, client: string): Response {
  const config = state.config;
  const decision = state.readLimiter.take(client);
  const rateHeaders = rateLimitHeaders(decision);
  if (decision && !decision.allowed) {
    state.record({ event: "rate.limited", client, status: 429, reason: "too-many-reads" });
    return errorFor(
      config.style,
      429,
      `Too many requests. Try again in ${secondsText(decision.resetSeconds)}.`,
      { ...rateHeaders, "retry-after": String(decision.resetSeconds) },
    );
  }
  const stormpath = config.style === "stormpath";
  const accept = request.headers.get("accept");
  const kind = stormpath ? negotiateStormpath(accept) : negotiate(accept);
  // express-stormpath checks no CSRF token on register: the stormpath style hands out none.
  const csrfToken = stormpath ? undefined : state.csrf.issue();
  const headers: Record<string, string> = { ...rateHeaders, vary: "Accept" };
  if (csrfToken) headers["x-csrf-token"] = csrfToken;
  if (kind === "html") return html(notice(state, csrfToken), 200, headers);
  if (kind === "none") {
    return errorFor(
      config.style,
      406,
      "This endpoint answers application/json (or text/html).",
      headers,
    );
  }
  return json(buildViewModel(config), 200, headers);
}

/**
 * The HTML answer to a browser: what this endpoint is, and a no-JavaScript form
 * that posts urlencoded; with `error`, the form again with that message (as
 * express-stormpath renders its register page after a refused form post).
 */
export function notice(state: BackendState, csrfToken: string | undefined, error?: string): string {
  const config = state.config;
  const inputs = formFields(config)
    .map((field) => {
      const id = `f-${field.name.replace(/[^A-Za-z0-9_-]/g, "-")}`;
      const type = ["select", "textarea"].includes(field.type) ? "text" : field.type;
      const name = escapeHtml(field.name);
      if (type === "hidden")
        return `<input type="hidden" name="${name}" value="${escapeHtml(String(field.defaultValue ?? ""))}">`;
      return `<p><label for="${id}">${escapeHtml(field.label)}</label><br><input id="${id}" name="${name}" type="${escapeHtml(type)}"${field.required ? " required" : ""}${type === "checkbox" ? ' value="true"' : ""}></p>`;
    })
    .join("\n");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>signup-kit mock: ${escapeHtml(config.endpoint)}</title></head>
<body><main>
<h1>signup-kit mock server</h1>
<p>This endpoint answers <code>GET</code> with a JSON view model when asked with <code>Accept: application/json</code>,
and accepts <code>POST</code> as JSON, or as the form below (urlencoded${csrfToken ? ", with a single-use CSRF token" : ""}).</p>
${error ? `<p role="alert">${escapeHtml(error)}</p>` : ""}
<form method="post" action="${escapeHtml(config.endpoint.slice(1) || ".")}">
${csrfToken ? `<input type="hidden" name="_csrf" value="${escapeHtml(csrfToken)}">` : ""}
${inputs}
<p><button type="submit">Create account</button></p>
</form>
</main></body></html>`;
}
