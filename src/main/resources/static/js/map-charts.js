// Bản đồ phân vùng (Apache ECharts): the units below coloured by status (or by value, with a legend), value,
// reference and status on hover, a click opens the unit. Without boundaries, or when the boundary file cannot be
// loaded or read, the same figures are drawn as ranked bars. Status never rests on colour alone: the tooltip and the
// legend carry the words, and "Hoa văn" adds a pattern per status.
(function () {
  var el = document.getElementById('chart-map');
  if (!el || !window.echarts) { return; }
  var colours = { MET: '#2e7d32', ON_TRACK: '#66bb6a', AT_RISK: '#f9a825', OFF_TRACK: '#c62828', NO_DATA: '#9e9e9e' };
  var patterns = {
    MET: { symbol: 'circle', symbolSize: 0.6, dashArrayX: [[4, 4]], dashArrayY: [4, 4], color: 'rgba(255,255,255,0.8)' },
    ON_TRACK: { symbol: 'rect', dashArrayX: [[8, 0]], dashArrayY: [1, 5], rotation: Math.PI / 4, color: 'rgba(0,0,0,0.45)' },
    AT_RISK: { symbol: 'rect', dashArrayX: [[6, 4]], dashArrayY: [2, 6], color: 'rgba(0,0,0,0.5)' },
    OFF_TRACK: { symbol: 'rect', dashArrayX: [[1, 3]], dashArrayY: [1, 3], color: 'rgba(255,255,255,0.8)' },
    NO_DATA: { symbol: 'none' }
  };
  var css = { MET: 'status-ok', ON_TRACK: 'status-track', AT_RISK: 'status-risk', OFF_TRACK: 'status-late', NO_DATA: 'status-none' };
  var patternWords = { MET: 'chấm', ON_TRACK: 'gạch chéo', AT_RISK: 'gạch ngang', OFF_TRACK: 'lưới dày', NO_DATA: 'trơn' };
  var vn = function (v) { return v == null ? '' : Number(v).toLocaleString('vi-VN', { maximumFractionDigits: 2 }); };
  var chart = echarts.init(el);
  var geo = {};
  var state = { mode: 'status', decal: false, data: null, drawn: null, features: null };
  var select = document.getElementById('map-indicator');
  var modeButton = document.getElementById('map-mode');
  var decalButton = document.getElementById('map-decal');
  var legend = document.getElementById('map-legend');

  function esc(s) {
    return String(s == null ? '' : s).replace(/[&<>"]/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]; });
  }
  function tooltip(a) {
    if (!a) { return ''; }
    return '<b>' + esc(a.name) + '</b><br>Thực hiện: ' + esc(a.text || 'chưa có') + '<br>So với: ' + esc(a.referenceText)
      + '<br>Tình trạng: ' + esc(a.statusLabel);
  }
  function item(a, name) {
    var style = {};
    if (state.mode === 'status') { style.areaColor = colours[a.status]; style.color = colours[a.status]; }
    if (state.decal) { style.decal = patterns[a.status]; }
    return { name: name, value: state.mode === 'value' ? a.value : null, area: a, itemStyle: style };
  }
  function values(d) {
    var v = d.areas.filter(function (a) { return a.value != null; }).map(function (a) { return Number(a.value); });
    return v.length ? { min: Math.min.apply(null, v), max: Math.max.apply(null, v) } : { min: 0, max: 1 };
  }
  function drawMap(d) {
    var range = values(d);
    var option = {
      animation: false,
      aria: { enabled: true, decal: { show: false } },
      tooltip: { trigger: 'item', formatter: function (p) { return tooltip(p.data && p.data.area); } },
      series: [{ type: 'map', map: d.mapName, nameProperty: 'code', roam: true, selectedMode: false,
        emphasis: { label: { show: true, formatter: function (p) { return p.data ? p.data.area.name : ''; } } },
        itemStyle: { borderColor: '#ffffff', borderWidth: 0.6, areaColor: '#eeeeee' },
        data: d.areas.map(function (a) { return item(a, a.code); }) }]
    };
    if (state.mode === 'value') {
      option.visualMap = { type: 'continuous', min: range.min, max: range.max, calculable: true, left: 'left', bottom: 10,
        text: ['cao', 'thấp'], formatter: vn, inRange: { color: ['#e3f2fd', '#0d47a1'] } };
    }
    chart.setOption(option, true);
    state.drawn = 'map';
  }
  function drawBars(d) {
    var rows = d.areas.filter(function (a) { return a.value != null; });
    chart.setOption({
      animation: false,
      aria: { enabled: true },
      tooltip: { trigger: 'item', formatter: function (p) { return tooltip(p.data && p.data.area); } },
      grid: { left: 170, right: 20, top: 10, bottom: 30 },
      xAxis: { type: 'value', axisLabel: { formatter: vn } },
      yAxis: { type: 'category', inverse: true, data: rows.map(function (a) { return a.name; }) },
      series: [{ type: 'bar', data: rows.map(function (a) {
        var i = item(a, a.name);
        i.value = a.value;
        i.itemStyle.color = colours[a.status];
        return i;
      }) }]
    }, true);
    el.style.height = Math.max(240, rows.length * 18 + 60) + 'px';
    chart.resize();
    state.drawn = 'bars';
  }
  function showLegend(d) {
    if (!legend) { return; }
    if (state.mode === 'value') {
      legend.innerHTML = 'Tô màu theo giá trị ' + esc(d.indicator) + (d.indicatorUnit ? ' (' + esc(d.indicatorUnit) + ')' : '')
        + ', đậm là cao; đơn vị chưa có số liệu để xám.';
      return;
    }
    legend.innerHTML = d.statuses.map(function (s) {
      var n = d.areas.filter(function (a) { return a.status === s.name; }).length;
      return '<span class="map-key"><span class="swatch ' + css[s.name] + '"></span>' + esc(s.label)
        + ' (' + n + ')' + (state.decal ? ' · ' + patternWords[s.name] : '') + '</span>';
    }).join(' ');
  }
  function draw() {
    var d = state.data;
    el.dataset.ready = 'false';
    if (!d) { return; }
    var render = function () {
      if (d.mapUrl && geo[d.mapUrl] === true) { drawMap(d); } else { drawBars(d); }
      el.dataset.mode = state.drawn;
      el.dataset.ready = 'true';
      showLegend(d);
    };
    if (!d.mapUrl || geo[d.mapUrl] !== undefined) { render(); return; }
    fetch(d.mapUrl).then(function (r) {
      if (!r.ok) { throw new Error('HTTP ' + r.status); }
      return r.json();
    }).then(function (json) {
      echarts.registerMap(d.mapName, json);
      state.features = json.features;
      geo[d.mapUrl] = true;
    }).catch(function () {
      geo[d.mapUrl] = false;
    }).then(render);
  }
  function load(url) {
    el.dataset.ready = 'false';
    fetch(url, { headers: { Accept: 'application/json' } }).then(function (r) { return r.json(); }).then(function (d) {
      state.data = d;
      draw();
    });
  }
  // A point inside a unit's area, in pixels of the chart (browser tests hover and click on it).
  window.tiendoMapPoint = function (code) {
    var f = (state.features || []).filter(function (x) { return x.properties.code === code; })[0];
    if (!f || state.drawn !== 'map') { return null; }
    var ring = f.geometry.type === 'Polygon' ? f.geometry.coordinates[0] : f.geometry.coordinates[0][0];
    var x = 0, y = 0;
    ring.forEach(function (c) { x += c[0]; y += c[1]; });
    return chart.convertToPixel({ seriesIndex: 0 }, [x / ring.length, y / ring.length]);
  };
  chart.on('click', function (p) {
    var a = p.data && p.data.area;
    if (a && a.href) { window.location.href = a.href; }
  });
  if (modeButton) {
    modeButton.addEventListener('click', function () {
      state.mode = state.mode === 'status' ? 'value' : 'status';
      modeButton.setAttribute('aria-pressed', String(state.mode === 'value'));
      modeButton.textContent = state.mode === 'value' ? 'Tô màu theo tình trạng' : 'Tô màu theo giá trị';
      draw();
    });
  }
  if (decalButton) {
    decalButton.addEventListener('click', function () {
      state.decal = !state.decal;
      decalButton.setAttribute('aria-pressed', String(state.decal));
      draw();
    });
  }
  if (select) {
    select.addEventListener('change', function () { load(select.value); });
    load(select.value);
  } else if (el.dataset.url) {
    load(el.dataset.url);
  }
  window.addEventListener('resize', function () { chart.resize(); });
})();
