import { bluehelmProject } from "../../tooling/vitest-project.js";

export default bluehelmProject("server", { testTimeout: 60_000, hookTimeout: 120_000, globalSetup: ["../../packages/store/test/global-setup.ts"] });
