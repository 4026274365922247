import { bluehelmProject } from "../../tooling/vitest-project.js";

export default bluehelmProject("client", { testTimeout: 60_000, hookTimeout: 120_000, globalSetup: ["../store/test/global-setup.ts"] });
