import { bluehelmProject } from "../../tooling/vitest-project.js";

export default bluehelmProject("example-validate-partner-csv", { testTimeout: 60_000 });
