// The client from CommonJS.
const assert = require("node:assert/strict");
const { createClient, resourcePath } = require("@bluehelm/client");

assert.equal(resourcePath("pledge-event"), "pledge-events");
const api = createClient({ baseUrl: "http://127.0.0.1:1", fetch: async () => Response.json({ items: [], total: 0, nextCursor: null, asOf: "2024-01-01" }) });
api.list("pledge", { asOf: "2024-01-01" }).then((page) => {
  assert.equal(page.total, 0);
  console.log(JSON.stringify({ total: page.total }));
});
