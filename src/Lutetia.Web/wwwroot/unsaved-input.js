// Lutetia: a warning before leaving a form with unsaved input (docs/web.md, "Entry without friction").
// A form marked data-unsaved becomes "dirty" at the first input or change in it, and clean again when it is
// submitted. While a form is dirty, leaving the page asks first: the browser's own prompt on unload
// (beforeunload), and a confirm() on a link that Blazor's enhanced navigation would follow without unloading.
// A static file (the Content-Security-Policy allows scripts from 'self' only, no inline script).
(function () {
    "use strict";
    // A page answering a refused save shows typed values that are not saved.
    var dirty = document.querySelector("form[data-unsaved='refused']") !== null;

    function inGuardedForm(target) {
        return target instanceof Element && target.closest("form[data-unsaved]") !== null;
    }

    function typed(event) {
        if (inGuardedForm(event.target)) {
            dirty = true;
        }
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", function () {
            dirty = dirty || document.querySelector("form[data-unsaved='refused']") !== null;
        });
    }

    document.addEventListener("input", typed, true);
    document.addEventListener("change", typed, true);
    document.addEventListener("submit", function (event) {
        if (inGuardedForm(event.target)) {
            dirty = false;
        }
    }, true);

    window.addEventListener("beforeunload", function (event) {
        if (dirty) {
            event.preventDefault();
            event.returnValue = "";
        }
    });

    // Enhanced navigation replaces the page without unloading it: ask before following a link.
    document.addEventListener("click", function (event) {
        if (!dirty || event.defaultPrevented || event.button !== 0) {
            return;
        }
        var link = event.target instanceof Element ? event.target.closest("a[href]") : null;
        if (link === null || link.getAttribute("href").charAt(0) === "#") {
            return;
        }
        if (window.confirm("You have typed values that are not saved. Leave this page and lose them?")) {
            dirty = false;
        } else {
            event.preventDefault();
            event.stopImmediatePropagation();
        }
    }, true);
})();
