// Times are written in the clinic's time zone; beside each, the browser's own time when the
// browser is in another zone, so nobody converts by hand (and nobody reads bare UTC).
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
  for (const element of document.querySelectorAll("[data-browser-zone]")) {
    element.textContent = zone;
    const hint = element.closest(".browser-zone");
    if (hint && zone) hint.hidden = false;
  }
  const format = new Intl.DateTimeFormat(document.documentElement.lang || undefined, {
    year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit",
    timeZoneName: "short",
  });
  for (const element of document.querySelectorAll("time[data-local]")) {
    const when = new Date(element.dateTime);
    if (Number.isNaN(when.getTime()) || element.dataset.zone === zone) continue;
    const local = document.createElement("span");
    local.className = "local-time";
    local.textContent = ` (${element.dataset.yours}: ${format.format(when)})`;
    element.after(local);
  }
});
