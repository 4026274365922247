// Page through a list with the client, against a stand-in for the API (the
// server's own consumer scenario runs the client against the real thing).
import assert from "node:assert/strict";
import { BluehelmError, createClient } from "@bluehelm/client";

const pages = {
  "": { items: [{ id: "minusca" }, { id: "monusco" }], total: 3, nextCursor: "c2", asOf: "2024-01-01" },
  c2: { items: [{ id: "unmiss" }], total: 3, nextCursor: null, asOf: "2024-01-01" },
};
const seen = [];
const fetch = async (url) => {
  const u = new URL(url);
  seen.push(u.pathname + u.search);
  if (u.pathname === "/v1/missions/nope") {
    return new Response(JSON.stringify({ type: "about:blank", title: "No such resource", status: 404 }), { status: 404, headers: { "content-type": "application/problem+json" } });
  }
  return Response.json(pages[u.searchParams.get("cursor") ?? ""]);
};
const api = createClient({ baseUrl: "https://api.example.org/", fetch });

const ids = [];
for await (const mission of api.iterate("mission", { filter: { francophoneEnvironment: "yes" }, sort: "acronym", limit: 2 })) ids.push(mission.id);
assert.deepEqual(ids, ["minusca", "monusco", "unmiss"]);
assert.equal(seen[0], "/v1/missions?francophoneEnvironment=yes&sort=acronym&limit=2");
assert.match(seen[1], /cursor=c2/);

await assert.rejects(api.get("mission", "nope"), (error) => error instanceof BluehelmError && error.status === 404 && error.problem.title === "No such resource");
console.log(JSON.stringify({ ids, requests: seen.length }));
