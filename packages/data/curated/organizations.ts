/**
 * International organizations named by the sources as taking part in the
 * framework's events. Reviewed source file.
 */
import type { OrganizationActor } from "@bluehelm/core";

export const ORGANIZATIONS: readonly OrganizationActor[] = [
  {
    kind: "organization",
    id: "au",
    names: { en: "African Union", fr: "Union africaine" },
    acronym: "AU",
    organizationKind: "regional",
    sources: ["canada-dnd-2017-kigali-preparatory"],
    confidence: "verified",
    note: "Took part in the Kigali preparatory meeting of 29–30 August 2017.",
  },
  {
    kind: "organization",
    id: "eu",
    names: { en: "European Union", fr: "Union européenne" },
    acronym: "EU",
    organizationKind: "regional",
    sources: ["canada-dnd-2017-kigali-preparatory"],
    confidence: "verified",
    note: "Took part in the Kigali preparatory meeting of 29–30 August 2017.",
  },
  {
    kind: "organization",
    id: "oif",
    names: { en: "International Organisation of La Francophonie", fr: "Organisation internationale de la Francophonie" },
    acronym: "OIF",
    organizationKind: "linguistic",
    sources: ["boutros-ghali-paris-2016", "ambafrance-bd-paris-2016"],
    confidence: "reported",
    note: "Its Secretary-General attended the Paris ministerial on peacekeeping in francophone environments (26–27 October 2016). Member list: see each State's oif field (unverified curated table).",
  },
  {
    kind: "organization",
    id: "nato",
    names: { en: "North Atlantic Treaty Organization", fr: "Organisation du Traité de l'Atlantique Nord" },
    acronym: "NATO",
    organizationKind: "alliance",
    sources: ["background-knowledge"],
    confidence: "unverified",
    note: "Listed because the issue names it among the organizations at the ministerials; no retrieved source in the reference names NATO's participation (unverified).",
  },
  {
    kind: "organization",
    id: "un",
    names: { en: "United Nations Secretariat", fr: "Secrétariat de l'Organisation des Nations Unies" },
    acronym: "UN",
    organizationKind: "un-system",
    sources: ["canada-dnd-2017-kigali-preparatory", "unipd-berlin-2025", "un-pk-2019-ministerial"],
    confidence: "verified",
    note: "Took part in the Kigali preparatory meeting (2017), hosted the 2019 ministerial at UN Headquarters and co-chaired Berlin 2025.",
  },
  {
    kind: "organization",
    id: "gcr2p",
    names: { en: "Global Centre for the Responsibility to Protect", fr: "Centre mondial pour la responsabilité de protéger" },
    acronym: "GCR2P",
    organizationKind: "civil-society",
    sources: ["gcr2p-press-2016-05-11"],
    confidence: "verified",
    note: "Co-hosted the high-level event of 11 May 2016 on endorsing the Kigali Principles. The French name is our translation.",
  },
];
