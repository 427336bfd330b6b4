// Bridges Plotly and htmx: Plotly's events are not DOM events, so hx-trigger cannot see them.
// The figure JSON travels in a json_script tag inside the swapped fragment; we (re)draw it with
// Plotly.react on page load and after every htmx swap, and a click on a marker loads the
// event's detail panel with htmx.ajax.
(function () {
  "use strict";

  function draw() {
    var gd = document.getElementById("timeline-figure");
    var data = document.getElementById("figure-data");
    if (!gd || !data || typeof Plotly === "undefined") return;
    var fig = JSON.parse(data.textContent);
    Plotly.react(gd, fig.data, fig.layout, { responsive: true, displaylogo: false }).then(function () {
      if (gd.dataset.bridged) return;
      gd.dataset.bridged = "1";
      gd.on("plotly_click", function (ev) {
        var point = ev && ev.points && ev.points[0];
        if (!point || !point.customdata) return;
        var url = point.customdata[1];
        htmx.ajax("GET", url, { target: "#detail", swap: "innerHTML" });
      });
    });
  }

  document.addEventListener("DOMContentLoaded", draw);
  document.addEventListener("htmx:afterSwap", function (ev) {
    if (ev.detail && ev.detail.target && ev.detail.target.id === "detail") {
      ev.detail.target.focus({ preventScroll: true });
      return;
    }
    draw();
  });
})();
