import { bluehelmProject } from "../vitest-project.js";

export default bluehelmProject("docs", {
  include: ["*.test.ts"],
  testTimeout: 180_000,
  hookTimeout: 300_000,
});
