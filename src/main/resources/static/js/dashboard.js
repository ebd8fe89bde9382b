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

  var mapChart = null;

  function mapChartOf() {
    if (!mapChart) { mapChart = chart('chart-map'); }
    return mapChart;
  }

  function map(rows, geo) {
    echarts.registerMap('yunnan', geo);
    mapChartOf().setOption({
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
    }, true);
  }

  // A theme (专题) of another module: the province's prefectures recolour the map; below the province, where no
  // outlines exist, the figures are bars of the regions one level down.
  function theme(result) {
    var t = result.theme;
    var rows = result.figures;
    var tip = function (p) { return p.name + '<br>' + (p.value == null ? themes.dataset.none : p.value + ' ' + t.unit); };
    if (!rows.length) {
      mapChartOf().setOption({ title: { text: themes.dataset.none, left: 'center', top: 'middle',
        textStyle: { fontSize: 13, fontWeight: 'normal' } }, series: [] }, true);
      return;
    }
    var max = Math.max.apply(null, rows.map(function (r) { return r.value; }).concat([1]));
    if (result.level === 'PROVINCE') {
      mapChartOf().setOption({
        tooltip: { trigger: 'item', formatter: tip },
        visualMap: { min: 0, max: max, left: 8, bottom: 8, text: [max + ' ' + t.unit, '0'], calculable: false,
          inRange: { color: ['#e3f2fd', '#1565c0'] } },
        series: [{ type: 'map', map: 'yunnan', roam: false, label: { show: false }, emphasis: { label: { show: true } },
          data: rows.map(function (r) { return { name: r.regionName, value: r.value, code: r.regionCode }; }) }]
      }, true);
      return;
    }
    mapChartOf().setOption({
      color: ['#1565c0'],
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'value', name: t.unit },
      yAxis: { type: 'category', inverse: true, data: rows.map(function (r) { return r.regionName; }),
        axisLabel: { width: 130, overflow: 'truncate' } },
      series: [{ name: t.name, type: 'bar', data: rows.map(function (r) { return r.value; }) }]
    }, true);
  }

  var themes = document.getElementById('dashboard-themes');
  var supervisionMap = null;

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
    supervisionMap = function () { map(figures.prefectures, results[1]); };
    root.dataset.drawn = 'true';
  }).catch(failed);

  var themePicker = document.getElementById('d-theme');
  if (themes && themePicker) {
    themePicker.addEventListener('change', function () {
      var key = themePicker.value;
      if (!key) {
        if (supervisionMap) { supervisionMap(); }
        return;
      }
      json(themes.dataset.api + encodeURIComponent(key)).then(function (result) {
        theme(result);
        themes.dataset.shown = key;
      }).catch(failed);
    });
  }

  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
})();
