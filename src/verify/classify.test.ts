import { describe, expect, it } from "vitest";
import { classifyTokenError } from "./classify";
import { verifyEndpointFor } from "./endpoint";

describe("classifyTokenError", () => {
  it("reads the mock's reasons in both styles", () => {
    expect(
      classifyTokenError(400, { moreInfo: "urn:signup-kit:mock:error:verification-token-expired" }),
    ).toBe("expired");
    expect(
      classifyTokenError(400, { type: "urn:signup-kit:problem:verification-token-used" }),
    ).toBe("used");
    expect(
      classifyTokenError(400, { type: "urn:signup-kit:problem:verification-token-invalid" }),
    ).toBe("invalid");
  });

  it("reads words from other servers", () => {
    expect(classifyTokenError(400, { error: "The token has expired." })).toBe("expired");
    expect(classifyTokenError(400, { message: "This link was already used" })).toBe("used");
    expect(classifyTokenError(404, { status: 404, message: "Not found." })).toBe("invalid");
  });

  it("falls back to the status, then to invalid", () => {
    expect(classifyTokenError(410, undefined)).toBe("expired");
    expect(classifyTokenError(400, "not an object")).toBe("invalid");
    expect(classifyTokenError(400, ["expired"])).toBe("invalid");
  });
});

describe("verifyEndpointFor", () => {
  it("puts verify beside the registration endpoint", () => {
    expect(verifyEndpointFor("/register")).toBe("/verify");
    expect(verifyEndpointFor("http://127.0.0.1:4010/api/register?x=1")).toBe(
      "http://127.0.0.1:4010/api/verify",
    );
  });
});
