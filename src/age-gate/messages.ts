import type { AgeGateMessages } from "./types";

/** English defaults of the age gate (lazy: loaded only with the gate). */
export const ageGateMessages: AgeGateMessages = {
  birthdateLabel: "Date of birth",
  birthdateHelp:
    "Type it or pick it: day, month and year. If your browser shows a text box, use year-month-day, for example 2008-03-31. We ask only to check your age.",
  birthdateRequired: "Enter your date of birth.",
  birthdateInvalid: "Enter a real date of birth, for example 2008-03-31 (year, month, day).",
  birthdateFuture: "Your date of birth cannot be in the future.",
  confirmLabel: "I am at least {age} years old",
  confirmRequired:
    "Tick the box to confirm that you are at least {age} years old. If you are younger, you cannot create an account yourself.",
  underAge:
    "Sorry, you need to be at least {age} years old to create an account yourself. Nothing you typed has been sent.",
  parentalConsentLink: "Ask a parent or guardian to give consent for you",
};
