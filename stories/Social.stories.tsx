import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, spyOn, userEvent, waitFor, type Mock } from "storybook/test";
import { SignupForm } from "../src";
import { formReady, renderForm } from "./support/form";
import { mock } from "./support/mock";

/**
 * Social and SAML buttons, from the view model's `accountStores`, in priority
 * order, as "Continue with {provider}" (the store's name only tells apart two
 * stores of one provider, and names SAML stores). `onSocialLogin` returns
 * `false` in these stories so a click shows what would happen instead of
 * leaving Storybook.
 */
const meta = {
  title: "Forms/Social",
  component: SignupForm,
  render: renderForm,
  args: { onSocialLogin: fn(() => false) },
  argTypes: {
    endpoint: { control: false, description: "Set by the story: its own mock backend." },
  },
} satisfies Meta<typeof SignupForm>;

export default meta;
type Story = StoryObj<typeof meta>;

function socialButtons(canvasElement: HTMLElement) {
  return Array.from(
    canvasElement.querySelectorAll<HTMLButtonElement>('[data-slot="social-button"]'),
    (button) => button.textContent,
  );
}

/** No account stores: no social group and no "or" divider. */
export const Providers0: Story = {
  name: "0 providers",
  loaders: [mock({ preset: "providers-0" })],
  play: async ({ canvasElement }) => {
    const canvas = await formReady(canvasElement);
    await expect(canvas.queryByRole("group", { name: /sign up with/i })).toBeNull();
    await expect(socialButtons(canvasElement)).toEqual([]);
    await expect(canvas.queryByText("or")).toBeNull();
  },
};

/** One provider. Clicking it starts the OAuth flow (handed to `onSocialLogin`). */
export const Providers1: Story = {
  name: "1 provider",
  loaders: [mock({ preset: "providers-1" })],
  play: async ({ canvasElement, args }) => {
    const canvas = await formReady(canvasElement);
    await expect(socialButtons(canvasElement)).toEqual(["Continue with Facebook"]);
    await userEvent.click(canvas.getByRole("button", { name: "Continue with Facebook" }));
    // The login start loads on first use (after render here): wait for it.
    await waitFor(() => expect(args.onSocialLogin).toHaveBeenCalled());
    const [request] = (args.onSocialLogin as Mock).mock.lastCall ?? [];
    const url = new URL((request as { url: string }).url);
    await expect(url.hostname).toBe("www.facebook.com");
    await expect(url.searchParams.get("client_id")).toBe("1401818363453044");
    await expect(url.searchParams.get("state")).toBeTruthy();
  },
};

/** Three providers. */
export const Providers3: Story = {
  name: "3 providers",
  loaders: [mock({ preset: "providers-3" })],
  play: async ({ canvasElement }) => {
    await formReady(canvasElement);
    await expect(socialButtons(canvasElement)).toEqual([
      "Continue with Facebook",
      "Continue with Google",
      "Continue with GitHub",
    ]);
  },
};

/**
 * Where SAML starts: the identity provider's https URL. Production builds only
 * draw store buttons whose URL is https on an allowed host, so without it a
 * static Storybook served over plain http would drop the SAML buttons.
 */
const samlStart = {
  samlUrl: "https://sso.example.com/saml/start",
  allowedHosts: ["sso.example.com"],
};

/** Eight stores, some reordered by `listIndex`: the buttons follow priority, not mapping order. */
export const Providers8: Story = {
  name: "8 providers",
  args: samlStart,
  loaders: [mock({ preset: "providers-8" })],
  play: async ({ canvasElement }) => {
    await formReady(canvasElement);
    const names = socialButtons(canvasElement);
    await expect(names).toHaveLength(8);
    await expect(names.slice(0, 3)).toEqual([
      "Continue with Facebook (EU)",
      "Continue with Google Workspace",
      "Continue with GitHub Enterprise",
    ]);
  },
};

/**
 * A SAML store beside a social one. express-stormpath has no SAML start route,
 * so SAML buttons need a start URL from the app (`samlUrl`, here) or an
 * `authorizeUri` from the server; with neither, the store gets no button.
 */
export const Saml: Story = {
  name: "SAML",
  args: samlStart,
  loaders: [mock({ preset: "saml" })],
  play: async ({ canvasElement, args }) => {
    const canvas = await formReady(canvasElement);
    await expect(socialButtons(canvasElement)).toEqual([
      "Continue with Company SSO",
      "Continue with Google",
    ]);
    await userEvent.click(canvas.getByRole("button", { name: "Continue with Company SSO" }));
    const [request] = (args.onSocialLogin as Mock).mock.lastCall ?? [];
    const url = new URL((request as { url: string }).url);
    await expect(url.origin + url.pathname).toBe("https://sso.example.com/saml/start");
    await expect(url.searchParams.get("href")).toBe(
      "https://api.stormpath.com/v1/directories/samlDir",
    );
  },
};

/** The same SAML store without a start URL: there is nowhere to go, so no button (never a dead link). */
export const SamlWithoutStartUrl: Story = {
  name: "SAML without a start URL",
  loaders: [mock({ preset: "saml" })],
  play: async ({ canvasElement }) => {
    await formReady(canvasElement);
    await expect(socialButtons(canvasElement)).toEqual(["Continue with Google"]);
  },
};

const serverGoogle =
  "https://accounts.google.com/o/oauth2/v2/auth?client_id=server-client&scope=email&response_type=code&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcallbacks%2Fgoogle&state=server-state";

/**
 * The Client-API dialect: the server hands out a ready `authorizeUri` (on the
 * store, or on its provider as express-stormpath 4.0.0 does), with its own
 * `state` and `redirect_uri`. The button follows it as given: the server checks
 * that `state` against its own cookie on the callback, so the kit never
 * replaces it and keeps none of its own.
 */
export const ClientApi: Story = {
  name: "Client-API dialect",
  loaders: [
    mock({
      config: {
        accountStores: [
          {
            name: "Google Directory",
            href: "https://api.stormpath.com/v1/directories/googleDir",
            authorizeUri: serverGoogle,
            provider: { providerId: "google" },
          },
          {
            name: "GitHub Directory",
            provider: {
              providerId: "github",
              authorizeUri: "https://github.com/login/oauth/authorize?client_id=server-client",
            },
          },
        ],
      },
    }),
  ],
  play: async ({ canvasElement, args }) => {
    const canvas = await formReady(canvasElement);
    await expect(socialButtons(canvasElement)).toEqual([
      "Continue with Google",
      "Continue with GitHub",
    ]);
    await userEvent.click(canvas.getByRole("button", { name: "Continue with Google" }));
    await waitFor(() => expect(args.onSocialLogin).toHaveBeenCalled());
    const [request] = (args.onSocialLogin as Mock).mock.lastCall ?? [];
    await expect(request).toMatchObject({ url: serverGoogle, state: "server-state" });
  },
};

/**
 * Two stores of one provider: each button adds its store's name ("Continue
 * with Google (Employees)"); a store whose name already says the provider
 * ("Google Workspace") stands alone.
 */
export const SameProvider: Story = {
  name: "Two stores, one provider",
  loaders: [
    mock({
      config: {
        accountStores: [
          { name: "Employees", provider: { providerId: "google", clientId: "1-mock" } },
          { name: "Customers", provider: { providerId: "google", clientId: "2-mock" } },
          { name: "GitHub Enterprise", provider: { providerId: "github", clientId: "e-mock" } },
          { name: "GitHub Directory", provider: { providerId: "github", clientId: "g-mock" } },
          { name: "Facebook Directory", provider: { providerId: "facebook", clientId: "f-mock" } },
        ],
      },
    }),
  ],
  play: async ({ canvasElement }) => {
    await formReady(canvasElement);
    await expect(socialButtons(canvasElement)).toEqual([
      "Continue with Google (Employees)",
      "Continue with Google (Customers)",
      "Continue with GitHub Enterprise",
      "Continue with GitHub Directory",
      "Continue with Facebook",
    ]);
  },
};

/**
 * Unsafe stores are dropped, never rendered: a `javascript:` URL, an unknown
 * host, a disabled store, a cloud directory. Only **Google** and the LinkedIn
 * store (whose name holds markup, shown as text) remain.
 *
 * In development builds the kit says why in the console, for example:
 *
 * - `[signup-kit] The account store "Totally Google" was dropped: <why the URL is unsafe>.`
 * - `[signup-kit] The account store "Evil OAuth" was dropped: <why the host is refused>.`
 *
 * Disabled stores and cloud directories are not login buttons, so they are
 * skipped without a warning.
 *
 * Production builds (this static Storybook included) drop these warnings; the
 * test of this story checks them in a development build.
 */
export const UnsafeProviderDropped: Story = {
  name: "Unsafe provider dropped",
  loaders: [mock({ preset: "unsafe-provider" })],
  beforeEach() {
    const warn = spyOn(console, "warn").mockImplementation(() => {});
    return () => warn.mockRestore();
  },
  play: async ({ canvasElement }) => {
    await formReady(canvasElement);
    const names = socialButtons(canvasElement);
    await expect(names).toContain("Continue with Google");
    await expect(names.join()).not.toMatch(/Totally Google|Evil OAuth|GitHub|Cloud/);
    await expect(canvasElement.querySelector("img")).toBeNull();
    await expect(canvasElement.querySelector('a[href^="javascript:"]')).toBeNull();
    // Development warnings come from an effect, just after the form appears.
    const warnings = () =>
      (console.warn as unknown as Mock).mock.calls.map((call) => String(call[0])).join("\n");
    await waitFor(() => expect(warnings()).toMatch(/"Totally Google" was dropped: .*javascript:/));
    await expect(warnings()).toMatch(/"Evil OAuth" was dropped: the host evil\.example\.net/);
  },
};
