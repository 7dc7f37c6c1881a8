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

/** A body as the request log keeps it: its redacted JSON, cut at a byte budget. */
class LoggedBody {
  constructor(
    readonly text: string,
    readonly originalLength: number,
  ) {}
  get truncated(): boolean {
    return this.text.length < this.originalLength;
  }
}

/**
 * The request log: at most `maxEntries` entries and `maxBytes` of logged
 * bodies in all. Each body is kept as its redacted JSON, cut at
 * `maxBodyBytes` (a cut body reads back as a string that says so), so a
 * hostile body costs its cut text, not a copy of its object graph.
 */
export class RequestLog {
  private items: LoggedRequest[] = [];
  private bytes = 0;

  constructor(
    private readonly maxEntries = 500,
    private readonly maxBytes = 1024 * 1024,
    private readonly maxBodyBytes = 4096,
  ) {}

  /** Adds an entry (its body and status may be filled in later). */
  push(entry: LoggedRequest): void {
    this.items.push(entry);
    this.trim();
  }

  /** Sets an entry's body: a redacted value, or a short note such as `"[unparsable]"`. */
  setBody(entry: LoggedRequest, value: unknown): void {
    let text: string;
    try {
      text = JSON.stringify(value) ?? "null";
    } catch {
      text = JSON.stringify("[unserialisable]");
    }
    const kept = new LoggedBody(text.slice(0, this.maxBodyBytes), text.length);
    this.bytes -= sizeOf(entry.body);
    entry.body = kept;
    this.bytes += kept.text.length;
    this.trim();
  }

  private trim(): void {
    while (
      this.items.length > this.maxEntries ||
      (this.bytes > this.maxBytes && this.items.length > 1)
    ) {
      const dropped = this.items.shift();
      this.bytes -= sizeOf(dropped?.body);
    }
  }

  /** Bytes of logged bodies held. */
  get size(): { entries: number; bodyBytes: number } {
    return { entries: this.items.length, bodyBytes: this.bytes };
  }

  /** The entries, oldest first, with bodies read back (a cut body is a string that says so). */
  list(): LoggedRequest[] {
    return this.items.map((entry) => ({ ...entry, body: readBack(entry.body) }));
  }

  clear(): void {
    this.items = [];
    this.bytes = 0;
  }
}

function sizeOf(body: unknown): number {
  return body instanceof LoggedBody ? body.text.length : 0;
}

function readBack(body: unknown): unknown {
  if (!(body instanceof LoggedBody)) return body;
  if (body.truncated) return `[truncated: ${body.originalLength} characters] ${body.text}`;
  try {
    return JSON.parse(body.text) as unknown;
  } catch {
    return body.text;
  }
}
