/**
 * Status of UN Member and observer States in the Organisation internationale
 * de la Francophonie (OIF), after the Villers-Cotterêts/Paris summit of
 * 4–5 October 2024.
 *
 * Reviewed source file, compiled from background knowledge of the OIF list
 * (source `oif-members-curated`, unverified): only the totals of that list
 * (56 members, 5 associate members, 32 observers, counting non-State
 * governments such as Québec, New Brunswick or Wallonia-Brussels) were seen in
 * a stored copy; the entries were not checked one by one. States absent from
 * this table are "none". Suspensions (e.g. after coups) are not modelled.
 */
import type { OifStatus } from "@bluehelm/core";

const list = (codes: string) => codes.split(/\s+/).filter(Boolean);

const MEMBERS = list(`
  ALB AND ARM BEL BEN BGR BFA BDI CPV KHM CMR CAN CAF COM COG COD CIV DJI DMA EGY FRA GAB GHA GRC GIN GNB GNQ HTI
  LAO LBN LUX MKD MDG MLI MAR MUS MRT MDA MCO NER ROU RWA LCA STP SEN SYC CHE TCD TGO TUN VUT VNM`);
const ASSOCIATES = list("ARE CYP QAT SRB");
const OBSERVERS = list(`
  AUT BIH HRV CZE DOM EST GEO GMB HUN IRL LVA LTU MLT MEX MNE MOZ POL KOR SVK SVN THA UKR URY ARG AGO CRI`);

export const OIF_STATUS: ReadonlyMap<string, OifStatus> = new Map<string, OifStatus>([
  ...OBSERVERS.map((c) => [c, "observer"] as [string, OifStatus]),
  ...ASSOCIATES.map((c) => [c, "associate"] as [string, OifStatus]),
  ...MEMBERS.map((c) => [c, "member"] as [string, OifStatus]),
]);
