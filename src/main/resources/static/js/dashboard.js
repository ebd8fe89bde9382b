// The supervision dashboard: fetches the figures from the API and draws them with ECharts. The page holds the texts
// (data-* attributes on #dashboard), so the script carries no words of its own.
(function () {
  'use strict';
  var root = document.getElementById('dashboard');
  if (!root || typeof echarts === 'undefined') {
    return;
  }
  var text = root.dataset;
  var charts = [];
  var picker = document.getElementById('d-plan');
  if (picker) {
    picker.addEventListener('change', function () { picker.form.submit(); });
  }

  function chart(id) {
    var c = echarts.init(document.getElementById(id));
    charts.push(c);
    return c;
  }

  function completionBars(id, rows) {
    var names = rows.map(function (r) { return r.name; });
    chart(id).setOption({
      color: ['#2e7d32', '#c62828', '#9e9e9e'],
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: names, inverse: true,
        axisLabel: { width: 130, overflow: 'truncate' } },
      series: [
        { name: text.labelSignedOff, type: 'bar', stack: 't', data: rows.map(function (r) { return r.signedOff; }) },
        { name: text.labelOverdue, type: 'bar', stack: 't', data: rows.map(function (r) { return r.overdue; }) },
        { name: text.labelOpen, type: 'bar', stack: 't',
          data: rows.map(function (r) { return r.total - r.signedOff - r.overdue; }) }
      ]
    });
  }

  function trend(rows) {
    chart('chart-trend').setOption({
      color: ['#c62828'],
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: rows.map(function (r) { return r.weekEnd.substring(5); }) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ name: text.labelOverdue, type: 'line', symbolSize: 5, areaStyle: { opacity: 0.15 },
        data: rows.map(function (r) { return r.overdue; }) }]
    });
  }

  function map(rows, geo) {
    echarts.registerMap('yunnan', geo);
    chart('chart-map').setOption({
      tooltip: { trigger: 'item', formatter: function (p) {
        var d = p.data;
        if (!d || !d.total) { return p.name + '<br>' + text.labelNoTasks; }
        return p.name + '<br>' + text.labelRate + ' ' + d.value + '%<br>' + text.labelSignedOff + ' ' + d.signedOff
          + ' / ' + text.labelTotal + ' ' + d.total + '<br>' + text.labelOverdue + ' ' + d.overdue;
      } },
      visualMap: { min: 0, max: 100, left: 8, bottom: 8, text: ['100%', '0%'], calculable: false,
        inRange: { color: ['#c62828', '#f9a825', '#2e7d32'] } },
      series: [{ type: 'map', map: 'yunnan', roam: false, label: { show: false },
        emphasis: { label: { show: true } },
        data: rows.map(function (r) {
          return { name: r.name, value: r.total ? r.rate : null, total: r.total, signedOff: r.signedOff,
            overdue: r.overdue };
        }) }]
    });
  }

  function failed() {
    var box = document.getElementById('dashboard-error');
    box.textContent = text.failed;
    box.classList.remove('d-none');
  }

  function json(url) {
    return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); });
  }

  Promise.all([json(text.api), json(text.map)]).then(function (results) {
    var figures = results[0];
    completionBars('chart-sections', figures.sections);
    completionBars('chart-units', figures.leadUnits);
    trend(figures.overdueTrend);
    map(figures.prefectures, results[1]);
    root.dataset.drawn = 'true';
  }).catch(failed);

  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
})();
