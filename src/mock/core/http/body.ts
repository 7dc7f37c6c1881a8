// Reading request bodies, once for every route: a size limit checked before
// and after reading, strict UTF-8, and JSON objects only where JSON is asked for.

/** The media type of the request, lower-case, without parameters (`""` when none). */
export function mediaType(request: Request): string {
  return (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}

export type BodyText =
  { ok: true; text: string } | { ok: false; problem: "too-large" | "bad-encoding" };

/**
 * The body as text, refused when `Content-Length` or the bytes read exceed
 * `limit`, or (with `fatal`, the default) when it is not valid UTF-8.
 */
export async function readText(
  request: Request,
  limit: number,
  options: { fatal?: boolean } = {},
): Promise<BodyText> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > limit) return { ok: false, problem: "too-large" };
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > limit) return { ok: false, problem: "too-large" };
  try {
    return {
      ok: true,
      text: new TextDecoder("utf-8", { fatal: options.fatal ?? true }).decode(bytes),
    };
  } catch {
    return { ok: false, problem: "bad-encoding" };
  }
}

/** A JSON object, `"not-json"` or `"not-an-object"`. */
export function parseJsonObject(
  text: string,
): Record<string, unknown> | "not-json" | "not-an-object" {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return "not-json";
  }
  return parsed !== null && typeof parsed === "object" && !Array.isArray(parsed)
    ? (parsed as Record<string, unknown>)
    : "not-an-object";
}

/** Any JSON value, or `undefined` for a body that is not JSON (admin routes). */
export async function readJson(request: Request): Promise<unknown> {
  try {
    return JSON.parse(await request.text()) as unknown;
  } catch {
    return undefined;
  }
}
