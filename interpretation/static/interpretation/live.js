// The live visit page, for clinician and patient alike (docs/protocol.md).
// Microphone → AudioWorklet (16 kHz PCM) → websocket; captions and translated speech back.
// It notices a dead connection by its pings, never replays stale audio (it says how much
// was lost instead), reconnects with backoff and catches up from the segments API.
// Captions and notices: live-captions.js; the device check: live-devices.js; speech
// played and the microphone opened: live-audio.js.
"use strict";

const RETRY_FIRST_MS = 500;
const RETRY_MAX_MS = 10000;
const ABUSE_RETRY_MS = 2000; // after an abuse close, let the server's frame limits refill first
// Waiting for the clinician to start: each refused try is audited, so ask less and less often.
const WAITING_RETRY_MS = 3000;
const WAITING_RETRY_MAX_MS = 30000;
const CONNECT_TIMEOUT_MS = 10000;
const PING_EVERY_MS = 1000;
const CHECK_EVERY_MS = 250; // how often the page looks at its pings (and ages held audio)
const STALL_AFTER_MS = 1500; // a ping unanswered this long: hold the audio back
const DEAD_AFTER_MS = 2500; // no pong this long, a ping waiting: the connection is gone
const MAX_REPLAY_MS = 1500; // audio older than this is never sent after an outage
const STALL_BYTES = 6400; // 0.2 s of audio still queued in the socket: the network stalls
const PCM_BYTES_PER_MS = 32; // 16 kHz × 2 bytes
const MAX_LOST_REPORT_MS = 600000; // the protocol's cap on one audio_lost message
// Close codes by name, defined once on the server (interpretation/messages.py CLOSE).
const CLOSE = config.closeCodes;
const FINAL_CLOSES = {[CLOSE.unauthenticated]: "refused", [CLOSE.forbidden]: "refused",
                      [CLOSE.no_visit]: "refused", [CLOSE.ended]: "ended",
                      [CLOSE.no_consent]: "no_consent"};

const live = {
  ws: null, ready: false, retryMs: RETRY_FIRST_MS, waitingMs: WAITING_RETRY_MS,
  retryTimer: null, closedForGood: false, revoked: false, catchingUp: null,
  pingId: 0, pings: new Map(), lastPingAt: 0, lastPongAt: 0, outbox: [], lostMs: 0, presence: {}, tierText: "",
  audio: null, playHead: 0, pendingVoice: {}, audioCount: 0,
  mic: null, micOn: false, sampleSink: null,
};
window.liveVisit = live; // for the browser tests and for debugging in the console
live.reconnect = () => connect();

// --- connection ----------------------------------------------------------------------

function setConnection(state, text) {
  const element = $("connection");
  element.dataset.state = state;
  element.textContent = text;
}

function connect() {
  clearTimeout(live.retryTimer);
  if (live.closedForGood || live.ws) return;
  const scheme = location.protocol === "https:" ? "wss://" : "ws://";
  const ws = new WebSocket(scheme + location.host + config.wsPath);
  ws.binaryType = "arraybuffer";
  live.ws = ws;
  live.ready = false;
  if ($("connection").dataset.state !== "reconnecting") setConnection("connecting", S.connecting);
  setTimeout(() => { if (live.ws === ws && !live.ready) dropped(ws); }, CONNECT_TIMEOUT_MS);
  ws.onmessage = (event) => {
    if (typeof event.data === "string") onEvent(JSON.parse(event.data));
    else onSpeech(event.data);
  };
  ws.onclose = (event) => onClosed(ws, event.code);
}

function onClosed(ws, code) {
  if (ws !== live.ws) return;
  live.ws = null;
  live.ready = false;
  const final = FINAL_CLOSES[code];
  if (final === "no_consent" && live.revoked) return showStopped();
  if (final) return stopForGood(final);
  if (code === CLOSE.not_live) { // not live yet: wait for the clinician to start
    setConnection("waiting", S.waiting);
    // In the waiting room, its poll reloads the page when the visit starts: knocking
    // again meanwhile would only add refusals to the audit trail.
    if ($("waiting-room")) return;
    live.retryTimer = setTimeout(connect, live.waitingMs);
    live.waitingMs = Math.min(live.waitingMs * 2, WAITING_RETRY_MAX_MS);
    return;
  }
  // An abuse close included: the page broke a limit once; it waits and comes back.
  retryLater(code === CLOSE.abuse ? Math.max(live.retryMs, ABUSE_RETRY_MS) : live.retryMs);
}

// The connection is gone without a close (no pong, the browser went offline, or it never
// opened): leave it, count the audio stuck in it as lost, and come back.
function dropped(ws) {
  if (!ws || ws !== live.ws) return;
  ws.onclose = null;
  ws.onmessage = null;
  if (live.micOn) live.lostMs += ws.bufferedAmount / PCM_BYTES_PER_MS;
  try { ws.close(); } catch (_) { /* already closing */ }
  live.ws = null;
  live.ready = false;
  retryLater(live.retryMs);
}

function retryLater(delayMs) {
  setConnection("reconnecting", S.reconnecting);
  clearTimeout(live.retryTimer);
  live.retryTimer = setTimeout(connect, delayMs);
  live.retryMs = Math.min(live.retryMs * 2, RETRY_MAX_MS);
}

function stopForGood(reason) {
  live.closedForGood = true;
  clearTimeout(live.retryTimer);
  setConnection(reason, S[reason]);
  setMicOff();
  $("mic-toggle").disabled = true;
  $("record-sample").disabled = true;
  if (reason === "ended") { // nothing is left to ask for
    document.querySelectorAll(".controls button").forEach((b) => { b.disabled = true; });
    setTimeout(() => location.assign(config.urls.after_end), 4000);
  }
  if (reason === "no_consent" && config.role !== "clinician") {
    setTimeout(() => location.assign(config.urls.after_end), 2000);
  }
}

// The patient stopped machine interpretation: say so here, where they are, not with the
// words for someone who never agreed. Asking for a human interpreter still works.
function showStopped() {
  live.revoked = true;
  live.closedForGood = true;
  clearTimeout(live.retryTimer);
  setConnection("stopped", S.stopped_by_me);
  badge("off");
  setMicOff();
  $("mic-toggle").disabled = true;
  $("revoke-interpretation")?.setAttribute("hidden", "");
  $("revoke-cloning")?.setAttribute("hidden", "");
  const stopped = $("stopped");
  if (stopped) stopped.hidden = false;
}

function send(message) {
  if (live.ws && live.ready && live.ws.readyState === WebSocket.OPEN) {
    live.ws.send(message);
    return true;
  }
  return false;
}

// The heartbeat's clock runs in a dedicated worker (ticker.js): a hidden tab's own timers
// may fire once a minute, and the server closes a connection whose steady pings stop.
function startClock(tick, everyMs) {
  const onThePage = () => { // no worker here: the page's own timer, throttled when hidden
    if (document.body.dataset.clock === "page") return;
    document.body.dataset.clock = "page";
    setInterval(tick, everyMs);
  };
  try {
    const ticker = new Worker(document.getElementById("live-script").dataset.ticker);
    ticker.onmessage = () => tick();
    ticker.onerror = () => { ticker.terminate(); onThePage(); };
    ticker.postMessage(everyMs);
    document.body.dataset.clock = "worker";
  } catch (_) {
    onThePage();
  }
}

// Every second a ping; an unanswered one first holds the audio back, then ends the
// connection. The page's own timer, so a silent network is noticed within seconds.
function heartbeat() {
  pumpAudio();
  if (!live.ready) return;
  const now = performance.now();
  // Silence since the last pong, while a ping waits: pongs come every second otherwise.
  if (live.pings.size && now - live.lastPongAt > DEAD_AFTER_MS) return dropped(live.ws);
  if (now - live.lastPingAt < PING_EVERY_MS) return;
  live.lastPingAt = now;
  live.pingId += 1;
  live.pings.set(String(live.pingId), now);
  send(JSON.stringify({type: "ping", id: String(live.pingId)}));
}

function stalled() {
  const oldest = live.pings.size ? Math.min(...live.pings.values()) : Infinity;
  return performance.now() - oldest > STALL_AFTER_MS
    || live.ws.bufferedAmount > STALL_BYTES;
}

// --- audio up: fresh or not at all -------------------------------------------------------

function queueAudio(buffer) {
  live.outbox.push({buffer, at: performance.now()});
  pumpAudio();
}

function pumpAudio() {
  if (!live.ready) { // no connection: keep only what is recent enough to send later
    const now = performance.now();
    while (live.outbox.length && now - live.outbox[0].at > MAX_REPLAY_MS) {
      live.lostMs += live.outbox.shift().buffer.byteLength / PCM_BYTES_PER_MS;
    }
    return;
  }
  if (stalled()) return; // the same connection may still recover: hold, do not drop
  while (live.outbox.length) send(live.outbox.shift().buffer);
}

// Tell the server (an audited gap) and the speaker how much of their audio never left.
function reportLostAudio() {
  const lostMs = Math.round(live.lostMs);
  if (lostMs < 1) return;
  // Cleared only once the server has it (it stores the gap); a long loss goes in pieces.
  let left = lostMs;
  while (left >= 1) {
    const piece = Math.min(left, MAX_LOST_REPORT_MS);
    if (!send(JSON.stringify({type: "audio_lost", duration_ms: piece}))) break;
    left -= piece;
  }
  live.lostMs = left;
  notice("audio_lost", say(S.audio_lost, {seconds: Math.max(1, Math.round(lostMs / 1000))}),
         {kind: "bad"});
}

// --- events down -----------------------------------------------------------------------

function onEvent(event) {
  switch (event.type) {
    case "ready":
      live.ready = true;
      $("waiting-room")?.remove(); // the visit is live and this page is in it
      live.retryMs = RETRY_FIRST_MS;
      live.waitingMs = WAITING_RETRY_MS;
      live.pings.clear();
      live.lastPongAt = performance.now();
      setConnection("connected", S.connected);
      send(JSON.stringify({type: live.micOn ? "start" : "stop"}));
      send(JSON.stringify({type: "interim_captions", enabled: true})); // words as spoken
      pumpAudio();
      reportLostAudio();
      if (event.last_seq > captions.lastSeq) catchUp();
      showTier(event.translation || {});
      break;
    case "pong":
      live.pings.delete(String(event.id));
      live.lastPongAt = performance.now();
      pumpAudio();
      break;
    case "segment":
      if (event.seq > captions.lastSeq + 1) catchUp();
      addCaption(event, event.transcript ?? event.text); // protocol 1 named it `text`
      finishInterim(event.utterance_id);
      break;
    case "interim":
      showInterim(event);
      break;
    case "revision":
      revise(event.seq, event.language, event.translation, event.flags || []);
      break;
    case "gap":
      if (event.seq > captions.lastSeq + 1) catchUp();
      addGap(event.seq, event.reason);
      finishInterim(event.utterance_id);
      break;
    case "audio":
      live.pendingVoice[event.seq] = event.voice;
      break;
    case "speech_failed":
      if (event.language === config.language) speechFailed(event.seq);
      break;
    case "speaking":
      showSpeaking(event.participant_id, event.active);
      break;
    case "presence":
      showPresence(event.participant_id, event.state);
      break;
    case "interpretation":
      showInterpretation(event.state);
      break;
    case "consent_changed":
      consentChanged(event.participant_id, event.scope, event.active);
      break;
    case "interpreter_requested":
      interpreterRequested(event.participant_id);
      break;
    case "error":
      if (event.code === "overloaded") notice("overloaded", S.gap, {timeoutMs: NOTICE_SHORT_MS});
      break;
    case "visit_ended":
      stopForGood("ended");
      break;
  }
}

// What was missed while away, from the stored record; one request at a time, then once
// more if something newer came in meanwhile.
async function catchUp() {
  if (live.catchingUp) { live.catchingUp.again = true; return; }
  live.catchingUp = {again: false};
  try {
    const response = await fetch(`${config.urls.segments}?after=${captions.lastSeq}`,
                                 {credentials: "same-origin"});
    if (response.ok) {
      for (const item of await response.json()) {
        if (item.kind === "gap") addGap(item.seq, item.reason);
        else addCaption(item, item.redacted_text ?? item.text);
      }
    }
  } finally {
    const again = live.catchingUp.again;
    live.catchingUp = null;
    if (again) catchUp();
  }
}

function showPresence(participantId, state) {
  if (Number(participantId) === config.participantId) return;
  const before = live.presence[participantId];
  live.presence[participantId] = state;
  $(`person-${participantId}`)?.setAttribute("data-presence", state);
  const key = `presence:${participantId}`;
  const values = {who: who(participantId)};
  if (state === "reconnecting") notice(key, say(S.presence_reconnecting, values), {kind: "bad"});
  else if (state === "left") notice(key, say(S.presence_left, values));
  else if (state === "connected") {
    const back = before === "reconnecting" || before === "left";
    notice(key, say(back ? S.presence_back : S.presence_connected, values),
           {kind: "ok", timeoutMs: NOTICE_SHORT_MS});
  }
}

function showInterpretation(state) {
  if (state === "paused") {
    badge("paused");
    notice("interpretation", S.paused, {kind: "bad"});
  } else if (state === "running") {
    badge("on");
    catchUp(); // anything stored while the server could not fan it out
    notice("interpretation", S.resumed, {kind: "ok", timeoutMs: NOTICE_SHORT_MS});
  }
}

function consentChanged(participantId, scope, active) {
  const mine = Number(participantId) === config.participantId;
  if (scope === "voice_cloning") {
    const before = config.participants[participantId].cloning;
    setCloning(participantId, !active ? "off" : (before === "off" ? "no_reference" : before));
  } else if (scope === "interpretation" && mine && !active) {
    live.revoked = true; // the server closes with no_consent next: that is a revocation
  } else if (scope === "interpretation" && !mine) {
    const values = {who: who(participantId)};
    const key = `consent:${participantId}`;
    if (active) {
      notice(key, say(S.interpretation_regranted_by, values),
             {kind: "ok", timeoutMs: NOTICE_SHORT_MS});
    } else {
      notice(key, say(S.interpretation_stopped_by, values), {kind: "bad"});
    }
  }
}

function interpreterRequested(participantId) {
  const mine = Number(participantId) === config.participantId;
  // Whoever did not ask must act on it: it stays until dismissed.
  notice("interpreter", say(S.interpreter_requested_by, {who: who(participantId)}),
         mine ? {timeoutMs: NOTICE_SHORT_MS} : {});
}

// The translation engine's tier for the pairs that concern me, worst first: a test model
// is said loudly to both sides, never only in the server's terminal.
function showTier(pairs) {
  const mine = Object.entries(pairs)
    .filter(([pair]) => pair.split("-").includes(config.language))
    .map(([, info]) => info.tier);
  const tier = ["test", "basic", "good"].find((t) => mine.includes(t)) || "good";
  const element = $("mt-tier");
  element.dataset.tier = tier;
  live.tierText = S[`mt_${tier}`];
  document.body.dataset.mtTier = tier;
  badge(element.dataset.state === "paused" ? "paused" : "on");
}

function badge(state) {
  const element = $("mt-tier");
  if (live.revoked && state !== "off") return;
  element.dataset.state = state;
  element.textContent = state === "on" ? live.tierText
    : state === "paused" ? S.badge_paused : S.badge_off;
  element.hidden = !element.textContent;
}

function showSpeaking(participantId, active) {
  const element = $("speaking");
  element.dataset.speaker = active ? participantId : "";
  element.textContent = active ? `${label(participantId)}: ${S.speaking}` : S.listening;
}

function setCloning(participantId, state) {
  if (!config.participants[participantId]) return;
  config.participants[participantId].cloning = state;
  const element = $(`cloning-${participantId}`);
  if (element) {
    element.dataset.state = state;
    element.textContent = S[`cloning_${state}`];
  }
  if (Number(participantId) === config.participantId) {
    const revoke = $("revoke-cloning");
    if (revoke) revoke.hidden = state === "off" || live.revoked;
    $("voice-sample").hidden = state !== "no_reference" || live.revoked;
  }
}

// --- microphone ------------------------------------------------------------------------

function setMicOff() {
  live.micOn = false;
  pumpAudio();
  for (const {buffer} of live.outbox) { // held back by a bad connection: never sent
    live.lostMs += buffer.byteLength / PCM_BYTES_PER_MS;
  }
  live.outbox = []; // what could not be sent before "stop" is not sent after it
  stopMic();
  const button = $("mic-toggle");
  button.setAttribute("aria-pressed", "false");
  button.textContent = S.mic_off;
  button.classList.remove("on");
}

async function toggleMic() {
  const button = $("mic-toggle");
  if (live.micOn) {
    setMicOff();
    send(JSON.stringify({type: "stop"}));
    return;
  }
  if (!live.mic && !(await startMic())) return;
  live.micOn = true;
  send(JSON.stringify({type: "start"}));
  $("device-check").open = false; // checked, or not needed: give the captions the room
  button.setAttribute("aria-pressed", "true");
  button.textContent = S.mic_on;
  button.classList.add("on");
}

// --- actions ---------------------------------------------------------------------------

function post(url, body, contentType = "application/json") {
  return fetch(url, {
    method: "POST", credentials: "same-origin", body,
    headers: {"X-CSRFToken": config.csrfToken, "Content-Type": contentType},
  });
}

async function revoke(scope) {
  const response = await post(config.urls.consents, JSON.stringify({
    scope, decision: "revoked", consent_text_id: config.consentTextIds[scope]}));
  if (!response.ok) return;
  if (scope === "interpretation") showStopped();
  else setCloning(config.participantId, "off");
}

// A button does its work once at a time: a double click sends one request, not two.
function on(id, handler) {
  const element = $(id);
  if (!element) return;
  element.addEventListener("click", async () => {
    if (element.dataset.busy) return;
    element.dataset.busy = "true";
    try { await handler(); } finally { delete element.dataset.busy; }
  });
}

document.addEventListener("DOMContentLoaded", () => {
  for (const [id, participant] of Object.entries(config.participants)) {
    setCloning(id, participant.cloning);
  }
  on("mic-toggle", toggleMic);
  on("interpreter", async () => {
    const response = await post(config.urls.interpreter, "");
    if (response.ok) interpreterRequested(config.participantId);
  });
  on("end-visit", async () => {
    const response = await post(config.urls.end, "");
    if (response.ok) stopForGood("ended");
  });
  on("revoke-cloning", () => revoke("voice_cloning"));
  on("revoke-interpretation", () => revoke("interpretation"));
  on("record-sample", recordSample);
  document.body.dataset.audioCount = "0";
  setInterval(() => {
    if (!live.closedForGood) fetch(config.urls.keepalive, {credentials: "same-origin"});
  }, config.keepaliveMs); // a visit in progress is not idle
  startClock(heartbeat, CHECK_EVERY_MS);
  window.addEventListener("offline", () => dropped(live.ws));
  window.addEventListener("online", () => { // back: try now, not at the next backoff step
    if (live.closedForGood || live.ready) return;
    if (live.ws) dropped(live.ws);
    connect();
  });
  window.addEventListener("pagehide", () => { // leaving on purpose: say goodbye first
    const ws = live.ws;
    if (!send(JSON.stringify({type: "leave"}))) return;
    ws.onclose = null;
    live.ws = null;
    live.ready = false;
    ws.close(1000);
  });
  window.addEventListener("pageshow", (event) => { if (event.persisted) connect(); });
  connect();
});
