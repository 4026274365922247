// A page that shows a mission from one subpath of the dataset (and none of the others).
import { missions } from "@bluehelm/data/missions";

const monusco = missions.find((m) => m.id === "monusco");
globalThis.bluehelmResults ??= {};
globalThis.bluehelmResults["bluehelm-data"] = { acronym: monusco?.acronym, missions: missions.length };
if (typeof document !== "undefined") document.body.append(monusco?.names.en ?? "");
