// The client in a browser page (fetch stood in for, so the bundle can run anywhere).
import { createClient } from "@bluehelm/client";

const api = createClient({ baseUrl: "https://api.example.org", fetch: async () => Response.json({ items: [{ id: "monusco" }], total: 1, nextCursor: null, asOf: "2024-01-01" }) });
const page = await api.list("mission");
globalThis.bluehelmResults ??= {};
globalThis.bluehelmResults["bluehelm-client"] = { ids: page.items.map((m) => m.id) };
