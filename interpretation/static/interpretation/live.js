// The live visit page, for clinician and patient alike (docs/protocol.md).
// Microphone → AudioWorklet (16 kHz PCM) → websocket; captions and translated speech back.
// Reconnects by itself and catches up on what it missed from the segments API.
"use strict";

const config = JSON.parse(document.getElementById("live-config").textContent);
const S = config.strings;
const WORKLET_URL = document.getElementById("live-script").dataset.worklet;
const RETRY_MAX_MS = 10000;
// Waiting for the clinician to start: each refused try is audited, so ask less and less often.
const WAITING_RETRY_MS = 3000;
const WAITING_RETRY_MAX_MS = 30000;
const SAMPLE_RATE_HZ = 16000;
const VOICE_SAMPLE_S = 6;
const FINAL_CLOSES = {4401: "refused", 4403: "refused", 4404: "refused", 4408: "refused",
                      4410: "ended", 4451: "no_consent"};

const $ = (id) => document.getElementById(id);
const live = {
  ws: null, lastSeq: 0, shown: new Set(), retryMs: 1000, waitingMs: WAITING_RETRY_MS,
  closedForGood: false,
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
  const scheme = location.protocol === "https:" ? "wss://" : "ws://";
  const ws = new WebSocket(scheme + location.host + config.wsPath);
  ws.binaryType = "arraybuffer";
  live.ws = ws;
  setConnection("connecting", S.connecting);
  ws.onmessage = (event) => {
    if (typeof event.data === "string") onEvent(JSON.parse(event.data));
    else onSpeech(event.data);
  };
  ws.onclose = (event) => {
    const final = FINAL_CLOSES[event.code];
    if (final) return stopForGood(final);
    if (event.code === 4409) { // not live yet: wait for the clinician to start
      setConnection("waiting", S.waiting);
      setTimeout(connect, live.waitingMs);
      live.waitingMs = Math.min(live.waitingMs * 2, WAITING_RETRY_MAX_MS);
      return;
    }
    setConnection("reconnecting", S.reconnecting);
    setTimeout(connect, live.retryMs);
    live.retryMs = Math.min(live.retryMs * 2, RETRY_MAX_MS);
  };
}

function stopForGood(reason) {
  live.closedForGood = true;
  setConnection(reason, S[reason]);
  stopMic();
  document.querySelectorAll(".controls button").forEach((b) => { b.disabled = true; });
  if (reason === "ended") setTimeout(() => location.assign(config.urls.after_end), 4000);
  if (reason === "no_consent" && config.role !== "clinician") {
    setTimeout(() => location.assign(config.urls.after_end), 2000);
  }
}

function send(message) {
  if (live.ws && live.ws.readyState === WebSocket.OPEN) live.ws.send(message);
}

// --- events down -----------------------------------------------------------------------

function onEvent(event) {
  switch (event.type) {
    case "ready":
      live.retryMs = 1000;
      setConnection("connected", S.connected);
      send(JSON.stringify({type: live.micOn ? "start" : "stop"}));
      if (event.last_seq > live.lastSeq) catchUp();
      showTier(event.translation || {});
      break;
    case "segment":
      if (event.seq > live.lastSeq + 1) catchUp();
      addCaption(event.seq, event.speaker_id, event.source_language, event.text,
                 event.translations || {}, event.flags || [], event.back_translations || {});
      break;
    case "revision":
      revise(event.seq, event.language, event.translation, event.flags || []);
      break;
    case "gap":
      if (event.seq > live.lastSeq + 1) catchUp();
      addGap(event.seq);
      break;
    case "audio":
      live.pendingVoice[event.seq] = event.voice;
      break;
    case "speaking":
      showSpeaking(event.participant_id, event.active);
      break;
    case "consent_changed":
      if (event.scope === "voice_cloning") {
        const before = config.participants[event.participant_id].cloning;
        setCloning(event.participant_id, !event.active ? "off"
          : (before === "off" ? "no_reference" : before));
      } else if (event.scope === "interpretation" && !event.active
                 && event.participant_id !== config.participantId) {
        notice(`${label(event.participant_id)}: ${S.interpretation_stopped}`);
      }
      break;
    case "interpreter_requested":
      notice(S.interpreter_requested);
      break;
    case "error":
      if (event.code === "overloaded") notice(S.gap);
      break;
    case "visit_ended":
      stopForGood("ended");
      break;
  }
}

async function catchUp() {
  const after = live.lastSeq;
  const response = await fetch(`${config.urls.segments}?after=${after}`,
                               {credentials: "same-origin"});
  if (!response.ok) return;
  for (const item of await response.json()) {
    if (item.kind === "gap") addGap(item.seq);
    else addCaption(item.seq, item.speaker_id, item.source_language, item.text,
                    item.translations || {}, Object.values(item.flags || {}).flat());
  }
}

function label(participantId) {
  if (Number(participantId) === config.participantId) return S.you;
  const participant = config.participants[participantId];
  return participant ? S[participant.role] : "";
}

// The translation engine's tier for the pairs that concern me, worst first: a test model
// is said loudly to both sides, never only in the server's terminal.
function showTier(pairs) {
  const mine = Object.entries(pairs)
    .filter(([pair]) => pair.split("-").includes(config.language))
    .map(([, info]) => info.tier);
  const tier = ["test", "basic", "good"].find((t) => mine.includes(t));
  if (!tier) return;
  const element = $("mt-tier");
  element.dataset.tier = tier;
  element.textContent = S[`mt_${tier}`];
  element.hidden = false;
  document.body.dataset.mtTier = tier;
}

function flagged(flags) {
  return flags.some((flag) => flag !== "test_model");
}

function checkLine() {
  const p = document.createElement("p");
  p.className = "mt-check";
  p.setAttribute("role", "note");
  p.textContent = S.mt_check;
  return p;
}

// A better translation of a caption already shown (same seq): replace it in place.
function revise(seq, language, translation, flags) {
  const item = document.querySelector(`#captions li[data-seq="${seq}"]`);
  if (!item) return;
  const own = Number(item.dataset.speaker) === config.participantId;
  if (!own && language !== config.language) return;
  const line = item.querySelector("p.translation");
  if (!line || line.lang !== language) return;
  line.textContent = translation;
  line.dataset.revised = "true";
  line.title = S.mt_revised;
  item.querySelector("p.mt-check")?.remove();
  if (flagged(flags)) item.append(checkLine());
}

function addCaption(seq, speakerId, sourceLanguage, text, translations, flags = [],
                    backTranslations = {}) {
  if (live.shown.has(seq)) return;
  live.shown.add(seq);
  live.lastSeq = Math.max(live.lastSeq, seq);
  const own = speakerId === config.participantId;
  // Mine: what the others get; theirs: what I get, in my language.
  const targetLanguage = own
    ? Object.keys(translations).find((lang) => lang !== sourceLanguage) || sourceLanguage
    : config.language;
  const item = document.createElement("li");
  item.className = own ? "caption own" : "caption";
  item.dataset.seq = seq;
  item.dataset.speaker = speakerId;
  const who = document.createElement("span");
  who.className = "who";
  who.textContent = label(speakerId);
  item.append(who, line("original", sourceLanguage, text, S.heard_original));
  if (targetLanguage !== sourceLanguage && translations[targetLanguage]) {
    item.append(line("translation", targetLanguage, translations[targetLanguage],
                     S.heard_translation));
  }
  if (own && backTranslations[targetLanguage]) { // what they got, said back in my language
    const back = line("back-translation", sourceLanguage, backTranslations[targetLanguage],
                      S.back_translation);
    back.prepend(`${S.back_translation}: `);
    item.append(back);
  }
  if (flagged(flags)) item.append(checkLine());
  insertInOrder(item, seq);
}

function line(kind, language, text, title) {
  const p = document.createElement("p");
  p.className = kind;
  p.lang = language;
  p.title = title;
  p.textContent = text;
  return p;
}

function addGap(seq) {
  if (live.shown.has(seq)) return;
  live.shown.add(seq);
  live.lastSeq = Math.max(live.lastSeq, seq);
  const item = document.createElement("li");
  item.className = "caption gap";
  item.dataset.seq = seq;
  item.textContent = S.gap;
  insertInOrder(item, seq);
}

function insertInOrder(item, seq) {
  const list = $("captions");
  const later = [...list.children].find((child) => Number(child.dataset.seq) > seq);
  list.insertBefore(item, later || null);
  item.scrollIntoView({block: "nearest"});
}

function showSpeaking(participantId, active) {
  const element = $("speaking");
  element.dataset.speaker = active ? participantId : "";
  element.textContent = active ? `${label(participantId)}: ${S.speaking}` : S.listening;
}

function notice(text) {
  const element = $("notice");
  element.textContent = text;
  element.hidden = false;
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
    if (revoke) revoke.hidden = state === "off";
    $("voice-sample").hidden = state !== "no_reference";
  }
}

// --- translated speech -----------------------------------------------------------------

function audioContext() {
  if (!live.audio) live.audio = new AudioContext();
  if (live.audio.state === "suspended") live.audio.resume();
  return live.audio;
}

function onSpeech(buffer) {
  const header = new DataView(buffer, 0, 12);
  if (String.fromCharCode(...new Uint8Array(buffer, 0, 4)) !== "SEG1") return;
  const seq = header.getUint32(4, true);
  const rate = header.getUint32(8, true);
  const pcm = new Int16Array(buffer.slice(12));
  const context = audioContext();
  const clip = context.createBuffer(1, pcm.length || 1, rate);
  const samples = clip.getChannelData(0);
  for (let i = 0; i < pcm.length; i++) samples[i] = pcm[i] / 0x8000;
  const source = context.createBufferSource();
  source.buffer = clip;
  source.connect(context.destination);
  live.playHead = Math.max(live.playHead, context.currentTime);
  source.start(live.playHead); // one after another, never over each other
  live.playHead += clip.duration;
  live.audioCount += 1;
  document.body.dataset.audioCount = live.audioCount;
  const voice = live.pendingVoice[seq] || "";
  delete live.pendingVoice[seq];
  const caption = document.querySelector(`#captions [data-seq="${seq}"]`);
  if (caption && !caption.dataset.spoken) {
    const mark = document.createElement("span");
    mark.className = "spoken";
    mark.textContent = S.audio_played;
    caption.append(mark);
    caption.dataset.spoken = voice.startsWith("clone:") ? "clone" : "stock";
    if (voice.startsWith("clone:")) setCloning(caption.dataset.speaker, "on");
  }
}

// --- microphone ------------------------------------------------------------------------

async function startMic() {
  const context = audioContext();
  try {
    // Echo cancellation keeps the translated speech we play out of the microphone; noise
    // suppression and gain control are off, since their artefacts cost Whisper more than
    // the noise they remove.
    const stream = await navigator.mediaDevices.getUserMedia({audio: {
      channelCount: 1, echoCancellation: true, noiseSuppression: false, autoGainControl: false}});
    await context.audioWorklet.addModule(WORKLET_URL);
    const node = new AudioWorkletNode(context, "pcm16-capture");
    const silent = context.createGain();
    silent.gain.value = 0; // the worklet must be pulled by the graph, but not heard
    context.createMediaStreamSource(stream).connect(node);
    node.connect(silent).connect(context.destination);
    node.port.onmessage = (event) => {
      if (live.sampleSink) live.sampleSink(event.data);
      else if (live.micOn) send(event.data);
    };
    live.mic = {stream, node};
  } catch (_) {
    notice(S.mic_denied);
    return false;
  }
  return true;
}

function stopMic() {
  if (!live.mic) return;
  live.mic.stream.getTracks().forEach((track) => track.stop());
  live.mic.node.disconnect();
  live.mic = null;
}

async function toggleMic() {
  const button = $("mic-toggle");
  if (live.micOn) {
    live.micOn = false;
    send(JSON.stringify({type: "stop"}));
    stopMic();
  } else {
    if (!live.mic && !(await startMic())) return;
    live.micOn = true;
    send(JSON.stringify({type: "start"}));
  }
  button.setAttribute("aria-pressed", String(live.micOn));
  button.textContent = live.micOn ? S.mic_on : S.mic_off;
  button.classList.toggle("on", live.micOn);
}

// --- actions ---------------------------------------------------------------------------

function post(url, body, contentType = "application/json") {
  return fetch(url, {
    method: "POST", credentials: "same-origin", body,
    headers: {"X-CSRFToken": config.csrfToken, "Content-Type": contentType},
  });
}

function revoke(scope) {
  return post(config.urls.consents, JSON.stringify({
    scope, decision: "revoked", consent_text_id: config.consentTextIds[scope]}));
}

async function recordSample() {
  const status = $("sample-status");
  if (!live.mic && !(await startMic())) return;
  const chunks = [];
  live.sampleSink = (buffer) => chunks.push(new Int16Array(buffer.slice(0)));
  $("record-sample").disabled = true;
  status.textContent = "…";
  await new Promise((resolve) => setTimeout(resolve, VOICE_SAMPLE_S * 1000));
  live.sampleSink = null;
  if (!live.micOn) stopMic();
  const response = await post(config.urls.voiceProfile, wav(chunks), "audio/wav");
  $("record-sample").disabled = false;
  status.textContent = response.ok ? "✓" : `${response.status}`;
  if (response.ok) setCloning(config.participantId, "on");
}

function wav(chunks) {
  const samples = chunks.reduce((n, chunk) => n + chunk.length, 0);
  const view = new DataView(new ArrayBuffer(44 + samples * 2));
  const text = (offset, value) => [...value].forEach((c, i) => view.setUint8(offset + i, c.charCodeAt(0)));
  text(0, "RIFF"); view.setUint32(4, 36 + samples * 2, true); text(8, "WAVE");
  text(12, "fmt "); view.setUint32(16, 16, true); view.setUint16(20, 1, true);
  view.setUint16(22, 1, true); view.setUint32(24, SAMPLE_RATE_HZ, true);
  view.setUint32(28, SAMPLE_RATE_HZ * 2, true); view.setUint16(32, 2, true);
  view.setUint16(34, 16, true); text(36, "data"); view.setUint32(40, samples * 2, true);
  let offset = 44;
  for (const chunk of chunks) {
    for (const value of chunk) { view.setInt16(offset, value, true); offset += 2; }
  }
  return view.buffer;
}

function on(id, handler) {
  const element = $(id);
  if (element) element.addEventListener("click", handler);
}

document.addEventListener("DOMContentLoaded", () => {
  for (const [id, participant] of Object.entries(config.participants)) {
    setCloning(id, participant.cloning);
  }
  on("mic-toggle", toggleMic);
  on("interpreter", async () => {
    const response = await post(config.urls.interpreter, "");
    if (response.ok) notice(S.interpreter_requested);
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
  connect();
});
