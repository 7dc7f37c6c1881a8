// Public options of the age gate. Types only.

/** Text the age gate shows; every key can be overridden through `ageGate.messages`. */
export interface AgeGateMessages {
  /** The date-of-birth label. */
  birthdateLabel: string;
  /** Help under the label: the format, and why it is asked. */
  birthdateHelp: string;
  /** No date entered. */
  birthdateRequired: string;
  /** Not a real date (`2023-02-30`), or not `YYYY-MM-DD` where the browser has no date input. */
  birthdateInvalid: string;
  /** A date in the future. */
  birthdateFuture: string;
  /** Confirm mode: the checkbox label. `{age}` is the minimum age. */
  confirmLabel: string;
  /** Confirm mode, box left unticked. `{age}` is the minimum age. */
  confirmRequired: string;
  /** Under the minimum age (birthdate mode, or confirm mode left unchecked). `{age}` is the minimum age. */
  underAge: string;
  /** The link to the parental consent flow, when `parentalConsentUrl` is set. */
  parentalConsentLink: string;
}

/** Options of `ageGate` on `<SignupForm>` / `<AgeGateField>`. */
export interface AgeGateOptions {
  /** Completed years required, e.g. `16` (GDPR Art. 8 default), `13` … `16` by country. */
  minimumAge: number;
  /** `birthdate` asks the date of birth; `confirm` shows "I am at least N years old". Defaults to `"birthdate"`. */
  mode?: "birthdate" | "confirm";
  /** Where a person under the minimum age can ask a parent or guardian to consent (GDPR Art. 8). */
  parentalConsentUrl?: string;
  /**
   * The view-model field the gate fills. The value is posted only when the
   * view model declares a field with this name (the body stays an allowlist);
   * otherwise the check runs in the browser only. Defaults to
   * `"customData.birthdate"` (birthdate mode) or `"customData.ageConfirmed"` (confirm mode).
   */
  field?: string;
  /** Override the messages. */
  messages?: Partial<AgeGateMessages>;
}
