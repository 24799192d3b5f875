// Công khai: one small chart per indicator of the issuing unit, this year's result against this year's target,
// drawn from the page's own open data file (du-lieu.json), so the chart shows exactly what can be downloaded.
(function () {
  var box = document.getElementById('public-charts');
  if (!box || !window.echarts) { return; }
  var vn = function (v) { return v == null ? '' : Number(v).toLocaleString('vi-VN', { maximumFractionDigits: 2 }); };
  var colours = { 'Đạt': '#2e7d32', 'Đúng tiến độ': '#66bb6a', 'Có nguy cơ': '#f9a825', 'Chậm': '#c62828', 'Chưa có số liệu': '#9e9e9e' };
  fetch(box.dataset.url, { headers: { Accept: 'application/json' } }).then(function (r) { return r.json(); }).then(function (d) {
    var rows = d.dong.filter(function (r) {
      return r.cap === 'đơn vị ban hành' && (r.gia_tri_thuc_hien != null || r.gia_tri_muc_tieu != null);
    });
    rows.forEach(function (r) {
      var cell = document.createElement('figure');
      cell.className = 'indicator-chart';
      var caption = document.createElement('figcaption');
      caption.textContent = r.ma_chi_tieu + '. ' + r.chi_tieu + ' (' + (r.don_vi_tinh || '') + ') — ' + r.tinh_trang
        + (r.du_lieu_minh_hoa ? ' · Dữ liệu minh họa' : '');
      var el = document.createElement('div');
      el.className = 'chart';
      el.setAttribute('role', 'img');
      el.setAttribute('aria-label', r.chi_tieu + ': thực hiện ' + (r.thuc_hien || 'chưa có') + ', mục tiêu ' + (r.muc_tieu_nam || 'không có'));
      cell.appendChild(caption);
      cell.appendChild(el);
      box.appendChild(cell);
      var chart = echarts.init(el);
      chart.setOption({
        animation: false,
        aria: { enabled: true },
        tooltip: { trigger: 'axis', valueFormatter: vn },
        grid: { left: 60, right: 10, top: 10, bottom: 30 },
        xAxis: { type: 'category', data: ['Thực hiện', 'Mục tiêu ' + d.nam] },
        yAxis: { type: 'value', axisLabel: { formatter: vn } },
        series: [{ type: 'bar', barWidth: '45%', label: { show: true, position: 'top', formatter: function (p) { return vn(p.value); } },
          data: [{ value: r.gia_tri_thuc_hien, itemStyle: { color: colours[r.tinh_trang] || '#1f5fa8' } },
            { value: r.gia_tri_muc_tieu, itemStyle: { color: '#90a4ae' } }] }]
      });
    });
    if (!rows.length) {
      box.textContent = 'Chưa có chỉ tiêu định lượng để vẽ.';
    }
    box.dataset.ready = 'true';
  });
})();
