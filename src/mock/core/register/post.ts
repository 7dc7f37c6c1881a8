// POST on the registration endpoint: rate limit, content type, size, encoding
// and syntax of the body, then the rules and the account.
import { rateLimitHeaders, secondsText } from "../guards";
import { mediaType, parseJsonObject, readText } from "../http/body";
import { redact, type LoggedRequest } from "../logs";
import { escapeHtml, html, renderIssues, type Issue } from "../responses";
import type { BackendState } from "../state";
import { negotiateStormpath, parseStormpathForm } from "../stormpath-rules";
import { createAccount } from "./create-account";
import { consentFromForm, parseForm } from "./form-post";
import { checkRegistration } from "./rules";
import { notice } from "./view";

function issue(status: Issue["status"], reason: string, message: string): Issue {
  return { status, code: status, reason, message };
}

export async function postResponse(
  state: BackendState,
  request: Request,
  base: string,
  client: string,
  logged: LoggedRequest,
): Promise<Response> {
  const config = state.config;
  const reject = (issues: Issue[], headers: Record<string, string> = {}): Response => {
    const first = issues[0];
    if (first) {
      state.record({
        event: "registration.rejected",
        client,
        status: first.status,
        reason: issues.map((i) => i.reason).join(","),
        ...(first.field ? { field: first.field } : {}),
      });
    }
    return renderIssues(config.style, issues, headers);
  };

  const decision = state.limiter.take(client);
  const rateHeaders = rateLimitHeaders(decision);
  if (decision && !decision.allowed) {
    state.record({ event: "rate.limited", client, status: 429, reason: "too-many-attempts" });
    return renderIssues(
      config.style,
      [
        issue(
          429,
          "too-many-attempts",
          `Too many attempts. Try again in ${secondsText(decision.resetSeconds)}.`,
        ),
      ],
      { ...rateHeaders, "retry-after": String(decision.resetSeconds) },
    );
  }

  const type = mediaType(request);
  const isJson = type === "application/json";
  if (!isJson && type !== "application/x-www-form-urlencoded") {
    return reject(
      [
        issue(
          415,
          "unsupported-media-type",
          "Send the registration as application/json (or application/x-www-form-urlencoded with a CSRF token).",
        ),
      ],
      { ...rateHeaders, "accept-post": "application/json, application/x-www-form-urlencoded" },
    );
  }
  const read = await readText(request, config.maxBodyBytes);
  if (!read.ok) {
    return reject(
      [
        read.problem === "too-large"
          ? issue(
              413,
              "body-too-large",
              `The request body is larger than ${config.maxBodyBytes} bytes.`,
            )
          : issue(400, "bad-encoding", "The request body is not valid UTF-8."),
      ],
      rateHeaders,
    );
  }

  // express-stormpath answers a browser's form post (HTML preferred, or `*/*`)
  // with pages: the form again with the error (200), or a redirect on success.
  const page =
    !isJson &&
    config.style === "stormpath" &&
    negotiateStormpath(request.headers.get("accept")) === "html";
  const refuse = (issues: Issue[], headers: Record<string, string> = {}): Response => {
    const answer = reject(issues, headers);
    return page && issues[0]
      ? html(notice(state, undefined, issues[0].message), 200, { ...headers, vary: "Accept" })
      : answer;
  };

  let body: Record<string, unknown>;
  if (isJson) {
    const parsed = parseJsonObject(read.text);
    if (parsed === "not-json") {
      state.requestLog.setBody(logged, "[unparsable]");
      return reject([issue(400, "bad-json", "The request body is not valid JSON.")], rateHeaders);
    }
    if (parsed === "not-an-object") {
      return reject(
        [issue(400, "not-an-object", "The request body must be a JSON object.")],
        rateHeaders,
      );
    }
    body = parsed;
  } else if (config.style === "stormpath") {
    // express-stormpath checks no CSRF token on register and converts no values.
    body = parseStormpathForm(read.text, config);
    // Only a declared key is read as the consent record; undeclared, it is refused as it stands.
    if (config.consent.enabled) consentFromForm(body, config.consent.field);
  } else {
    const form = parseForm(read.text, config);
    state.requestLog.setBody(logged, redact(form.body, [config.captcha.field]));
    if (!state.csrf.use(form.csrf)) {
      return reject(
        [
          issue(
            403,
            "csrf",
            "The form has expired or did not come from this site. Reload the page and try again.",
          ),
        ],
        rateHeaders,
      );
    }
    body = form.body;
  }
  state.requestLog.setBody(logged, redact(body, [config.captcha.field]));

  const { issues, input } = await checkRegistration(state, request, body);
  if (!input) return refuse(issues, rateHeaders);
  const created = await createAccount(state, input, base, client, rateHeaders, refuse);
  return page && created.ok ? redirectAfterSignup(state, request, created) : created;
}

/**
 * express-stormpath 3.2.0's answer to a browser's successful form post: 302 to
 * `{login}?status=unverified` for an UNVERIFIED account, with autoLogin to the
 * `next` query parameter's path (else `/`, its default `nextUri`), otherwise to
 * `{login}?status=created`. The session cookie of autoLogin goes along.
 */
async function redirectAfterSignup(
  state: BackendState,
  request: Request,
  created: Response,
): Promise<Response> {
  const config = state.config;
  const { account } = (await created.json()) as { account: { status?: string } };
  const login = config.session.loginPath;
  let location = `${login}?status=created`;
  if (account.status === "UNVERIFIED") location = `${login}?status=unverified`;
  else if (config.autoLogin) {
    const next = new URL(request.url).searchParams.get("next");
    let path = "/";
    if (next) {
      // Only the path of `next` (as url.parse(next).path): never another host.
      const parsed = new URL(next, "http://path.invalid");
      path = parsed.pathname + parsed.search;
    }
    location = path.startsWith("//") ? "/" : path;
  }
  const headers = new Headers(created.headers);
  headers.set("content-type", "text/html; charset=utf-8");
  headers.set("location", location);
  headers.set("vary", "Accept");
  // Express's res.redirect body for a browser.
  const target = escapeHtml(location);
  return new Response(`<p>Found. Redirecting to <a href="${target}">${target}</a></p>`, {
    status: 302,
    headers,
  });
}
