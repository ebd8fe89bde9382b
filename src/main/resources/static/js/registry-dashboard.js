// The registry dashboard: people by prefecture on the map of Yunnan, by category beside it, and a click on a
// prefecture drills down to its counties (a bar chart, since no package at hand gives county shapes).
(function () {
  'use strict';
  var root = document.getElementById('dashboard');
  if (!root || typeof echarts === 'undefined') { return; }
  var label = function (name) { return root.getAttribute('data-label-' + name) || name; };
  var home = root.getAttribute('data-region');
  var mapChart = echarts.init(document.getElementById('dash-map'));
  var categoryChart = echarts.init(document.getElementById('dash-categories'));
  var codeToMapName = {};
  var mapReady = false;
  var history = [];

  function fetchJson(url) {
    return fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); });
  }

  function showTotals(stats) {
    document.getElementById('dash-region').textContent = stats.regionName;
    document.getElementById('dash-totals').textContent =
      label('people') + ' ' + stats.people + ' · ' + label('households') + ' ' + stats.households + ' · ' + stats.asOf;
    document.getElementById('dash-back').classList.toggle('d-none', history.length === 0);
  }

  function showTable(stats) {
    var body = document.querySelector('#dash-table tbody');
    body.textContent = '';
    stats.regions.forEach(function (r) {
      var tr = document.createElement('tr');
      var name = document.createElement('td');
      var link = document.createElement('a');
      link.href = root.getAttribute('data-list') + '?region=' + encodeURIComponent(r.code);
      link.textContent = r.name;
      name.appendChild(link);
      if (r.code.length < 6) {
        var down = document.createElement('button');
        down.type = 'button';
        down.className = 'btn btn-link btn-sm py-0 drill';
        down.setAttribute('data-code', r.code);
        down.textContent = label('drill');
        down.addEventListener('click', function () { drill(r.code); });
        name.appendChild(down);
      }
      var people = document.createElement('td');
      people.className = 'text-end';
      people.textContent = r.people;
      var households = document.createElement('td');
      households.className = 'text-end';
      households.textContent = r.households;
      tr.appendChild(name); tr.appendChild(people); tr.appendChild(households);
      body.appendChild(tr);
    });
  }

  function showCategories(stats) {
    var items = stats.byCategory.slice().reverse();
    categoryChart.setOption({
      grid: { left: 8, right: 40, top: 10, bottom: 10, containLabel: true },
      tooltip: {},
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: items.map(function (c) { return c.label; }),
               axisLabel: { width: 150, overflow: 'truncate' } },
      series: [{ type: 'bar', data: items.map(function (c) { return c.people; }), label: { show: true, position: 'right' },
                 itemStyle: { color: '#b71c1c' } }]
    }, true);
  }

  function showMap(stats) {
    var max = Math.max.apply(null, stats.regions.map(function (r) { return r.people; }).concat([1]));
    mapChart.setOption({
      tooltip: { trigger: 'item', formatter: function (p) {
        var d = p.data || {};
        return p.name + '<br>' + label('people') + ' ' + (d.value || 0) + '<br>' + label('households') + ' ' + (d.households || 0);
      } },
      visualMap: { min: 0, max: max, left: 'left', bottom: 10, calculable: true, inRange: { color: ['#fde0dc', '#b71c1c'] } },
      series: [{ type: 'map', map: 'yunnan', roam: false, label: { show: false },
                 data: stats.regions.map(function (r) {
                   return { name: codeToMapName[r.code] || r.name, value: r.people, households: r.households, code: r.code };
                 }) }]
    }, true);
  }

  function showBars(stats) {
    var items = stats.regions;
    mapChart.setOption({
      grid: { left: 8, right: 16, top: 20, bottom: 10, containLabel: true },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: items.map(function (r) { return r.name; }), axisLabel: { rotate: 45, interval: 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', name: label('people'), itemStyle: { color: '#b71c1c' },
                 data: items.map(function (r) { return { value: r.people, code: r.code }; }) }]
    }, true);
  }

  function load(region) {
    fetchJson(root.getAttribute('data-api') + '?region=' + encodeURIComponent(region)).then(function (stats) {
      root.setAttribute('data-shown', stats.region);
      showTotals(stats);
      showCategories(stats);
      showTable(stats);
      if (stats.region.length === 2 && mapReady) { showMap(stats); } else { showBars(stats); }
    }).catch(function () {
      document.getElementById('dash-totals').textContent = label('error');
    });
  }

  function drill(code) {
    if (!code || code.length > 6) { return; }
    history.push(root.getAttribute('data-shown'));
    load(code);
  }

  mapChart.on('click', function (p) { if (p.data && p.data.code) { drill(p.data.code); } });
  document.getElementById('dash-back').addEventListener('click', function () {
    if (history.length) { load(history.pop()); }
  });
  window.addEventListener('resize', function () { mapChart.resize(); categoryChart.resize(); });

  fetchJson(root.getAttribute('data-map')).then(function (geo) {
    geo.features.forEach(function (f) {
      var code = String(f.id || '').substring(0, 4);
      codeToMapName[code] = f.properties.name;
    });
    echarts.registerMap('yunnan', geo);
    mapReady = true;
  }).catch(function () { mapReady = false; }).then(function () { load(home); });
})();
