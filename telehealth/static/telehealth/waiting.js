// The waiting room: while the visit is scheduled, call in every few seconds so the clinician
// sees who is waiting; when the clinician starts (or ends) the visit, reload into it.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const room = document.getElementById("waiting-room");
  if (!room) return;
  const status = document.getElementById("waiting-status");
  let pollMs = Number(room.dataset.pollMs) || 5000;

  async function callIn() {
    try {
      const response = await fetch(room.dataset.url, {
        method: "POST", credentials: "same-origin",
        headers: {"X-CSRFToken": room.dataset.csrf, "Accept": "application/json"},
      });
      if (!response.ok) throw new Error(String(response.status));
      const answer = await response.json();
      status.textContent = "";
      // The live page removes the room once its own connection is up: no reload then.
      if (!room.isConnected) return;
      if (answer.status !== "scheduled") {
        window.location.reload(); // live: the page connects at once; ended: the ended page
        return;
      }
      pollMs = answer.poll_ms || pollMs;
    } catch (_) {
      status.textContent = status.dataset.offline;
    }
    setTimeout(callIn, pollMs);
  }
  callIn();
});
