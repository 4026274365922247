import { bluehelmProject } from "../../tooling/vitest-project.js";

export default bluehelmProject("example-core-data-question", { testTimeout: 60_000 });
