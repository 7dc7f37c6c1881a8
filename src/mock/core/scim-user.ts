// The SCIM User resource of the mock (RFC 7643 §4.1, the subset it stores):
// its schema, the mapping from and to stored accounts, `attributes` /
// `excludedAttributes` (RFC 7644 §3.9), sorting (§3.4.2.3) and PATCH (§3.5.2).
import {
  FilterError,
  matchesFilter,
  parsePatchPath,
  resolvePath,
  type AttributeDefinition,
  type FilterNode,
  type PatchPath,
  type ResourceSchema,
} from "./scim-filter";
import type { StoredAccount } from "./store";

export const SCIM_USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";

/** An account as the feed reads it (the password hash is never needed). */
export type ScimAccount = Omit<StoredAccount, "passwordHash">;

/** Where SCIM-only attributes live in an account's custom data (dotted keys no form field can have). */
export const SCIM_KEYS = {
  externalId: "scim.externalId",
  displayName: "scim.displayName",
  emailType: "scim.emailType",
} as const;

function attr(
  name: string,
  description: string,
  extra: Partial<AttributeDefinition> = {},
): AttributeDefinition {
  return {
    name,
    type: "string",
    multiValued: false,
    description,
    required: false,
    caseExact: false,
    mutability: "readWrite",
    returned: "default",
    uniqueness: "none",
    ...extra,
  };
}

/** The User schema's attributes, as `/Schemas` advertises them. */
export const USER_ATTRIBUTES: readonly AttributeDefinition[] = [
  attr(
    "userName",
    "The account's email address; unique (NFKC, case-insensitive). Must be an email address.",
    { required: true, uniqueness: "server" },
  ),
  attr("name", "The components of the user's name.", {
    type: "complex",
    subAttributes: [
      attr("formatted", "The full name (Stormpath fullName)."),
      attr("familyName", "The family name (Stormpath surname)."),
      attr("givenName", "The given name."),
      attr("middleName", "The middle name."),
    ],
  }),
  attr("displayName", "The name to display; defaults to name.formatted."),
  attr("emails", "The account's email address (the same as userName): one entry.", {
    type: "complex",
    multiValued: true,
    subAttributes: [
      attr("value", "The email address."),
      attr("type", "work, home or other.", { canonicalValues: ["work", "home", "other"] }),
      attr("primary", "Always true.", { type: "boolean" }),
    ],
  }),
  attr("active", "true when the account status is ENABLED (not UNVERIFIED or DISABLED).", {
    type: "boolean",
  }),
  attr("password", "Hashed on arrival; never returned, never filtered on.", {
    mutability: "writeOnly",
    returned: "never",
    caseExact: true,
  }),
];

/** The common attributes of every resource (RFC 7643 §3.1): not in `/Schemas`, still filterable. */
const COMMON_ATTRIBUTES: readonly AttributeDefinition[] = [
  attr("id", "Unique, assigned by the server.", {
    caseExact: true,
    mutability: "readOnly",
    returned: "always",
    uniqueness: "server",
  }),
  attr("externalId", "The provisioning client's identifier.", { caseExact: true }),
  attr("meta", "Resource metadata.", {
    type: "complex",
    mutability: "readOnly",
    subAttributes: [
      attr("resourceType", "User.", { caseExact: true, mutability: "readOnly" }),
      attr("created", "When it was created.", { type: "dateTime", mutability: "readOnly" }),
      attr("lastModified", "When it last changed.", { type: "dateTime", mutability: "readOnly" }),
      attr("location", "Its URL.", { type: "reference", caseExact: true, mutability: "readOnly" }),
      attr("version", "Its ETag.", { caseExact: true, mutability: "readOnly" }),
    ],
  }),
];

/** Everything a filter, `attributes`, `sortBy` or a PATCH path may name. */
export const USER_RESOURCE_SCHEMA: ResourceSchema = {
  urn: SCIM_USER_SCHEMA,
  attributes: [...COMMON_ATTRIBUTES, ...USER_ATTRIBUTES],
};

/** The User schema's attributes as `/Schemas` serves them (externalId listed too, so clients know it is kept). */
export function userSchemaAttributes(): AttributeDefinition[] {
  return [...USER_ATTRIBUTES, COMMON_ATTRIBUTES[1] as AttributeDefinition];
}

function text(account: ScimAccount, key: string): string | null | undefined {
  const value = account.customData[key];
  return typeof value === "string" ? value : value === null ? null : undefined;
}

/** A weak ETag (`meta.version`) computed from everything the resource shows. */
export function versionOf(account: ScimAccount): string {
  const { meta: _meta, ...shown } = userBody(account, "");
  const text = `${account.id}|${account.modifiedAt}|${JSON.stringify(shown)}`;
  // FNV-1a, 32 bits: enough to tell versions of one resource apart.
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `W/"${hash.toString(16).padStart(8, "0")}"`;
}

function userBody(account: ScimAccount, scimBase: string): Record<string, unknown> {
  const name: Record<string, string> = {};
  if (account.fullName) name.formatted = account.fullName;
  if (account.surname !== null) name.familyName = account.surname;
  if (account.givenName !== null) name.givenName = account.givenName;
  if (account.middleName !== null) name.middleName = account.middleName;
  const externalId = text(account, SCIM_KEYS.externalId);
  // A displayName set through SCIM is its own; otherwise the full name stands in.
  const shownName = text(account, SCIM_KEYS.displayName);
  const displayName = shownName === undefined ? account.fullName || null : shownName;
  const emailType = text(account, SCIM_KEYS.emailType);
  return {
    schemas: [SCIM_USER_SCHEMA],
    id: account.id,
    ...(typeof externalId === "string" ? { externalId } : {}),
    userName: account.email,
    ...(Object.keys(name).length > 0 ? { name } : {}),
    ...(displayName ? { displayName } : {}),
    emails: [{ value: account.email, ...(emailType ? { type: emailType } : {}), primary: true }],
    active: account.status === "ENABLED",
    meta: {
      resourceType: "User",
      created: account.createdAt,
      lastModified: account.modifiedAt,
      location: `${scimBase}/Users/${account.id}`,
    },
  };
}

/** An account as a SCIM User resource, every attribute included. */
export function toScimUser(account: ScimAccount, scimBase: string): Record<string, unknown> {
  const body = userBody(account, scimBase);
  (body.meta as Record<string, unknown>).version = versionOf(account);
  return body;
}

/**
 * Parses `attributes` / `excludedAttributes`: comma-separated attribute
 * paths. Names this resource does not have are left out (another schema's
 * attributes are simply absent here).
 *
 * @throws {FilterError} for a list that is not well formed.
 */
export function parseAttributeList(
  raw: string | readonly unknown[] | null | undefined,
): PatchPath[] | undefined {
  if (raw === null || raw === undefined) return undefined;
  const parts = typeof raw === "string" ? raw.split(",") : raw;
  const out: PatchPath[] = [];
  for (const part of parts) {
    if (typeof part !== "string") throw new FilterError("Attribute names must be strings.");
    if (part.trim() === "") continue;
    const parsed = parsePatchPath(part.trim());
    if (parsed.filter) throw new FilterError(`${part.trim()}: a value path is not an attribute.`);
    try {
      resolvePath(USER_RESOURCE_SCHEMA, parsed.path);
      out.push(parsed);
    } catch {
      // Not an attribute of a User here: nothing to include or exclude.
    }
  }
  return typeof raw === "string" && raw.trim() === "" ? undefined : out;
}

function lowerKey(holder: Record<string, unknown>, name: string): string | undefined {
  const lower = name.toLowerCase();
  return Object.keys(holder).find((key) => key.toLowerCase() === lower);
}

/**
 * RFC 7644 §3.9: with `attributes`, only those (plus `returned: always`:
 * `id`, and `schemas`); with `excludedAttributes`, all but those.
 */
export function project(
  user: Record<string, unknown>,
  attributes: PatchPath[] | undefined,
  excluded: PatchPath[] | undefined,
): Record<string, unknown> {
  if (attributes) {
    const out: Record<string, unknown> = { schemas: user.schemas, id: user.id };
    for (const { path } of attributes) {
      const key = lowerKey(user, path.attr);
      if (!key || key === "schemas" || key === "id") continue;
      const value = user[key];
      if (path.sub === undefined) {
        out[key] = value;
        continue;
      }
      const pick = (item: unknown): Record<string, unknown> | undefined => {
        if (!item || typeof item !== "object") return undefined;
        const subKey = lowerKey(item as Record<string, unknown>, path.sub ?? "");
        return subKey ? { [subKey]: (item as Record<string, unknown>)[subKey] } : undefined;
      };
      if (Array.isArray(value)) {
        const previous = Array.isArray(out[key]) ? (out[key] as Record<string, unknown>[]) : [];
        const merged = value.map((item, i) => ({ ...previous[i], ...pick(item) }));
        if (merged.some((item) => Object.keys(item).length > 0)) out[key] = merged;
      } else {
        const picked = pick(value);
        if (picked) out[key] = { ...(out[key] as object | undefined), ...picked };
      }
    }
    return out;
  }
  if (excluded) {
    const out = structuredClone(user);
    for (const { path } of excluded) {
      const key = lowerKey(out, path.attr);
      if (!key || key === "schemas" || key === "id") continue;
      if (path.sub === undefined) {
        delete out[key];
        continue;
      }
      const value = out[key];
      for (const item of Array.isArray(value) ? value : [value]) {
        if (!item || typeof item !== "object") continue;
        const subKey = lowerKey(item as Record<string, unknown>, path.sub);
        if (subKey) delete (item as Record<string, unknown>)[subKey];
      }
    }
    return out;
  }
  return user;
}

/** The value `sortBy` orders by: the attribute, or for a multi-valued one its primary (else first) value. */
function sortValue(user: Record<string, unknown>, path: PatchPath): unknown {
  const { def, sub } = resolvePath(USER_RESOURCE_SCHEMA, path.path);
  let value = user[def.name];
  if (def.multiValued && Array.isArray(value)) {
    const items = value as Record<string, unknown>[];
    value = items.find((item) => item.primary === true) ?? items[0];
  }
  if (sub)
    value =
      value && typeof value === "object" ? (value as Record<string, unknown>)[sub.name] : undefined;
  else if (def.type === "complex" && value && typeof value === "object")
    value = (value as Record<string, unknown>).value;
  return value;
}

/**
 * Sorts users by `sortBy` (RFC 7644 §3.4.2.3), `ascending` unless told
 * otherwise; users without a value come last either way.
 */
export function sortUsers(
  users: Record<string, unknown>[],
  sortBy: string,
  descending: boolean,
): Record<string, unknown>[] {
  const path = parsePatchPath(sortBy.trim());
  if (path.filter) throw new FilterError("sortBy takes an attribute, not a value path.");
  const { def, sub } = resolvePath(USER_RESOURCE_SCHEMA, path.path);
  const target = sub ?? def;
  if (target.returned === "never") throw new FilterError(`${sortBy} cannot be sorted by.`);
  const caseExact =
    target.type === "complex"
      ? (target.subAttributes?.find((s) => s.name === "value")?.caseExact ?? false)
      : target.caseExact;
  const keyed = users.map((user, index) => {
    const raw = sortValue(user, path);
    let key: string | number | boolean | undefined;
    if (raw === undefined || raw === null || raw === "") key = undefined;
    else if (target.type === "dateTime") key = Date.parse(String(raw));
    else if (typeof raw === "string") key = caseExact ? raw : raw.toLowerCase();
    else key = raw as number | boolean;
    return { user, index, key };
  });
  keyed.sort((a, b) => {
    if (a.key === undefined || b.key === undefined)
      return a.key === b.key ? a.index - b.index : a.key === undefined ? 1 : -1;
    const order = a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    return (descending ? -order : order) || a.index - b.index;
  });
  return keyed.map((k) => k.user);
}

/** A PATCH problem: the caller answers 400 with this scimType. */
export class PatchError extends Error {
  override name = "PatchError";
  constructor(
    readonly scimType: "invalidPath" | "noTarget" | "invalidValue" | "mutability" | "invalidSyntax",
    message: string,
  ) {
    super(message);
  }
}

export const PATCH_OP_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

function isObject(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === "object" && !Array.isArray(value);
}

function checkWritable(def: AttributeDefinition, label: string): void {
  if (def.mutability === "readOnly" || def.mutability === "immutable")
    throw new PatchError("mutability", `${label} cannot be changed.`);
}

/** Merges `value` into `holder[name]` the way `add` does (multi-valued: append). */
function addValue(holder: Record<string, unknown>, def: AttributeDefinition, value: unknown): void {
  const key = def.name;
  if (def.multiValued) {
    const list = Array.isArray(holder[key]) ? (holder[key] as unknown[]) : [];
    holder[key] = [...list, ...(Array.isArray(value) ? value : [value])];
  } else if (def.type === "complex" && isObject(value) && isObject(holder[key])) {
    holder[key] = { ...(holder[key] as object), ...value };
  } else holder[key] = value;
}

function setAttribute(
  resource: Record<string, unknown>,
  name: string,
  value: unknown,
  mode: "add" | "replace",
): void {
  if (name.toLowerCase() === "schemas") return;
  const parsed = parsePatchPathOrThrow(name);
  const { def, sub } = resolvePath(USER_RESOURCE_SCHEMA, parsed.path);
  checkWritable(sub ?? def, name);
  if (sub) {
    const holder = isObject(resource[def.name])
      ? (resource[def.name] as Record<string, unknown>)
      : {};
    resource[def.name] = holder;
    if (mode === "replace") holder[sub.name] = value;
    else addValue(holder, sub, value);
    return;
  }
  if (mode === "replace") {
    resource[def.name] =
      def.type === "complex" && !def.multiValued && isObject(value) && isObject(resource[def.name])
        ? { ...(resource[def.name] as object), ...value }
        : value;
  } else addValue(resource, def, value);
}

function parsePatchPathOrThrow(path: string): PatchPath {
  try {
    const parsed = parsePatchPath(path);
    resolvePath(USER_RESOURCE_SCHEMA, parsed.path);
    return parsed;
  } catch (error) {
    if (error instanceof FilterError) throw new PatchError("invalidPath", error.message);
    throw error;
  }
}

/** `attr eq "x" and …` as `{ attr: "x" }`, for `add` with a value path that matches nothing yet. */
function equalities(node: FilterNode): Record<string, unknown> | undefined {
  if (node.kind === "and") {
    const left = equalities(node.left);
    const right = equalities(node.right);
    return left && right ? { ...left, ...right } : undefined;
  }
  if (node.kind === "test" && node.test.kind === "compare" && node.test.op === "eq")
    return { [node.path.attr]: node.test.value };
  return undefined;
}

/**
 * Applies PATCH operations (RFC 7644 §3.5.2) to a copy of a User resource and
 * returns the copy, with the attribute names it touched (lower case).
 *
 * @throws {PatchError}
 */
export function applyPatch(
  user: Record<string, unknown>,
  body: Record<string, unknown>,
): { user: Record<string, unknown>; touched: Set<string> } {
  if (!Array.isArray(body.schemas) || !body.schemas.includes(PATCH_OP_SCHEMA))
    throw new PatchError("invalidSyntax", `schemas must include "${PATCH_OP_SCHEMA}".`);
  const operations = body.Operations;
  if (!Array.isArray(operations) || operations.length === 0)
    throw new PatchError("invalidSyntax", "Operations must be a non-empty array.");
  if (operations.length > 100)
    throw new PatchError("invalidSyntax", "At most 100 operations per request.");
  const resource = structuredClone(user);
  const touched = new Set<string>();
  for (const raw of operations) {
    if (!isObject(raw)) throw new PatchError("invalidSyntax", "Each operation must be an object.");
    const op = typeof raw.op === "string" ? raw.op.toLowerCase() : "";
    if (op !== "add" && op !== "replace" && op !== "remove")
      throw new PatchError(
        "invalidSyntax",
        `op must be add, replace or remove, not ${JSON.stringify(raw.op)}.`,
      );
    const path = raw.path;
    if (path !== undefined && typeof path !== "string")
      throw new PatchError("invalidPath", "path must be a string.");
    if (path === undefined || path.trim() === "") {
      if (op === "remove") throw new PatchError("noTarget", "remove needs a path.");
      if (!isObject(raw.value))
        throw new PatchError("invalidValue", `${op} without a path needs an object value.`);
      for (const [name, value] of Object.entries(raw.value)) {
        setAttribute(resource, name, value, op);
        touched.add(parsePatchPathOrThrow(name).path.attr.toLowerCase());
      }
      continue;
    }
    const parsed = parsePatchPathOrThrow(path.trim());
    const { def, sub } = resolvePath(USER_RESOURCE_SCHEMA, parsed.path);
    touched.add(def.name.toLowerCase());
    if (op !== "remove" && !Object.hasOwn(raw, "value"))
      throw new PatchError("invalidValue", `${op} needs a value.`);
    if (!parsed.filter) {
      checkWritable(sub ?? def, path);
      if (op === "remove") {
        if (sub) {
          const value = resource[def.name];
          for (const item of Array.isArray(value) ? value : [value])
            if (isObject(item)) delete item[sub.name];
        } else delete resource[def.name];
      } else setAttribute(resource, path.trim(), raw.value, op);
      continue;
    }
    // A value path: the elements of a multi-valued complex attribute that match the filter.
    if (def.type !== "complex" || !def.multiValued)
      throw new PatchError("invalidPath", `${def.name}[…] needs a multi-valued complex attribute.`);
    const subDef = parsed.sub
      ? def.subAttributes?.find((s) => s.name.toLowerCase() === parsed.sub?.toLowerCase())
      : undefined;
    if (parsed.sub && !subDef)
      throw new PatchError("invalidPath", `${parsed.sub} is not a sub-attribute of ${def.name}.`);
    if (subDef) checkWritable(subDef, path);
    const list = Array.isArray(resource[def.name])
      ? (resource[def.name] as Record<string, unknown>[])
      : [];
    let matched: Record<string, unknown>[];
    try {
      matched = list.filter(
        (item) =>
          isObject(item) &&
          matchesFilter(parsed.filter as FilterNode, item, USER_RESOURCE_SCHEMA, def),
      );
    } catch (error) {
      if (error instanceof FilterError) throw new PatchError("invalidPath", error.message);
      throw error;
    }
    if (op === "remove") {
      if (matched.length === 0) throw new PatchError("noTarget", `${path} matches nothing.`);
      if (subDef) for (const item of matched) delete item[subDef.name];
      else resource[def.name] = list.filter((item) => !matched.includes(item));
      continue;
    }
    if (matched.length === 0) {
      const seed = op === "add" ? equalities(parsed.filter as FilterNode) : undefined;
      if (!seed) throw new PatchError("noTarget", `${path} matches nothing.`);
      const created = subDef
        ? { ...seed, [subDef.name]: raw.value }
        : { ...seed, ...(isObject(raw.value) ? raw.value : {}) };
      resource[def.name] = [...list, created];
      continue;
    }
    for (const item of matched) {
      if (subDef) item[subDef.name] = raw.value;
      else if (isObject(raw.value)) {
        if (op === "replace") for (const key of Object.keys(item)) delete item[key];
        Object.assign(item, raw.value);
      } else throw new PatchError("invalidValue", `${path} takes an object value.`);
    }
  }
  return { user: resource, touched };
}
