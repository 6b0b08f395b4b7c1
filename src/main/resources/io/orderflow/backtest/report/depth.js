/* Depth report: draws window.DEPTH (the depth command's per-bar rows, as in its CSV) in the backtest report's style. */
(function () {
  'use strict';
  var D = window.DEPTH;
  var charts = [];
  var drawnLabels = {};

  function css(name) { return getComputedStyle(document.documentElement).getPropertyValue(name).trim(); }
  function num(v) { return typeof v === 'number' && isFinite(v); }
  function fmt(v, d) { return num(v) ? v.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d }) : '–'; }
  function iso(ms) { return new Date(ms).toISOString().replace('T', ' ').slice(0, 19); }
  function el(tag, cls, text) { var e = document.createElement(tag); if (cls) e.className = cls; if (text != null) e.textContent = text; return e; }
  function width(box) { return Math.max(320, box.clientWidth); }
  function utc(ts) { return uPlot.tzDate(new Date(ts * 1e3), 'Etc/UTC'); }

  var col = {};
  D.columns.forEach(function (c, i) { col[c] = i; });
  function column(name) { return D.rows.map(function (r) { return r[col[name]]; }); }
  var xs = D.rows.map(function (r) { return Date.parse(r[col.bar_start]) / 1000; });

  /** Decimals that tell ticks apart: from their smallest step (100 -> 0, 0.5 -> 1, 0.0005 -> 4). */
  function stepDecimals(vals) {
    var step = 0;
    for (var i = 1; i < vals.length; i++) { var d = Math.abs(vals[i] - vals[i - 1]); if (d > 0 && (step === 0 || d < step)) step = d; }
    return step > 0 ? Math.max(0, Math.min(8, Math.ceil(-Math.log10(step) - 1e-9))) : 0;
  }
  /** Axes of chart {@code id}: UTC times below, value labels with the decimals their step needs (all alike). */
  function axes(id) {
    var stroke = css('--axis'), grid = { stroke: css('--grid'), width: 1 };
    return [{ stroke: stroke, grid: grid, ticks: grid },
      { stroke: stroke, grid: grid, ticks: grid, size: 80, values: function (u, vals) {
        var d = stepDecimals(vals);
        var out = vals.map(function (v) { return fmt(v, d); });
        drawnLabels[id] = out.map(function (t) { return { text: t, kind: 'y' }; });
        return out;
      } }];
  }
  function line(label, stroke, d, extra) {
    var s = { label: label, stroke: stroke, width: 1.5, points: { show: false }, spanGaps: false,
      value: function (u, v) { return v == null ? '–' : fmt(v, d); } };
    if (extra) Object.keys(extra).forEach(function (k) { s[k] = extra[k]; });
    return s;
  }
  function plot(id, series, data, height, range, hooks) {
    var box = document.getElementById(id);
    box.innerHTML = '';
    if (!xs.length) { box.appendChild(el('div', 'empty', 'no bars')); return; }
    var opts = { width: width(box), height: height, tzDate: utc, scales: { x: { time: true } },
      cursor: { drag: { x: true, y: false } },
      series: [{ value: function (u, v) { return v == null ? '' : iso(v * 1000); } }].concat(series),
      axes: axes(id) };
    if (range) opts.scales.y = { range: range };
    if (hooks) opts.hooks = hooks;
    charts.push(new uPlot(opts, [xs].concat(data), box));
  }

  function summary() {
    var cards = document.getElementById('cards');
    cards.innerHTML = '';
    var flashBars = D.rows.filter(function (r) { return r[col.flash_side] != null; }).length;
    var maxScore = 0;
    column('max_score').forEach(function (v) { if (num(v) && v > maxScore) maxScore = v; });
    var fb = 0, fa = 0;
    D.rows.forEach(function (r) { fb += r[col.flashes_bid] || 0; fa += r[col.flashes_ask] || 0; });
    [['Instrument', D.symbol], ['Bars', D.rows.length.toLocaleString('en-US')], ['Bars with a flash', String(flashBars)],
      ['Flashes bid / ask', fb + ' / ' + fa], ['Highest score', fmt(maxScore, 3)]].forEach(function (it) {
      var card = el('div', 'card');
      card.appendChild(el('div', 'k', it[0]));
      card.appendChild(el('div', 'v', it[1]));
      cards.appendChild(card);
    });
    var notes = document.getElementById('notes');
    notes.innerHTML = '';
    [D.source + ' · ' + D.summary,
      'bars of ' + (D.periodMs >= 60000 ? D.periodMs / 60000 + ' min' : D.periodMs / 1000 + ' s') +
        ', aligned to the epoch in UTC; imbalance and OFI over the best ' + D.levels + ' level(s); the detector watches ten',
      'sizes in the source\'s unit (millions for JForex FX, base asset for Binance); prices in quote currency'
    ].forEach(function (n) { notes.appendChild(el('li', null, n)); });
  }

  function midChart() {
    var side = column('flash_side'), price = column('flash_price');
    var bid = side.map(function (s, i) { return s === 'bid' ? price[i] : null; });
    var ask = side.map(function (s, i) { return s === 'ask' ? price[i] : null; });
    var d = Math.min(8, D.pointScale);
    var up = css('--up'), down = css('--down');
    // triangles at the flash prices: up for the bid side, down for the ask side
    function triangles(u) {
      var ctx = u.ctx, r = 6 * devicePixelRatio;
      [[bid, up, -1], [ask, down, 1]].forEach(function (s) {
        ctx.fillStyle = s[1];
        s[0].forEach(function (v, i) {
          if (v == null) return;
          var x = u.valToPos(xs[i], 'x', true), y = u.valToPos(v, 'y', true);
          ctx.beginPath();
          ctx.moveTo(x - r, y - s[2] * r); ctx.lineTo(x + r, y - s[2] * r); ctx.lineTo(x, y + s[2] * r);
          ctx.closePath(); ctx.fill();
        });
      });
    }
    var none = function () { return null; };
    plot('mid', [line('mid', css('--accent'), d),
      line('bid flash (price)', up, d, { paths: none, points: { show: false } }),
      line('ask flash (price)', down, d, { paths: none, points: { show: false } })],
      [D.mid, bid, ask], 300, null, { draw: [triangles] });
  }

  function build() {
    charts.forEach(function (c) { c.destroy(); });
    charts = [];
    summary();
    midChart();
    plot('imbalance', [line('imbalance', css('--accent'), 3), line('robust imbalance', css('--accent2'), 3)],
      [column('imbalance'), column('robust_imbalance')], 200, [-1, 1]);
    plot('ofi', [line('OFI', css('--equity'), 3, { fill: css('--equity-fill') })], [column('ofi')], 200);
    ['bid', 'ask'].forEach(function (s) {
      plot(s, [line('added', css('--up'), 3), line('pulled', css('--accent2'), 3), line('consumed', css('--down'), 3)],
        [column('added_' + s), column('pulled_' + s), column('consumed_' + s)], 200);
    });
    plot('score', [line('bid score', css('--up'), 3), line('ask score', css('--down'), 3),
      line('highest in bar', css('--muted'), 3, { dash: [4, 4] })],
      [column('score_bid'), column('score_ask'), column('max_score')], 200, [0, 1]);
    flashTable();
  }

  function flashTable() {
    var t = document.getElementById('flashes'), thead = t.querySelector('thead'), tbody = t.querySelector('tbody');
    var head = ['bar start', 'side', 'pulled at', 'price', 'level', 'size × usual', 'stood ms', 'mid drift points', 'score bid', 'score ask'];
    thead.innerHTML = '';
    var tr = el('tr');
    head.forEach(function (h, i) { tr.appendChild(el('th', i < 2 ? 'l' : null, h)); });
    thead.appendChild(tr);
    tbody.innerHTML = '';
    D.rows.forEach(function (r) {
      if (r[col.flash_side] == null) return;
      var row = el('tr');
      [[r[col.bar_start].replace('T', ' ').replace('Z', ''), 'l'], [r[col.flash_side], 'l ' + (r[col.flash_side] === 'bid' ? 'pos' : 'neg')],
        [r[col.flash_time].replace('T', ' ').replace('Z', '')], [fmt(r[col.flash_price], D.pointScale)], [String(r[col.flash_level])],
        [fmt(r[col.flash_size_multiple], 1)], [String(r[col.flash_life_ms])], [fmt(r[col.flash_drift_points], 1)],
        [fmt(r[col.score_bid], 3)], [fmt(r[col.score_ask], 3)]].forEach(function (c) { row.appendChild(el('td', c[1] || null, c[0])); });
      tbody.appendChild(row);
    });
  }

  function checks() {
    __chartChecks(drawnLabels, null);
  }

  var resizeTimer = null;
  window.addEventListener('resize', function () { clearTimeout(resizeTimer); resizeTimer = setTimeout(build, 150); });
  document.getElementById('theme').addEventListener('click', function () {
    var root = document.documentElement, dark = css('--bg') !== '#f7f8fa';
    root.setAttribute('data-theme', dark ? 'light' : 'dark');
    build();
  });
  build();
  setTimeout(checks, 50);
})();
