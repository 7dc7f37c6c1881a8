// CORS for the mock's routes: loopback pages and the host's allowed origins
// may read answers (with credentials); everyone else gets no CORS headers.
import { isLoopbackOrigin } from "../http-guard";

const EXPOSED_HEADERS =
  "Location, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, X-CSRF-Token, X-Mock-Scenario, WWW-Authenticate";

/** The CORS headers for this request's `Origin` (none for an origin that is not allowed). */
export function corsHeaders(
  request: Request,
  allowedOrigins: readonly string[] = [],
): Record<string, string> {
  const origin = request.headers.get("origin");
  return origin && (isLoopbackOrigin(origin) || allowedOrigins.includes(origin))
    ? {
        "access-control-allow-origin": origin,
        "access-control-allow-credentials": "true",
        "access-control-expose-headers": EXPOSED_HEADERS,
        vary: "Origin",
      }
    : {};
}

/** The answer to a preflight (`OPTIONS`) on any of the mock's routes. */
export function preflight(request: Request, cors: Record<string, string>): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...cors,
      "access-control-allow-methods": "GET, POST, PUT, DELETE, OPTIONS",
      "access-control-allow-headers":
        request.headers.get("access-control-request-headers") ??
        "content-type, accept, x-mock-scenario",
      "access-control-max-age": "600",
    },
  });
}

/** Sets headers on a response (not on `Response.error()`, whose headers are immutable). */
export function withHeaders(response: Response, headers: Record<string, string>): Response {
  if (response.type === "error") return response;
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}
