// POST on the registration endpoint: rate limit, content type, size, encoding
// and syntax of the body, then the rules and the account.
import { rateLimitHeaders } from "../guards";
import { mediaType, parseJsonObject, readText } from "../http/body";
import { redact, type LoggedRequest } from "../logs";
import { renderIssues, type Issue } from "../responses";
import type { BackendState } from "../state";
import { parseStormpathForm } from "../stormpath-rules";
import { createAccount } from "./create-account";
import { consentFromForm, parseForm } from "./form-post";
import { checkRegistration } from "./rules";

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
          `Too many attempts. Try again in ${decision.resetSeconds} seconds.`,
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
    consentFromForm(body, config.consent.field);
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
  if (!input) return reject(issues, rateHeaders);
  return createAccount(state, input, base, client, rateHeaders, reject);
}
