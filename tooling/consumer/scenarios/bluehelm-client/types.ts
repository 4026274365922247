// The client's types from a consumer: records typed by @bluehelm/core, inferred results nameable.
import { createClient, type BluehelmClient, type Item, type Page } from "@bluehelm/client";
import type { Mission } from "@bluehelm/core";

export const api: BluehelmClient = createClient({ baseUrl: "http://127.0.0.1:8080" });
export const firstPage = () => api.list("mission", { limit: 10 });
export async function acronyms(): Promise<string[]> {
  const out: string[] = [];
  for await (const m of api.iterate("mission")) out.push(m.acronym);
  return out;
}
export const pledgeStatus = async () => (await api.get("pledge", "p")).value.status;
export type MissionPage = Page<Item<"mission">>;
export const asMission = (item: Item<"mission">): Mission => item;
