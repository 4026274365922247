import { bluehelmProject } from "../../tooling/vitest-project.js";

export default bluehelmProject("store", { testTimeout: 60_000, hookTimeout: 120_000, globalSetup: ["test/global-setup.ts"] });
