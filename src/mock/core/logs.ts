// What QA reads back: the audit log and the request log. Neither ever holds a
// password, a captcha token or a CSRF token.

/** One line of the audit log. */
export interface AuditEvent {
  time: string;
  event:
    | "account.created"
    | "consent.recorded"
    | "registration.rejected"
    | "rate.limited"
    | "oauth.client.registered"
    | "oauth.client.updated"
    | "oauth.client.deleted"
    | "oauth.registration.rejected"
    // Email verification and the SCIM feed:
    | "verification.sent"
    | "verification.failed"
    | "verification.resend.skipped"
    | "account.verified"
    | "scim.user.created"
    | "scim.user.replaced"
    | "scim.user.patched"
    | "scim.user.deleted"
    | "scim.rejected";
  client: string;
  status?: number;
  reason?: string;
  /** The field the rejection concerns, when there is one. */
  field?: string;
  accountHref?: string;
  /** The OAuth client concerned (oauth.* events). */
  clientId?: string;
  email?: string;
}

/** One received request to the registration endpoint. */
export interface LoggedRequest {
  time: string;
  method: string;
  path: string;
  contentType: string | null;
  scenario: string | null;
  /** The parsed body with secrets replaced by `"[redacted]"`, or `null`. */
  body: unknown;
  status: number | null;
}

/** Keys whose values never reach a log. */
const SECRET_KEYS = new Set([
  "password",
  "confirmPassword",
  "_csrf",
  "captchaToken",
  "h-captcha-response",
  "g-recaptcha-response",
]);

/** A copy of a parsed body with passwords and tokens replaced. */
export function redact(
  value: unknown,
  extraSecretKeys: readonly string[] = [],
  depth = 0,
): unknown {
  if (depth > 8) return "[too deep]";
  if (Array.isArray(value)) return value.map((item) => redact(item, extraSecretKeys, depth + 1));
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const [key, inner] of Object.entries(value)) {
      out[key] =
        SECRET_KEYS.has(key) || extraSecretKeys.includes(key)
          ? "[redacted]"
          : redact(inner, extraSecretKeys, depth + 1);
    }
    return out;
  }
  return value;
}

/** A list that keeps its newest `limit` entries. */
export class Ring<T> {
  private items: T[] = [];
  constructor(private readonly limit: number) {}
  push(item: T): void {
    this.items.push(item);
    if (this.items.length > this.limit) this.items.splice(0, this.items.length - this.limit);
  }
  list(): T[] {
    return [...this.items];
  }
  clear(): void {
    this.items = [];
  }
}
