/**
 * Themes of the framework, as a tree. Reviewed source file; titles and
 * descriptions in our own words.
 */
import type { Theme } from "@bluehelm/core";

const VAN = ["canada-dnd-2017-11-15-protecting-those-at-risk", "canada-dnd-2017-smart-pledges"];
const PTAR = ["canada-dnd-2017-11-15-protecting-those-at-risk"];

export const THEMES: readonly Theme[] = [
  // Vancouver 2017: four themes. `order` follows the Protecting Those at Risk backgrounder.
  {
    id: "van-protecting-those-at-risk",
    eventId: "vancouver-2017",
    order: 1,
    title: { en: "Protecting Those at Risk", fr: "Protéger les personnes à risque" },
    description: { en: "Protection of vulnerable people, women and children among them, including from sexual exploitation and abuse by peacekeepers.", fr: "Protection des personnes vulnérables, dont les femmes et les enfants, y compris contre l'exploitation et les atteintes sexuelles commises par des Casques bleus." },
    sources: VAN,
    confidence: "verified",
    note: "The backgrounder on Protecting Those at Risk lists this theme first; the Smart Pledges backgrounder lists Smart Pledges first. Neither numbers the themes.",
  },
  { id: "van-training-capacity", eventId: "vancouver-2017", order: 2, title: { en: "Innovation in Training and Capacity Building", fr: "Innovation en matière de formation et de renforcement des capacités" }, sources: VAN, confidence: "verified" },
  { id: "van-early-warning-rapid-deployment", eventId: "vancouver-2017", order: 3, title: { en: "Early Warning and Rapid Deployment", fr: "Alerte rapide et déploiement rapide" }, sources: VAN, confidence: "verified" },
  { id: "van-smart-pledges", eventId: "vancouver-2017", order: 4, title: { en: "Smart Pledges", fr: "Engagements intelligents" }, description: { en: "Pledges that fill a known gap, last long or rotate between partners.", fr: "Engagements qui comblent une lacune connue, durent ou alternent entre partenaires." }, sources: VAN, confidence: "verified" },
  // The six aims of Protecting Those at Risk, numbered as the backgrounder numbers them.
  { id: "ptar-performance-accountability", parentId: "van-protecting-those-at-risk", order: 1, title: { en: "Performance and accountability of PoC mandates", fr: "Performance et responsabilité dans l'exécution des mandats de protection des civils" }, sources: PTAR, confidence: "verified" },
  { id: "ptar-kigali-principles", parentId: "van-protecting-those-at-risk", order: 2, title: { en: "Promote the Kigali Principles", fr: "Promouvoir les Principes de Kigali" }, description: { en: "Win more endorsements and look at how endorsing changes things on the ground.", fr: "Obtenir davantage d'adhésions et examiner ce que l'adhésion change sur le terrain." }, sources: PTAR, confidence: "verified" },
  { id: "ptar-sexual-exploitation-abuse", parentId: "van-protecting-those-at-risk", order: 3, title: { en: "Sexual exploitation and abuse by UN personnel", fr: "Exploitation et atteintes sexuelles commises par le personnel de l'ONU" }, sources: PTAR, confidence: "verified" },
  { id: "ptar-gender-capability", parentId: "van-protecting-those-at-risk", order: 4, title: { en: "Gender-specific capability shortfalls", fr: "Lacunes de capacités liées au genre" }, description: { en: "Including female and mixed engagement teams.", fr: "Y compris les équipes d'engagement féminines et mixtes." }, sources: PTAR, confidence: "verified" },
  { id: "ptar-policing-gaps", parentId: "van-protecting-those-at-risk", order: 5, title: { en: "Policing capability gaps", fr: "Lacunes de capacités de police" }, sources: PTAR, confidence: "verified" },
  { id: "ptar-francophone-environments", parentId: "van-protecting-those-at-risk", order: 6, title: { en: "Operating in francophone environments", fr: "Opérer en environnement francophone" }, sources: PTAR, confidence: "verified" },
  // London 2016: the "3Ps".
  { id: "london-planning", eventId: "london-2016", title: { en: "Planning", fr: "Planification" }, sources: ["govuk-london-2016-concept"], confidence: "verified", note: "One of the three \"Ps\" of the London ministerial (planning, pledges, performance); the sources do not number them." },
  { id: "london-pledges", eventId: "london-2016", title: { en: "Pledges", fr: "Engagements" }, sources: ["govuk-london-2016-concept"], confidence: "verified" },
  { id: "london-performance", eventId: "london-2016", title: { en: "Performance", fr: "Performance" }, sources: ["govuk-london-2016-concept"], confidence: "verified" },
  // Paris 2016.
  { id: "paris-francophone-environments", eventId: "paris-2016", title: { en: "Peacekeeping in francophone environments", fr: "Maintien de la paix en environnement francophone" }, sources: ["boutros-ghali-paris-2016", "ambafrance-bd-paris-2016"], confidence: "verified" },
  // Seoul 2021.
  { id: "seoul-peacebuilding", eventId: "seoul-2021", title: { en: "Peacebuilding and sustaining peace", fr: "Consolidation et pérennisation de la paix" }, sources: ["un-sg-2021-seoul"], confidence: "verified" },
  { id: "seoul-partnerships-training", eventId: "seoul-2021", title: { en: "Partnerships, training and capacity building", fr: "Partenariats, formation et renforcement des capacités" }, sources: ["un-sg-2021-seoul"], confidence: "verified" },
  { id: "seoul-performance-accountability", eventId: "seoul-2021", title: { en: "Performance and accountability", fr: "Performance et responsabilité" }, sources: ["un-sg-2021-seoul"], confidence: "verified" },
  { id: "seoul-protection-safety", eventId: "seoul-2021", title: { en: "Protection of civilians and safety and security of peacekeepers", fr: "Protection des civils et sûreté et sécurité des Casques bleus" }, sources: ["un-sg-2021-seoul"], confidence: "verified" },
  { id: "seoul-technology", eventId: "seoul-2021", title: { en: "Technology (cross-cutting)", fr: "Technologie (thème transversal)" }, sources: ["un-sg-2021-seoul"], confidence: "verified" },
  { id: "seoul-medical", eventId: "seoul-2021", title: { en: "Medical capabilities (cross-cutting)", fr: "Capacités médicales (thème transversal)" }, sources: ["un-sg-2021-seoul"], confidence: "verified" },
  // Accra 2023: five themes.
  { id: "accra-protection-of-civilians", eventId: "accra-2023", title: { en: "Protection of civilians", fr: "Protection des civils" }, sources: ["modernghana-accra-2023", "xinhua-accra-2023-12-06"], confidence: "reported" },
  { id: "accra-strategic-communications", eventId: "accra-2023", title: { en: "Strategic communications against mis- and disinformation and hate speech", fr: "Communication stratégique face à la mésinformation, à la désinformation et aux discours de haine" }, sources: ["modernghana-accra-2023", "xinhua-accra-2023-12-06"], confidence: "reported" },
  { id: "accra-safety-security", eventId: "accra-2023", title: { en: "Safety and security of peacekeepers", fr: "Sûreté et sécurité des Casques bleus" }, sources: ["modernghana-accra-2023", "xinhua-accra-2023-12-06"], confidence: "reported" },
  { id: "accra-mental-health", eventId: "accra-2023", title: { en: "Mental health of peacekeepers", fr: "Santé mentale des Casques bleus" }, sources: ["modernghana-accra-2023", "xinhua-accra-2023-12-06"], confidence: "reported" },
  { id: "accra-women-in-peacekeeping", eventId: "accra-2023", title: { en: "Women in peacekeeping", fr: "Les femmes dans le maintien de la paix" }, sources: ["modernghana-accra-2023", "xinhua-accra-2023-12-06"], confidence: "reported" },
];
