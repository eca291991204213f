// Live preview of e-mail templates and landing pages: while the author
// types, the form is sent to its preview frame through its Preview button
// (the same request the button makes without JavaScript).
(function () {
  "use strict";
  function wire(form) {
    var button = form.querySelector("button[data-preview]");
    if (!button || typeof form.requestSubmit !== "function") return;
    var timer = null;
    form.addEventListener("input", function (event) {
      if (!event.target.hasAttribute("data-previewed")) return;
      clearTimeout(timer);
      timer = setTimeout(function () { form.requestSubmit(button); }, 400);
    });
    var html = form.querySelector("[name=body_html]");
    if (html && html.value.trim() !== "") form.requestSubmit(button);
  }
  // A social post's length against each network, as the author types.
  function count(area) {
    var out = document.querySelector('[data-count-for="' + area.id + '"]');
    if (!out) return;
    var length = Array.from(area.value.trim()).length;
    out.textContent = area.getAttribute("data-networks").split(",").map(function (pair) {
      var parts = pair.split(":");
      var limit = Number(parts[1]);
      return parts[0] + " " + length + "/" + limit + (length > limit ? " ✗" : "");
    }).join(" · ");
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("form[data-live-preview]").forEach(wire);
    document.querySelectorAll("textarea[data-networks]").forEach(function (area) {
      count(area);
      area.addEventListener("input", function () { count(area); });
    });
  });
})();
