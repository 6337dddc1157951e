// Clinician portal: copy the invitation link; keep the waiting-room badges current.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const button = document.getElementById("copy-invitation");
  const field = document.getElementById("invitation-url");
  if (!button || !field) return;
  button.addEventListener("click", async () => {
    field.select();
    try {
      await navigator.clipboard.writeText(field.value);
    } catch (_) {
      document.execCommand("copy"); // older browsers, or no clipboard permission
    }
    button.textContent = button.dataset.copied;
  });
});

// Who is waiting: ask every few seconds (plain polling, no socket) and show each visit's
// badge; announce an arrival to screen readers and in the tab's title.
document.addEventListener("DOMContentLoaded", () => {
  const announce = document.getElementById("waiting-announce");
  if (!announce) return;
  const title = document.title;
  let pollMs = Number(announce.dataset.pollMs) || 5000;
  let known = new Set();

  function show(visits) {
    const now = new Set(Object.keys(visits));
    for (const badge of document.querySelectorAll("[data-waiting-for]")) {
      const people = visits[badge.dataset.waitingFor];
      badge.hidden = !people;
      if (people) badge.textContent = `${badge.dataset.label} ${people.map((p) => p.role).join(", ")}`;
    }
    const arrived = [...now].filter((id) => !known.has(id));
    if (arrived.length) announce.textContent = `${announce.dataset.arrived} ${arrived.join(", ")}`;
    document.title = now.size ? `(${now.size}) ${title}` : title;
    known = now;
  }

  async function poll() {
    try {
      const response = await fetch(announce.dataset.pollUrl, {
        credentials: "same-origin", headers: {"Accept": "application/json"},
      });
      if (response.ok) {
        const answer = await response.json();
        show(answer.visits);
        pollMs = answer.poll_ms || pollMs;
      }
    } catch (_) {
      // offline for a moment: the next poll tries again
    }
    setTimeout(poll, pollMs);
  }
  for (const badge of document.querySelectorAll("[data-waiting-for]:not([hidden])")) {
    known.add(badge.dataset.waitingFor);
  }
  if (known.size) document.title = `(${known.size}) ${title}`;
  setTimeout(poll, pollMs);
});
