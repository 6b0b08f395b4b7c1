/*
 * Shared by the report pages (report.js, validation.js, depth.js): per chart ([data-chart] box),
 * whether anything non-uniform got drawn on its canvases, its box, and optionally the labels and
 * data areas the page recorded; written as JSON to #report-checks for tests and tools, then
 * <body data-ready="true">.
 */
window.__chartChecks = function (labelsByChart, dataByChart) {
  var out = {};
  document.querySelectorAll('[data-chart]').forEach(function (box) {
    var list = box.querySelectorAll('canvas'), drawn = 0, colours = {};
    list.forEach(function (c) {
      if (!c.width || !c.height) return;
      var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      for (var i = 0; i < d.length; i += 4 * 7) {
        if (d[i + 3] > 0) { drawn++; colours[d[i] + ',' + d[i + 1] + ',' + d[i + 2]] = 1; }
      }
    });
    var r = box.getBoundingClientRect();
    var name = box.dataset.chart;
    var o = { canvases: list.length, painted: drawn, colours: Object.keys(colours).length,
      left: Math.round(r.left + window.scrollX), top: Math.round(r.top + window.scrollY),
      width: Math.round(r.width), height: Math.round(r.height) };
    if (labelsByChart) o.labels = labelsByChart[name] || [];
    if (dataByChart) o.data = dataByChart[name] || null;
    out[name] = o;
  });
  document.getElementById('report-checks').textContent = JSON.stringify(out);
  document.body.setAttribute('data-ready', 'true');
};
