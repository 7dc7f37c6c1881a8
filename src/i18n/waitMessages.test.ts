// Every shipped catalogue's rate-limit sentences, formatted where the kit
// formats them, for waits of 1, 2, 5, 11 and 100 seconds: the wait is worded
// by Intl for the locale (singular, dual, plural), never "1 seconds".
import { describe, expect, it } from "vitest";
import type { NormalizedField } from "../contract/types";
import { waitParams } from "../core/duration";
import { mapServerError } from "../core/serverError";
import { en } from "../en";
import { statusError } from "../hooks/postSignup";
import { loadRegistrationMessages } from "../registration/labels";
import { registrationMessagesEn } from "../registration/messages";
import { failureMessage } from "../registration/useClientRegistration";
import { format } from "./format";
import { loadCatalogue } from "./locales/index";
import { locales } from "./loadMessages";
import type { Messages } from "./types";

const WAITS = [1, 2, 5, 11, 100];
const fields: NormalizedField[] = [];
const unit = (locale: string, seconds: number) =>
  new Intl.NumberFormat(locale, { style: "unit", unit: "second", unitDisplay: "long" }).format(
    seconds,
  );
/** The Intl wording of the wait, not followed by more letters ("1 Sekunde", not "1 Sekunden"). */
const wordedWait = (locale: string, seconds: number) =>
  new RegExp(`${unit(locale, seconds).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?!\\p{L})`, "u");
/** The number followed by a plural noun: what the old templates gave for one second. */
const WRONG_SINGULAR = /(?:^|\D)1[\s\u00a0](?:seconds|Sekunden|segundos|secondes|ثانية)/u;

/** Japanese counts with 秒 after the number, with no plural: it keeps `{seconds}秒`. */
const expectWorded = (locale: string, text: string, seconds: number) => {
  expect(text, text).not.toMatch(/\{\w+\}/);
  if (locale === "ja") expect(text).toContain(`${seconds}秒`);
  else expect(text).toMatch(wordedWait(locale, seconds));
  if (seconds === 1) expect(text).not.toMatch(WRONG_SINGULAR);
  // Arabic says one and two in words, without the number.
  if (locale === "ar" && seconds <= 2) expect(text).not.toMatch(/[0-9\u0660-\u0669]/);
};

const signupCatalogue = async (locale: string): Promise<Messages> =>
  locale === "en" ? en : ((await loadCatalogue(locale)) as Messages);

const rateLimited = (messages: Messages, seconds: number, locale: string) =>
  mapServerError(429, new Headers({ "retry-after": `${seconds}` }), "", fields, {
    messages,
    retryAfter: (header) => Number(header),
    locale,
  });

describe.each([...locales])("%s", (locale) => {
  it.each(WAITS)("signup rateLimited for %i s, through the error mapping", async (seconds) => {
    const messages = await signupCatalogue(locale);
    const mapped = rateLimited(messages, seconds, locale);
    expect(mapped.retryAfter).toBe(seconds);
    expectWorded(locale, mapped.message, seconds);
    expect(mapped.formError).toBe(mapped.message);
  });

  it.each(WAITS)("signup rateLimited for %i s, through the fallback mapping", async (seconds) => {
    const messages = await signupCatalogue(locale);
    const mapped = statusError(429, new Headers({ "retry-after": `${seconds}` }), messages, locale);
    expectWorded(locale, mapped.message, seconds);
  });

  it.each(WAITS)("resendRateLimited for %i s", async (seconds) => {
    const messages = await signupCatalogue(locale);
    expectWorded(locale, format(messages.resendRateLimited, waitParams(seconds, locale)), seconds);
  });

  it.each(WAITS)("registration rateLimited for %i s", async (seconds) => {
    const messages = (await loadRegistrationMessages(locale)) ?? registrationMessagesEn;
    const text = failureMessage(
      { kind: "rate-limited", status: 429, retryAfter: seconds },
      messages,
      "register",
      locale,
    );
    expectWorded(locale, text, seconds);
  });
});

describe("an app's own rate-limit sentence", () => {
  it("with only {seconds} still gets the number", () => {
    const messages = { ...en, rateLimited: "Slow down: {seconds}s." };
    expect(rateLimited(messages, 1, "en").message).toBe("Slow down: 1s.");
    expect(statusError(429, new Headers({ "retry-after": "4" }), messages).message).toBe(
      "Slow down: 4s.",
    );
    const registration = { ...registrationMessagesEn, rateLimited: "Wait {seconds}s" };
    expect(
      failureMessage(
        { kind: "rate-limited", status: 429, retryAfter: 1 },
        registration,
        "register",
      ),
    ).toBe("Wait 1s");
  });

  it("may use both placeholders, and {duration} follows the locale given", () => {
    const messages = { ...en, rateLimited: "{seconds} — {duration} — {seconds}" };
    expect(rateLimited(messages, 1, "de").message).toBe("1 — 1 Sekunde — 1");
    expect(rateLimited(messages, 1, "en").message).toBe("1 — 1 second — 1");
  });

  it("defaults {duration} to English when no locale is given", () => {
    expect(statusError(429, new Headers({ "retry-after": "1" }), en).message).toBe(
      "Too many attempts. Try again in 1 second.",
    );
  });
});
