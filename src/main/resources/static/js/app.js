// Small behaviours shared by every page: htmx carries the CSRF token, and charts declared with
// data attributes are drawn with ECharts once it has loaded.
document.addEventListener('DOMContentLoaded', function () {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
        document.body.addEventListener('htmx:configRequest', function (event) {
            event.detail.headers[header.content] = token.content;
        });
    }
    drawCharts();
});

function drawCharts() {
    if (typeof echarts === 'undefined') {
        window.addEventListener('load', drawChartsOnce, { once: true });
        return;
    }
    drawChartsOnce();
}

function drawChartsOnce() {
    if (typeof echarts === 'undefined') {
        return;
    }
    var reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    document.querySelectorAll('[data-chart]').forEach(function (element) {
        var labels = (element.dataset.labels || '').split(',').filter(function (label) { return label.length; });
        var values = (element.dataset.values || '').split(',').filter(function (v) { return v.length; }).map(Number);
        var chart = echarts.init(element);
        // data-drawn tells when the chart is complete: after the animation, not when it starts
        chart.on('finished', function () { element.setAttribute('data-drawn', 'true'); });
        chart.setOption({
            animation: !reducedMotion,
            grid: { left: 40, right: 16, top: 16, bottom: 32 },
            tooltip: { trigger: 'axis' },
            xAxis: { type: 'category', data: labels },
            yAxis: { type: 'value', minInterval: 1 },
            series: [{ type: element.dataset.chart, data: values, itemStyle: { color: '#0d6efd' } }]
        });
        window.addEventListener('resize', function () { chart.resize(); });
    });
}

// Draws every element carrying data-<key> with the builder its value names: builders[kind](dataset)
// gives the ECharts option, and withChart(element, chart), when given, adds behaviour such as a
// drill-down. As above, data-drawn is set once the chart is complete. Page scripts call it.
function drawDeclaredCharts(key, builders, withChart) {
    var attribute = 'data-' + key.replace(/[A-Z]/g, function (c) { return '-' + c.toLowerCase(); });
    function drawAll() {
        if (typeof echarts === 'undefined') {
            return;
        }
        var reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
        document.querySelectorAll('[' + attribute + ']').forEach(function (element) {
            var build = builders[element.dataset[key]];
            if (!build) {
                return;
            }
            var chart = echarts.init(element);
            chart.on('finished', function () { element.setAttribute('data-drawn', 'true'); });
            var option = build(element.dataset);
            option.animation = !reducedMotion;
            chart.setOption(option);
            if (withChart) {
                withChart(element, chart);
            }
            window.addEventListener('resize', function () { chart.resize(); });
        });
    }
    if (document.readyState === 'complete') {
        drawAll();
    } else {
        window.addEventListener('load', drawAll, { once: true });
    }
}
