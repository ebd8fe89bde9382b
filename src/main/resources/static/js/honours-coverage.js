// The coverage dashboard's chart: Yunnan's prefectures on a map (plaque coverage as colour), or a prefecture's
// counties as bars, since the map file has no county shapes. Clicking a prefecture drills down.
(function () {
  'use strict';
  function draw(element) {
    var chart = echarts.init(element);
    var plaque = element.dataset.labelPlaque;
    var visit = element.dataset.labelVisit;
    fetch(element.dataset.api, { headers: { Accept: 'application/json' } })
      .then(function (r) { return r.json(); })
      .then(function (answer) {
        var parts = answer.parts;
        var drill = function (code) {
          if (code && code.length === 4) {
            var url = element.dataset.page + '?region=' + code;
            if (element.dataset.campaign) { url += '&campaign=' + element.dataset.campaign; }
            window.location.href = url;
          }
        };
        if (element.dataset.map) {
          return fetch(element.dataset.map).then(function (r) { return r.json(); }).then(function (geo) {
            echarts.registerMap('yunnan', geo);
            var byName = {};
            parts.forEach(function (p) { byName[p.name] = p; });
            chart.setOption({
              tooltip: { formatter: function (p) {
                var d = byName[p.name];
                return d ? p.name + '<br>' + plaque + ' ' + d.withPlaque + '/' + d.eligibleHouseholds + '（' + d.plaquePercent + '%）'
                  + '<br>' + visit + ' ' + d.visited + '/' + d.targets + '（' + d.visitPercent + '%）' : p.name;
              } },
              visualMap: { min: 0, max: 100, text: ['100%', '0%'], calculable: true, left: 'left', bottom: 10,
                inRange: { color: ['#fde2e2', '#c0392b'] } },
              series: [{ type: 'map', map: 'yunnan', roam: false,
                data: parts.map(function (p) { return { name: p.name, value: p.plaquePercent, code: p.region }; }) }]
            });
            chart.on('click', function (e) { if (e.data) { drill(e.data.code); } });
          });
        }
        chart.setOption({
          tooltip: { trigger: 'axis' },
          legend: { data: [plaque, visit] },
          grid: { left: 90, right: 20, top: 30, bottom: 20 },
          xAxis: { type: 'value', max: 100 },
          yAxis: { type: 'category', data: parts.map(function (p) { return p.name; }) },
          series: [
            { name: plaque, type: 'bar', data: parts.map(function (p) { return p.plaquePercent; }) },
            { name: visit, type: 'bar', data: parts.map(function (p) { return p.visitPercent; }) }
          ]
        });
      });
    window.addEventListener('resize', function () { chart.resize(); });
  }
  document.addEventListener('DOMContentLoaded', function () {
    var element = document.getElementById('coverage-chart');
    if (element && window.echarts) { draw(element); }
  });
})();
