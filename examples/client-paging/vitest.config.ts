import { bluehelmProject } from "../../tooling/vitest-project.js";

export default bluehelmProject("example-client-paging", { testTimeout: 120_000, hookTimeout: 120_000 });
