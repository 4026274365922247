import { bluehelmProject } from "../../tooling/vitest-project.js";

export default bluehelmProject("cli", { testTimeout: 120_000, hookTimeout: 120_000, globalSetup: ["test/global-setup.ts"] });
