// express-stormpath 4.0.0 (the Okta era) cannot be installed here: its
// dependencies are not in the npm registry. Its measured answers (section 5 of
// the register contract) are replayed to the packed kit in Chromium instead.
import { expect, test, type Page, type Route } from "@playwright/test";
import { SignupFormPage } from "../src/testing";
import { PASSWORD, app, freshEmail, recordPosts, report } from "./support";

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

const DUPLICATE = { status: 400, message: "An account with that email address already exists." };
const POLICY_TEXT =
  "Password requirements were not met. Password requirements: at least 8 characters, a lowercase letter, an uppercase letter, a number, no parts of your username.";
const POLICY = { status: 400, message: `password: ${POLICY_TEXT}` };

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
  test("a duplicate (400 'already exists') is a conflict on the email field", async ({ page }) => {
    await replay(page, () => ({ status: 400, json: DUPLICATE }));
    const signup = new SignupFormPage(page);
    await signup.goto(`${app("default")}/`);
    const email = freshEmail("okta-taken");
    await signup.fill({ givenName: "Ada", surname: "Lovelace", email, password: PASSWORD });
    await signup.submit();
    await signup.expectFieldError("email", DUPLICATE.message);
    await expect(signup.field("email")).toHaveValue(email);
    const { errors, events } = await report(page);
    expect(errors.at(-1)).toMatchObject({ kind: "conflict", status: 400 });
    expect(events.find((event) => event.type === "signup_failed")).toMatchObject({
      reason: "conflict",
    });
  });

  test("Okta's password policy text is shown on the password field without its 'password: ' prefix", async ({
    page,
  }) => {
    await replay(page, () => ({ status: 400, json: POLICY }));
    const signup = new SignupFormPage(page);
    await signup.goto(`${app("default")}/`);
    await signup.fill({
      givenName: "Ada",
      surname: "Lovelace",
      email: freshEmail("okta-policy"),
      password: PASSWORD,
    });
    await signup.submit();
    await signup.expectFieldError("password", POLICY_TEXT);
    await expect(signup.fieldError("password")).not.toContainText("password:");
  });

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

  test("consent set, not declared by 4.0.0: the key is not posted and the signup succeeds", async ({
    page,
  }) => {
    const email = freshEmail("okta-consent");
    const posts = recordPosts(page, "/register");
    // 4.0.0 refuses any key it was not configured with.
    await replay(page, (body) => {
      const unknown = Object.keys(body).find(
        (key) => !["givenName", "surname", "email", "password", "customData"].includes(key),
      );
      if (unknown)
        return {
          status: 400,
          json: { status: 400, message: `${unknown} is not a configured registration field.` },
        };
      if (body.customData) {
        const inner = Object.keys(body.customData as object)[0];
        return {
          status: 400,
          json: { status: 400, message: `${inner} is not a configured registration field.` },
        };
      }
      return { status: 200, json: oktaAccount(email) };
    });
    const signup = new SignupFormPage(page);
    await signup.goto(`${app("default")}/?consent=1`);
    await signup.fill({ givenName: "Ada", surname: "Lovelace", email, password: PASSWORD });
    await signup.acceptTerms();
    await signup.submit();
    await signup.expectSuccess("ENABLED");
    expect(Object.keys(posts[0] ?? {}).sort()).toEqual([
      "email",
      "givenName",
      "password",
      "surname",
    ]);
  });
});
