// The charts of the classification page: the ABC pie, the revenue share of each class beside the band it
// is expected to bring, the revenue and purchase deciles (share of customers against shares of revenue and
// margin), the Pareto curve, the RFM heat map (R x F), the best-vs-loyal scatter and the star grades.
// Clicking a class, cell, decile, quadrant or star opens the run's customers of it; clicking the Pareto
// curve opens the class whose share of the customers the point lies in (the shaded bands).
(function () {
    function list(text) {
        return (text || '').split(',').filter(function (v) { return v.length; });
    }

    function numbers(text) {
        return list(text).map(function (v) { return v === '-' ? null : Number(v); });
    }

    var COLOURS = ['#0d6efd', '#20c997', '#ffc107', '#adb5bd'];

    // the query of the customers to open, from the clicked item's data ({grade: 'A'}, {r: 5, f: 3} …)
    function drill(element, query) {
        if (!element.dataset.drill || !query) {
            return;
        }
        var parts = Object.keys(query).filter(function (key) { return query[key] !== undefined && query[key] !== null; })
            .map(function (key) { return key + '=' + encodeURIComponent(query[key]); });
        if (parts.length) {
            window.location.href = element.dataset.drill + (element.dataset.drill.indexOf('?') < 0 ? '?' : '&')
                + parts.join('&');
        }
    }

    var QUADRANT_COLOURS = { BEST_LOYAL: '#198754', BEST_NOT_LOYAL: '#dc3545', LOYAL_NOT_BEST: '#0d6efd', NEITHER: '#adb5bd' };

    function records(text) {
        return (text || '').split(';').filter(function (v) { return v.length; }).map(function (v) { return v.split(':'); });
    }

    // each class's stretch of the customers in percent, from the ranking's top: A first, then B …
    function gradeBands(d) {
        var grades = list(d.grades);
        var counts = numbers(d.counts);
        var total = counts.reduce(function (sum, n) { return sum + (n || 0); }, 0);
        var from = 0;
        return grades.map(function (grade, i) {
            var to = total ? from + 100 * (counts[i] || 0) / total : from;
            var band = { grade: grade, from: from, to: to };
            from = to;
            return band;
        }).filter(function (band) { return band.to > band.from; });
    }

    // the curve is thin and mostly drawn without symbols, so a click anywhere on the plot counts
    function drillFromCurve(element, chart) {
        chart.getZr().on('click', function (event) {
            var point = [event.offsetX, event.offsetY];
            if (!chart.containPixel({ gridIndex: 0 }, point)) {
                return;
            }
            var share = chart.convertFromPixel({ gridIndex: 0 }, point)[0];
            var band = gradeBands(element.dataset).filter(function (b) { return share <= b.to; })[0];
            drill(element, band && { grade: band.grade });
        });
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
                        return { name: names[i] || g, value: counts[i], query: { grade: g }, itemStyle: { color: COLOURS[i] } };
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
                        return { value: v, query: { grade: grades[i] }, itemStyle: { color: COLOURS[i] } };
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
            var deciles = list(d.deciles);
            var labels = deciles.map(function (n) { return d.decileLabel.replace('{0}', n); });
            function bars(values) {
                return numbers(values).map(function (v, i) {
                    var query = {};
                    query[d.drillKey] = deciles[i];
                    return d.drillKey ? { value: v, query: query } : v;
                });
            }
            return {
                tooltip: { trigger: 'axis', valueFormatter: function (v) { return v === null ? '—' : v + '%'; } },
                legend: { top: 0 },
                grid: { left: 48, right: 16, top: 40, bottom: 32 },
                xAxis: { type: 'category', data: labels },
                yAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
                series: [
                    { name: d.nameCustomers, type: 'bar', data: bars(d.customers), itemStyle: { color: '#adb5bd' } },
                    { name: d.nameRevenue, type: 'bar', data: bars(d.revenue), itemStyle: { color: '#0d6efd' } },
                    { name: d.nameMargin, type: 'bar', data: bars(d.margin), itemStyle: { color: '#20c997' } }
                ]
            };
        },
        pareto: function (d) {
            var x = numbers(d.x);
            var y = numbers(d.y);
            var bands = gradeBands(d).map(function (band, i) {
                return [{ xAxis: band.from, name: band.grade, itemStyle: { color: COLOURS[i], opacity: 0.08 } },
                        { xAxis: band.to }];
            });
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
                                  data: [{ xAxis: 20 }, { yAxis: 80 }] },
                      markArea: { silent: true, label: { position: 'insideTop', color: '#495057' }, data: bands } }
                ]
            };
        }
    };

    builders.rfm = function (d) {
        var levels = Number(d.levels) || 5;
        var scores = [];
        for (var i = 1; i <= levels; i++) { scores.push(String(i)); }
        var cells = records(d.cells).map(function (c) {
            return { value: [Number(c[1]) - 1, Number(c[0]) - 1, Number(c[2])], monetary: c[3],
                     query: { r: c[0], f: c[1] } };
        });
        var most = cells.reduce(function (m, c) { return Math.max(m, c.value[2]); }, 1);
        return {
            tooltip: { formatter: function (p) {
                return 'R ' + (p.value[1] + 1) + ' · F ' + (p.value[0] + 1) + '<br>' + d.nameCount + ': ' + p.value[2]
                    + '<br>' + d.nameMonetary + ': ' + p.data.monetary; } },
            grid: { left: 56, right: 72, top: 16, bottom: 40 },
            xAxis: { type: 'category', data: scores, name: d.nameF, nameLocation: 'middle', nameGap: 26, splitArea: { show: true } },
            yAxis: { type: 'category', data: scores, name: d.nameR, nameLocation: 'middle', nameGap: 32, splitArea: { show: true } },
            visualMap: { min: 0, max: most, calculable: true, orient: 'vertical', right: 0, top: 'middle',
                         itemHeight: 120, inRange: { color: ['#e7f1ff', '#0d6efd', '#052c65'] } },
            series: [{ type: 'heatmap', data: cells, label: { show: true, formatter: function (p) { return p.value[2]; } } }]
        };
    };

    builders.scatter = function (d) {
        var names = list(d.names);
        var quadrants = list(d.quadrants);
        var points = records(d.points);
        var threshold = Number(d.threshold);
        return {
            tooltip: { trigger: 'item', formatter: function (p) { return p.seriesName + '<br>¥' + p.value[0] + ' · F ' + p.value[1]; } },
            legend: { top: 0 },
            grid: { left: 64, right: 24, top: 40, bottom: 40 },
            xAxis: { type: 'log', name: d.xName, nameLocation: 'middle', nameGap: 26, min: 1 },
            yAxis: { type: 'value', min: 0, max: 1, name: 'F' },
            series: quadrants.map(function (q, i) {
                return { name: names[i] || q, type: 'scatter', symbolSize: 6, itemStyle: { color: QUADRANT_COLOURS[q], opacity: 0.7 },
                         data: points.filter(function (p) { return p[2] === q; }).map(function (p) {
                             return { value: [Math.max(1, Number(p[0])), Number(p[1])], query: { quadrant: q } }; }),
                         markLine: i === 0 ? { silent: true, symbol: 'none', lineStyle: { type: 'dashed', color: '#6c757d' },
                                               data: [{ yAxis: threshold }] } : undefined };
            })
        };
    };

    builders.stars = function (d) {
        var stars = list(d.stars);
        var counts = numbers(d.counts);
        return {
            tooltip: { trigger: 'axis' },
            grid: { left: 48, right: 16, top: 24, bottom: 32 },
            xAxis: { type: 'category', data: list(d.names) },
            yAxis: { type: 'value', minInterval: 1 },
            series: [{ name: d.name, type: 'bar', label: { show: true, position: 'top' },
                       data: counts.map(function (v, i) { return { value: v, query: { star: stars[i] },
                           itemStyle: { color: ['#b02a37', '#fd7e14', '#ffc107', '#20c997', '#adb5bd'][i] } }; }) }]
        };
    };

    drawDeclaredCharts('classification', builders, function (element, chart) {
        if (element.dataset.classification === 'pareto') {
            drillFromCurve(element, chart);
        } else {
            chart.on('click', function (params) { drill(element, params.data && params.data.query); });
        }
    });
})();
