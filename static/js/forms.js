// Forms, on every page (each part works without it too):
// 1. A refused form's error summary takes the focus, so keyboard and
//    screen-reader users start at the list of what to fix; its links move
//    the focus to the field itself (without script they scroll to it).
// 2. Inline forms marked data-swap-errors show the server's refusal in
//    place: a 422 answer is the same fragment with the message, so htmx
//    swaps it in instead of dropping it (it drops 4xx answers by default).
(function () {
  "use strict";

  function focusSummary(root) {
    var summary = root.querySelector && root.querySelector(".error-summary");
    if (summary) {
      summary.focus();
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    focusSummary(document);
  });

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest(".error-summary a[data-field]");
    if (!link) {
      return;
    }
    var form = link.closest("form") || document;
    var name = link.getAttribute("data-field");
    var control = form.querySelector('[name="' + name + '"]') || document.querySelector('[name="' + name + '"]');
    if (control && typeof control.focus === "function") {
      event.preventDefault();
      control.focus();
      control.scrollIntoView({ block: "center" });
    }
  });

  document.addEventListener("htmx:beforeSwap", function (event) {
    var source = event.detail.requestConfig && event.detail.requestConfig.elt;
    if (event.detail.xhr.status === 422 && source && source.closest("[data-swap-errors]")) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });

  document.addEventListener("htmx:afterSettle", function (event) {
    if (event.detail.xhr && event.detail.xhr.status === 422) {
      focusSummary(document);
    }
  });
})();
