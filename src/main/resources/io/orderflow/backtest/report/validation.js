/* Validation report: draws window.VALIDATION (the validate command's JSON document) in the backtest report's style. */
(function () {
  'use strict';
  var V = window.VALIDATION;
  var charts = [];

  function css(name) { return getComputedStyle(document.documentElement).getPropertyValue(name).trim(); }
  function num(v) { return typeof v === 'number' && isFinite(v); }
  function fmt(v, d) { return num(v) ? v.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d }) : '–'; }
  function pct(v) { return num(v) ? (v * 100).toFixed(2) + ' %' : '–'; }
  function iso(ms) { return new Date(ms).toISOString().replace('T', ' ').slice(0, 16); }
  function el(tag, cls, text) { var e = document.createElement(tag); if (cls) e.className = cls; if (text != null) e.textContent = text; return e; }
  function width(box) { return Math.max(320, box.clientWidth); }
  function utc(ts) { return uPlot.tzDate(new Date(ts * 1e3), 'Etc/UTC'); }
  function params(p) { return Object.keys(p).map(function (k) { return k + '=' + p[k]; }).join(', '); }
  function axes(yFormat) {
    var stroke = css('--axis'), grid = { stroke: css('--grid'), width: 1 };
    return [{ stroke: stroke, grid: grid, ticks: grid },
      { stroke: stroke, grid: grid, ticks: grid, size: 70, values: function (u, vals) { return vals.map(yFormat); } }];
  }
  function table(id, head, rows) {
    var t = document.getElementById(id);
    var thead = t.querySelector('thead'), tbody = t.querySelector('tbody');
    if (thead) {
      thead.innerHTML = '';
      var tr = el('tr');
      head.forEach(function (h, i) { tr.appendChild(el('th', i < (table.left || 1) ? 'l' : null, h)); });
      thead.appendChild(tr);
    }
    tbody.innerHTML = '';
    rows.forEach(function (r) {
      var tr = el('tr');
      r.forEach(function (c) {
        var cell = typeof c === 'object' && c !== null ? c : { text: c };
        tr.appendChild(el('td', cell.cls || null, cell.text));
      });
      tbody.appendChild(tr);
    });
  }
  function signed(v, d, text) { return { text: text != null ? text : fmt(v, d), cls: num(v) ? (v > 0 ? 'pos' : v < 0 ? 'neg' : null) : null }; }

  function summary() {
    var cards = document.getElementById('cards'), wf = V.walkForward, o = wf.outOfSample, p = V.overfitting,
      d = V.deflatedSharpe, c = V.confirmation.walkForwardOutOfSample;
    cards.innerHTML = '';
    [['Out-of-sample net', fmt(o.netProfit, 2) + ' ' + V.accountCurrency, o.netProfit],
      ['Out-of-sample trades', String(o.trades), null],
      ['Walk-forward efficiency', fmt(wf.efficiency, 2), wf.efficiency],
      ['PBO', p.pbo != null ? fmt(p.pbo, 3) + (p.likelyOverfit ? ' overfit' : '') : 'n/a', p.pbo != null ? (p.likelyOverfit ? -1 : 1) : null],
      ['Deflated Sharpe', d.deflatedSharpe != null ? fmt(d.deflatedSharpe, 3) : 'n/a', d.deflatedSharpe != null ? d.deflatedSharpe - 0.95 : null],
      ['Confirmation (OOS)', c.verdict, c.verdict === 'confirmation helps' ? 1 : c.verdict === 'confirmation hurts' ? -1 : null]
    ].forEach(function (it) {
      var card = el('div', 'card');
      card.appendChild(el('div', 'k', it[0]));
      card.appendChild(el('div', 'v' + (num(it[2]) ? (it[2] >= 0 ? ' pos' : ' neg') : ''), it[1]));
      cards.appendChild(card);
    });
    var notes = document.getElementById('notes');
    notes.innerHTML = '';
    [V.ticks.toLocaleString('en-US') + ' ticks from ' + V.source + ' · ' + V.data,
      'costs: ' + V.costs,
      'walk-forward: ' + wf.mode + ', ' + V.settings.inSampleDays + ' in-sample + ' + V.settings.outOfSampleDays +
        ' out-of-sample trading days (17:00 New York); ' + wf.windows.length + ' window(s) over ' + wf.tradingDays + ' days' +
        (wf.unusedDays ? ', last ' + wf.unusedDays + ' day(s) unused' : ''),
      'PBO: ' + (p.pbo != null ? 'share of the ' + p.combinations + ' CSCV splits of ' + p.periods + ' sessions into ' + p.blocks +
        ' blocks where the in-sample best configuration ranked at or below the median out-of-sample' : p.problem),
      'confirmation, full-range winner (in-sample): ' + V.confirmation.fullRangeWinner.sentence
    ].forEach(function (n) { notes.appendChild(el('li', null, n)); });
  }

  function equityChart() {
    var box = document.getElementById('equity');
    box.innerHTML = '';
    var a = V.fullRangeWinner.equity, b = V.walkForward.equity;
    if (!a.times.length) { box.appendChild(el('div', 'empty', 'no equity samples')); return; }
    var index = {};
    a.times.forEach(function (t, i) { index[t] = i; });
    var oos = a.times.map(function () { return null; });
    var start = V.walkForward.windows[0].outOfSampleStart;
    var startMs = Date.parse(start);
    // the out-of-sample curve starts from the deposit at the first out-of-sample part
    var last = -1;
    a.times.forEach(function (t, i) { if (t < startMs) last = i; });
    if (last >= 0) oos[last] = V.deposit;
    b.times.forEach(function (t, i) { if (index[t] != null) oos[index[t]] = b.values[i]; });
    var t = a.times.map(function (v) { return v / 1000; });
    charts.push(new uPlot({ width: width(box), height: 260, scales: { x: { time: true } }, tzDate: utc,
      cursor: { drag: { x: true, y: false } },
      series: [{ value: function (u, v) { return v == null ? '' : iso(v * 1000); } },
        { label: 'in-sample: full-range winner (' + params(V.fullRangeWinner.parameters) + ')', stroke: css('--accent2'), width: 1.5,
          dash: [6, 4], points: { show: false }, value: function (u, v) { return fmt(v, 2); } },
        { label: 'out-of-sample: walk-forward', stroke: css('--equity'), fill: css('--equity-fill'), width: 2, spanGaps: true,
          points: { show: false }, value: function (u, v) { return fmt(v, 2); } }],
      axes: axes(function (v) { return fmt(v, 0); }) }, [t, a.values, oos], box));
  }

  function windowsTable() {
    var s = V.rankedBy;
    document.getElementById('windows-prov').textContent = 'the configuration with the best in-sample ' + s +
      ' (' + (V.higherIsBetter ? 'higher' : 'lower') + ' is better) among those with at least ' + V.settings.minTrades +
      ' in-sample trade(s) is traded in the following out-of-sample days; WFE = out-of-sample net profit per day / in-sample net profit per day';
    table.left = 4;
    var fd = function (v) { return fmt(v, Math.abs(v) >= 100 ? 2 : 3); };
    table('windows', ['#', 'in-sample days', 'out-of-sample days', 'chosen configuration', 'IS ' + s, 'OOS ' + s,
      'IS net', 'OOS net', 'IS trades', 'OOS trades', 'WFE'], V.walkForward.windows.map(function (w) {
      return [String(w.window), w.inSampleDays[0] + ' … ' + w.inSampleDays[w.inSampleDays.length - 1],
        w.outOfSampleDays[0] + ' … ' + w.outOfSampleDays[w.outOfSampleDays.length - 1], params(w.chosen),
        fd(w.inSample[s]), fd(w.outOfSample[s]), signed(w.inSample.netProfit, 2), signed(w.outOfSample.netProfit, 2),
        String(w.inSample.trades), String(w.outOfSample.trades), fmt(w.efficiency, 2)];
    }));
    table.left = 1;
  }

  function dsrTable() {
    var d = V.deflatedSharpe;
    var rows = d.deflatedSharpe == null ? [['not computed', d.problem]] : [
      ['deflated Sharpe ratio', fmt(d.deflatedSharpe, 4) + (d.significant ? ' (significant)' : ' (not significant)')],
      ['winner', params(V.runs.filter(function (r) { return r.gridIndex === d.winnerGridIndex; })[0].parameters)],
      ['Sharpe per session (SR)', fmt(d.sharpePerSession, 4)],
      ['expected best of ' + d.trials + ' without edge (SR0)', fmt(d.expectedMaxSharpe, 4)],
      ['variance of the trials\' SR', fmt(d.trialSharpeVariance, 5)],
      ['sessions (T)', String(d.sessions)], ['skewness', fmt(d.skewness, 3)], ['kurtosis', fmt(d.kurtosis, 3)]];
    table('dsr', null, rows.map(function (r) { return [{ text: r[0], cls: 'l wrap' }, { text: r[1], cls: 'wrap' }]; }));
  }

  function logitChart() {
    var box = document.getElementById('logits'), p = V.overfitting;
    box.innerHTML = '';
    var prov = document.getElementById('pbo-prov');
    if (p.pbo == null) { prov.textContent = p.problem; box.appendChild(el('div', 'empty', 'not computed')); return; }
    prov.textContent = 'λ = logit of the out-of-sample rank of the in-sample best configuration, one per CSCV split; ' +
      'left of 0 (red) = it did no better than the median out-of-sample. PBO = share left of 0 = ' + fmt(p.pbo, 3);
    var ls = p.logits.filter(num);
    var lo = Math.min.apply(null, ls.concat([-0.5])), hi = Math.max.apply(null, ls.concat([0.5]));
    var bins = 20, w = (hi - lo) / bins || 1, counts = [], mids = [];
    for (var i = 0; i < bins; i++) { counts.push(0); mids.push(lo + (i + 0.5) * w); }
    ls.forEach(function (l) { counts[Math.min(bins - 1, Math.floor((l - lo) / w))]++; });
    var up = css('--up'), down = css('--down');
    charts.push(new uPlot({ width: width(box), height: 220, scales: { x: { time: false } }, legend: { show: false },
      series: [{}, { label: 'splits', stroke: css('--muted'), paths: function () { return null; }, points: { show: false } }],
      axes: [{ stroke: css('--axis'), grid: { stroke: css('--grid'), width: 1 } },
        { stroke: css('--axis'), grid: { stroke: css('--grid'), width: 1 }, size: 50 }],
      hooks: { draw: [function (u) {
        var ctx = u.ctx, y0 = u.valToPos(0, 'y', true);
        counts.forEach(function (c, k) {
          var x0 = u.valToPos(lo + k * w, 'x', true), x1 = u.valToPos(lo + (k + 1) * w, 'x', true), y1 = u.valToPos(c, 'y', true);
          ctx.fillStyle = mids[k] <= 0 ? down : up;
          ctx.fillRect(x0 + 1, y1, Math.max(1, x1 - x0 - 2), y0 - y1);
        });
      }] } }, [mids, counts], box));
  }

  function confirmationTable() {
    var rows = [['walk-forward, out-of-sample', V.confirmation.walkForwardOutOfSample],
      ['full-range winner (in-sample)', V.confirmation.fullRangeWinner]];
    table('confirmation', ['signals of', 'verdict', 'confirmed n', 'unconfirmed n', 'confirmed exp. R', 'unconfirmed exp. R',
      'difference R', 'interval R', 'p-value'], rows.map(function (r) {
      var c = r[1];
      return [{ text: r[0], cls: 'l' }, { text: c.verdict, cls: 'l' }, String(c.confirmedSignals), String(c.unconfirmedSignals),
        signed(c.confirmedExpectancyR, 3), signed(c.unconfirmedExpectancyR, 3), signed(c.differenceR, 3),
        c.intervalLowR == null ? '–' : fmt(c.intervalLowR, 3) + ' … ' + fmt(c.intervalHighR, 3) + ' (' + fmt(c.confidence * 100, 0) + ' %)',
        c.pValue == null ? '–' : fmt(c.pValue, 4)];
    }));
  }

  function runsTable() {
    table('runs', ['configuration', 'trades', 'net profit', 'return', 'max DD', 'PF', 'Sharpe (annual)', 'Sharpe / session',
      'expectancy R'], V.runs.map(function (r) {
      var s = r.statistics;
      return [{ cls: 'l', text: params(r.parameters) + (r.gridIndex === V.deflatedSharpe.winnerGridIndex ? '  ★ winner' : '') }, String(s.trades),
        signed(s.netProfit, 2), pct(s.netReturn), pct(s.maxDrawdown), fmt(s.profitFactor, 2), fmt(s.sharpeAnnualised, 2),
        fmt(r.sharpePerSession, 3), fmt(s.expectancyR, 3)];
    }));
  }

  function build() {
    charts.forEach(function (c) { c.destroy(); });
    charts = [];
    summary(); equityChart(); windowsTable(); dsrTable(); logitChart(); confirmationTable(); runsTable();
  }

  function checks() {
    __chartChecks(null, null);
  }

  var resizeTimer = null;
  window.addEventListener('resize', function () { clearTimeout(resizeTimer); resizeTimer = setTimeout(build, 150); });
  document.getElementById('theme').addEventListener('click', function () {
    var root = document.documentElement, dark = css('--bg') !== '#f7f8fa';
    root.setAttribute('data-theme', dark ? 'light' : 'dark');
    build();
  });
  build();
  // uPlot paints in a microtask after each chart is made; a timer runs after them (no animation frame
  // needed, which headless Chromium does not always schedule under a virtual time budget)
  setTimeout(checks, 50);
})();
