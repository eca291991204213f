// Inline forms marked data-swap-errors show the server's refusal in place:
// a 422 answer is the same fragment with the message, so htmx swaps it in
// instead of dropping it (it drops 4xx answers by default).
document.addEventListener("htmx:beforeSwap", function (event) {
  "use strict";
  var source = event.detail.requestConfig && event.detail.requestConfig.elt;
  if (event.detail.xhr.status === 422 && source && source.closest("[data-swap-errors]")) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});
