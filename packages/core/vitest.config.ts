import { bluehelmProject } from "../../tooling/vitest-project.js";

export default bluehelmProject("core");
