import { bluehelmProject } from "../../tooling/vitest-project.js";

export default bluehelmProject("data", { testTimeout: 120_000 });
