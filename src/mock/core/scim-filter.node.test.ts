import { describe, expect, it } from "vitest";
import {
  FilterError,
  checkFilter,
  matchesFilter,
  parseFilter,
  parsePatchPath,
} from "./scim-filter";
import { USER_RESOURCE_SCHEMA } from "./scim-user";

const user = {
  schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"],
  id: "AbC123",
  userName: "Ada@Example.com",
  name: { givenName: "Ada" },
  emails: [{ value: "Ada@Example.com", type: "work", primary: true }],
  active: true,
  meta: { resourceType: "User", created: "2026-11-23T10:00:00.000Z" },
};

function match(filter: string): boolean {
  const node = parseFilter(filter);
  checkFilter(node, USER_RESOURCE_SCHEMA);
  return matchesFilter(node, user, USER_RESOURCE_SCHEMA);
}

describe("SCIM filter (RFC 7644 §3.4.2.2)", () => {
  it("userName eq is case-insensitive (userName is not caseExact)", () => {
    expect(match('userName eq "ada@example.com"')).toBe(true);
    expect(match('userName eq "grace@example.com"')).toBe(false);
  });

  it("operators and attribute names are case-insensitive; the URN prefix is accepted", () => {
    expect(match('USERNAME EQ "ada@example.com"')).toBe(true);
    expect(match('urn:ietf:params:scim:schemas:core:2.0:User:userName eq "ada@example.com"')).toBe(
      true,
    );
    expect(match('urn:ietf:params:scim:schemas:core:2.0:User:name.givenName eq "ada"')).toBe(true);
  });

  it("caseExact attributes compare exactly", () => {
    expect(match('id eq "AbC123"')).toBe(true);
    expect(match('id eq "abc123"')).toBe(false);
  });

  it("ne, co, sw, ew, pr", () => {
    expect(match('userName ne "x@example.com"')).toBe(true);
    expect(match('userName co "example"')).toBe(true);
    expect(match('userName sw "ada@"')).toBe(true);
    expect(match('userName ew ".com"')).toBe(true);
    expect(match('userName ew ".org"')).toBe(false);
    expect(match("name.givenName pr")).toBe(true);
    expect(match("name.familyName pr")).toBe(false);
  });

  it("booleans, dates and ordering", () => {
    expect(match("active eq true")).toBe(true);
    expect(match("active eq false")).toBe(false);
    expect(match('meta.created gt "2026-11-23T09:00:00Z"')).toBe(true);
    expect(match('meta.created lt "2026-11-23T09:00:00Z"')).toBe(false);
    expect(match('meta.created ge "2026-11-23T10:00:00Z"')).toBe(true);
  });

  it("and binds tighter than or; not and parentheses", () => {
    expect(match('userName eq "x" or active eq true and id eq "AbC123"')).toBe(true);
    expect(match('(userName eq "x" or active eq true) and id eq "nope"')).toBe(false);
    expect(match('not (userName eq "ada@example.com")')).toBe(false);
  });

  it("decodes JSON string escapes", () => {
    expect(match('userName eq "ada\\u0040example.com"')).toBe(true);
  });

  it.each([
    ['userName eq "unterminated'],
    ["userName eq"],
    ['userName foo "x"'],
    ['emails[type eq "work"'],
    ['emails[type eq "work"]]'],
    ['emails[value[type eq "x"]]'],
    ['name.givenName[value eq "x"]'],
    ['userName eq "a" and'],
    ["userName eq bare"],
    ['(userName eq "a"'],
    ['userName eq "a")'],
    [""],
  ])("refuses %j as an invalid filter", (filter) => {
    expect(() => match(filter)).toThrow(FilterError);
  });

  it("value paths, pr on complex attributes, booleans of sub-attributes", () => {
    expect(match('emails[type eq "work"]')).toBe(true);
    expect(match('emails[type eq "home"]')).toBe(false);
    expect(match('emails[type eq "WORK" and primary eq true]')).toBe(true);
    expect(match('emails[type eq "work"].value eq "ada@example.com"')).toBe(true);
    expect(match('emails[type eq "work"].value eq "grace@example.com"')).toBe(false);
    expect(match("emails.primary eq true")).toBe(true);
    expect(match('emails eq "ADA@example.com"')).toBe(true);
    expect(match("name pr")).toBe(true);
    expect(match("emails pr")).toBe(true);
    expect(match("externalId pr")).toBe(false);
    expect(match("not (displayName pr)")).toBe(true);
  });

  it("parses PATCH paths with value filters and sub-attributes", () => {
    expect(parsePatchPath('emails[type eq "work"].value')).toMatchObject({
      path: { attr: "emails" },
      sub: "value",
      filter: { kind: "test", path: { attr: "type" } },
    });
    expect(parsePatchPath("urn:ietf:params:scim:schemas:core:2.0:User:name.givenName")).toEqual({
      path: { urn: "urn:ietf:params:scim:schemas:core:2.0:User", attr: "name", sub: "givenName" },
    });
    expect(() => parsePatchPath('emails[type eq "work"] extra')).toThrow(FilterError);
  });

  it("refuses unknown attributes and operators that do not fit the type", () => {
    expect(() => match('nickName eq "x"')).toThrow(/unknown attribute/);
    expect(() => match('password eq "x"')).toThrow(/cannot be used/);
    expect(() => match('name eq "x"')).toThrow(/complex/);
    expect(() => match('emails[nope eq "x"]')).toThrow(FilterError);
    expect(() => match('active eq "true"')).toThrow(FilterError);
    expect(() => match('urn:example:Other:userName eq "x"')).toThrow(FilterError);
    expect(() => match("active gt true")).toThrow(FilterError);
    expect(() => match('active co "t"')).toThrow(FilterError);
  });

  it("refuses a filter nested too deeply instead of overflowing the stack", () => {
    expect(() => parseFilter("(".repeat(60) + 'a eq "b"' + ")".repeat(60))).toThrow(/deeply/);
  });
});
