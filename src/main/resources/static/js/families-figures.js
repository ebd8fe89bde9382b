// The figures pages of 随军家属就业 and 子女入学优待: the value of each row of the region table (data-code,
// data-value) on the map of Yunnan when the province is shown, as bars for a prefecture's counties (no county shapes
// are at hand, see maps/README.md).
(function () {
  'use strict';
  var root = document.getElementById('figures-chart');
  if (!root || typeof echarts === 'undefined') { return; }
  var rows = Array.prototype.slice.call(document.querySelectorAll('#figures-regions tbody tr[data-code]'));
  var points = rows.map(function (tr) {
    return { code: tr.getAttribute('data-code'), name: tr.getAttribute('data-name'), value: Number(tr.getAttribute('data-value')) };
  });
  var label = root.getAttribute('data-label') || '';
  var chart = echarts.init(root);
  window.addEventListener('resize', function () { chart.resize(); });

  function bars() {
    chart.setOption({
      grid: { left: 8, right: 16, top: 20, bottom: 10, containLabel: true },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: points.map(function (p) { return p.name; }), axisLabel: { rotate: 45, interval: 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', name: label, itemStyle: { color: '#b71c1c' }, data: points.map(function (p) { return p.value; }) }]
    }, true);
  }

  if (root.getAttribute('data-region').length !== 2) { bars(); return; }
  fetch(root.getAttribute('data-map'), { credentials: 'same-origin' })
    .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
    .then(function (geo) {
      var names = {};
      geo.features.forEach(function (f) { names[String(f.id || '').substring(0, 4)] = f.properties.name; });
      echarts.registerMap('yunnan', geo);
      var max = Math.max.apply(null, points.map(function (p) { return p.value; }).concat([1]));
      chart.setOption({
        tooltip: { trigger: 'item', formatter: function (p) { return p.name + '<br>' + label + ' ' + ((p.data || {}).value || 0); } },
        visualMap: { min: 0, max: max, left: 'left', bottom: 10, calculable: true, inRange: { color: ['#fde0dc', '#b71c1c'] } },
        series: [{ type: 'map', map: 'yunnan', roam: false, label: { show: false },
                   data: points.map(function (p) { return { name: names[p.code] || p.name, value: p.value }; }) }]
      }, true);
    })
    .catch(bars);
})();
