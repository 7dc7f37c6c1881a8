import type { ResolvedConfig } from "./config";

/**
 * The metadata served at `/.well-known/oauth-authorization-server` and
 * `/.well-known/openid-configuration`. It deliberately has no
 * `registration_endpoint`: that member names OAuth *client* registration
 * (RFC 7591), which this server does not do; user signup is the
 * registration endpoint below, named under `signup_kit`.
 */
export function buildWellKnown(base: string, config: ResolvedConfig): Record<string, unknown> {
  return {
    issuer: base,
    service_documentation: `${base}/openapi.json`,
    response_types_supported: [],
    grant_types_supported: [],
    signup_kit: {
      register_endpoint: `${base}${config.endpoint}`,
      openapi: `${base}/openapi.json`,
      hcaptcha_script: `${base}/__mock/hcaptcha/api.js`,
      health: `${base}/__mock/health`,
      note: "registration_endpoint (RFC 7591) is OAuth client registration and is not offered; user signup is register_endpoint.",
    },
  };
}
