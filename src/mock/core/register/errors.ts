import type { ResponseStyle } from "../config";
import { plainError, stormpathError } from "../responses";

/** An error of the registration endpoint: `{status, message}` in the stormpath style. */
export function errorFor(
  style: ResponseStyle,
  status: number,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return style === "stormpath"
    ? stormpathError(status, message, headers)
    : plainError(style, status, message, headers);
}
