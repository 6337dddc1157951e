// The live page's captions and notices (loaded before live.js, which drives them).
// Captions: in seq order, the latest in view; at most MAX_CAPTIONS stay in the page, so a
// phone's list does not grow without end (the visit's record keeps them all).
"use strict";

const config = JSON.parse(document.getElementById("live-config").textContent);
const S = config.strings;
const MAX_CAPTIONS = 200;
const NOTICE_SHORT_MS = 10000; // news that needs no answer goes by itself
const CAPTION_SIZE_KEY = "liveCaptionSize";
const $ = (id) => document.getElementById(id);

const captions = {
  shown: new Set(), lastSeq: 0, speechFailed: {},
  finished: new Set(), // utterance ids whose segment (or gap) is shown: late interims go
};
const FINISHED_REMEMBERED = 64;

// "{who} is back." with who as a phrase at the start of a sentence.
function say(template, values) {
  return template.replace(/\{(\w+)\}/g, (_, key) => String(values[key] ?? ""));
}

function label(participantId) {
  if (Number(participantId) === config.participantId) return S.you;
  const participant = config.participants[participantId];
  return participant ? S[participant.role] : "";
}

function who(participantId) {
  if (Number(participantId) === config.participantId) return S.who_you;
  const participant = config.participants[participantId];
  return participant ? S[`who_${participant.role}`] : "";
}

// --- notices ---------------------------------------------------------------------------

// One notice per key: a newer one with the same key replaces it; clearNotice removes it
// when what it says no longer holds. Short news times out; every notice can be dismissed.
function notice(key, text, {kind = "info", timeoutMs = 0} = {}) {
  clearNotice(key);
  const item = document.createElement("li");
  item.dataset.key = key;
  item.dataset.kind = kind;
  const words = document.createElement("span");
  words.textContent = text;
  const dismiss = document.createElement("button");
  dismiss.type = "button";
  dismiss.className = "dismiss";
  dismiss.textContent = "×";
  dismiss.setAttribute("aria-label", S.dismiss);
  dismiss.addEventListener("click", () => item.remove());
  item.append(words, dismiss);
  $("notices").append(item);
  if (timeoutMs) setTimeout(() => item.remove(), timeoutMs);
}

function clearNotice(key) {
  document.querySelectorAll("#notices li").forEach((item) => {
    if (item.dataset.key === key) item.remove();
  });
}

// --- captions --------------------------------------------------------------------------

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

function line(kind, language, text, title) {
  const p = document.createElement("p");
  p.className = kind;
  p.lang = language;
  p.title = title;
  p.textContent = text;
  return p;
}

function mark(kind, text) {
  const span = document.createElement("span");
  span.className = kind;
  span.textContent = text;
  return span;
}

function captionItem(seq) {
  return document.querySelector(`#captions li[data-seq="${seq}"]`);
}

// A better translation of a caption already shown (same seq): replace it in place.
function revise(seq, language, translation, flags) {
  const item = captionItem(seq);
  if (!item) return;
  const own = Number(item.dataset.speaker) === config.participantId;
  if (!own && language !== config.language) return;
  const p = item.querySelector("p.translation");
  if (!p || p.lang !== language) return;
  p.textContent = translation;
  p.dataset.revised = "true";
  p.title = S.mt_revised;
  item.querySelector("p.mt-check")?.remove();
  if (flagged(flags)) item.append(checkLine());
}

// `original`: what was said, as this caption shows it: the live transcript (identifiers
// restored) for a live segment, the stored redacted text for one caught up.
function addCaption(segment, original) {
  const {seq, speaker_id: speakerId, source_language: sourceLanguage} = segment;
  if (captions.shown.has(seq)) return;
  captions.shown.add(seq);
  captions.lastSeq = Math.max(captions.lastSeq, seq);
  const translations = segment.translations || {};
  const backTranslations = segment.back_translations || {};
  const flags = Array.isArray(segment.flags) ? segment.flags
    : Object.values(segment.flags || {}).flat();
  const own = speakerId === config.participantId;
  // Mine: what the others get; theirs: what I get, in my language.
  const targetLanguage = own
    ? Object.keys(translations).find((lang) => lang !== sourceLanguage) || sourceLanguage
    : config.language;
  const item = document.createElement("li");
  item.className = own ? "caption own" : "caption";
  item.dataset.seq = seq;
  item.dataset.speaker = speakerId;
  const speaker = document.createElement("span");
  speaker.className = "who";
  speaker.textContent = label(speakerId);
  item.append(speaker);
  if (segment.late) {
    item.dataset.late = "true";
    item.append(mark("late", S.late));
  }
  item.append(line("original", sourceLanguage, original, S.heard_original));
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
  if (captions.speechFailed[seq]) speechFailed(seq);
}

// --- interim captions: words while they are spoken (protocol: `interim`) -----------------

function interimItem(utteranceId) {
  return [...document.querySelectorAll("#captions li.interim")]
    .find((item) => item.dataset.utterance === utteranceId);
}

// The segment or gap of this utterance is here: its interim line goes, for good.
function finishInterim(utteranceId) {
  if (!utteranceId) return;
  interimItem(utteranceId)?.remove();
  captions.finished.add(utteranceId);
  if (captions.finished.size > FINISHED_REMEMBERED) {
    captions.finished.delete(captions.finished.values().next().value);
  }
}

// What is being said now, provisional (faded, in italics, "…"): replaced in place by the
// next interim of the same utterance, removed by its segment; an empty one (the utterance
// came to nothing) removes it too. An interim after its segment is ignored.
function showInterim(event) {
  const {utterance_id: utteranceId, speaker_id: speakerId} = event;
  if (captions.finished.has(utteranceId)) return;
  const own = speakerId === config.participantId;
  const text = own ? event.transcript : event.translation || event.transcript;
  let item = interimItem(utteranceId);
  if (!text) {
    item?.remove();
    return;
  }
  if (!item) {
    item = document.createElement("li");
    item.className = own ? "caption interim own" : "caption interim";
    item.dataset.utterance = utteranceId;
    item.dataset.speaker = speakerId;
    item.style.opacity = "0.65";
    item.style.fontStyle = "italic";
    item.setAttribute("aria-live", "off"); // screen readers wait for the final caption
    const list = $("captions");
    const following = list.scrollHeight - list.scrollTop - list.clientHeight < 80;
    list.append(item); // after every caption with a seq: it is the newest speech
    if (following) list.scrollTop = list.scrollHeight;
  }
  const speaker = document.createElement("span");
  speaker.className = "who";
  speaker.textContent = label(speakerId);
  const language = own ? event.source_language : event.target_language;
  item.replaceChildren(speaker, line("original interim-text", language, `${text} …`,
                                     S.heard_original));
}

function addGap(seq, reason = "") {
  if (captions.shown.has(seq)) return;
  captions.shown.add(seq);
  captions.lastSeq = Math.max(captions.lastSeq, seq);
  const item = document.createElement("li");
  item.className = "caption gap";
  item.dataset.seq = seq;
  item.dataset.reason = reason || "";
  item.textContent = reason === "network" ? S.gap_network : S.gap;
  insertInOrder(item, seq);
}

// The caption stands, but its speech in my language will not come.
function speechFailed(seq) {
  const item = captionItem(seq);
  if (!item) {
    captions.speechFailed[seq] = true; // the caption itself may still be on its way
    return;
  }
  delete captions.speechFailed[seq];
  if (item.dataset.speechFailed) return;
  item.dataset.speechFailed = "true";
  item.append(mark("speech-failed", S.speech_failed));
}

function insertInOrder(item, seq) {
  const list = $("captions");
  // Follow the conversation unless the reader has scrolled up to read something older.
  const following = list.scrollHeight - list.scrollTop - list.clientHeight < 80;
  const later = [...list.querySelectorAll("li[data-seq]")]
    .find((child) => Number(child.dataset.seq) > seq);
  list.insertBefore(item, later || list.querySelector("li.interim")); // interims stay last
  const all = list.querySelectorAll("li[data-seq]");
  for (let i = 0; i < all.length - MAX_CAPTIONS; i++) all[i].remove();
  if (all.length > MAX_CAPTIONS && !list.querySelector("li.older")) {
    const older = document.createElement("li");
    older.className = "older";
    older.textContent = S.older_hidden;
    list.prepend(older);
  }
  if (following) list.scrollTop = list.scrollHeight;
}

// --- caption size, remembered on this device --------------------------------------------

function setCaptionSize(size) {
  document.body.dataset.captionSize = size;
  try { localStorage.setItem(CAPTION_SIZE_KEY, size); } catch (_) { /* private mode */ }
}

document.addEventListener("DOMContentLoaded", () => {
  const select = $("caption-size");
  let saved = "normal";
  try { saved = localStorage.getItem(CAPTION_SIZE_KEY) || "normal"; } catch (_) { /* none */ }
  if (![...select.options].some((option) => option.value === saved)) saved = "normal";
  select.value = saved;
  document.body.dataset.captionSize = saved;
  select.addEventListener("change", () => setCaptionSize(select.value));
});
