import { SITE_DATASETS, type SiteDataset } from "@bluehelm/core";
import type { JSX } from "preact";
import { useApp } from "../app.js";
import { groundText } from "./ground-i18n.js";

/** The choice of site set (RADPKO bases or Geo-PKO locations), shared by the mission profile and the ground page. */
export function SiteSetChoice(props: { readonly value: SiteDataset; readonly onChange: (siteSet: SiteDataset) => void }): JSX.Element {
  const { lang } = useApp();
  const t = groundText(lang);
  return (
    <fieldset class="layers">
      <legend>{t("ground.siteSet")}</legend>
      {(Object.keys(SITE_DATASETS) as SiteDataset[]).map((s) => (
        <label key={s}>
          <input type="radio" name="site-set" value={s} checked={s === props.value} onChange={() => props.onChange(s)} /> {SITE_DATASETS[s][lang]}
        </label>
      ))}
    </fieldset>
  );
}
