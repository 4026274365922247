/** The editor: sign in with a token, then create pledges and pledge events, checked with the core schemas. */
import { BluehelmError, type TokenHolder } from "@bluehelm/client";
import { CONFIDENCE, PLEDGE_EVENT_TYPES, PLEDGE_KINDS, UNIT_TYPES, validate, type ValidationReport } from "@bluehelm/core";
import type { JSX } from "preact";
import { useState } from "preact/hooks";
import { TOKEN_KEY, editorClient, forget, listAll, type Reference } from "../api.js";
import { Link, useApp } from "../app.js";
import { asOfOf } from "../url.js";
import { Show, useData, useReference, useTitle } from "../components.js";
import { localized } from "../i18n.js";
import { actorOptions, codelistOptions, eventOptions, missionOptions } from "../select-options.js";
import { EVENT_FIELDS, FORM, PLEDGE_FIELDS, emptyEventForm, emptyPledgeForm, eventFromForm, issuesByField, pledgeFromForm, type EventForm, type PledgeForm } from "../editor-form.js";

function readToken(): string {
  try {
    return sessionStorage.getItem(TOKEN_KEY) ?? "";
  } catch {
    return "";
  }
}

type Errors = Record<string, string[]>;

function Field(props: {
  readonly form: string;
  readonly name: string;
  readonly label: string;
  readonly value: string;
  readonly errors: Errors;
  readonly help?: string;
  readonly type?: string;
  readonly required?: boolean;
  readonly options?: readonly [string, string][];
  readonly onChange: (value: string) => void;
}): JSX.Element {
  const id = `${props.form}-${props.name}`;
  const errors = props.errors[props.name] ?? [];
  const described = [props.help ? `${id}-help` : "", errors.length ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  const common = { id, name: props.name, "aria-invalid": errors.length > 0 ? ("true" as const) : undefined, "aria-describedby": described, required: props.required };
  return (
    <div class={`field${errors.length ? " invalid" : ""}`}>
      <label for={id}>{props.label}</label>
      {props.options ? (
        <select {...common} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
          {props.options.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      ) : (
        <input {...common} type={props.type ?? "text"} value={props.value} onInput={(e) => props.onChange(e.currentTarget.value)} />
      )}
      {props.help ? (
        <span id={`${id}-help`} class="help">
          {props.help}
        </span>
      ) : null}
      {errors.length > 0 ? (
        <ul id={`${id}-error`} class="field-errors">
          {errors.map((m, i) => (
            <li key={i}>{m}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** The report's issues that are about no field. */
function FormErrors(props: { readonly errors: Errors; readonly title: string }): JSX.Element | null {
  const list = props.errors[FORM] ?? [];
  if (list.length === 0) return null;
  return (
    <div class="field-errors">
      <p>{props.title}</p>
      <ul>
        {list.map((m, i) => (
          <li key={i}>{m}</li>
        ))}
      </ul>
    </div>
  );
}

type Outcome =
  | { readonly kind: "created"; readonly id: string; readonly actorId?: string; readonly announcedOn?: string }
  | { readonly kind: "invalid"; readonly count: number }
  | { readonly kind: "rejected"; readonly status: number; readonly detail: string; readonly report: boolean };

/** What a failed write tells the editor: the report goes beside the fields; the outcome says why, in the current language. */
function rejection(error: unknown): { outcome: Outcome; report: ValidationReport | undefined } {
  const bh = error instanceof BluehelmError ? error : undefined;
  const report = bh?.report;
  return {
    outcome: { kind: "rejected", status: bh?.status ?? 0, detail: bh?.problem?.detail ?? (error instanceof Error ? error.message : String(error)), report: report !== undefined },
    report,
  };
}

function Status(props: { readonly outcome: Outcome | undefined; readonly link?: string }): JSX.Element {
  const { t, tn } = useApp();
  const o = props.outcome;
  return (
    <div role="status" aria-live="polite" class={o ? `outcome ${o.kind}` : "outcome"}>
      {o?.kind === "created" ? (
        <p>
          {t("editor.created", { id: o.id })} {props.link ? <Link href={props.link}>{t("editor.seeIt")}</Link> : null}
        </p>
      ) : o?.kind === "invalid" ? (
        <p>{tn("editor.invalid", o.count)}</p>
      ) : o?.kind === "rejected" ? (
        <p>{o.status === 401 ? t("editor.unauthorized") : o.status === 403 ? t("editor.forbidden") : o.report ? t("editor.rejectedReport") : t("editor.rejected", { detail: o.detail })}</p>
      ) : null}
    </div>
  );
}

/** The options of a select: a first empty choice, then the list. */
const withEmpty = (empty: string, list: readonly (readonly [string, string])[]): [string, string][] => [["", empty], ...list.map(([v, text]): [string, string] => [v, text])];

/**
 * The state and behaviour shared by the editor's forms: the values, the
 * issues beside the fields, and a submit that checks the record with the
 * core's schema, then sends it and reads the outcome.
 */
function useRecordForm<F extends Readonly<Record<string, string>>>(options: {
  readonly form: string;
  readonly empty: () => F;
  readonly fields: readonly string[];
  readonly kind: "pledge" | "pledge-event";
  readonly toRecord: (form: F) => Record<string, unknown>;
  readonly send: (record: Record<string, unknown>) => Promise<Outcome>;
}) {
  const { lang } = useApp();
  const [form, setForm] = useState<F>(options.empty);
  // The report, with the form as it was when it was checked (an empty field it names is said to be required).
  const [checked, setChecked] = useState<{ report: ValidationReport; form: F } | undefined>();
  const setReport = (r: ValidationReport | undefined) => setChecked(r ? { report: r, form } : undefined);
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const [busy, setBusy] = useState(false);
  const errors: Errors = checked ? issuesByField(checked.report, options.fields, lang, checked.form) : {};
  const field = (name: keyof F & string, label: string, extra: Partial<Parameters<typeof Field>[0]> = {}) => (
    <Field form={options.form} name={name} label={label} value={form[name] ?? ""} errors={errors} onChange={(value) => setForm({ ...form, [name]: value })} {...extra} />
  );
  const submit = async (e: Event) => {
    e.preventDefault();
    const record = options.toRecord(form);
    const local = validate(options.kind, record);
    setReport(local);
    if (!local.valid) {
      setOutcome({ kind: "invalid", count: local.issues.length });
      return;
    }
    setBusy(true);
    try {
      const done = await options.send(record);
      forget("pledge");
      setOutcome(done);
      setReport(undefined);
      setForm(options.empty());
    } catch (error) {
      const r = rejection(error);
      setReport(r.report);
      setOutcome(r.outcome);
    } finally {
      setBusy(false);
    }
  };
  return { form, setForm, errors, outcome, busy, field, onSubmit: (e: Event) => void submit(e) };
}

/** A picker of the sources registry: choosing a source adds its id to the form's source ids. */
function SourcePicker(props: { readonly form: string; readonly refs: Reference; readonly value: string; readonly onPick: (value: string) => void }): JSX.Element {
  const { t } = useApp();
  const id = `${props.form}-sourcePick`;
  const options = [...props.refs.sources.values()].sort((a, b) => a.title.localeCompare(b.title));
  return (
    <div class="field">
      <label for={id}>{t("editor.pickSource")}</label>
      <select
        id={id}
        value=""
        aria-describedby={`${id}-help`}
        onChange={(e) => {
          const chosen = e.currentTarget.value;
          if (!chosen) return;
          const ids = props.value.split(/[,\s]+/).filter(Boolean);
          if (!ids.includes(chosen)) props.onPick([...ids, chosen].join(", "));
          e.currentTarget.value = "";
        }}
      >
        <option value="">{t("editor.choose")}</option>
        {options.map((s) => (
          <option key={s.id} value={s.id}>
            {s.title.length > 90 ? `${s.title.slice(0, 87)}…` : s.title} ({s.id})
          </option>
        ))}
      </select>
      <span id={`${id}-help`} class="help">
        {t("editor.pickSource.help")}
      </span>
    </div>
  );
}

function PledgeFormView(props: { readonly token: string; readonly refs: Reference; readonly onCreated: (id: string) => void }): JSX.Element {
  const app = useApp();
  const { t, lang } = app;
  const { form, setForm, errors, outcome, busy, field, onSubmit } = useRecordForm<PledgeForm>({
    form: "pledge",
    empty: emptyPledgeForm,
    fields: PLEDGE_FIELDS,
    kind: "pledge",
    toRecord: pledgeFromForm,
    send: async (record) => {
      const created = await editorClient(props.token).createPledge(record as Parameters<ReturnType<typeof editorClient>["createPledge"]>[0]);
      props.onCreated(created.value.id);
      return { kind: "created", id: created.value.id, actorId: created.value.actorId, announcedOn: created.value.announcedOn };
    },
  });
  const r = props.refs;
  return (
    <form class="editor" aria-labelledby="pledge-form-title" noValidate onSubmit={onSubmit}>
      <h2 id="pledge-form-title">{t("editor.pledgeForm")}</h2>
      {field("id", t("editor.id"), { help: t("editor.id.help"), required: true })}
      {field("actorId", t("editor.actorId"), { required: true, options: withEmpty(t("editor.choose"), actorOptions(r, lang)) })}
      {field("announcedOn", t("editor.announcedOn"), { type: "date", required: true })}
      {field("kind", t("editor.kind"), { required: true, options: withEmpty(t("editor.choose"), codelistOptions(PLEDGE_KINDS, lang)) })}
      {field("titleEn", t("editor.titleEn"), { required: true })}
      {field("titleFr", t("editor.titleFr"))}
      {form.kind === "unit" ? (
        <fieldset class="unit">
          <legend>{PLEDGE_KINDS.unit[lang]}</legend>
          {field("unitType", t("editor.unitType"), { required: true, options: withEmpty(t("editor.choose"), codelistOptions(UNIT_TYPES, lang)) })}
          {field("quantity", t("editor.quantity"), { type: "number", required: true })}
        </fieldset>
      ) : null}
      {field("eventId", t("editor.eventId"), { options: withEmpty(t("editor.none"), eventOptions(r, lang)) })}
      {field("missionId", t("editor.missionId"), { options: withEmpty(t("editor.none"), missionOptions(r, lang)) })}
      {field("sources", t("editor.sources"), { help: t("editor.sources.help"), required: true })}
      <SourcePicker form="pledge" refs={r} value={form.sources} onPick={(sources) => setForm({ ...form, sources })} />
      {field("confidence", t("editor.confidence"), { options: codelistOptions(CONFIDENCE, lang) })}
      {field("note", t("editor.note"))}
      <FormErrors errors={errors} title={t("editor.other")} />
      <button type="submit" disabled={busy}>
        {busy ? t("editor.submitting") : t("editor.submit")}
      </button>
      <Status outcome={outcome} link={outcome?.kind === "created" ? app.link("/pledges", { actorId: outcome.actorId, asOf: outcome.announcedOn !== undefined && outcome.announcedOn > app.asOf ? outcome.announcedOn : asOfOf(app.params) }) : undefined} />
    </form>
  );
}

function EventFormView(props: { readonly token: string; readonly refs: Reference; readonly version: number }): JSX.Element {
  const app = useApp();
  const { t, lang } = app;
  // Read again after each pledge created on this page, so that a new pledge can be chosen without a reload.
  const pledges = useData(`pledge|editor-list|${props.version}`, () => listAll("pledge", { sort: "-announcedOn" }));
  const { form, setForm, errors, outcome, busy, field, onSubmit } = useRecordForm<EventForm>({
    form: "event",
    empty: emptyEventForm,
    fields: EVENT_FIELDS,
    kind: "pledge-event",
    toRecord: eventFromForm,
    send: async (record) => {
      const created = await editorClient(props.token).appendPledgeEvent(record as Parameters<ReturnType<typeof editorClient>["appendPledgeEvent"]>[0]);
      return { kind: "created", id: created.value.id };
    },
  });
  const r = props.refs;
  return (
    <form class="editor" aria-labelledby="event-form-title" noValidate onSubmit={onSubmit}>
      <h2 id="event-form-title">{t("editor.eventForm")}</h2>
      {field("id", t("editor.id"), { help: t("editor.id.help"), required: true })}
      {pledges.state === "ready"
        ? field("pledgeId", t("editor.pledgeId"), {
            required: true,
            options: withEmpty(
              t("editor.choose"),
              pledges.data.map((p) => [p.id, `${r.actors.get(p.actorId)?.names[lang] ?? p.actorId}${t("colon")}${localized(lang, p.title)} (${p.announcedOn})`]),
            ),
          })
        : field("pledgeId", t("editor.pledgeId"), { required: true })}
      {field("type", t("editor.type"), { required: true, options: withEmpty(t("editor.choose"), codelistOptions(PLEDGE_EVENT_TYPES, lang)) })}
      {field("date", t("editor.date"), { type: "date", required: true })}
      {field("missionId", t("editor.missionId"), { options: withEmpty(t("editor.none"), missionOptions(r, lang)) })}
      {field("sources", t("editor.sources"), { help: t("editor.sources.help"), required: true })}
      <SourcePicker form="event" refs={r} value={form.sources} onPick={(sources) => setForm({ ...form, sources })} />
      {field("confidence", t("editor.confidence"), { options: codelistOptions(CONFIDENCE, lang) })}
      {field("note", t("editor.note"))}
      <FormErrors errors={errors} title={t("editor.other")} />
      <button type="submit" disabled={busy}>
        {busy ? t("editor.submitting") : t("editor.submit")}
      </button>
      <Status outcome={outcome} />
    </form>
  );
}

export default function EditorPage(): JSX.Element {
  const { t } = useApp();
  useTitle(t("editor.title"));
  const [token, setToken] = useState(readToken);
  const [holder, setHolder] = useState<TokenHolder | undefined>(undefined);
  const [draft, setDraft] = useState("");
  const [error, setError] = useState("");
  const [checking, setChecking] = useState(false);
  const [version, setVersion] = useState(0);
  const ref = useReference();
  const signIn = async (e: Event) => {
    e.preventDefault();
    const value = draft.trim();
    if (!value) {
      setError(t("editor.tokenRequired"));
      return;
    }
    // The server says whose token it is before anything is kept: a wrong or reader token is refused here, not on the first write.
    setChecking(true);
    let me: TokenHolder;
    try {
      me = await editorClient(value).me();
    } catch (err) {
      setChecking(false);
      setError(err instanceof BluehelmError && err.status === 401 ? t("editor.tokenRefused") : t("editor.tokenUnchecked"));
      return;
    }
    setChecking(false);
    if (me.role === "reader") {
      setError(t("editor.forbidden"));
      return;
    }
    // Kept for the tab when storage allows it (private modes may refuse); the sign-in holds for this page either way.
    try {
      sessionStorage.setItem(TOKEN_KEY, value);
    } catch {
      // Not kept: signed in until the page is left.
    }
    setToken(value);
    setHolder(me);
    setDraft("");
    setError("");
  };
  return (
    <>
      <h1>{t("editor.title")}</h1>
      <p class="intro">{t("editor.intro")}</p>
      {token ? (
        <>
          <p>
            {holder ? t("editor.signedInAs", { name: holder.name, role: t(holder.role === "admin" ? "editor.role.admin" : "editor.role.editor") }) : t("editor.signedIn")}{" "}
            <button
              type="button"
              class="link"
              onClick={() => {
                try {
                  sessionStorage.removeItem(TOKEN_KEY);
                } catch {
                  // Nothing was kept.
                }
                setToken("");
                setHolder(undefined);
              }}
            >
              {t("editor.signOut")}
            </button>
          </p>
          <Show loaded={ref}>
            {(r) => (
              <div class="forms">
                <PledgeFormView token={token} refs={r} onCreated={() => setVersion((v) => v + 1)} />
                <EventFormView token={token} refs={r} version={version} />
              </div>
            )}
          </Show>
        </>
      ) : (
        <form class="signin" aria-labelledby="signin-title" noValidate onSubmit={(e) => void signIn(e)}>
          <h2 id="signin-title">{t("editor.signIn")}</h2>
          <div class={`field${error ? " invalid" : ""}`}>
            <label for="token">{t("editor.token")}</label>
            <input
              id="token"
              type="password"
              autoComplete="off"
              value={draft}
              aria-invalid={error ? "true" : undefined}
              aria-describedby={error ? "token-help token-error" : "token-help"}
              onInput={(e) => setDraft(e.currentTarget.value)}
            />
            <span id="token-help" class="help">
              {t("editor.token.help")}
            </span>
            {error ? (
              <p id="token-error" class="field-errors">
                {error}
              </p>
            ) : null}
          </div>
          <button type="submit" disabled={checking}>
            {t("editor.signIn")}
          </button>
        </form>
      )}
    </>
  );
}
