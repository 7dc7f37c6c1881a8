// The strings the markup shows, looked up in the resolved `messages` of
// useSignupForm() (so `messages={{…}}` overrides them), with English filling
// keys a catalogue leaves out. Keys are the catalogue's (src/i18n/types.ts).
import type { ReactNode } from "react";
import { Fragment, createElement } from "react";
import { base } from "../i18n/base";
import { format, formatParts } from "../i18n/format";
import type { Messages } from "../i18n/types";

export type TextKey = keyof Messages;

export type Texts = (key: TextKey, params?: Record<string, string | number>) => string;

/** The raw template for `key`: the catalogue's string when it has one, else English. */
export function template(messages: object, key: TextKey): string {
  const value = (messages as Record<string, unknown>)[key];
  return typeof value === "string" ? value : base[key];
}

/** A text formatter over `messages`: `{name}` placeholders are replaced as plain text. */
export function createTexts(messages: object): Texts {
  return (key, params) => format(template(messages, key), params);
}

/**
 * Fill `{name}` placeholders with React nodes (links inside a label). Text
 * stays text: nothing is parsed as HTML.
 */
export function formatNodes(text: string, nodes: Record<string, ReactNode>): ReactNode {
  return formatParts<ReactNode>(text, nodes).map((part, index) =>
    createElement(Fragment, { key: index }, part),
  );
}
