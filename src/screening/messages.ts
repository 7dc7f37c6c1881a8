import type { ScreeningMessages } from "./types";

/** English defaults of the screening messages (lazy: loaded only with the screening code). */
export const screeningMessages: ScreeningMessages = {
  breached:
    "This password has appeared in a data breach, so attackers are likely to try it. Choose a different password that you have not used anywhere else: three or four unrelated words work well, and a password manager can create and remember one for you.",
  breachedWarn:
    "This password has appeared in a data breach, so attackers are likely to try it. You can still use it, but we strongly recommend a different password that you have not used anywhere else: three or four unrelated words work well.",
};
