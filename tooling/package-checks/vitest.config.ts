import { bluehelmProject } from "../vitest-project.js";

export default bluehelmProject("package-checks", {
  include: ["*.test.ts"],
  testTimeout: 180_000,
  hookTimeout: 180_000,
});
