// The invitation link: redeem the token from the URL fragment (never sent to the server
// in the URL, so it reaches no log), then go to the visit page in the patient's language.
"use strict";
document.addEventListener("DOMContentLoaded", async () => {
  const box = document.getElementById("join");
  const error = document.getElementById("join-error");
  const token = decodeURIComponent(location.hash.slice(1));
  history.replaceState(null, "", location.pathname); // the token leaves the address bar
  const fail = (reason) => {
    error.textContent = error.dataset[reason] || error.dataset.invalid;
    error.hidden = false;
    document.getElementById("join-status").hidden = true;
  };
  if (!token) return fail("invalid");
  const csrf = (document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/) || [])[1] || "";
  try {
    const response = await fetch(box.dataset.joinUrl, {
      method: "POST", credentials: "same-origin",
      headers: {"Content-Type": "application/json", "X-CSRFToken": csrf},
      body: JSON.stringify({token}),
    });
    if (response.ok) return location.replace(box.dataset.next);
    const body = await response.json().catch(() => ({}));
    fail(body.reason || "invalid");
  } catch (_) {
    fail("network");
  }
});
