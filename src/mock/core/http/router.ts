// The mock's one route table. Every feature mounts its routes here, in groups:
// a group shares a dialect (how its 405s and door refusals look) and its
// middleware (rate limits, authentication). No dependency: the table is
// rebuilt from the configuration whenever it changes, and a path that no
// route claims is `undefined`, so hosts can pass it on.

/** What a route handler gets: the request and the facts the backend derived. */
export interface RouteContext {
  request: Request;
  url: URL;
  /** The path below the host's base path (`/register`, `/scim/v2/Users`). */
  path: string;
  /** Origin plus base path: where links to the mock point. */
  base: string;
  /** The rate-limit identity of the caller. */
  client: string;
  /** Values a matcher took from the path (an id). */
  params: Record<string, string>;
}

export type RouteHandler = (context: RouteContext) => Response | Promise<Response>;
/** Runs around every answer of its group, including the group's 405s and 404s. */
export type Middleware = (
  context: RouteContext,
  next: () => Promise<Response>,
) => Response | Promise<Response>;

/** An exact path, `{ prefix }` (the prefix itself and below), or a matcher returning params. */
export type PathSpec =
  string | { prefix: string } | ((path: string) => Record<string, string> | undefined);

export interface GroupOptions {
  /** The answer to a method no route of the path takes; `allow` lists those that do. */
  notAllowed: (context: RouteContext, allow: readonly string[]) => Response;
  /** A door refusal (bad path, cross-site, missing admin token) in this group's dialect. */
  refuse: (status: number, message: string, headers?: Record<string, string>) => Response;
  /** Serve HEAD with the GET route (the Allow header still lists GET only). Defaults to `false`. */
  headAsGet?: boolean;
}

interface Route {
  /** `"*"`: any method, and only used when no other route of the group claims the path. */
  methods: readonly string[] | "*";
  match: (path: string) => Record<string, string> | undefined;
  handler: RouteHandler;
}

function matcher(spec: PathSpec): Route["match"] {
  if (typeof spec === "function") return spec;
  if (typeof spec === "string") return (path) => (path === spec ? {} : undefined);
  const { prefix } = spec;
  return (path) => (path === prefix || path.startsWith(prefix + "/") ? {} : undefined);
}

/** Routes sharing a dialect and middleware. */
export class RouteGroup {
  readonly routes: Route[] = [];
  readonly middleware: Middleware[] = [];

  constructor(readonly options: GroupOptions) {}

  /** Adds a route taking these methods (`"*"`: a catch-all of the group). */
  on(methods: readonly string[] | "*", path: PathSpec, handler: RouteHandler): this {
    this.routes.push({ methods, match: matcher(path), handler });
    return this;
  }

  use(middleware: Middleware): this {
    this.middleware.push(middleware);
    return this;
  }

  claims(path: string): boolean {
    return this.routes.some((route) => route.match(path) !== undefined);
  }

  /** Runs the middleware, then the route for this method, or the 405. */
  async dispatch(context: RouteContext): Promise<Response> {
    const method =
      this.options.headAsGet && context.request.method === "HEAD" ? "GET" : context.request.method;
    const final = async (): Promise<Response> => {
      const allow: string[] = [];
      let fallback: { route: Route; params: Record<string, string> } | undefined;
      for (const route of this.routes) {
        const params = route.match(context.path);
        if (!params) continue;
        if (route.methods === "*") {
          fallback ??= { route, params };
          continue;
        }
        if (route.methods.includes(method))
          return route.handler({ ...context, params: { ...context.params, ...params } });
        for (const m of route.methods) if (!allow.includes(m)) allow.push(m);
      }
      if (allow.length > 0) return this.options.notAllowed(context, allow);
      if (fallback)
        return fallback.route.handler({
          ...context,
          params: { ...context.params, ...fallback.params },
        });
      return this.options.notAllowed(context, allow);
    };
    const run = (index: number): Promise<Response> => {
      const middleware = this.middleware[index];
      return middleware ? Promise.resolve(middleware(context, () => run(index + 1))) : final();
    };
    return run(0);
  }
}

/** The table: groups in order, the first whose routes claim a path answers it. */
export class Router {
  private readonly groups: RouteGroup[] = [];

  group(options: GroupOptions): RouteGroup {
    const group = new RouteGroup(options);
    this.groups.push(group);
    return group;
  }

  /** The group that answers this path, or `undefined`: not one of the mock's routes. */
  find(path: string): RouteGroup | undefined {
    return this.groups.find((group) => group.claims(path));
  }
}

/** `Allow`-listing 405 helper for groups whose error body takes a status and a message. */
export function methodNotAllowed(
  error: (status: number, message: string, headers: Record<string, string>) => Response,
): GroupOptions["notAllowed"] {
  return ({ request }, allow) =>
    error(405, `${request.method} is not allowed here.`, { allow: allow.join(", ") });
}
