// The door checks, before any route runs: a well-formed path, the admin
// token, and (when the host asks) nothing a page on another site could send.
// Each refusal speaks the dialect of the route group it stops.
import {
  ADMIN_TOKEN_HEADER,
  crossSiteReason,
  isJsonType,
  isPublicAdminPath,
  isStateChanging,
  isWellEncodedPath,
  secretEquals,
} from "../http-guard";
import type { RouteGroup } from "./router";

export interface DoorOptions {
  /** The admin routes' prefix (`/__mock`). */
  admin: string;
  /** The admin token in force, if any. */
  adminToken: string | undefined;
  /** Refuse cross-site state changes and non-JSON bodies (see `HandleContext.sameSiteOnly`). */
  sameSiteOnly: { ownOrigin: string; allowedOrigins?: readonly string[] } | undefined;
  /** Paths that take a form body (the registration endpoint, siteverify). */
  formRoutes: readonly string[];
}

export async function refuse(
  request: Request,
  path: string,
  group: RouteGroup,
  options: DoorOptions,
): Promise<Response | undefined> {
  const refusal = group.options.refuse;
  if (!isWellEncodedPath(path)) return refusal(400, "The path holds malformed percent-encoding.");
  const method = request.method;
  const guard = options.sameSiteOnly;
  if (guard && isStateChanging(method)) {
    const why = crossSiteReason(request, guard.ownOrigin, guard.allowedOrigins);
    if (why)
      return refusal(
        403,
        `Cross-site request refused: ${why}. The mock accepts changes only from loopback pages and its configured origins.`,
      );
  }
  const { admin, adminToken } = options;
  const isAdmin = path === admin || path.startsWith(admin + "/");
  if (isAdmin && adminToken !== undefined && !isPublicAdminPath(path)) {
    const sent = request.headers.get(ADMIN_TOKEN_HEADER);
    if (sent === null || !(await secretEquals(sent, adminToken)))
      return refusal(
        401,
        `The admin routes need the admin token: send it in the ${ADMIN_TOKEN_HEADER} header (the server prints it at start-up; set it with --admin-token or SIGNUP_KIT_MOCK_ADMIN_TOKEN).`,
        { "www-authenticate": 'MockAdminToken realm="signup-kit mock admin"' },
      );
  }
  if (
    guard &&
    (method === "POST" || method === "PUT" || method === "PATCH") &&
    !options.formRoutes.includes(path) &&
    !isJsonType(request.headers.get("content-type"))
  ) {
    return refusal(
      415,
      "Send this request with Content-Type: application/json (a browser cannot send that cross-site without asking first).",
      { "accept-post": "application/json" },
    );
  }
  return undefined;
}
