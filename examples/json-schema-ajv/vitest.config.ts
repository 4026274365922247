import { bluehelmProject } from "../../tooling/vitest-project.js";

export default bluehelmProject("example-json-schema-ajv", { testTimeout: 60_000 });
