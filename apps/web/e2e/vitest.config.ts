import { bluehelmProject } from "../../../tooling/vitest-project.js";

/** The end-to-end tests: the built web client on the real server, in Debian's chromium. */
export default bluehelmProject("web-e2e", {
  include: ["*.test.ts"],
  testTimeout: 180_000,
  hookTimeout: 180_000,
  globalSetup: ["../../../packages/store/test/global-setup.ts"],
});
