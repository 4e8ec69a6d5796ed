// gse-local's dashboard: one server-sent event stream (/dashboard/api/events)
// keeps a copy of gse-local's state; actions POST to /dashboard/api/action,
// which runs them as the cloud API would. No framework, no build step.

const TIMELINE_LIMIT = 1000;
const KNOWN = new Set(["processes", "gameServerSessions", "playerSessions", "placements"]);

/** collection name -> Map(id -> item) */
const state = new Map();
/** Newest last. */
let timeline = [];
const eventTypes = new Set();
let renderQueued = false;

const $ = (selector) => document.querySelector(selector);

/** An element; children are nodes or strings (never parsed as HTML: ids and properties come from API callers). */
function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === "class") node.className = value;
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat()) if (child !== undefined && child !== null) node.append(child);
  return node;
}

const time = (ms) => (ms ? new Date(ms).toLocaleTimeString([], { hour12: false }) : "");
const status = (value) => el("span", { class: `status status-${value}` }, value);
const collection = (name) => {
  let items = state.get(name);
  if (!items) state.set(name, (items = new Map()));
  return items;
};

// --- the stream ---------------------------------------------------------------

function connect() {
  const stream = new EventSource("api/events");
  stream.addEventListener("open", () => setConnection("live", "live"));
  stream.addEventListener("error", () => setConnection("down", "reconnecting…"));
  stream.addEventListener("snapshot", (message) => {
    const { state: snapshot, events } = JSON.parse(message.data);
    state.clear();
    for (const [name, items] of Object.entries(snapshot)) collection(name).clear(), items.forEach((item) => collection(name).set(item.id, item));
    timeline = events;
    events.forEach((e) => eventTypes.add(e.type));
    queueRender();
  });
  stream.addEventListener("changes", (message) => {
    const { upsert, remove, health, events, droppedEvents } = JSON.parse(message.data);
    for (const [name, items] of Object.entries(upsert)) for (const item of items) collection(name).set(item.id, item);
    for (const [name, ids] of Object.entries(remove)) for (const id of ids) collection(name).delete(id);
    // Health samples come alone (a healthy check changes nothing else): append to the process's last 20.
    const processes = collection("processes");
    for (const [pid, at, healthy, ms, detail] of health ?? []) {
      const process = processes.get(String(pid));
      if (!process || process.health.some((h) => h.at === at)) continue;
      const sample = { at, healthy: healthy === 1, ...(ms !== null && { ms }), ...(detail !== null && { detail }) };
      processes.set(process.id, { ...process, health: [...process.health, sample].slice(-20) });
    }
    for (const e of events) eventTypes.add(e.type);
    timeline.push(...events);
    if (droppedEvents > 0) timeline.push({ seq: -1, at: Date.now(), type: "dropped", subject: "dashboard", text: `${droppedEvents} events not shown (too many at once)` });
    if (timeline.length > TIMELINE_LIMIT) timeline = timeline.slice(-TIMELINE_LIMIT);
    queueRender();
  });
}

function setConnection(kind, text) {
  const node = $("#connection");
  node.dataset.state = kind;
  node.textContent = text;
}

function queueRender() {
  if (renderQueued) return;
  renderQueued = true;
  requestAnimationFrame(() => {
    renderQueued = false;
    render();
  });
}

// --- tables -------------------------------------------------------------------

/**
 * Keyed rows: a row is rebuilt only when its item changed, so focus and
 * selection survive the updates that arrive several times a second.
 */
function renderRows(tbody, items, row) {
  const existing = new Map([...tbody.children].map((tr) => [tr.dataset.id, tr]));
  let previous = null;
  for (const item of items) {
    const signature = JSON.stringify(item);
    let tr = existing.get(item.id);
    existing.delete(item.id);
    if (!tr || tr.dataset.signature !== signature) {
      const fresh = el("tr", { "data-id": item.id }, row(item).map((cell) => (cell instanceof Node && cell.tagName === "TH" ? cell : el("td", {}, cell))));
      fresh.dataset.signature = signature;
      if (tr) {
        const focused = tr.contains(document.activeElement) ? document.activeElement.getAttribute("aria-label") : null;
        tr.replaceWith(fresh);
        if (focused) fresh.querySelector(`[aria-label="${CSS.escape(focused)}"]`)?.focus();
      }
      tr = fresh;
    }
    if (tr.previousElementSibling !== previous || tr.parentNode !== tbody) (previous ? previous.after(tr) : tbody.prepend(tr));
    previous = tr;
  }
  for (const tr of existing.values()) tr.remove();
}

const sessionLabel = (id) => (id ? (collection("gameServerSessions").get(id)?.shortId ?? id.slice(id.lastIndexOf("/") + 1)) : "");
const byNewest = (key) => (a, b) => (b[key] ?? 0) - (a[key] ?? 0);

function render() {
  const processes = [...collection("processes").values()].sort((a, b) => Number(a.status === "TERMINATED") - Number(b.status === "TERMINATED") || b.registeredAt - a.registeredAt);
  const sessions = [...collection("gameServerSessions").values()].sort(byNewest("creationTime"));
  const players = [...collection("playerSessions").values()].sort(byNewest("creationTime"));
  const placements = [...collection("placements").values()].sort(byNewest("startTime"));
  const live = (list, ended) => list.filter((x) => !ended.includes(x.status)).length;
  $("#processes-count").textContent = `(${live(processes, ["TERMINATED"])} live, ${processes.length} in all)`;
  $("#sessions-count").textContent = `(${live(sessions, ["TERMINATED", "ERROR"])} live, ${sessions.length} in all)`;
  $("#players-count").textContent = `(${players.length})`;
  $("#placements-count").textContent = `(${placements.length})`;
  $("#summary").textContent = `${live(processes, ["TERMINATED"])} processes · ${sessions.filter((s) => s.status === "ACTIVE").length} active sessions · ${players.filter((p) => p.status === "ACTIVE").length} players connected`;

  renderRows($("#processes tbody"), processes, (p) => [
    el("th", { scope: "row" }, String(p.pid)),
    p.fleetId,
    [status(p.status), p.statusReason ? el("div", { class: "reason" }, p.statusReason) : null],
    `${p.clientPort} / ${p.grpcPort}`,
    el("span", { class: "health", role: "img", "aria-label": healthSummary(p) }, p.health.map((h) => el("i", { class: h.healthy ? "" : "bad", title: `${time(h.at)} ${h.healthy ? "healthy" : `failed: ${h.detail ?? ""}`}${h.ms !== undefined ? ` (${h.ms} ms)` : ""}` }))),
    sessionLabel(p.gameServerSessionId),
    p.maxCustomCount ? `${p.currentCustomCount}/${p.maxCustomCount}` : "",
    p.status === "TERMINATED" || p.terminationTime
      ? p.terminationTime && p.status !== "TERMINATED" ? `ends ${time(p.terminationTime)}` : ""
      : el("button", { type: "button", "aria-label": `Terminate process ${p.pid}`, onclick: () => terminate(p.pid) }, "Terminate"),
  ]);

  renderRows($("#sessions tbody"), sessions, (s) => [
    el("th", { scope: "row", title: s.id }, s.shortId),
    s.name,
    [status(s.status), s.statusReason && s.status !== "ACTIVE" ? el("div", { class: "reason" }, s.statusReason) : null],
    `${s.players}/${s.maxPlayers}`,
    s.gameProperties.map((p) => `${p.Key}=${p.Value}`).join(", "),
    s.protectionPolicy,
    s.playerSessionCreationPolicy === "ACCEPT_ALL" ? "yes" : "no",
    String(s.pid),
    `${s.ipAddress}:${s.port}`,
    ["ACTIVATING", "ACTIVE"].includes(s.status)
      ? el("button", { type: "button", "aria-label": `End session ${s.shortId}`, onclick: () => endSession(s) }, "End session")
      : "",
  ]);

  renderRows($("#players tbody"), players, (p) => [
    el("th", { scope: "row", title: p.id }, p.shortId),
    p.playerId,
    status(p.status),
    sessionLabel(p.gameServerSessionId),
    `${p.ipAddress}:${p.port}`,
  ]);

  renderRows($("#placements tbody"), placements, (p) => [
    el("th", { scope: "row" }, p.id),
    p.queueName,
    status(p.status),
    p.players.join(", "),
    sessionLabel(p.gameServerSessionId),
  ]);

  renderExtra();
  renderSessionChoices(sessions);
  renderTimeline();
}

function healthSummary(p) {
  if (p.health.length === 0) return "no health checks yet";
  const failed = p.health.filter((h) => !h.healthy).length;
  return `${p.health.length} recent health checks, ${failed} failed`;
}

/** Collections this page has no table for (fleets, aliases, queues...): a table each, columns from their fields. */
function renderExtra() {
  const container = $("#extra");
  for (const [name, items] of state) {
    if (KNOWN.has(name)) continue;
    const id = `extra-${name}`;
    let section = document.getElementById(id);
    const list = [...items.values()];
    const columns = [...new Set(list.slice(0, 50).flatMap((item) => Object.keys(item)))].filter((c) => c !== "id");
    const signature = columns.join("\u0000");
    if (!section || section.dataset.columns !== signature) {
      section?.remove();
      section = el("section", { id, "aria-labelledby": `${id}-title`, "data-columns": signature },
        el("h2", { id: `${id}-title` }, humanize(name), " ", el("span", { class: "count" })),
        el("table", {}, el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "id"), columns.map((c) => el("th", { scope: "col" }, c)))), el("tbody")));
      container.append(section);
    }
    section.querySelector(".count").textContent = `(${list.length})`;
    renderRows(section.querySelector("tbody"), list, (item) => [el("th", { scope: "row" }, String(item.id)), ...columns.map((c) => cellText(item[c]))]);
  }
}

const humanize = (name) => name.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/^./, (c) => c.toUpperCase());
const cellText = (value) => (value === null || value === undefined ? "" : typeof value === "object" ? JSON.stringify(value) : String(value));

function renderSessionChoices(sessions) {
  const select = $("#reserve-slot select");
  const open = sessions.filter((s) => s.status === "ACTIVE" && s.playerSessionCreationPolicy === "ACCEPT_ALL" && s.players < s.maxPlayers);
  const chosen = select.value;
  const wanted = open.map((s) => `${s.id}\u0000${s.players}`).join("\n");
  if (select.dataset.signature === wanted) return;
  select.dataset.signature = wanted;
  select.replaceChildren(...(open.length === 0 ? [el("option", { value: "" }, "(no session with a free slot)")] : open.map((s) => el("option", { value: s.id }, `${s.shortId} (${s.players}/${s.maxPlayers})`))));
  if (open.some((s) => s.id === chosen)) select.value = chosen;
}

// --- timeline -----------------------------------------------------------------

function renderTimeline() {
  const form = $("#timeline-filters");
  const kind = form.elements.type;
  if (kind.options.length - 1 !== eventTypes.size) {
    const chosen = kind.value;
    kind.replaceChildren(el("option", { value: "" }, "all"), ...[...eventTypes].sort().map((t) => el("option", { value: t }, t)));
    kind.value = chosen;
  }
  const type = kind.value;
  const pid = form.elements.pid.value.trim();
  const session = form.elements.session.value.trim().toLowerCase();
  const q = form.elements.q.value.trim().toLowerCase();
  const shown = timeline.filter(
    (e) =>
      (!type || e.type === type) &&
      (!pid || String(e.pid) === pid) &&
      (!session || (e.gameServerSessionId ?? "").toLowerCase().includes(session)) &&
      (!q || `${e.subject} ${e.text}`.toLowerCase().includes(q)),
  );
  const list = $("#timeline");
  const items = shown.slice(-300).reverse();
  list.replaceChildren(...items.map((e) => el("li", { "data-type": e.type }, el("time", { datetime: new Date(e.at).toISOString() }, time(e.at)), "  ", el("span", { class: "subject" }, e.subject), " ", e.text)));
  $("#timeline-count").textContent = `${shown.length} of ${timeline.length} events`;
}

// --- actions ------------------------------------------------------------------

async function act(action, params) {
  const response = await fetch("api/action", {
    method: "POST",
    headers: { "content-type": "application/json", "x-gse-dashboard": "1" },
    body: JSON.stringify({ Action: action, ...params }),
  });
  const body = await response.json().catch(() => ({ Response: { Error: { Code: `HTTP ${response.status}`, Message: response.statusText } } }));
  const answer = body.Response ?? {};
  if (answer.Error) throw Object.assign(new Error(answer.Error.Message), { code: answer.Error.Code });
  return answer;
}

function showResult(ok, ...content) {
  const node = $("#result");
  node.className = ok ? "ok" : "error";
  node.replaceChildren(...content);
}

const failed = (what) => (error) => showResult(false, `${what} failed: ${error.code ?? ""} ${error.message}`);

function endSession(session) {
  act("EndGameServerSessionAndProcess", { GameServerSessionId: session.id }).then(
    () => showResult(true, `Ending session ${session.shortId}: its process was sent OnProcessTerminate.`),
    failed(`Ending session ${session.shortId}`),
  );
}

function terminate(pid) {
  const delay = Number($("#termination-delay").value || 0);
  act("LocalTerminateProcess", { Pid: pid, TerminationDelaySeconds: delay }).then(
    () => showResult(true, `Process ${pid} was sent OnProcessTerminate; it ends in ${delay} s at the latest.`),
    failed(`Terminating process ${pid}`),
  );
}

$("#create-session").addEventListener("submit", (event) => {
  event.preventDefault();
  const form = event.currentTarget.elements;
  const properties = form.GameProperties.value
    .split(",")
    .map((pair) => pair.trim())
    .filter(Boolean)
    .map((pair) => ({ Key: pair.split("=")[0].trim(), Value: pair.slice(pair.indexOf("=") + 1).trim() }));
  const params = { FleetId: form.FleetId.value, MaximumPlayerSessionCount: Number(form.MaximumPlayerSessionCount.value) };
  if (form.Name.value) params.Name = form.Name.value;
  if (properties.length > 0) params.GameProperties = properties;
  act("CreateGameServerSession", params).then(
    ({ GameServerSession: s }) => showResult(true, "Created session ", el("code", {}, s.GameServerSessionId), ` (${s.Status}).`),
    failed("Creating a session"),
  );
});

$("#reserve-slot").addEventListener("submit", (event) => {
  event.preventDefault();
  const form = event.currentTarget.elements;
  act("JoinGameServerSession", { GameServerSessionId: form.GameServerSessionId.value, PlayerId: form.PlayerId.value }).then(
    ({ PlayerSession: p }) =>
      showResult(true, el("strong", {}, "Ticket"), ` for ${p.PlayerId}: connect to `, el("code", {}, `${p.IpAddress}:${p.Port}`), " with player session id ", el("code", { id: "ticket" }, p.PlayerSessionId), ` (${p.Status}).`),
    failed("Reserving a slot"),
  );
});

$("#timeline-filters").addEventListener("input", () => renderTimeline());
$("#timeline-filters").addEventListener("submit", (event) => event.preventDefault());

connect();
