// <SignupForm captcha> when the captcha part's own chunk cannot load (a
// content blocker, a failed deploy): the load-failure message shows at the
// widget area and submit stays blocked, no POST is made.
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { expect, it, vi } from "vitest";
import { SignupForm } from "../components/SignupForm";
import type { RegisterViewModel } from "../contract/types";
import { en } from "../en";

vi.mock("./CaptchaField", () => {
  throw new TypeError("Failed to fetch dynamically imported module");
});

const viewModel: RegisterViewModel = {
  form: {
    fields: [
      { name: "email", label: "Email", required: true, type: "email" },
      { name: "password", label: "Password", required: true, type: "password" },
      { name: "captchaToken", type: "hidden" },
    ],
  },
  accountStores: [],
};

it("shows the load-failure message at the captcha area and never posts", async () => {
  const fetch = vi.fn<typeof globalThis.fetch>();
  const user = userEvent.setup();
  const { container } = render(
    <SignupForm
      endpoint="http://localhost:3000/register"
      initialViewModel={viewModel}
      captcha={{ siteKey: "10000000-ffff-ffff-ffff-000000000001" }}
      fetch={fetch}
    />,
  );
  const message = await screen.findByText(en.captchaLoadFailed);
  expect(message.closest('[data-slot="captcha"]')).not.toBeNull();

  await user.type(screen.getByLabelText(/^Email/), "ada@example.com");
  await user.type(screen.getByLabelText(/^Password/), "correct horse battery staple");
  await user.click(screen.getByRole("button", { name: "Create account" }));

  // Submit is blocked by the missing token, and the widget's own message stays.
  await waitFor(() =>
    expect(
      container.querySelector('[data-slot="captcha"] [data-slot="field-error"]'),
    ).toHaveTextContent(en.captchaLoadFailed),
  );
  expect(screen.queryByText(en.captchaRequired)).toBeNull();
  expect(fetch).not.toHaveBeenCalled();
});
