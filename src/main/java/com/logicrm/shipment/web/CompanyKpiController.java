package com.logicrm.shipment.web;

import com.logicrm.access.SignedInUser;
import com.logicrm.shared.DomainProblem;
import com.logicrm.shared.InvalidField;
import com.logicrm.shared.region.Regions;
import com.logicrm.shared.web.Flash;
import com.logicrm.shared.web.NavigationEntry;
import com.logicrm.shipment.CompanyIndicators;
import com.logicrm.shipment.CompanyKpis;
import com.logicrm.shipment.MarketPeriod;
import com.logicrm.shipment.MarketSize;
import com.logicrm.shipment.MarketSizeDraft;
import com.logicrm.shipment.MarketSizes;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages 公司指标 (KPI-3 with KPI-2's internal customers) and 市场规模 (entering the market sizes the
 * company indicators are measured against), under 业务数据.
 */
@Controller
@RequestMapping("/kpis")
class CompanyKpiController {

    private final CompanyKpis kpis;
    private final MarketSizes sizes;

    CompanyKpiController(CompanyKpis kpis, MarketSizes sizes) {
        this.kpis = kpis;
        this.sizes = sizes;
    }

    @Configuration(proxyBeanMethods = false)
    static class Navigation {

        @Bean
        NavigationEntry companyKpiNavigation() {
            return new NavigationEntry("nav.section.business", "nav.companyKpis", "/kpis/company", "graph-up",
                    "kpi:company", 310);
        }

        @Bean
        NavigationEntry marketSizeNavigation() {
            return new NavigationEntry("nav.section.business", "nav.marketSizes", "/kpis/market-sizes",
                    "globe-asia-australia", "market:manage", 320);
        }
    }

    /** Chart data of the two per-region bar charts, as the comma-separated lists the script reads. */
    record Charts(String regions, String shares, String shareNumerators, String shareDenominators, String coverage,
            String coveredCustomers, String potentialCustomers) {

        static Charts of(List<CompanyIndicators.RegionFigures> regions) {
            List<CompanyIndicators.RegionFigures> named = regions.stream().filter(r -> r.regionCode() != null).toList();
            return new Charts(join(named, CompanyIndicators.RegionFigures::regionName),
                    join(named, r -> percent(r.marketShare() == null ? null : r.marketShare().value())),
                    join(named, r -> r.revenue().toPlainString()),
                    join(named, r -> r.marketValue() == null ? "-" : r.marketValue().toPlainString()),
                    join(named, r -> percent(r.coverage() == null ? null : r.coverage().value())),
                    join(named, r -> Long.toString(r.activeCustomers())),
                    join(named, r -> r.potentialCustomers() == null ? "-" : r.potentialCustomers().toString()));
        }

        private static String join(List<CompanyIndicators.RegionFigures> regions,
                Function<CompanyIndicators.RegionFigures, String> value) {
            return regions.stream().map(value).collect(Collectors.joining(","));
        }
    }

    /** A rate as a percentage with two decimals, {@code -} without a value. */
    static String percent(BigDecimal value) {
        return value == null ? "-" : value.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    @GetMapping("/company")
    String company(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String period,
            Model model) {
        MarketPeriod asked = null;
        if (period != null && !period.isBlank()) {
            try {
                asked = MarketPeriod.parse("period", period);
            } catch (DomainProblem malformed) {
                model.addAttribute("error", malformed.messageCode());
                model.addAttribute("errorArgument", period);
            }
        }
        CompanyIndicators indicators = kpis.company(asked);
        model.addAttribute("kpis", indicators);
        model.addAttribute("charts", Charts.of(indicators.regions()));
        model.addAttribute("internal", kpis.internalCustomers(null, null, user));
        return "shipment/company-kpis";
    }

    @GetMapping("/market-sizes")
    String marketSizes(@RequestParam(required = false) Long edit, Model model) {
        model.addAttribute("sizes", sizes.list(null));
        model.addAttribute("provinces", Regions.standard().provinces());
        model.addAttribute("editing", edit == null ? null : sizes.get(edit));
        return "shipment/market-sizes";
    }

    @PostMapping("/market-sizes")
    String enter(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) Long id,
            @RequestParam(required = false) String regionCode, @RequestParam(required = false) String period,
            @RequestParam(required = false) String marketValue,
            @RequestParam(required = false) String potentialCustomers, RedirectAttributes redirect) {
        try {
            MarketSizeDraft draft = new MarketSizeDraft(regionCode, period, amount(marketValue),
                    count(potentialCustomers));
            MarketSize size = id == null ? sizes.enter(draft, user) : sizes.change(id, draft, user);
            Flash.done(redirect, "kpi.market.saved", size.regionName() + " " + size.period());
            return "redirect:/kpis/market-sizes";
        } catch (DomainProblem problem) {
            Flash.refusal(redirect, problem);
            return id == null ? "redirect:/kpis/market-sizes" : "redirect:/kpis/market-sizes?edit=" + id;
        }
    }

    @PostMapping("/market-sizes/{id}/delete")
    String remove(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
        try {
            MarketSize size = sizes.get(id);
            sizes.remove(id, user);
            Flash.done(redirect, "kpi.market.removed", size.regionName() + " " + size.period());
        } catch (DomainProblem problem) {
            Flash.refusal(redirect, problem);
        }
        return "redirect:/kpis/market-sizes";
    }

    private static BigDecimal amount(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(",", ""));
        } catch (NumberFormatException unreadable) {
            throw new InvalidField("marketValue", "kpi.market.unreadable", text);
        }
    }

    private static Long count(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip().replace(",", ""));
        } catch (NumberFormatException unreadable) {
            throw new InvalidField("potentialCustomers", "kpi.market.unreadable", text);
        }
    }
}
