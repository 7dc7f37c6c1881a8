// The English catalogue is the only one in the main bundle. Other locales (issue 9)
// will be separate modules loaded with `import()` and merged over `en`.
import { en } from "./en";
import type { Messages } from "./types";

export { en } from "./en";
export { format, formatParts } from "./format";
export type { Messages, PartialMessages } from "./types";

/** English, with the app's overrides on top. Unknown keys in `overrides` are ignored. */
export function resolveMessages(overrides?: Partial<Messages>): Messages {
  if (!overrides) return en;
  const out: Messages = { ...en };
  for (const key of Object.keys(en) as Array<keyof Messages>) {
    const value = overrides[key];
    if (typeof value === "string") out[key] = value;
  }
  return out;
}
