// The commit point of a registration: duplicate checks (enumeration-safe when
// configured), the account and its consent record stored together, then the
// audit events, the verification email and the session.
import { evict } from "../guards";
import { randomId } from "../http/ids";
import { json, type Issue } from "../responses";
import { ADMIN, type BackendState } from "../state";
import { stormpathDuplicateIssue } from "../stormpath-rules";
import type { ConsentRecord, StoredAccount } from "../store";
import type { RegistrationInput } from "../validate";
import { errorFor } from "./errors";
import { toResource } from "./resource";

function str(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}

function duplicateOf(
  state: BackendState,
  input: RegistrationInput,
  username: string,
): Issue | undefined {
  const { config, store } = state;
  if (config.style === "stormpath") {
    if (store.hasEmail(input.email)) return stormpathDuplicateIssue(config, "email");
    if (input.username !== null && store.hasUsername(username))
      return stormpathDuplicateIssue(config, "username");
    return undefined;
  }
  if (store.hasEmail(input.email)) {
    return {
      status: 409,
      code: 2001,
      field: "email",
      reason: "duplicate-email",
      message: "An account with that email already exists.",
    };
  }
  if (input.username !== null && store.hasUsername(username)) {
    return {
      status: 409,
      code: 2001,
      field: "username",
      reason: "duplicate-username",
      message: "An account with that username already exists.",
    };
  }
  return undefined;
}

/** Creates the account of a valid registration, or answers why not. */
export async function createAccount(
  state: BackendState,
  input: RegistrationInput,
  base: string,
  client: string,
  rateHeaders: Record<string, string>,
  reject: (issues: Issue[], headers?: Record<string, string>) => Response,
): Promise<Response> {
  const config = state.config;
  const username = input.username ?? input.email;
  // Hash first (slow), then check again: another request may have taken the email meanwhile.
  const early = duplicateOf(state, input, username);
  const passwordHash = await state.hasher.hash(input.password.normalize("NFKC"));
  const clash = early ?? duplicateOf(state, input, username);
  const now = new Date(state.now()).toISOString();
  const id = randomId();
  const fullName = [input.givenName, input.middleName, input.surname].filter(Boolean).join(" ");
  const account: StoredAccount = {
    id,
    href: `${base}${ADMIN}/accounts/${id}`,
    username: username.normalize("NFKC"),
    email: input.email,
    givenName: input.givenName,
    middleName: input.middleName,
    surname: input.surname,
    fullName,
    status: config.emailVerification ? "UNVERIFIED" : "ENABLED",
    emailVerificationStatus: config.emailVerification ? "UNVERIFIED" : "UNKNOWN",
    createdAt: now,
    modifiedAt: now,
    customData: input.customData,
    passwordHash,
  };
  const success = (): Response => {
    const headers: Record<string, string> = { ...rateHeaders };
    if (config.style === "modern") headers.location = account.href;
    // A session (as after POST /login) only for a real, ENABLED new account.
    if (config.autoLogin && !clash && account.status === "ENABLED")
      headers["set-cookie"] = state.sessions.open(account, base.startsWith("https:"));
    return json(
      { account: state.resource(account, base) },
      config.style === "modern" ? 201 : 200,
      headers,
    );
  };
  if (clash) {
    if (config.enumerationSafe && clash.reason === "duplicate-email") {
      // Same status, same shape, nothing stored: the answer does not reveal the
      // account exists, and its href answers like a real one (kept in memory only).
      evict(state.decoys, state.maxKeys);
      state.decoys.set(id, toResource(account));
      state.record({
        event: "registration.rejected",
        client,
        status: 409,
        reason: "duplicate-email (answered as success)",
        field: "email",
      });
      return success();
    }
    return reject([clash], rateHeaders);
  }
  const consent: ConsentRecord | undefined = input.consent
    ? {
        id: randomId(),
        accountId: id,
        accountHref: account.href,
        recordedAt: now,
        acceptedAt: str(input.consent.acceptedAt),
        termsVersion: str(input.consent.termsVersion),
        termsUrl: str(input.consent.termsUrl),
        privacyUrl: str(input.consent.privacyUrl),
        locale: str(input.consent.locale),
        marketing: typeof input.consent.marketing === "boolean" ? input.consent.marketing : null,
      }
    : undefined;
  try {
    await state.store.add(account, consent);
  } catch {
    state.record({
      event: "registration.rejected",
      client,
      status: 500,
      reason: "persistence-failed",
    });
    return errorFor(config.style, 500, "The account could not be saved. Try again.", rateHeaders);
  }
  state.record({
    event: "account.created",
    client,
    status: config.style === "modern" ? 201 : 200,
    accountHref: account.href,
    email: account.email,
  });
  if (consent) {
    state.record({
      event: "consent.recorded",
      client,
      accountHref: account.href,
      reason: `terms ${consent.termsVersion ?? "(no version)"}`,
    });
  }
  if (account.status === "UNVERIFIED") {
    try {
      await state.verification.send(account, base, client, "signup");
    } catch {
      // The account stands; the person can ask for the email again (POST /verify).
      state.record({ event: "verification.failed", client, reason: "email-not-sent" });
    }
  }
  return success();
}
