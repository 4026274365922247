/** The shell: the URL as state, the language, navigation, and the page of the route. */
import { createContext, type ComponentChildren, type JSX } from "preact";
import { useContext, useEffect, useRef, useState } from "preact/hooks";
import { translate, translateCount, type CountKey, type Lang, type MessageKey } from "./i18n.js";
import { langOf, linkFrom, parseRoute, viewDate, withLang, type Route } from "./url.js";

export interface AppState {
  readonly lang: Lang;
  readonly route: Route;
  readonly params: URLSearchParams;
  readonly pathname: string;
  readonly search: string;
  /** The date the view answers for: its `asOf`, else the latest date with data. */
  readonly asOf: string;
  /** The latest date with data (the end of the latest year with personnel figures), when known. */
  readonly latest: string | undefined;
  readonly t: (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;
  /** A message holding a count, in the plural form the count takes. */
  readonly tn: (key: CountKey, n: number, params?: Readonly<Record<string, string | number>>) => string;
  /** A link within the app in the current language, keeping the view's date (`asOf`) unless `params` set it. */
  readonly link: (path: string, params?: Readonly<Record<string, string | undefined>>) => string;
  readonly navigate: (url: string, options?: { readonly replace?: boolean }) => void;
}

export const AppContext = createContext<AppState | undefined>(undefined);

export function useApp(): AppState {
  const state = useContext(AppContext);
  if (!state) throw new Error("useApp outside the app");
  return state;
}

const listeners = new Set<() => void>();
function notify(): void {
  for (const l of listeners) l();
}

export function navigate(url: string, options: { readonly replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, "", url);
  else history.pushState(null, "", url);
  notify();
}

/** The location, re-read on every navigation (links, back and forward). */
export function useLocation(): { pathname: string; search: string } {
  const [loc, setLoc] = useState(() => ({ pathname: location.pathname, search: location.search }));
  useEffect(() => {
    const update = () => setLoc({ pathname: location.pathname, search: location.search });
    listeners.add(update);
    addEventListener("popstate", update);
    return () => {
      listeners.delete(update);
      removeEventListener("popstate", update);
    };
  }, []);
  return loc;
}

export function useAppState(latest: string | undefined): AppState {
  const { pathname, search } = useLocation();
  const params = new URLSearchParams(search);
  const lang = langOf(params);
  return {
    lang,
    route: parseRoute(pathname),
    params,
    pathname,
    search,
    asOf: viewDate(params, latest),
    latest,
    t: (key, p) => translate(lang, key, p),
    tn: (key, n, p) => translateCount(lang, key, n, p),
    link: (path, p) => linkFrom(params, path, p),
    navigate,
  };
}

/** A link that navigates within the app without reloading the page. */
export function Link(props: JSX.AnchorHTMLAttributes<HTMLAnchorElement> & { href: string; children?: ComponentChildren }): JSX.Element {
  const { href: to, onClick, ...rest } = props;
  return (
    <a
      {...rest}
      href={to}
      onClick={(e) => {
        if (typeof onClick === "function") onClick(e);
        if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        navigate(to);
      }}
    />
  );
}

const NAV: readonly [string, MessageKey][] = [
  ["/", "nav.overview"],
  ["/map", "nav.map"],
  ["/states", "nav.states"],
  ["/missions", "nav.missions"],
  ["/ground", "nav.ground"],
  ["/principles", "nav.principles"],
  ["/events", "nav.events"],
  ["/pledges", "nav.pledges"],
  ["/editor", "nav.editor"],
];

const SECTION: Record<Route["page"], string> = {
  overview: "/",
  map: "/map",
  states: "/states",
  state: "/states",
  missions: "/missions",
  mission: "/missions",
  principles: "/principles",
  events: "/events",
  pledges: "/pledges",
  editor: "/editor",
  ground: "/ground",
  search: "",
  "not-found": "",
};

/**
 * The search box of the header, on every page: it opens the search view with
 * its words in the URL (`/search?q=…`), keeping the language and the date.
 */
function SiteSearch(): JSX.Element {
  const app = useApp();
  const { t } = app;
  const current = app.route.page === "search" ? (app.params.get("q") ?? "") : "";
  return (
    <form
      class="site-search"
      role="search"
      aria-label={t("search.label")}
      action="/search"
      onSubmit={(e) => {
        e.preventDefault();
        const q = new FormData(e.currentTarget).get("q");
        app.navigate(app.link("/search", { q: typeof q === "string" ? q.trim() : undefined }));
      }}
    >
      <label for="site-search" class="visually-hidden">
        {t("search.field")}
      </label>
      <input id="site-search" key={current} name="q" type="search" defaultValue={current} autoComplete="off" />
      <button type="submit">{t("search.go")}</button>
    </form>
  );
}

/** The frame of every page: skip link, header with navigation, search box and language switch, main, footer. */
export function Layout(props: { readonly children: ComponentChildren }): JSX.Element {
  const app = useApp();
  const { t, lang } = app;
  const other: Lang = lang === "en" ? "fr" : "en";
  const current = SECTION[app.route.page];
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  // After a navigation (not on the first load), focus moves to the new page's heading.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const h1 = main.current?.querySelector("h1");
    if (h1) {
      h1.setAttribute("tabindex", "-1");
      h1.focus();
    }
  }, [app.pathname]);
  // A link to a part of a page (`/events#e-vancouver-2017`): once the part is shown (its data loaded), it is scrolled into view.
  useEffect(() => {
    const id = location.hash.length > 1 ? decodeURIComponent(location.hash.slice(1)) : "";
    if (!id || !main.current) return;
    const show = (el: HTMLElement) => el.scrollIntoView({ block: "start" });
    const found = document.getElementById(id);
    if (found) {
      show(found);
      return;
    }
    const observer = new MutationObserver(() => {
      const el = document.getElementById(id);
      if (el) {
        observer.disconnect();
        show(el);
      }
    });
    observer.observe(main.current, { childList: true, subtree: true });
    const timer = setTimeout(() => observer.disconnect(), 30_000);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [app.pathname, app.search]);
  return (
    <>
      <a class="skip" href="#main">
        {t("skip")}
      </a>
      <header class="site">
        <div class="brand">
          <Link href={app.link("/")} class="brand-name">
            {t("app.name")}
          </Link>
          <span class="tagline">{t("app.tagline")}</span>
        </div>
        <nav aria-label={t("nav.label")}>
          <ul>
            {NAV.map(([path, key]) => (
              <li key={path}>
                <Link href={app.link(path)} aria-current={current === path ? "page" : undefined}>
                  {t(key)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <SiteSearch />
        <Link class="lang" href={withLang(app.pathname, app.search, other)} hreflang={other} lang={other}>
          {t("lang.switch")}
        </Link>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {props.children}
      </main>
      <footer class="site">
        <p>
          {t("footer.data")} <a href="/reference">{t("footer.api")}</a>
        </p>
      </footer>
    </>
  );
}
