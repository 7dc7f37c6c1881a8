import type { ResolvedConfig } from "./config";
import { registrationEndpoint } from "./oauth-registration";

/**
 * The metadata served at `/.well-known/oauth-authorization-server` and
 * `/.well-known/openid-configuration`. `registration_endpoint` names OAuth
 * *client* registration (RFC 7591, `/oauth/register`), kept apart from user
 * signup, which is `signup_kit.register_endpoint`.
 */
export function buildWellKnown(base: string, config: ResolvedConfig): Record<string, unknown> {
  const clientRegistration = registrationEndpoint(base, config);
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
