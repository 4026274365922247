/** The pledge explorer: filters and sort in the URL, every matching row shown, and a CSV of exactly those rows. */
import { PLEDGE_KINDS, PLEDGE_STATUSES } from "@bluehelm/core";
import type { JSX } from "preact";
import { listAll } from "../api.js";
import { Link, useApp } from "../app.js";
import { AsOfField, Show, useData, useReference, useTitle } from "../components.js";
import { tableCsv } from "../table-csv.js";
import { PLEDGE_SORTS, parsePledgeView, pledgeListQuery, pledgeViewParams, type PledgeFilterField, type PledgeView } from "../url.js";
import { download } from "../download.js";
import { PLEDGE_COLUMNS, pledgeCells, pledgeHeader } from "./pledge-table.js";
import { actorOptions, codelistOptions, eventOptions, missionOptions, type Option } from "../select-options.js";

export function Pledges(): JSX.Element {
  const app = useApp();
  const { t, lang } = app;
  useTitle(t("pledges.title"));
  const view = parsePledgeView(app.params);
  const params = pledgeViewParams(view);
  const key = `pledges|${new URLSearchParams(Object.entries({ ...params, asOf: app.asOf }).filter((e): e is [string, string] => e[1] !== undefined)).toString()}`;
  const ref = useReference();
  const rows = useData(key, () => listAll("pledge", { ...pledgeListQuery(view), asOf: app.asOf }));
  const set = (change: Partial<Record<keyof PledgeView, string>>) => {
    const next: Record<string, string | undefined> = { ...params, ...change };
    for (const k of Object.keys(next)) if (next[k] === "") next[k] = undefined;
    app.navigate(app.link("/pledges", next));
  };
  const select = (name: PledgeFilterField, label: string, options: readonly Option[]) => (
    <div class="field">
      <label for={`f-${name}`}>{label}</label>
      <select id={`f-${name}`} value={view[name] ?? ""} onChange={(e) => set({ [name]: e.currentTarget.value })}>
        <option value="">{t("pledges.any")}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <>
      <h1>{t("pledges.title")}</h1>
      <p class="intro">{t("pledges.intro")}</p>
      <Show loaded={ref}>
        {(r) => (
          <>
            <form class="filters" aria-label={t("pledges.filters")} onSubmit={(e) => e.preventDefault()}>
              {select("actorId", t("pledges.actor"), actorOptions(r, lang))}
              {select("kind", t("pledges.kind"), codelistOptions(PLEDGE_KINDS, lang))}
              {select("status", t("pledges.status"), codelistOptions(PLEDGE_STATUSES, lang))}
              {select("eventId", t("pledges.event"), eventOptions(r, lang, app.asOf))}
              {select("missionId", t("pledges.mission"), missionOptions(r, lang))}
              <div class="field">
                <label for="f-sort">{t("pledges.sort")}</label>
                <select id="f-sort" value={view.sort} onChange={(e) => set({ sort: e.currentTarget.value })}>
                  {PLEDGE_SORTS.map((s) => (
                    <option key={s} value={s}>
                      {t(`sort.${s}`)}
                    </option>
                  ))}
                </select>
              </div>
              <AsOfField id="f-asOf" value={app.asOf} onChange={(v) => set({ asOf: v })} />
              <p>
                <Link href={app.link("/pledges", { asOf: undefined })}>{t("pledges.reset")}</Link>
              </p>
            </form>
            <Show loaded={rows}>
              {(items) => {
                const header = pledgeHeader(t);
                const cells = items.map((p) => pledgeCells(p, r, lang));
                return (
                  <>
                    <p role="status" id="pledge-count">
                      {app.tn("pledges.count", items.length)}
                    </p>
                    <button type="button" onClick={() => download(`pledges${key.slice("pledges|".length) ? `-${key.slice("pledges|".length).replace(/[^a-z0-9]+/gi, "-")}` : ""}.csv`, tableCsv(header, cells), "text/csv;charset=utf-8")}>
                      {t("pledges.export")}
                    </button>
                    <div class="scroll" tabIndex={0} role="region" aria-labelledby="pledges-caption">
                      <table id="pledge-table">
                        <caption id="pledges-caption">{t("pledges.table")}</caption>
                        <thead>
                          <tr>
                            {header.map((h) => (
                              <th scope="col" key={h}>
                                {h}
                              </th>
                            ))}
                          </tr>
                        </thead>
                        <tbody>
                          {items.map((p, i) => (
                            <tr key={p.id} id={`p-${p.id}`}>
                              {cells[i]!.map((text, j) =>
                                PLEDGE_COLUMNS[j] === "actor" ? (
                                  <td key={j}>
                                    <Link href={app.link(`/states/${p.actorId}`)}>{text}</Link>
                                  </td>
                                ) : PLEDGE_COLUMNS[j] === "mission" && p.missionId ? (
                                  <td key={j}>
                                    <Link href={app.link(`/missions/${p.missionId}`)}>{text}</Link>
                                  </td>
                                ) : (
                                  <td key={j}>{text}</td>
                                ),
                              )}
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </div>
                  </>
                );
              }}
            </Show>
          </>
        )}
      </Show>
    </>
  );
}
