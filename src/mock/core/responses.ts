// Building responses in the two styles, and the canned error dialects that
// scenarios force.

/** Response style: Stormpath (200, one error at a time) or modern (201 + Location, RFC 9457). */
export type ResponseStyle = "stormpath" | "modern";

/** One rule a POST broke. */
export interface Issue {
  status: 400 | 403 | 409 | 413 | 415 | 422 | 429 | 500 | 503;
  /** The Stormpath-style message: exactly what the person reads. */
  message: string;
  /** Stormpath error code (2000 required, 2001 unique, 2007/2008 length (2007 also the password policy), else the status). */
  code: number;
  /** The body key it concerns (`email`, `customData.plan`: one root key), if any. */
  field?: string;
  /** Where in the body, when not the root key `field` itself: `["consent", "locale"]`. */
  path?: readonly string[];
  /** Short machine reason for the audit log (`required`, `duplicate-email`, …). */
  reason: string;
  /** hCaptcha error codes, for captcha issues. */
  captchaCodes?: string[];
}

const JSON_TYPE = "application/json; charset=utf-8";
const PROBLEM_TYPE = "application/problem+json; charset=utf-8";

/** A JSON response. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": JSON_TYPE, "cache-control": "no-store", ...headers },
  });
}

const TITLES: Record<number, string> = {
  400: "Your request could not be processed.",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  406: "Not Acceptable",
  409: "Conflict",
  413: "Content Too Large",
  415: "Unsupported Media Type",
  422: "Unprocessable Content",
  429: "Too Many Requests",
  500: "Internal Server Error",
  503: "Service Unavailable",
};

/**
 * RFC 6901 pointer of a body location: a root key (`customData.plan` →
 * `#/customData.plan`, one key) or a path (`["consent", "locale"]` →
 * `#/consent/locale`).
 */
export function pointerOf(where: string | readonly string[]): string {
  const parts = typeof where === "string" ? [where] : where;
  return "#/" + parts.map((part) => part.replace(/~/g, "~0").replace(/\//g, "~1")).join("/");
}

/**
 * Renders rule violations. Stormpath: the first issue only, as express-stormpath
 * answers, `{status, message}` and nothing else. Modern: RFC 9457 with every
 * issue of the first status in `errors: [{pointer, detail}]`.
 */
export function renderIssues(
  style: ResponseStyle,
  issues: Issue[],
  headers: Record<string, string> = {},
): Response {
  const first = issues[0];
  if (!first) throw new Error("renderIssues needs at least one issue");
  const sameStatus = issues.filter((issue) => issue.status === first.status);
  const captchaCodes = sameStatus.flatMap((issue) => issue.captchaCodes ?? []);
  if (style === "stormpath") return stormpathError(first.status, first.message, headers);
  const body: Record<string, unknown> = {
    type: `urn:signup-kit:problem:${sameStatus.length === 1 ? first.reason : "validation"}`,
    title: TITLES[first.status] ?? "Error",
    status: first.status,
    detail: sameStatus.length === 1 ? first.message : `${sameStatus.length} fields need attention.`,
  };
  const fieldErrors = sameStatus
    .filter((issue) => issue.field)
    .map((issue) => ({
      pointer: pointerOf(issue.path ?? issue.field ?? ""),
      detail: issue.message,
      code: issue.reason,
    }));
  if (fieldErrors.length > 0) body.errors = fieldErrors;
  if (captchaCodes.length > 0) body["error-codes"] = captchaCodes;
  return new Response(JSON.stringify(body), {
    status: first.status,
    headers: { "content-type": PROBLEM_TYPE, "cache-control": "no-store", ...headers },
  });
}

/**
 * An error as express-stormpath writes it: `{status, message}` only. The
 * Stormpath REST API's `code`, `developerMessage` and `moreInfo` never reach
 * the client.
 */
export function stormpathError(
  status: number,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return json({ status, message }, status, headers);
}

/** A generic error in either style, with no field (404, 405, 406, 500 …). */
export function plainError(
  style: ResponseStyle,
  status: number,
  message: string,
  headers: Record<string, string> = {},
): Response {
  if (style === "stormpath") {
    return json(
      {
        status,
        code: status,
        message,
        developerMessage: message,
        moreInfo: "urn:signup-kit:mock:error",
      },
      status,
      headers,
    );
  }
  return new Response(
    JSON.stringify({
      type: "about:blank",
      title: TITLES[status] ?? "Error",
      status,
      detail: message,
    }),
    { status, headers: { "content-type": PROBLEM_TYPE, "cache-control": "no-store", ...headers } },
  );
}

/** Escapes text for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The policy of every HTML answer: no scripts, no plugins, no framing, forms
 * post only back to this server.
 */
export const HTML_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "content-security-policy":
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "no-referrer",
};

/** An HTML page. */
export function html(body: string, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(body, {
    status,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      ...HTML_SECURITY_HEADERS,
      ...headers,
    },
  });
}
