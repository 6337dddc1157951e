// The live page's sound: translated speech played in order, the microphone opened through
// the capture worklet, and a voice sample recorded for cloning. Loaded before live.js,
// whose state (live) and connection (queueAudio) it uses when called.
"use strict";

const WORKLET_URL = document.getElementById("live-script").dataset.worklet;
const SAMPLE_RATE_HZ = 16000;
const VOICE_SAMPLE_S = 6;

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
  const caption = captionItem(seq);
  if (caption && !caption.dataset.spoken) {
    caption.append(mark("spoken", S.audio_played));
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
      else if (live.micOn) queueAudio(event.data);
    };
    live.mic = {stream, node};
  } catch (_) {
    notice("mic", S.mic_denied, {kind: "bad"});
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

// --- voice sample for cloning --------------------------------------------------------

async function recordSample() {
  const status = $("sample-status");
  if (!live.mic && !(await startMic())) return;
  const chunks = [];
  live.sampleSink = (buffer) => chunks.push(new Int16Array(buffer.slice(0)));
  status.textContent = "…";
  await new Promise((resolve) => setTimeout(resolve, VOICE_SAMPLE_S * 1000));
  live.sampleSink = null;
  if (!live.micOn) stopMic();
  const response = await post(config.urls.voiceProfile, wav(chunks), "audio/wav");
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

