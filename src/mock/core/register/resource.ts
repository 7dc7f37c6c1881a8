// What an account looks like on the wire: root properties only, in the
// configured style (and, for the stormpath style, the configured release).
import type { ResolvedConfig } from "../config";
import { oktaAccountResource } from "../stormpath-rules";
import type { StoredAccount } from "../store";

/** An account's root properties: what a successful POST returns. */
export type AccountResource = Pick<
  StoredAccount,
  | "href"
  | "username"
  | "email"
  | "fullName"
  | "status"
  | "createdAt"
  | "modifiedAt"
  | "emailVerificationStatus"
> & { givenName?: string; middleName?: string; surname?: string };

/** Root properties only: the password hash and custom data never leave. */
export function toResource(account: StoredAccount): AccountResource {
  const out: AccountResource = {
    href: account.href,
    username: account.username,
    email: account.email,
    fullName: account.fullName,
    status: account.status,
    createdAt: account.createdAt,
    modifiedAt: account.modifiedAt,
    emailVerificationStatus: account.emailVerificationStatus,
  };
  if (account.givenName !== null) out.givenName = account.givenName;
  if (account.middleName !== null) out.middleName = account.middleName;
  if (account.surname !== null) out.surname = account.surname;
  return out;
}

/** The account as `/register` and `/me` return it. */
export function accountResource(
  account: StoredAccount,
  base: string,
  config: Pick<ResolvedConfig, "style" | "stormpathVersion">,
): Record<string, unknown> {
  const resource = toResource(account);
  if (config.style !== "stormpath") return resource;
  // express-stormpath passes the account's members on as they are, a null middleName included.
  const stormpath = { ...resource, middleName: account.middleName };
  return config.stormpathVersion === 4
    ? oktaAccountResource(stormpath, account.id, base)
    : stormpath;
}
