// The English catalogue is the only one in the main bundle. Other locales are
// separate modules (./locales/*) loaded with `import()` by `loadMessages`.
import { en } from "./en";
import type { Messages } from "./types";

export { en } from "./en";
export { format, formatParts } from "./format";
export { isRtlLocale, loadMessages, locales, peekMessages } from "./loadMessages";
export type { Messages, PartialMessages } from "./types";

/**
 * A catalogue (English by default) with the app's overrides on top. Unknown keys
 * in `overrides` are ignored.
 */
export function resolveMessages(overrides?: Partial<Messages>, base: Messages = en): Messages {
  if (!overrides) return base;
  const out: Messages = { ...base };
  for (const key of Object.keys(base) as Array<keyof Messages>) {
    const value = overrides[key];
    if (typeof value === "string") out[key] = value;
  }
  return out;
}
