// An ingest job's page: poll its progress until it ends, then show the result.
"use strict";
(function () {
  var box = document.getElementById("job");
  if (!box) { return; }
  var id = box.getAttribute("data-job");
  var status = box.getAttribute("data-status");
  if (status !== "queued" && status !== "running") { return; }
  var wait = document.getElementById("job-wait");
  if (wait) { wait.textContent = "This page follows the job as it runs."; }

  function show(job) {
    document.getElementById("job-status").textContent = job.status;
    document.getElementById("job-stage").textContent = job.stage;
    var count = String(job.done) + (job.total ? " of " + job.total : "");
    document.getElementById("job-count").textContent = count;
    var bar = document.getElementById("job-progress");
    if (job.total) {
      bar.max = job.total;
      bar.value = Math.min(job.done, job.total);
    } else {
      bar.removeAttribute("value");
    }
  }

  function poll() {
    fetch("/api/jobs/" + encodeURIComponent(id), { headers: { Accept: "application/json" } })
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
      .then(function (job) {
        show(job);
        if (job.status === "done" || job.status === "failed") {
          window.location.reload();
        } else {
          window.setTimeout(poll, 700);
        }
      })
      .catch(function () { window.setTimeout(poll, 3000); });
  }
  window.setTimeout(poll, 300);
})();
