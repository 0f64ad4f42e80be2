// newsfold desk: small enhancements; every page works without them.
"use strict";
(function () {
  // The events filters: apply a choice from a list at once.
  var form = document.getElementById("filters");
  if (form) {
    var selects = form.querySelectorAll("select");
    for (var i = 0; i < selects.length; i++) {
      selects[i].addEventListener("change", function () {
        var page = form.querySelector("input[name=page]");
        if (page) { page.remove(); }
        form.submit();
      });
    }
  }
})();
