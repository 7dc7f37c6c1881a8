// The public options of breached-password screening. Types only:
// nothing here reaches the eager bundle.

/** Text the screening shows; every key can be overridden through `passwordScreening.messages`. */
export interface ScreeningMessages {
  /** `block` mode: shown on the password field, submit is refused. */
  breached: string;
  /** `warn` mode: shown on the password field, submit is allowed. */
  breachedWarn: string;
}

/** Options of `passwordScreening`; `true` means every default. */
export interface PasswordScreeningOptions {
  /**
   * The k-anonymity range API. `{prefix}` in the URL is replaced by the five
   * hex characters; otherwise they are appended (`…/range/` + `ABCDE`).
   * Defaults to the public Pwned Passwords API, `https://api.pwnedpasswords.com/range/`.
   */
  endpoint?: string;
  /** `block` refuses submit on a match; `warn` shows the message and lets it through. Defaults to `"block"`. */
  mode?: "block" | "warn";
  /** Ms before a range request is given up (the form then fails open). Defaults to `3000`. */
  timeout?: number;
  /** Ms of typing pause before a check starts. Defaults to `600`. */
  debounce?: number;
  /** A custom fetch for the range request. Defaults to the form's `fetch`, then `globalThis.fetch`. */
  fetch?: typeof fetch;
  /** Override the messages. */
  messages?: Partial<ScreeningMessages>;
}

/** What one range lookup found. */
export type ScreeningResult =
  | { status: "breached"; count: number }
  | { status: "clean" }
  | { status: "unavailable"; reason: "timeout" | "network" | "http" | "format" | "crypto" };
