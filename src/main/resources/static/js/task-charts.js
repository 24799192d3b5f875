// Charts of the task dashboard (Apache ECharts): overdue occurrences by lead body, and the 2025–2030 timeline.
(function () {
  function load(id, draw) {
    var el = document.getElementById(id);
    if (!el || !window.echarts) { return; }
    fetch(el.dataset.url, { headers: { Accept: 'application/json' } })
      .then(function (r) { return r.json(); })
      .then(function (data) {
        var chart = echarts.init(el);
        var option = draw(data);
        option.animation = false;
        chart.setOption(option);
        el.dataset.ready = 'true';
        window.addEventListener('resize', function () { chart.resize(); });
      });
  }
  load('chart-overdue-by-lead', function (d) {
    var rows = d.overdueByLead;
    return {
      title: rows.length ? { show: false } : { text: 'Không có nhiệm vụ quá hạn', left: 'center', top: 'middle',
        textStyle: { fontSize: 14, fontWeight: 'normal', color: '#607d8b' } },
      tooltip: { trigger: 'axis' },
      grid: { left: 220 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: rows.map(function (r) { return r.name; }) },
      series: [{ name: 'Quá hạn', type: 'bar', data: rows.map(function (r) { return r.count; }), itemStyle: { color: '#c62828' } }]
    };
  });
  load('chart-timeline', function (d) {
    var years = d.timeline.map(function (y) { return y.year; });
    function series(name, key, colour) {
      return { name: name, type: 'bar', stack: 'all', itemStyle: { color: colour },
        data: d.timeline.map(function (y) { return y[key]; }) };
    }
    return {
      tooltip: { trigger: 'axis' },
      legend: { data: ['Hoàn thành đúng hạn', 'Hoàn thành quá hạn', 'Quá hạn', 'Chưa đến hạn'] },
      xAxis: { type: 'category', data: years },
      yAxis: { type: 'value', minInterval: 1 },
      series: [series('Hoàn thành đúng hạn', 'doneOnTime', '#2e7d32'), series('Hoàn thành quá hạn', 'doneLate', '#f9a825'),
        series('Quá hạn', 'overdue', '#c62828'), series('Chưa đến hạn', 'open', '#90a4ae')]
    };
  });
})();
