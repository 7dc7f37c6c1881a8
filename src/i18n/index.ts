// The English catalogue is the only one in the main bundle. Other locales are
// separate modules (./locales/*) loaded with `import()` by `loadMessages`.
import { withOverrides } from "./base";
import { en } from "./en";
import type { Messages } from "./types";

export { en } from "./en";
export { format, formatParts } from "./format";
export { isRtlLocale, loadMessages, locales, peekMessages } from "./loadMessages";
export type { Messages, PartialMessages } from "./types";

/**
 * A catalogue (English by default) with the app's overrides on top. Unknown keys
 * in `overrides` are carried along and never read.
 */
export function resolveMessages(overrides?: Partial<Messages>, base: Messages = en): Messages {
  return withOverrides(base, overrides);
}
