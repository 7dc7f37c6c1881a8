// Where the verify endpoint is, given the registration endpoint. A leaf module:
// the lazy resend step uses it, and it must share no module with the form.

/**
 * The verify endpoint that goes with a registration endpoint: the last path
 * segment becomes `verify` (`/register` → `/verify`,
 * `http://127.0.0.1:4010/api/register` → `http://127.0.0.1:4010/api/verify`).
 */
export function verifyEndpointFor(registerEndpoint: string): string {
  const path = registerEndpoint.split(/[?#]/, 1)[0] ?? "";
  const cut = path.lastIndexOf("/");
  return cut === -1 ? "verify" : `${path.slice(0, cut)}/verify`;
}
