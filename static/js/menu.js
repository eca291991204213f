// The header on a phone: the menu button shows and hides the navigation
// (without script the navigation simply wraps below the brand). Escape
// closes the menu and the header's open lists (languages, marketing); a
// click elsewhere closes those lists.
(function () {
  "use strict";

  document.addEventListener("DOMContentLoaded", function () {
    var toggle = document.querySelector(".menu-toggle");
    var menu = document.getElementById("site-menu");
    if (!toggle || !menu || !menu.firstElementChild) {
      return;
    }
    document.documentElement.classList.add("js-menu");
    toggle.hidden = false;

    function setOpen(open) {
      menu.classList.toggle("is-open", open);
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
    }

    toggle.addEventListener("click", function () {
      setOpen(toggle.getAttribute("aria-expanded") !== "true");
    });

    document.addEventListener("keydown", function (event) {
      if (event.key !== "Escape") {
        return;
      }
      var open = document.querySelector(".site-header details[open]");
      if (open) {
        open.open = false;
        open.querySelector("summary").focus();
      } else if (toggle.getAttribute("aria-expanded") === "true") {
        setOpen(false);
        toggle.focus();
      }
    });

    document.addEventListener("click", function (event) {
      document.querySelectorAll(".site-header details[open]").forEach(function (open) {
        if (!open.contains(event.target)) {
          open.open = false;
        }
      });
    });
  });
})();
