// Clinician portal: copy the invitation link.
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
