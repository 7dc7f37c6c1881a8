import { describe, expect, it } from "vitest";
import { choiceLabel, registrationMessagesEn as en } from "./messages";
import { EDITABLE_FIELDS } from "../contract/clientMetadata";
import { focusFirstInvalid, groupFields } from "./sections";

describe("groupFields", () => {
  it("puts every field in basics, redirects or advanced, in that order", () => {
    expect(groupFields(EDITABLE_FIELDS)).toEqual([
      {
        name: "basics",
        fields: ["client_name", "client_uri", "logo_uri", "policy_uri", "tos_uri", "contacts"],
      },
      { name: "redirects", fields: ["redirect_uris"] },
      {
        name: "advanced",
        fields: ["grant_types", "response_types", "token_endpoint_auth_method", "scope"],
      },
    ]);
  });

  it("keeps the app's order inside a section and leaves empty sections out", () => {
    expect(groupFields(["scope", "contacts", "grant_types", "client_name"])).toEqual([
      { name: "basics", fields: ["contacts", "client_name"] },
      { name: "advanced", fields: ["scope", "grant_types"] },
    ]);
  });
});

describe("choiceLabel", () => {
  it("names known identifiers and leaves unknown ones to the caller", () => {
    expect(choiceLabel(en, "grant_types", "client_credentials")).toBe("Client credentials");
    expect(choiceLabel(en, "grant_types", "urn:ietf:params:oauth:grant-type:device_code")).toBe(
      "Device code",
    );
    expect(choiceLabel(en, "token_endpoint_auth_method", "private_key_jwt")).toBe(
      "JWT signed with a private key",
    );
    expect(choiceLabel(en, "grant_types", "urn:example:custom")).toBeUndefined();
    // Not an own key of the table.
    expect(choiceLabel(en, "grant_types", "toString")).toBeUndefined();
    // A grant type is not a response type.
    expect(choiceLabel(en, "response_types", "refresh_token")).toBeUndefined();
  });

  it("matches response types whatever the order of their words", () => {
    expect(choiceLabel(en, "response_types", "token id_token")).toBe("ID token and access token");
    expect(choiceLabel(en, "response_types", "id_token code")).toBe(
      "Authorization code and ID token",
    );
  });

  it("takes the app's words from the catalogue", () => {
    expect(
      choiceLabel({ ...en, grantRefreshToken: "Stay signed in" }, "grant_types", "refresh_token"),
    ).toBe("Stay signed in");
  });
});

describe("focusFirstInvalid", () => {
  it("opens every collapsed section with an error and focuses the first invalid control", () => {
    document.body.innerHTML = `
      <form>
        <details id="one"><summary>One</summary><input id="a" aria-invalid="false"></details>
        <input id="b" aria-invalid="true">
        <details id="two"><summary>Two</summary><input id="c" aria-invalid="true"></details>
      </form>`;
    const form = document.querySelector("form");
    focusFirstInvalid(form);
    expect(document.activeElement?.id).toBe("b");
    expect(document.querySelector<HTMLDetailsElement>("#one")?.open).toBe(false);
    expect(document.querySelector<HTMLDetailsElement>("#two")?.open).toBe(true);
    focusFirstInvalid(null);
  });
});
