/** The entry: renders the page of the URL; the map, the ground page, the search view and the editor load on demand. */
import { render, type ComponentType, type JSX } from "preact";
import { latestDataDate } from "@bluehelm/core/analytics";
import { useEffect, useState } from "preact/hooks";
import { worldSeries } from "./api.js";
import { AppContext, Layout, useApp, useAppState } from "./app.js";
import { Show, useTitle, type Loaded } from "./components.js";
import { Events } from "./pages/events.js";
import { MissionProfile, Missions } from "./pages/missions.js";
import { Overview } from "./pages/overview.js";
import { Pledges } from "./pages/pledges.js";
import { Principles } from "./pages/principles.js";
import { StateProfile, States } from "./pages/states.js";
import "./styles.css";

/** A page in its own chunk, loaded the first time it is shown. */
function lazy(load: () => Promise<{ default: ComponentType }>): () => JSX.Element {
  let loaded: Promise<ComponentType> | undefined;
  return function Lazy() {
    const [state, setState] = useState<Loaded<ComponentType>>({ state: "loading" });
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
    return <Show loaded={state}>{(Page) => <Page />}</Show>;
  };
}

const MapPage = lazy(() => import("./pages/map.js"));
const EditorPage = lazy(() => import("./pages/editor.js"));
const GroundPage = lazy(() => import("./pages/ground.js"));
const SearchPage = lazy(() => import("./pages/search.js"));

function NotFound(): JSX.Element {
  const { t } = useApp();
  useTitle(t("notFound.title"));
  return (
    <>
      <h1>{t("notFound.title")}</h1>
      <p>{t("notFound.body")}</p>
    </>
  );
}

function Page(): JSX.Element {
  const { route } = useApp();
  switch (route.page) {
    case "overview":
      return <Overview />;
    case "map":
      return <MapPage />;
    case "states":
      return <States />;
    case "state":
      return <StateProfile key={route.id} id={route.id} />;
    case "missions":
      return <Missions />;
    case "mission":
      return <MissionProfile key={route.id} id={route.id} />;
    case "principles":
      return <Principles />;
    case "events":
      return <Events />;
    case "pledges":
      return <Pledges />;
    case "editor":
      return <EditorPage />;
    case "ground":
      return <GroundPage />;
    case "search":
      return <SearchPage />;
    case "not-found":
      return <NotFound />;
  }
}

/**
 * The app: the latest date with data is read first (every view without a
 * chosen date answers for it), then the page of the URL is shown. When the
 * API cannot say, views answer for today.
 */
function App(): JSX.Element {
  const [latest, setLatest] = useState<{ readonly known: boolean; readonly date: string | undefined }>({ known: false, date: undefined });
  useEffect(() => {
    worldSeries().then(
      (a) => setLatest({ known: true, date: latestDataDate(a.value) }),
      () => setLatest({ known: true, date: undefined }),
    );
  }, []);
  const state = useAppState(latest.date);
  return (
    <AppContext.Provider value={state}>
      <Layout>
        {latest.known ? (
          <Page />
        ) : (
          <p class="loading" role="status">
            {state.t("loading")}
          </p>
        )}
      </Layout>
    </AppContext.Provider>
  );
}

render(<App />, document.getElementById("app")!);
