// The KPI trend of the customer page's business and service tab: the on-time rate in percent on the
// left axis, damage and wrong-dispatch rates in per mille on the right, one point per month; and the
// ageing of the open receivables, one bar per bucket from not yet due to over 90 days past due.
(function () {
    function numbers(text) {
        return (text || '').split(',').filter(function (v) { return v.length; })
            .map(function (v) { return v === '-' ? null : Number(v); });
    }

    function draw() {
        if (typeof echarts === 'undefined') {
            return;
        }
        var reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
        document.querySelectorAll('[data-trend]').forEach(function (element) {
            var d = element.dataset;
            var chart = echarts.init(element);
            chart.on('finished', function () { element.setAttribute('data-drawn', 'true'); });
            chart.setOption({
                animation: !reducedMotion,
                grid: { left: 48, right: 48, top: 40, bottom: 32 },
                tooltip: { trigger: 'axis' },
                legend: { top: 0 },
                xAxis: { type: 'category', data: (d.labels || '').split(',').filter(function (l) { return l.length; }) },
                yAxis: [
                    { type: 'value', min: function (v) { return Math.max(0, Math.floor((v.min - 5) / 10) * 10); }, max: 100,
                      axisLabel: { formatter: '{value}%' } },
                    { type: 'value', min: 0, axisLabel: { formatter: '{value}‰' }, splitLine: { show: false } }
                ],
                series: [
                    { name: d.nameOnTime, type: 'line', yAxisIndex: 0, data: numbers(d.onTime), connectNulls: true,
                      itemStyle: { color: '#0d6efd' } },
                    { name: d.nameDamage, type: 'bar', yAxisIndex: 1, data: numbers(d.damage),
                      itemStyle: { color: '#fd7e14' } },
                    { name: d.nameWrongDispatch, type: 'bar', yAxisIndex: 1, data: numbers(d.wrongDispatch),
                      itemStyle: { color: '#dc3545' } }
                ]
            });
            window.addEventListener('resize', function () { chart.resize(); });
        });
        document.querySelectorAll('[data-ageing]').forEach(function (element) {
            var d = element.dataset;
            var chart = echarts.init(element);
            chart.on('finished', function () { element.setAttribute('data-drawn', 'true'); });
            chart.setOption({
                animation: !reducedMotion,
                grid: { left: 64, right: 16, top: 16, bottom: 16, containLabel: true },
                tooltip: { trigger: 'axis' },
                xAxis: { type: 'category', data: (d.labels || '').split(','), axisLabel: { interval: 0, rotate: 30 } },
                yAxis: { type: 'value', min: 0, axisLabel: { formatter: '¥{value}' } },
                series: [{ name: d.name, type: 'bar', data: numbers(d.values),
                    itemStyle: { color: function (p) { return ['#198754', '#0dcaf0', '#ffc107', '#fd7e14', '#dc3545'][p.dataIndex]; } } }]
            });
            window.addEventListener('resize', function () { chart.resize(); });
        });
    }

    if (document.readyState === 'complete') {
        draw();
    } else {
        window.addEventListener('load', draw, { once: true });
    }
})();
