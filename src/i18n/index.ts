// The message machinery: templates, formatting and locale loading. The English
// form strings are ./base; the complete English catalogue (`en`), assembled
// from every part's English, lives at the package entry (../en). Other locales
// are separate modules (./locales/*) loaded with `import()`.
export { format, formatParts } from "./format";
export { isRtlLocale, locales } from "./loadMessages";
export type { Messages, PartialMessages } from "./types";
