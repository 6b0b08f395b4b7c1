/* Backtest report: draws the charts from window.REPORT (see ReportModel) with uPlot and plain canvases. */
(function () {
  'use strict';
  var R = window.REPORT;
  var charts = [];          // uPlot instances
  var canvases = [];        // {el, draw} custom canvases
  var sync = uPlot.sync('report');
  var tip = document.getElementById('tip');

  function css(name) { return getComputedStyle(document.documentElement).getPropertyValue(name).trim(); }
  function num(v) { return typeof v === 'number' && isFinite(v); }
  function fmt(v, d) { return num(v) ? v.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d }) : '–'; }
  function fmtPrice(v) { return num(v) ? v.toFixed(R.priceDecimals) : '–'; }
  function compact(v) { return !num(v) ? '–' : Number.isInteger(v) ? String(v) : Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(1); }
  function pct(v) { return num(v) ? (v * 100).toFixed(2) + ' %' : '–'; }
  function iso(ms) { return new Date(ms).toISOString().replace('T', ' ').slice(0, 19); }
  function hhmm(ms) { return new Date(ms).toISOString().slice(11, 16); }
  function el(tag, cls, text) { var e = document.createElement(tag); if (cls) e.className = cls; if (text != null) e.textContent = text; return e; }
  function width(container) { return Math.max(320, container.clientWidth); }
  function showTip(ev, text) { tip.textContent = text; tip.style.display = 'block';
    var x = ev.clientX + 14, y = ev.clientY + 14;
    if (x + tip.offsetWidth > window.innerWidth - 8) x = ev.clientX - tip.offsetWidth - 14;
    if (y + tip.offsetHeight > window.innerHeight - 8) y = ev.clientY - tip.offsetHeight - 14;
    tip.style.left = x + 'px'; tip.style.top = y + 'px'; }
  function hideTip() { tip.style.display = 'none'; }

  function utc(ts) { return uPlot.tzDate(new Date(ts * 1e3), 'Etc/UTC'); }

  var xs = R.bars.map(function (b) { return b.time / 1000; });

  // the labels each chart drew (value axes, canvas labels) and its data area: reported by checks() for tests
  var drawnLabels = {}, dataAreas = {};

  /** Decimals that tell ticks {@code vals} apart: from their smallest step (100 -> 0, 0.5 -> 1, 0.0005 -> 4). */
  function stepDecimals(vals) {
    var step = 0;
    for (var i = 1; i < vals.length; i++) { var d = Math.abs(vals[i] - vals[i - 1]); if (d > 0 && (step === 0 || d < step)) step = d; }
    return step > 0 ? Math.max(0, Math.min(8, Math.ceil(-Math.log10(step) - 1e-9))) : 0;
  }

  /** Axes of a uPlot chart {@code id}; y labels by {@code yFormat}, or with the decimals their step needs (all alike). */
  function axes(id, yFormat) {
    var stroke = css('--axis'), grid = { stroke: css('--grid'), width: 1 };
    return [
      { stroke: stroke, grid: grid, ticks: grid },
      { stroke: stroke, grid: grid, ticks: grid, size: 70, values: function (u, vals) {
        var d = stepDecimals(vals);
        var out = vals.map(function (v) { return yFormat ? yFormat(v) : fmt(v, d); });
        drawnLabels[id] = out.map(function (t) { return { text: t, kind: 'y' }; });
        return out;
      } }
    ];
  }

  // ---------------------------------------------------------------- summary
  function summary() {
    var s = R.statistics, box = document.getElementById('cards');
    box.innerHTML = '';
    var cur = R.accountCurrency;
    var items = [
      ['Net return', pct(s.netReturn), s.netReturn],
      ['Net profit', fmt(s.netProfit, 2) + ' ' + cur, s.netProfit],
      ['Max drawdown', pct(s.maxDrawdown), -1],
      ['Profit factor', fmt(s.profitFactor, 2), num(s.profitFactor) ? s.profitFactor - 1 : 0],
      ['Win rate', pct(s.winRate), 0],
      ['Trades', fmt(s.trades, 0), 0],
      ['Exposure', pct(s.exposure), 0],
      ['Sharpe (ann.)', fmt(s.sharpeAnnualised, 2), s.sharpeAnnualised],
      ['Expectancy', fmt(s.expectancy, 2) + ' ' + cur, s.expectancy],
      ['Expectancy R', fmt(s.expectancyR, 2), s.expectancyR]
    ];
    items.forEach(function (it) {
      var c = el('div', 'card');
      c.appendChild(el('div', 'k', it[0]));
      var v = el('div', 'v', it[1]);
      if (num(it[2]) && it[2] !== 0 && it[0] !== 'Max drawdown') v.classList.add(it[2] > 0 ? 'pos' : 'neg');
      c.appendChild(v);
      box.appendChild(c);
    });
    var notes = document.getElementById('notes');
    notes.innerHTML = '';
    R.notes.forEach(function (n) { notes.appendChild(el('li', null, n)); });
  }

  // ---------------------------------------------------------------- price with trades
  function candlesPlugin() {
    return { hooks: { draw: function (u) {
      var ctx = u.ctx, up = css('--up'), down = css('--down');
      var o = u.data[1], h = u.data[2], l = u.data[3], c = u.data[4];
      var i0 = u.series[0].idxs ? u.series[0].idxs[0] : 0, i1 = u.series[0].idxs ? u.series[0].idxs[1] : xs.length - 1;
      var n = Math.max(1, i1 - i0 + 1);
      var bw = Math.max(1, Math.min(14, (u.bbox.width / n) * 0.7));
      ctx.save();
      for (var i = i0; i <= i1; i++) {
        if (!num(c[i])) continue;
        var x = Math.round(u.valToPos(xs[i], 'x', true));
        var yo = u.valToPos(o[i], 'y', true), yc = u.valToPos(c[i], 'y', true);
        var yh = u.valToPos(h[i], 'y', true), yl = u.valToPos(l[i], 'y', true);
        var col = c[i] >= o[i] ? up : down;
        ctx.strokeStyle = col; ctx.fillStyle = col; ctx.lineWidth = Math.max(1, devicePixelRatio);
        ctx.beginPath(); ctx.moveTo(x, yh); ctx.lineTo(x, yl); ctx.stroke();
        var top = Math.min(yo, yc), hgt = Math.max(1, Math.abs(yc - yo));
        ctx.fillRect(x - bw / 2, top, bw, hgt);
      }
      // trades: entry triangle, exit square, dashed link coloured by result
      R.trades.forEach(function (t) {
        var x1 = u.valToPos(t.entryTime / 1000, 'x', true), y1 = u.valToPos(t.entryPrice, 'y', true);
        var x2 = u.valToPos(t.exitTime / 1000, 'x', true), y2 = u.valToPos(t.exitPrice, 'y', true);
        var col = t.profitLoss >= 0 ? up : down, s = 6 * devicePixelRatio;
        ctx.setLineDash([4 * devicePixelRatio, 3 * devicePixelRatio]);
        ctx.strokeStyle = col; ctx.lineWidth = 1.5 * devicePixelRatio;
        ctx.beginPath(); ctx.moveTo(x1, y1); ctx.lineTo(x2, y2); ctx.stroke();
        ctx.setLineDash([]);
        ctx.fillStyle = t.side === 'LONG' ? up : down;
        ctx.beginPath();
        if (t.side === 'LONG') { ctx.moveTo(x1, y1 - s); ctx.lineTo(x1 - s, y1 + s); ctx.lineTo(x1 + s, y1 + s); }
        else { ctx.moveTo(x1, y1 + s); ctx.lineTo(x1 - s, y1 - s); ctx.lineTo(x1 + s, y1 - s); }
        ctx.closePath(); ctx.fill();
        ctx.strokeStyle = css('--text'); ctx.lineWidth = 1.5 * devicePixelRatio;
        ctx.strokeRect(x2 - s / 1.4, y2 - s / 1.4, 2 * s / 1.4, 2 * s / 1.4);
      });
      ctx.restore();
    } } };
  }

  function priceChart() {
    var box = document.getElementById('price');
    box.innerHTML = '';
    if (!R.bars.length) { box.appendChild(el('div', 'empty', 'no bars')); return; }
    var data = [xs, R.bars.map(function (b) { return b.open; }), R.bars.map(function (b) { return b.high; }),
      R.bars.map(function (b) { return b.low; }), R.bars.map(function (b) { return b.close; })];
    var hidden = function (label) { return { label: label, paths: function () { return null; }, points: { show: false }, value: function (u, v) { return fmtPrice(v); } }; };
    var opts = {
      width: width(box), height: 420, plugins: [candlesPlugin()],
      cursor: { sync: { key: sync.key }, drag: { x: true, y: false } },
      scales: { x: { time: true } }, tzDate: utc,
      series: [{ value: function (u, v) { return v == null ? '' : iso(v * 1000); } }, hidden('Open'), hidden('High'), hidden('Low'), hidden('Close')],
      axes: axes('price', fmtPrice)
    };
    charts.push(new uPlot(opts, data, box));
  }

  // ---------------------------------------------------------------- panes (delta, cumulative delta, ...)
  function histogramPlugin(paneSeries) {
    return { hooks: { draw: function (u) {
      var ctx = u.ctx, up = css('--up'), down = css('--down');
      var n = Math.max(1, xs.length), bw = Math.max(1, (u.bbox.width / n) * 0.7), y0 = u.valToPos(0, 'y', true);
      ctx.save();
      paneSeries.forEach(function (s, k) {
        if (s.style !== 'HISTOGRAM') return;
        var vals = u.data[k + 1];
        for (var i = 0; i < vals.length; i++) {
          if (!num(vals[i])) continue;
          var x = u.valToPos(xs[i], 'x', true), y = u.valToPos(vals[i], 'y', true);
          ctx.fillStyle = s.color || (vals[i] >= 0 ? up : down);
          ctx.fillRect(x - bw / 2, Math.min(y, y0), bw, Math.max(1, Math.abs(y - y0)));
        }
      });
      ctx.restore();
    } } };
  }

  function panes() {
    var host = document.getElementById('panes');
    host.innerHTML = '';
    var palette = [css('--accent'), css('--accent2'), css('--up'), css('--down')];
    R.panes.forEach(function (p, idx) {
      var sec = el('section', 'panel'); sec.appendChild(el('h2', null, p.title));
      if (p.provenance) sec.appendChild(el('div', 'prov', p.provenance));
      var box = el('div', 'chart'); box.dataset.chart = 'pane-' + idx; sec.appendChild(box); host.appendChild(sec);
      var data = [xs];
      var series = [{ value: function (u, v) { return v == null ? '' : iso(v * 1000); } }];
      p.series.forEach(function (s, k) {
        data.push(s.values.map(function (v) { return num(v) ? v : null; }));
        if (s.style === 'HISTOGRAM') {
          series.push({ label: s.name, paths: function () { return null; }, points: { show: false }, stroke: s.color || css('--up'), value: function (u, v) { return fmt(v, 2); } });
        } else {
          series.push({ label: s.name, stroke: s.color || palette[k % palette.length], width: 1.5, points: { show: false }, value: function (u, v) { return fmt(v, 2); } });
        }
      });
      charts.push(new uPlot({ width: width(box), height: 170, plugins: [histogramPlugin(p.series)],
        cursor: { sync: { key: sync.key }, drag: { x: true, y: false } }, scales: { x: { time: true } }, tzDate: utc,
        series: series, axes: axes('pane-' + idx, null) }, data, box));
    });
  }

  // ---------------------------------------------------------------- equity
  function equityChart() {
    var box = document.getElementById('equity');
    box.innerHTML = '';
    if (!R.equity.length) { box.appendChild(el('div', 'empty', 'no equity samples')); return; }
    var t = R.equityTimes.map(function (v) { return v / 1000; });
    charts.push(new uPlot({ width: width(box), height: 220,
      cursor: { sync: { key: sync.key }, drag: { x: true, y: false } }, scales: { x: { time: true } }, tzDate: utc,
      series: [{ value: function (u, v) { return v == null ? '' : iso(v * 1000); } },
        { label: 'Equity (' + R.accountCurrency + ')', stroke: css('--equity'), fill: css('--equity-fill'), width: 2, points: { show: false }, value: function (u, v) { return fmt(v, 2); } }],
      axes: axes('equity', null) }, [t, R.equity], box));
  }

  // ---------------------------------------------------------------- plain canvases
  function canvasIn(box, heightCss) {
    box.innerHTML = '';
    var c = el('canvas', 'plain');
    box.appendChild(c);
    var w = width(box), dpr = window.devicePixelRatio || 1;
    c.width = Math.round(w * dpr); c.height = Math.round(heightCss * dpr);
    c.style.width = w + 'px'; c.style.height = heightCss + 'px';
    var ctx = c.getContext('2d'); ctx.scale(dpr, dpr);
    return { canvas: c, ctx: ctx, w: w, h: heightCss };
  }

  function profileChart() {
    var box = document.getElementById('profile');
    var p = R.profile;
    if (!p || !p.rows.length) { box.innerHTML = ''; box.appendChild(el('div', 'empty', 'no profile')); return; }
    document.getElementById('profile-title').textContent = p.title;
    document.getElementById('profile-prov').textContent = p.provenance || '';
    var rows = p.rows.slice().sort(function (a, b) { return b.price - a.price; });
    var H = Math.max(260, Math.min(640, rows.length * 6));
    var k = canvasIn(box, H), ctx = k.ctx;
    // POC / VAH / VAL labels in a margin at the right: never over the bars
    var left = 74, right = 96, top = 6, bottom = 6, rh = (H - top - bottom) / rows.length;
    var labels = [], label = function (t, x, y) {
      ctx.fillText(t, x, y); labels.push({ text: t, kind: 'label', x: x, y: y - 6, w: ctx.measureText(t).width, h: 12 }); };
    dataAreas.profile = { x0: left, x1: k.w - right };
    var max = 0; rows.forEach(function (r) { max = Math.max(max, r.buyVolume + r.sellVolume); });
    var up = css('--up'), down = css('--down'), text = css('--muted');
    ctx.font = '11px system-ui, sans-serif'; ctx.textBaseline = 'middle';
    rows.forEach(function (r, i) {
      var y = top + i * rh, inVa = r.price <= p.valueAreaHigh + 1e-12 && r.price >= p.valueAreaLow - 1e-12;
      var wSell = (k.w - left - right) * r.sellVolume / max, wBuy = (k.w - left - right) * r.buyVolume / max;
      if (inVa) { ctx.fillStyle = css('--va'); ctx.fillRect(left, y, k.w - left - right, Math.max(1, rh)); }
      ctx.globalAlpha = inVa ? 0.95 : 0.55;
      ctx.fillStyle = down; ctx.fillRect(left, y + rh * 0.1, wSell, Math.max(1, rh * 0.8));
      ctx.fillStyle = up; ctx.fillRect(left + wSell, y + rh * 0.1, wBuy, Math.max(1, rh * 0.8));
      ctx.globalAlpha = 1;
      if (Math.abs(r.price - p.poc) < p.rowSize / 2) {
        ctx.strokeStyle = css('--poc'); ctx.lineWidth = 2; ctx.strokeRect(left, y, k.w - left - right, Math.max(2, rh));
        ctx.fillStyle = css('--poc'); label('POC ' + fmtPrice(r.price), k.w - right + 6, y + rh / 2);
      }
    });
    ctx.fillStyle = text;
    var every = Math.max(1, Math.ceil(16 / rh));
    rows.forEach(function (r, i) {
      if (i % every === 0) label(fmtPrice(r.price), 4, top + i * rh + rh / 2);
    });
    ctx.fillStyle = css('--accent');
    ['valueAreaHigh', 'valueAreaLow'].forEach(function (key) {
      var i = rows.findIndex(function (r) { return Math.abs(r.price - p[key]) < p.rowSize / 2; });
      // beside the POC's label, a VAH or VAL label moves to the next free line
      var y = top + i * rh + rh / 2, poc = labels.filter(function (l) { return l.text.indexOf('POC') === 0; })[0];
      if (poc && Math.abs(y - (poc.y + 6)) < 13) y = poc.y + 6 + (key === 'valueAreaHigh' ? -13 : 13);
      if (i >= 0) label((key === 'valueAreaHigh' ? 'VAH ' : 'VAL ') + fmtPrice(p[key]), k.w - right + 6, y);
    });
    drawnLabels.profile = labels;
    k.canvas.onmousemove = function (ev) {
      var rect = k.canvas.getBoundingClientRect(), i = Math.floor((ev.clientY - rect.top - top) / rh);
      if (i < 0 || i >= rows.length) { hideTip(); return; }
      var r = rows[i];
      showTip(ev, 'price ' + fmtPrice(r.price) + '\nbuy   ' + fmt(r.buyVolume, 2) + '\nsell  ' + fmt(r.sellVolume, 2) +
        '\ntotal ' + fmt(r.buyVolume + r.sellVolume, 2));
    };
    k.canvas.onmouseleave = hideTip;
  }

  function footprintChart() {
    var box = document.getElementById('footprint');
    var f = R.footprint;
    if (!f || !f.cells.length) { box.innerHTML = ''; box.appendChild(el('div', 'empty', 'no footprint')); return; }
    document.getElementById('footprint-title').textContent = f.title;
    document.getElementById('footprint-prov').textContent = f.provenance || '';
    var col = {}; f.barTimes.forEach(function (t, i) { col[t] = i; });
    var lo = Infinity, hi = -Infinity, maxAbs = 0, maxVol = 0;
    f.cells.forEach(function (c) { lo = Math.min(lo, c.price); hi = Math.max(hi, c.price);
      maxAbs = Math.max(maxAbs, Math.abs(c.buyVolume - c.sellVolume)); maxVol = Math.max(maxVol, c.buyVolume + c.sellVolume); });
    var nRows = Math.round((hi - lo) / f.rowSize) + 1, nCols = f.barTimes.length;
    var left = 74, top = 22, rh = Math.max(9, Math.min(18, 520 / nRows)), H = top + nRows * rh + 4;
    var k = canvasIn(box, H), ctx = k.ctx, cw = (k.w - left - 4) / nCols;
    var up = css('--up'), down = css('--down'), text = css('--text'), muted = css('--muted');
    ctx.font = '10px system-ui, sans-serif'; ctx.textBaseline = 'middle'; ctx.textAlign = 'center';
    var grid = {};
    f.cells.forEach(function (c) {
      var ci = col[c.time]; if (ci === undefined) return;
      var ri = Math.round((hi - c.price) / f.rowSize);
      grid[ci + ':' + ri] = c;
      var d = c.buyVolume - c.sellVolume, a = maxAbs > 0 ? 0.15 + 0.85 * Math.abs(d) / maxAbs : 0.15;
      ctx.globalAlpha = a; ctx.fillStyle = d >= 0 ? up : down;
      ctx.fillRect(left + ci * cw + 1, top + ri * rh + 1, cw - 2, rh - 2);
      ctx.globalAlpha = 1;
      if (cw > 54 && rh >= 11) { ctx.fillStyle = text;
        ctx.fillText(compact(c.sellVolume) + ' × ' + compact(c.buyVolume), left + ci * cw + cw / 2, top + ri * rh + rh / 2); }
    });
    ctx.fillStyle = muted;
    var everyCol = Math.max(1, Math.ceil(44 / cw));
    f.barTimes.forEach(function (t, i) { if (i % everyCol === 0) ctx.fillText(hhmm(t), left + i * cw + cw / 2, 10); });
    ctx.textAlign = 'left';
    var everyRow = Math.max(1, Math.ceil(14 / rh));
    for (var r = 0; r < nRows; r += everyRow) ctx.fillText(fmtPrice(hi - r * f.rowSize), 4, top + r * rh + rh / 2);
    k.canvas.onmousemove = function (ev) {
      var rect = k.canvas.getBoundingClientRect();
      var ci = Math.floor((ev.clientX - rect.left - left) / cw), ri = Math.floor((ev.clientY - rect.top - top) / rh);
      var c = grid[ci + ':' + ri];
      if (!c) { hideTip(); return; }
      showTip(ev, iso(c.time) + '  ' + fmtPrice(c.price) + '\nbuy   ' + fmt(c.buyVolume, 2) + '\nsell  ' + fmt(c.sellVolume, 2) +
        '\ndelta ' + fmt(c.buyVolume - c.sellVolume, 2));
    };
    k.canvas.onmouseleave = hideTip;
  }

  // ---------------------------------------------------------------- tables
  function cell(tr, text, cls) { var td = el('td', cls, text); tr.appendChild(td); return td; }

  function confirmationTable() {
    var body = document.querySelector('#confirmation tbody');
    body.innerHTML = '';
    R.confirmation.forEach(function (r) {
      var tr = el('tr');
      cell(tr, r.group, 'l'); cell(tr, r.basis || 'trades', 'l'); cell(tr, fmt(r.signals, 0)); cell(tr, fmt(r.wins, 0)); cell(tr, pct(r.hitRate));
      cell(tr, num(r.expectancy) ? fmt(r.expectancy, 2) + ' ' + R.accountCurrency : '–', num(r.expectancy) ? (r.expectancy >= 0 ? 'pos' : 'neg') : '');
      cell(tr, fmt(r.expectancyR, 2), num(r.expectancyR) ? (r.expectancyR >= 0 ? 'pos' : 'neg') : '');
      cell(tr, fmt(r.standardErrorR, 2)); cell(tr, fmt(r.meanMaeR, 2));
      body.appendChild(tr);
    });
  }

  function tradesTable() {
    var body = document.querySelector('#trades tbody');
    body.innerHTML = '';
    R.trades.forEach(function (t) {
      var tr = el('tr');
      cell(tr, t.label, 'l'); cell(tr, t.side, 'l'); cell(tr, iso(t.entryTime), 'l'); cell(tr, fmtPrice(t.entryPrice));
      cell(tr, iso(t.exitTime), 'l'); cell(tr, fmtPrice(t.exitPrice)); cell(tr, t.stop ? fmtPrice(t.stop) : '–');
      cell(tr, t.target ? fmtPrice(t.target) : '–'); cell(tr, t.closeReason, 'l');
      cell(tr, fmt(t.profitLoss, 2), t.profitLoss >= 0 ? 'pos' : 'neg'); cell(tr, fmt(t.rMultiple, 2));
      cell(tr, t.confirmed == null ? '' : t.confirmed === 'true' ? 'yes' : 'no', 'l'); cell(tr, t.reason, 'l');
      body.appendChild(tr);
    });
  }

  // ---------------------------------------------------------------- build, checks
  function build() {
    charts.forEach(function (c) { c.destroy(); });
    charts = [];
    summary(); priceChart(); panes(); profileChart(); footprintChart(); equityChart(); confirmationTable(); tradesTable();
  }

  /** Per chart: did anything non-uniform get drawn? Written to #report-checks for tests and tools. */
  function checks() {
    __chartChecks(drawnLabels, dataAreas);
  }

  var resizeTimer = null;
  window.addEventListener('resize', function () {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(build, 150);
  });
  document.getElementById('theme').addEventListener('click', function () {
    var root = document.documentElement, dark = css('--bg') !== '#f7f8fa';
    root.setAttribute('data-theme', dark ? 'light' : 'dark');
    build();
  });

  build();
  requestAnimationFrame(function () { setTimeout(checks, 0); });
})();
