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
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("form[data-live-preview]").forEach(wire);
  });
})();
