import { describe, expect, it } from "vitest";
import { FilterError, matchesFilter, parseFilter, type FilterAttribute } from "./scim-filter";

const user: Record<string, FilterAttribute> = {
  username: { get: () => "Ada@Example.com" },
  id: { get: () => "AbC123", caseExact: true },
  active: { get: () => true },
  "name.givenname": { get: () => "Ada" },
  "name.familyname": { get: () => undefined },
  "meta.created": { get: () => "2026-11-23T10:00:00.000Z", dateTime: true },
};

function match(filter: string): boolean {
  return matchesFilter(parseFilter(filter), (name) => user[name]);
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
    ['emails[type eq "work"]'],
    ['userName eq "a" and'],
    ["userName eq bare"],
    ['(userName eq "a"'],
    ['userName eq "a")'],
    [""],
  ])("refuses %j as an invalid filter", (filter) => {
    expect(() => match(filter)).toThrow(FilterError);
  });

  it("refuses unknown attributes and operators that do not fit the type", () => {
    expect(() => match('password eq "x"')).toThrow(/unknown attribute/);
    expect(() => match("active gt true")).toThrow(FilterError);
    expect(() => match('active co "t"')).toThrow(FilterError);
  });

  it("refuses a filter nested too deeply instead of overflowing the stack", () => {
    expect(() => parseFilter("(".repeat(60) + 'a eq "b"' + ")".repeat(60))).toThrow(/deeply/);
  });
});
