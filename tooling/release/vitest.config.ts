import { bluehelmProject } from "../vitest-project.js";

export default bluehelmProject("release", {
  include: ["*.test.ts"],
  testTimeout: 300_000,
  hookTimeout: 300_000,
});
