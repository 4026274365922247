import { bluehelmProject } from "../vitest-project.js";

export default bluehelmProject("test-utils", { testTimeout: 60_000 });
