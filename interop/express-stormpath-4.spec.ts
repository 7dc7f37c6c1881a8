// express-stormpath 4.0.0 (the Okta era) cannot be installed here: its
// dependencies are not in the npm registry. Its measured answers (section 5 of
// the register contract) are replayed to the packed kit in Chromium instead.
import { expect, test, type Page, type Route } from "@playwright/test";
import { SignupFormPage } from "../src/testing";
import { PASSWORD, app, freshEmail, report } from "./support";

/** The 4.0.0 view model: the default fields, and `accountStores` always empty. */
const VIEW_MODEL = {
  form: {
    fields: [
      {
        label: "First Name",
        placeholder: "First Name",
        required: true,
        type: "text",
        name: "givenName",
      },
      {
        label: "Last Name",
        placeholder: "Last Name",
        required: true,
        type: "text",
        name: "surname",
      },
      { label: "Email", placeholder: "Email", required: true, type: "email", name: "email" },
      {
        label: "Password",
        placeholder: "Password",
        required: true,
        type: "password",
        name: "password",
      },
    ],
  },
  accountStores: [],
};

function oktaAccount(email: string) {
  const id = "00u1a2b3c4D5e6F7g8h9";
  const at = "2026-12-07T03:00:00.000Z";
  return {
    account: {
      href: `https://dev-000000.okta.com/api/v1/users/${id}`,
      id,
      status: "ENABLED",
      created: at,
      activated: at,
      statusChanged: at,
      lastLogin: null,
      lastUpdated: at,
      passwordChanged: at,
      username: email,
      email,
      givenName: "Ada",
      middleName: null,
      surname: "Lovelace",
      fullName: "Ada Lovelace",
      emailVerificationStatus: "UNVERIFIED",
      createdAt: at,
      modifiedAt: at,
    },
  };
}

/** Answers /register as express-stormpath 4.0.0 did: the view model, then `post(body)`. */
async function replay(
  page: Page,
  post: (body: Record<string, unknown>) => { status: number; json: unknown },
) {
  await page.route(/\/register$/, async (route: Route) => {
    if (route.request().method() === "GET") return route.fulfill({ status: 200, json: VIEW_MODEL });
    const answer = post((route.request().postDataJSON() ?? {}) as Record<string, unknown>);
    return route.fulfill({ status: answer.status, json: answer.json });
  });
}

test.describe("the packed kit against express-stormpath 4.0.0's recorded answers", () => {
  test("a success with Okta members and an empty accountStores is ENABLED", async ({ page }) => {
    const email = freshEmail("okta-ok");
    await replay(page, () => ({ status: 200, json: oktaAccount(email) }));
    const signup = new SignupFormPage(page);
    await signup.goto(`${app("default")}/`);
    await expect(signup.socialButtons).toHaveCount(0);
    await signup.fill({ givenName: "Ada", surname: "Lovelace", email, password: PASSWORD });
    await signup.submit();
    await signup.expectSuccess("ENABLED");
    expect((await report(page)).success[0]).toMatchObject({ status: "ENABLED" });
  });
});
