// The charts of the company indicators page: market share and market coverage per province as bars.
// A province without an entered market size has no bar and says so on hover, never 0 %; the hover
// also shows what each rate was computed from.
(function () {
    function list(text) {
        return (text || '').split(',');
    }

    function bars(d, colour) {
        var regions = list(d.regions);
        var values = list(d.values);
        var numerators = list(d.numerators);
        var denominators = list(d.denominators);
        return {
            tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: function (items) {
                var i = items[0].dataIndex;
                if (values[i] === '-') {
                    return regions[i] + '<br>' + d.none;
                }
                return regions[i] + '<br>' + d.name + ': ' + values[i] + '%<br>' + numerators[i] + ' / ' + denominators[i];
            } },
            grid: { left: 56, right: 16, top: 16, bottom: 64 },
            xAxis: { type: 'category', data: regions, axisLabel: { rotate: 40, interval: 0 } },
            yAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
            series: [{ name: d.name, type: 'bar', itemStyle: { color: colour },
                data: values.map(function (v) { return v === '-' ? null : Number(v); }) }]
        };
    }

    var builders = {
        share: function (d) { return bars(d, '#0d6efd'); },
        coverage: function (d) { return bars(d, '#20c997'); }
    };

    drawDeclaredCharts('companyKpi', builders);
})();
