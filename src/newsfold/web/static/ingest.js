// The ingest form: keep the token for this tab, and show that the upload is under way.
"use strict";
(function () {
  var form = document.getElementById("ingest-form");
  if (!form) { return; }
  var token = document.getElementById("token");
  try {
    var kept = window.sessionStorage.getItem("newsfold-token");
    if (kept && token && !token.value) { token.value = kept; }
  } catch (e) { /* storage may be disabled */ }
  form.addEventListener("submit", function () {
    try { window.sessionStorage.setItem("newsfold-token", token.value); } catch (e) { /* ignore */ }
    var button = form.querySelector("button[type=submit]");
    if (button) { button.disabled = true; button.textContent = "Sending…"; }
  });
})();
