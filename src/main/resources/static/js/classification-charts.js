// The charts of the classification page: the ABC pie, the revenue share of each class beside the band it
// is expected to bring, the deciles (share of customers against shares of revenue and margin) and the
// Pareto curve. Clicking a class opens the run's customers of that class.
(function () {
    function list(text) {
        return (text || '').split(',').filter(function (v) { return v.length; });
    }

    function numbers(text) {
        return list(text).map(function (v) { return v === '-' ? null : Number(v); });
    }

    var COLOURS = ['#0d6efd', '#20c997', '#ffc107', '#adb5bd'];

    function drill(element, grade) {
        if (element.dataset.drill && grade) {
            window.location.href = element.dataset.drill + (element.dataset.drill.indexOf('?') < 0 ? '?' : '&')
                + 'grade=' + encodeURIComponent(grade);
        }
    }

    var builders = {
        abc: function (d) {
            var grades = list(d.grades);
            var names = list(d.names);
            var counts = numbers(d.counts);
            return {
                tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
                legend: { bottom: 0 },
                series: [{ type: 'pie', radius: ['35%', '65%'], center: ['50%', '45%'],
                    data: grades.map(function (g, i) {
                        return { name: names[i] || g, value: counts[i], grade: g, itemStyle: { color: COLOURS[i] } };
                    }).filter(function (slice) { return slice.value > 0; }),
                    label: { formatter: '{b}\n{c}' } }]
            };
        },
        share: function (d) {
            var grades = list(d.grades);
            var from = numbers(d.from);
            var to = numbers(d.to);
            return {
                tooltip: { trigger: 'axis' },
                legend: { top: 0 },
                grid: { left: 48, right: 16, top: 40, bottom: 32 },
                xAxis: { type: 'category', data: grades },
                yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
                series: [
                    { name: d.nameShare, type: 'bar', data: numbers(d.shares).map(function (v, i) {
                        return { value: v, grade: grades[i], itemStyle: { color: COLOURS[i] } };
                    }) },
                    { name: d.nameExpected, type: 'custom', data: grades.map(function (g, i) { return [i, from[i], to[i]]; }),
                      renderItem: function (params, api) {
                          if (api.value(1) === null || isNaN(api.value(1))) { return null; }
                          var low = api.coord([api.value(0), api.value(1)]);
                          var high = api.coord([api.value(0), api.value(2)]);
                          var width = api.size([1, 0])[0] * 0.5;
                          return { type: 'rect', shape: { x: low[0] - width / 2, y: high[1], width: width, height: low[1] - high[1] },
                                   style: { fill: 'rgba(220,53,69,0.12)', stroke: '#dc3545', lineDash: [4, 3] } };
                      },
                      itemStyle: { color: '#dc3545' }, z: 3 }
                ]
            };
        },
        deciles: function (d) {
            var labels = list(d.deciles).map(function (n) { return d.decileLabel.replace('{0}', n); });
            return {
                tooltip: { trigger: 'axis', valueFormatter: function (v) { return v === null ? '—' : v + '%'; } },
                legend: { top: 0 },
                grid: { left: 48, right: 16, top: 40, bottom: 32 },
                xAxis: { type: 'category', data: labels },
                yAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
                series: [
                    { name: d.nameCustomers, type: 'bar', data: numbers(d.customers), itemStyle: { color: '#adb5bd' } },
                    { name: d.nameRevenue, type: 'bar', data: numbers(d.revenue), itemStyle: { color: '#0d6efd' } },
                    { name: d.nameMargin, type: 'bar', data: numbers(d.margin), itemStyle: { color: '#20c997' } }
                ]
            };
        },
        pareto: function (d) {
            var x = numbers(d.x);
            var y = numbers(d.y);
            return {
                tooltip: { trigger: 'axis', formatter: function (p) {
                    return d.xName + ' ' + p[0].value[0] + '% → ' + p[0].value[1] + '%'; } },
                grid: { left: 48, right: 24, top: 24, bottom: 40 },
                xAxis: { type: 'value', min: 0, max: 100, name: d.xName, nameLocation: 'middle', nameGap: 26,
                         axisLabel: { formatter: '{value}%' } },
                yAxis: { type: 'value', min: 0, axisLabel: { formatter: '{value}%' } },
                series: [
                    { name: d.name, type: 'line', showSymbol: x.length <= 40, data: x.map(function (v, i) { return [v, y[i]]; }),
                      areaStyle: { opacity: 0.08 }, itemStyle: { color: '#0d6efd' },
                      markLine: { silent: true, symbol: 'none', lineStyle: { type: 'dashed', color: '#dc3545' },
                                  data: [{ xAxis: 20 }, { yAxis: 80 }] } }
                ]
            };
        }
    };

    function draw() {
        if (typeof echarts === 'undefined') {
            return;
        }
        var reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
        document.querySelectorAll('[data-classification]').forEach(function (element) {
            var build = builders[element.dataset.classification];
            if (!build) {
                return;
            }
            var chart = echarts.init(element);
            chart.on('finished', function () { element.setAttribute('data-drawn', 'true'); });
            var option = build(element.dataset);
            option.animation = !reducedMotion;
            chart.setOption(option);
            chart.on('click', function (params) { drill(element, params.data && params.data.grade); });
            window.addEventListener('resize', function () { chart.resize(); });
        });
    }

    if (document.readyState === 'complete') {
        draw();
    } else {
        window.addEventListener('load', draw, { once: true });
    }
})();
