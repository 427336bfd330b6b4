// Bridges Plotly and htmx. Plotly's events are not DOM events, so hx-trigger cannot see them:
// - the figure JSON travels in json_script tags inside the swapped fragment; we (re)draw it with
//   Plotly.react on page load and after every htmx swap of #results;
// - a click on a marker loads the event's detail panel with htmx.ajax (event id in customdata[0];
//   the figure div's data-event-url is the panel URL of event 0).
(function () {
  "use strict";

  // Show the server's message for invalid filters (400) instead of silently ignoring the reply.
  if (window.htmx) {
    htmx.config.responseHandling = [
      { code: "204", swap: false },
      { code: "[23]..", swap: true },
      { code: "400", swap: true, error: false },
      { code: "[45]..", swap: false, error: true },
    ];
  }

  var config = { responsive: true, displaylogo: false, modeBarButtonsToRemove: ["lasso2d", "select2d"] };

  function readJSON(id) {
    var el = document.getElementById(id);
    return el ? JSON.parse(el.textContent) : null;
  }

  function openEvent(url) {
    htmx.ajax("GET", url, { target: "#detail", swap: "innerHTML" });
  }

  function setRange(from, to) {
    var form = document.getElementById("filters");
    if (!form) return;
    form.elements["from"].value = from;
    form.elements["to"].value = to;
    htmx.trigger(form, "change");
  }

  function drawTimeline() {
    var gd = document.getElementById("timeline-figure");
    var fig = readJSON("figure-data");
    if (!gd || !fig || typeof Plotly === "undefined") return;
    gd.dataset.draws = String(+(gd.dataset.draws || 0) + 1);
    Plotly.react(gd, fig.data, fig.layout, config).then(function () {
      gd.dataset.drawn = String(Date.now());
      if (gd.dataset.bridged) return;
      gd.dataset.bridged = "1";
      gd.on("plotly_click", function (ev) {
        var point = ev && ev.points && ev.points[0];
        if (!point || !point.customdata) return;
        if (point.customdata[0] === null) {
          // A month of many events: show that month's single events.
          var ym = point.customdata[1];
          var y = +ym.slice(0, 4), m = +ym.slice(5, 7);
          var last = new Date(Date.UTC(y, m, 0)).getUTCDate();
          setRange(ym + "-01", ym + "-" + String(last).padStart(2, "0"));
        } else {
          openEvent(gd.dataset.eventUrl.replace(/0\/$/, point.customdata[0] + "/"));
        }
      });
      // Zoomed out, the figure shows monthly counts; a zoom fetches the single events of the range.
      var pending = null;
      gd.on("plotly_relayout", function (ev) {
        if (!gd.layout || !gd.layout.meta || !gd.layout.meta.aggregated) return;
        var lo = ev["xaxis.range[0]"] || (ev["xaxis.range"] && ev["xaxis.range"][0]);
        var hi = ev["xaxis.range[1]"] || (ev["xaxis.range"] && ev["xaxis.range"][1]);
        if (!lo || !hi) return;
        clearTimeout(pending);
        // a short wait: a drag or a button gives one relayout; a burst of them gives one request
        pending = setTimeout(function () { setRange(String(lo).slice(0, 10), String(hi).slice(0, 10)); }, 150);
      });
    });
  }

  function drawYears() {
    var gd = document.getElementById("year-figure");
    var fig = readJSON("year-data");
    if (!gd || !fig || typeof Plotly === "undefined") return;
    Plotly.react(gd, fig.data, fig.layout, Object.assign({}, config, { displayModeBar: false }));
  }

  function drawAll() {
    drawTimeline();
    // The events-per-year figure below it waits for the next frame: the timeline, which the
    // reader looks at first, is painted without waiting for it.
    requestAnimationFrame(function () { setTimeout(drawYears, 0); });
  }

  document.addEventListener("DOMContentLoaded", drawAll);
  // After settle, not after swap: the new plot div must be laid out before Plotly measures it.
  // htmx fires afterSettle once for every element it settled, each carrying detail.target = the
  // swap's target; only the one fired on the target itself stands for the swap (a #results swap
  // settles about ten elements: without this guard the figures were redrawn ten times).
  document.addEventListener("htmx:afterSettle", function (ev) {
    var target = ev.detail && ev.detail.target;
    if (!target || ev.target !== target) return;
    if (target && target.id === "detail") {
      target.focus({ preventScroll: true });
      if (window.matchMedia("(max-width: 900px)").matches) target.scrollIntoView({ behavior: "smooth" });
      return;
    }
    if (target && target.id === "results") drawAll();
  });
  // Back/Forward restore a snapshot whose plot divs are empty: draw again.
  document.addEventListener("htmx:historyRestore", drawAll);
})();
