import { expect, test } from "@playwright/test";
import { SignupFormPage } from "../src/testing";
import { PASSWORD, app, freshEmail, recordPosts, report } from "./support";

test.describe("the packed kit in front of express-stormpath 3.2.0", () => {
  test("default configuration: a signup completes and is ENABLED", async ({ page }) => {
    const posts = recordPosts(page, "/register");
    const signup = new SignupFormPage(page);
    await signup.goto(`${app("default")}/`);
    const email = freshEmail("default");
    await signup.fill({ givenName: "Ada", surname: "Lovelace", email, password: PASSWORD });
    await signup.submit();
    await signup.expectSuccess("ENABLED");
    expect(Object.keys(posts[0] ?? {}).sort()).toEqual(["email", "givenName", "password", "surname"]);
    expect((await report(page)).success[0]).toMatchObject({ status: "ENABLED" });
  });
});
