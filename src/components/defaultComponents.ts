import { Checkbox } from "./Checkbox";
import { Field } from "./Field";
import { Input } from "./Input";
import { LoadError } from "./LoadError";
import { Loading } from "./Loading";
import { Message } from "./Message";
import { PageFooter, PageHeader, SignInPrompt } from "./Page";
import { PasswordInput } from "./PasswordInput";
import { SocialButton } from "./SocialButton";
import { SubmitButton } from "./SubmitButton";
import { SuccessView } from "./SuccessView";
import type { SignupFormComponents } from "./types";

/** The parts <SignupForm> draws with when `components` leaves a key out. */
export const defaultComponents: Readonly<SignupFormComponents> = Object.freeze({
  Field,
  Input,
  PasswordInput,
  Checkbox,
  SocialButton,
  SubmitButton,
  Message,
  SuccessView,
  Loading,
  LoadError,
  PageHeader,
  SignInPrompt,
  PageFooter,
});

/** Merge overrides key by key; an `undefined` value keeps the default. */
export function mergeComponents(overrides?: Partial<SignupFormComponents>): SignupFormComponents {
  const merged: SignupFormComponents = { ...defaultComponents };
  if (!overrides) return merged;
  for (const key of Object.keys(defaultComponents) as Array<keyof SignupFormComponents>) {
    const override = overrides[key];
    // Each key keeps its own component type; the cast only bridges the loop's union.
    if (override) (merged as unknown as Record<string, unknown>)[key] = override;
  }
  return merged;
}
