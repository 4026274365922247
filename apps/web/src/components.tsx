/** Pieces shared by the pages: loading data, sources, methods, dates. */
import { dataUpdated, datasetsOf, formatDate, type Label } from "@bluehelm/core";
import { DATASET_DATE_BASES, DATASETS } from "@bluehelm/data/datasets";
import { acronymOf } from "./labels.js";
import type { ComponentChildren, ComponentType, JSX } from "preact";
import { useEffect, useState } from "preact/hooks";
import { cached, reference, type Reference } from "./api.js";
import { Link, useApp } from "./app.js";
import { localized, type Lang } from "./i18n.js";
import { isIsoDate } from "./url.js";
import { downloadSvg, downloadTable } from "./download.js";

export type Loaded<T> = { readonly state: "loading" } | { readonly state: "error"; readonly error: Error } | { readonly state: "ready"; readonly data: T };

/** Loads data for a key (cached for the page's life); reloads when the key changes. */
export function useData<T>(key: string, load: () => Promise<T>): Loaded<T> {
  const [result, setResult] = useState<{ key: string; loaded: Loaded<T> }>({ key, loaded: { state: "loading" } });
  useEffect(() => {
    let live = true;
    setResult({ key, loaded: { state: "loading" } });
    cached(key, load).then(
      (data) => live && setResult({ key, loaded: { state: "ready", data } }),
      (error: unknown) => live && setResult({ key, loaded: { state: "error", error: error instanceof Error ? error : new Error(String(error)) } }),
    );
    return () => {
      live = false;
    };
    // The key names everything the loader depends on.
  }, [key]);
  return result.key === key ? result.loaded : { state: "loading" };
}

export const useReference = (): Loaded<Reference> => useData("reference", reference);

/** Renders loaded data, or the loading and error states. */
export function Show<T>(props: { readonly loaded: Loaded<T>; readonly children: (data: T) => ComponentChildren }): JSX.Element {
  const { t } = useApp();
  if (props.loaded.state === "loading") {
    return (
      <p class="loading" role="status">
        {t("loading")}
      </p>
    );
  }
  if (props.loaded.state === "error") {
    return (
      <p class="error" role="alert">
        {t("error", { message: props.loaded.error.message })}
      </p>
    );
  }
  return <>{props.children(props.loaded.data)}</>;
}

/** Sets the document's title (the page's, then the app's name) and its Open Graph title, URL and locale, for sharing. */
export function useTitle(title: string): void {
  const { t, lang } = useApp();
  useEffect(() => {
    const full = `${title} · ${t("app.name")}`;
    document.title = full;
    const meta = (property: string, content: string) => {
      let tag = document.head.querySelector<HTMLMetaElement>(`meta[property="${property}"]`);
      if (!tag) {
        tag = document.createElement("meta");
        tag.setAttribute("property", property);
        document.head.append(tag);
      }
      tag.content = content;
    };
    meta("og:title", full);
    meta("og:url", location.href);
    meta("og:locale", lang === "fr" ? "fr_FR" : "en_GB");
  }, [title, t, lang]);
}

/**
 * The sources behind a figure, each with its title, a link when it has one,
 * and the dates its record gives (published, retrieved) or that it gives none.
 * With `updated`, lines first say when the data was last updated: for each
 * public data set the figure draws on (the core's `datasetsOf`), the date of
 * its files and what that date is (`@bluehelm/data/datasets`); then the most
 * recent date of its sources (the core's `dataUpdated`), or that none is known.
 */
export function Sources(props: { readonly ids: readonly string[]; readonly updated?: boolean }): JSX.Element | null {
  const { t, lang } = useApp();
  const ref = useReference();
  if (props.ids.length === 0) return null;
  const dates = ref.state === "ready" ? dataUpdated(props.ids, ref.data.sources) : undefined;
  const latest = dates?.latest;
  const latestSource = latest ? ref.state === "ready" && ref.data.sources.get(latest.sourceId) : undefined;
  return (
    <>
      {props.updated
        ? datasetsOf(props.ids, DATASETS).map((d) => (
            <p key={d.id} class="updated muted" data-dataset={d.id} data-dataset-updated={d.updated.date}>
              {t("updated.dataset", { title: localized(lang, d.title), basis: DATASET_DATE_BASES[d.updated.basis][lang], date: formatDate(d.updated.date, lang) })}
            </p>
          ))
        : null}
      {props.updated && dates ? (
        <p class="updated muted" data-updated={latest ? latest.date : "unknown"}>
          {latest ? t(latest.basis === "published" ? "updated.published" : "updated.accessed", { date: formatDate(latest.date, lang), source: latestSource ? latestSource.title : latest.sourceId }) : t("updated.unknown")}
        </p>
      ) : null}
      <details class="sources">
        <summary>
          {t("sources")} ({props.ids.length})
        </summary>
        <ul>
          {props.ids.map((id) => {
            const source = ref.state === "ready" ? ref.data.sources.get(id) : undefined;
            const title = source ? `${source.title}${source.publisher ? ` — ${source.publisher}` : ""}` : id;
            const when = dates?.sources.find((d) => d.id === id);
            const written = when
              ? [when.published ? t("updated.source.published", { date: formatDate(when.published, lang) }) : "", when.accessed ? t("updated.source.accessed", { date: formatDate(when.accessed, lang) }) : ""].filter(Boolean).join(" · ") || t("updated.source.none")
              : "";
            return (
              <li key={id} data-source={id}>
                {source?.url ? (
                  <a href={source.url} rel="noopener noreferrer" target="_blank">
                    {title}
                  </a>
                ) : (
                  title
                )}
                {written ? <span class="muted"> ({written})</span> : null}
              </li>
            );
          })}
        </ul>
      </details>
    </>
  );
}

/** How a figure was computed, in the current language. */
export function Method(props: { readonly method: Label }): JSX.Element {
  const { t, lang } = useApp();
  return (
    <details class="method">
      <summary>{t("method")}</summary>
      <p>{props.method[lang]}</p>
    </details>
  );
}

/** The name of an actor in the current language, linked to its profile. */
export function ActorLink(props: { readonly id: string; readonly refs: Reference }): JSX.Element {
  const app = useApp();
  const actor = props.refs.actors.get(props.id);
  return <Link href={app.link(`/states/${props.id}`)}>{actor ? actor.names[app.lang] : props.id}</Link>;
}

export function MissionLink(props: { readonly id: string; readonly refs: Reference }): JSX.Element {
  const app = useApp();
  const mission = props.refs.missions.get(props.id);
  return <Link href={app.link(`/missions/${props.id}`)}>{mission ? acronymOf(mission, app.lang) : props.id}</Link>;
}

export const actorName = (ref: Reference, id: string, lang: Lang): string => ref.actors.get(id)?.names[lang] ?? id;
export const eventTitle = (ref: Reference, id: string | undefined, lang: Lang): string => (id === undefined ? "" : localized(lang, ref.events.get(id)?.title) || id);
export { acronymOf, missionAcronym } from "./labels.js";

/** A date field that writes `asOf` into the URL. */
export function AsOfField(props: { readonly value: string; readonly onChange: (value: string) => void; readonly id?: string }): JSX.Element {
  const { t, latest, params } = useApp();
  const id = props.id ?? "as-of";
  return (
    <div class="field inline">
      <label for={id}>{t("asOf")}</label>
      <input
        id={id}
        type="date"
        value={props.value}
        min="1990-01-01"
        aria-describedby={`${id}-help`}
        onChange={(e) => {
          const v = e.currentTarget.value;
          if (isIsoDate(v)) props.onChange(v);
        }}
      />
      <span id={`${id}-help`} class="help">
        {t("asOf.help")}
        {latest ? (
          <>
            {" "}
            <span class="latest" data-latest="">
              {t(params.has("asOf") ? "asOf.latest" : "asOf.latestDefault", { year: latest.slice(0, 4) })}
            </span>
          </>
        ) : null}
      </span>
    </div>
  );
}

/** A component in its own chunk, loaded the first time it is shown. */
export function lazyComponent<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): (props: P) => JSX.Element {
  let loaded: Promise<ComponentType<P>> | undefined;
  return function Lazy(props: P) {
    const [state, setState] = useState<Loaded<ComponentType<P>>>({ state: "loading" });
    useEffect(() => {
      loaded ??= load().then((m) => m.default);
      loaded.then(
        (data) => setState({ state: "ready", data }),
        (error: unknown) => {
          loaded = undefined;
          setState({ state: "error", error: error instanceof Error ? error : new Error(String(error)) });
        },
      );
    }, []);
    return <Show loaded={state}>{(Component) => <Component {...props} />}</Show>;
  };
}

/**
 * The downloads of a table and, when there is one, of its chart: the table's
 * cells as shown (CSV) and the chart as an SVG file. `name` names the files.
 */
export function Downloads(props: { readonly table: string; readonly svg?: string; readonly name: string }): JSX.Element {
  const { t } = useApp();
  return (
    <p class="downloads">
      <button type="button" class="small" data-download-table={props.table} aria-label={`${t("download.csv")}: ${props.name}`} onClick={() => downloadTable(props.table, props.name)}>
        {t("download.csv")}
      </button>
      {props.svg ? (
        <button type="button" class="small" data-download-svg={props.svg} aria-label={`${t("download.svg")}: ${props.name}`} onClick={() => downloadSvg(props.svg!, props.name)}>
          {t("download.svg")}
        </button>
      ) : null}
    </p>
  );
}

