// Cascading province → city → county selects. A hidden input, where there is one, carries the most specific code
// chosen; the list's filter has none, its selects are parameters of their own.
document.querySelectorAll('[data-region-picker]').forEach(function (picker) {
    var hidden = picker.querySelector('[data-region-value]');
    var levels = ['province', 'city', 'county'];
    var selects = levels.map(function (level) { return picker.querySelector('[data-region-level="' + level + '"]'); });

    function reset(select) {
        while (select.options.length > 1) { select.remove(1); }
    }

    function update() {
        var chosen = selects.map(function (s) { return s.value; }).filter(function (v) { return v; });
        if (hidden) {
            hidden.value = chosen.length ? chosen[chosen.length - 1] : '';
        }
    }

    selects.forEach(function (select, index) {
        select.addEventListener('change', function () {
            for (var i = index + 1; i < selects.length; i++) { reset(selects[i]); }
            update();
            var next = selects[index + 1];
            if (!next || !select.value) { return; }
            fetch('/regions/' + encodeURIComponent(select.value) + '/children',
                  { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
                .then(function (response) { return response.ok ? response.json() : []; })
                .then(function (regions) {
                    regions.forEach(function (region) {
                        next.add(new Option(region.name, region.code));
                    });
                });
        });
    });
    picker.dataset.ready = 'true';
});
