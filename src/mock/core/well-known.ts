import { methodNotAllowed, type Router } from "./http/router";
import { registrationEndpoint, type ResolvedOAuthRegistrationConfig } from "./oauth-registration";
import { json, plainError, type ResponseStyle } from "./responses";

/** What the discovery documents need from the configuration. */
export interface WellKnownSettings {
  /** The registration endpoint's path. */
  endpoint: string;
  oauthRegistration: Pick<ResolvedOAuthRegistrationConfig, "enabled" | "path">;
}

/**
 * The metadata served at `/.well-known/oauth-authorization-server` and
 * `/.well-known/openid-configuration`. `registration_endpoint` names OAuth
 * *client* registration (RFC 7591, `/oauth/register`), kept apart from user
 * signup, which is `signup_kit.register_endpoint`.
 */
export function buildWellKnown(base: string, config: WellKnownSettings): Record<string, unknown> {
  const clientRegistration = registrationEndpoint(base, config.oauthRegistration);
  return {
    issuer: base,
    ...(clientRegistration ? { registration_endpoint: clientRegistration } : {}),
    service_documentation: `${base}/openapi.json`,
    response_types_supported: [],
    grant_types_supported: [],
    signup_kit: {
      register_endpoint: `${base}${config.endpoint}`,
      openapi: `${base}/openapi.json`,
      hcaptcha_script: `${base}/__mock/hcaptcha/api.js`,
      health: `${base}/__mock/health`,
      note: "registration_endpoint (RFC 7591) registers OAuth clients (applications); user signup is register_endpoint.",
    },
  };
}

/**
 * Mounts the two discovery documents and `/openapi.json` (the document comes
 * from `openapi`, built on request); any other `/.well-known/` path is a 404.
 */
export function mountWellKnown(
  router: Router,
  style: ResponseStyle,
  settings: WellKnownSettings,
  openapi: () => unknown,
): void {
  const error = (status: number, message: string, headers: Record<string, string> = {}) =>
    plainError(style, status, message, headers);
  const group = router.group({ notAllowed: methodNotAllowed(error), refuse: error });
  group.on(["GET", "HEAD"], "/openapi.json", () => json(openapi()));
  for (const path of [
    "/.well-known/oauth-authorization-server",
    "/.well-known/openid-configuration",
  ])
    group.on(["GET", "HEAD"], path, ({ base }) => json(buildWellKnown(base, settings)));
  group.on(
    "*",
    (path) => (path.startsWith("/.well-known/") ? {} : undefined),
    () => error(404, "Not found."),
  );
}
