// The route table every feature mounts on: first claiming group answers, 405
// lists what the path takes, catch-alls only when nothing else claims the
// path, and group middleware runs around every answer of its group.
import { describe, expect, it } from "vitest";
import { methodNotAllowed, Router, type RouteContext } from "./router";

const error = (status: number, message: string, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ status, message }), { status, headers });

function context(method: string, path: string): RouteContext {
  const url = new URL(`http://mock.test${path}`);
  return {
    request: new Request(url, { method }),
    url,
    path,
    base: url.origin,
    client: "c",
    params: {},
  };
}

async function answer(router: Router, method: string, path: string): Promise<Response | undefined> {
  const group = router.find(path);
  return group?.dispatch(context(method, path));
}

describe("Router", () => {
  it("leaves unclaimed paths to the host and answers 405 with the methods the path takes", async () => {
    const router = new Router();
    router
      .group({ notAllowed: methodNotAllowed(error), refuse: error })
      .on(["GET", "HEAD"], "/things", () => new Response("list"))
      .on(["POST"], "/things", () => new Response("made", { status: 201 }));
    expect(router.find("/other")).toBeUndefined();
    expect(await (await answer(router, "POST", "/things"))?.text()).toBe("made");
    const wrong = await answer(router, "DELETE", "/things");
    expect(wrong?.status).toBe(405);
    expect(wrong?.headers.get("allow")).toBe("GET, HEAD, POST");
    expect(await wrong?.json()).toEqual({ status: 405, message: "DELETE is not allowed here." });
  });

  it("uses a catch-all only when no route claims the path, and passes matcher params", async () => {
    const router = new Router();
    router
      .group({ notAllowed: methodNotAllowed(error), refuse: error })
      .on(
        ["GET"],
        (path) => {
          const id = /^\/things\/(\w+)$/.exec(path)?.[1];
          return id ? { id } : undefined;
        },
        ({ params }) => new Response(`thing ${params.id ?? ""}`),
      )
      .on("*", { prefix: "/things" }, () => error(404, "Not found."));
    expect(await (await answer(router, "GET", "/things/a1"))?.text()).toBe("thing a1");
    expect((await answer(router, "PUT", "/things/a1"))?.status).toBe(405);
    expect((await answer(router, "GET", "/things/a/b"))?.status).toBe(404);
    expect((await answer(router, "GET", "/things"))?.status).toBe(404);
    expect(router.find("/thingsx")).toBeUndefined();
  });

  it("runs group middleware around routes and 405s; the first claiming group wins", async () => {
    const router = new Router();
    const seen: string[] = [];
    router
      .group({ notAllowed: methodNotAllowed(error), refuse: error })
      .use(async ({ path }, next) => {
        seen.push(path);
        const response = await next();
        response.headers.set("x-limited", "yes");
        return response;
      })
      .on(["GET"], "/a", () => new Response("first"));
    router
      .group({ notAllowed: methodNotAllowed(error), refuse: error })
      .on(["GET", "POST"], "/a", () => new Response("second"));
    const first = await answer(router, "GET", "/a");
    expect(await first?.text()).toBe("first");
    const wrong = await answer(router, "POST", "/a");
    expect(wrong?.status).toBe(405);
    expect(wrong?.headers.get("x-limited")).toBe("yes");
    expect(seen).toEqual(["/a", "/a"]);
  });

  it("serves HEAD with the GET route when the group asks, keeping Allow to GET", async () => {
    const router = new Router();
    router
      .group({ notAllowed: methodNotAllowed(error), refuse: error, headAsGet: true })
      .on(["GET"], "/doc", () => new Response("doc"));
    expect((await answer(router, "HEAD", "/doc"))?.status).toBe(200);
    expect((await answer(router, "PUT", "/doc"))?.headers.get("allow")).toBe("GET");
  });
});
