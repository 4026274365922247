// Embedding the API: the app's type and the options must be nameable by a consumer.
import { createApp, listen, type CreateAppOptions } from "@bluehelm/server";
import type { Store } from "@bluehelm/store";

export const options = (store: Store): CreateAppOptions => ({ store, logger: false, cors: false });
export const makeApp = (store: Store) => createApp(options(store));
export const serve = (store: Store) => listen(makeApp(store).fetch, { port: 0 });
