// A single tap should select on touch screens. Plotly picks the clicked point from the hover
// it computed on the last mouse move, and a touch has none, so a first tap only showed the
// name. On touch start over a chart's plot area, send a mouse move to the same spot first.
(function () {
  if (window.__tpeTouchTap) return;
  window.__tpeTouchTap = true;
  document.addEventListener("touchstart", function (e) {
    var t = e.touches && e.touches[0];
    var target = e.target && e.target.closest && e.target.closest(".js-plotly-plot .nsewdrag");
    if (!t || !target) return;
    target.dispatchEvent(new MouseEvent("mousemove", {
      clientX: t.clientX, clientY: t.clientY, bubbles: true, cancelable: true, view: window
    }));
  }, { capture: true, passive: true });
})();
