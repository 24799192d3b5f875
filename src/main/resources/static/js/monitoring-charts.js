// Charts of the monitoring pages (Apache ECharts): actual vs target by year, and the units below by gap.
(function () {
  var vn = function (v) { return v == null ? '' : Number(v).toLocaleString('vi-VN', { maximumFractionDigits: 2 }); };
  function load(id, draw) {
    var el = document.getElementById(id);
    if (!el || !window.echarts) { return; }
    fetch(el.dataset.url).then(function (r) { return r.json(); }).then(function (data) {
      var chart = echarts.init(el);
      var option = draw(data);
      option.animation = false;
      chart.setOption(option);
      el.dataset.ready = 'true';
      window.addEventListener('resize', function () { chart.resize(); });
    });
  }
  load('chart-series', function (d) {
    return {
      tooltip: { trigger: 'axis', valueFormatter: vn },
      legend: { data: ['Thực hiện', 'Mục tiêu', 'Đường tiến độ'] },
      xAxis: { type: 'category', data: d.years },
      yAxis: { type: 'value', axisLabel: { formatter: vn } },
      series: [
        { name: 'Thực hiện', type: 'line', data: d.actual, connectNulls: true, symbolSize: 8 },
        { name: 'Mục tiêu', type: 'line', data: d.target, connectNulls: true, lineStyle: { type: 'dashed' } },
        { name: 'Đường tiến độ', type: 'line', data: d.path, connectNulls: true, lineStyle: { type: 'dotted' }, symbol: 'none' }
      ]
    };
  });
  var colours = { MET: '#2e7d32', ON_TRACK: '#66bb6a', AT_RISK: '#f9a825', OFF_TRACK: '#c62828', NO_DATA: '#9e9e9e' };
  load('chart-children', function (rows) {
    var withValue = rows.filter(function (r) { return r.value != null; });
    return {
      tooltip: { trigger: 'axis', valueFormatter: vn },
      grid: { left: 150 },
      xAxis: { type: 'value', axisLabel: { formatter: vn } },
      yAxis: { type: 'category', inverse: true, data: withValue.map(function (r) { return r.name; }) },
      series: [{ type: 'bar', data: withValue.map(function (r) {
        return { value: r.value, itemStyle: { color: colours[r.status] } };
      }) }]
    };
  });
})();
