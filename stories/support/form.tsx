// The one render function the SignupForm stories share: the form talks to the
// story's own mock backend, and follows the toolbar's theme and locale unless
// the story's args say otherwise.
import type { StoryContext } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { SignupForm, type SignupFormProps } from "../../src";
import { storyMock } from "./mock";

export function renderForm(args: SignupFormProps, context: StoryContext<SignupFormProps>) {
  const theme = args.theme ?? (context.globals.theme === "dark" ? "dark" : "light");
  const locale = args.locale ?? (context.globals.locale as string | undefined);
  return (
    <SignupForm {...args} endpoint={storyMock(context).endpoint} theme={theme} locale={locale} />
  );
}

/** The root element of the form in the story (`data-slot="root"`). */
export function formRoot(canvasElement: HTMLElement): HTMLElement {
  const root = canvasElement.querySelector<HTMLElement>('[data-slot="root"]');
  if (!root) throw new Error("No [data-slot=root] in the story.");
  return root;
}

/** Waits until the form has loaded its view model (the submit button is there). */
export async function formReady(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  await canvas.findByRole("button", { name: "Create account" }, { timeout: 5000 });
  return canvas;
}

/** Fills the Stormpath default form (first name, last name, email, password). */
export async function fillDefaultForm(
  canvasElement: HTMLElement,
  values: { email?: string; password?: string } = {},
) {
  const canvas = await formReady(canvasElement);
  const user = userEvent.setup();
  await user.type(canvas.getByLabelText(/First Name/i), "Ada");
  await user.type(canvas.getByLabelText(/Last Name/i), "Lovelace");
  await user.type(canvas.getByLabelText(/^Email/i), values.email ?? "ada@example.com");
  await user.type(
    canvas.getByLabelText(/^Password/i, { selector: "input" }),
    values.password ?? "correct horse battery staple",
  );
  return { canvas, user };
}

/** Submits and waits for the form to settle (no longer `submitting`). */
export async function submit(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  const user = userEvent.setup();
  await user.click(canvas.getByRole("button", { name: "Create account" }));
  await waitFor(() => expect(formRoot(canvasElement).dataset.state).not.toBe("submitting"), {
    timeout: 5000,
  });
}
