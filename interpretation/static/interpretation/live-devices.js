// The device check on the live page: a microphone level meter and a test sound, so people
// find a muted microphone or silent speakers before they speak, not after.
// Uses audioContext() and live.mic from live.js (loaded after this file).
"use strict";

const MIC_TEST_S = 8;
const HEARD_RMS = 0.01; // full scale 1.0; a quiet room stays below, speech goes well above
const METER_GAIN = 5; // speech RMS of ~0.05–0.2 fills a good part of the bar
const TONE_HZ = [660, 880]; // a two-note chime
const TONE_NOTE_S = 0.3;
const TONE_GAIN = 0.2;

async function testMicrophone() {
  const button = $("mic-test");
  const status = $("mic-test-status");
  const meter = $("mic-level");
  const context = audioContext();
  let stream = live.mic?.stream;
  const own = !stream;
  try {
    if (own) stream = await navigator.mediaDevices.getUserMedia({audio: {channelCount: 1}});
  } catch (_) {
    status.textContent = S.mic_denied;
    return;
  }
  button.disabled = true;
  status.textContent = S.mic_check_on;
  const source = context.createMediaStreamSource(stream);
  const analyser = context.createAnalyser();
  analyser.fftSize = 2048;
  source.connect(analyser);
  const samples = new Float32Array(analyser.fftSize);
  let loudest = 0;
  const started = performance.now();
  await new Promise((resolve) => {
    const tick = () => {
      analyser.getFloatTimeDomainData(samples);
      const rms = Math.sqrt(samples.reduce((sum, x) => sum + x * x, 0) / samples.length);
      loudest = Math.max(loudest, rms);
      meter.value = Math.min(1, rms * METER_GAIN);
      if (loudest >= HEARD_RMS) status.textContent = S.mic_check_ok;
      if (performance.now() - started < MIC_TEST_S * 1000) requestAnimationFrame(tick);
      else resolve();
    };
    tick();
  });
  source.disconnect();
  if (own) stream.getTracks().forEach((track) => track.stop());
  meter.value = 0;
  meter.dataset.loudest = loudest.toFixed(3);
  status.textContent = loudest >= HEARD_RMS ? S.mic_check_ok : S.mic_check_silent;
  button.disabled = false;
}

function playTestSound() {
  const context = audioContext();
  const start = context.currentTime + 0.05;
  TONE_HZ.forEach((hz, i) => {
    const tone = context.createOscillator();
    const gain = context.createGain();
    tone.frequency.value = hz;
    const at = start + i * TONE_NOTE_S;
    gain.gain.setValueAtTime(TONE_GAIN, at);
    gain.gain.exponentialRampToValueAtTime(0.001, at + TONE_NOTE_S);
    tone.connect(gain).connect(context.destination);
    tone.start(at);
    tone.stop(at + TONE_NOTE_S);
  });
  $("sound-test").dataset.played = String(Number($("sound-test").dataset.played || 0) + 1);
  $("sound-test-status").textContent = S.sound_played;
}

document.addEventListener("DOMContentLoaded", () => {
  $("mic-test").addEventListener("click", testMicrophone);
  $("sound-test").addEventListener("click", playTestSound);
});
