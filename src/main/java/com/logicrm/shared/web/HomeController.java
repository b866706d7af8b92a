package com.logicrm.shared.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home dashboard: the figures and charts each module contributes, as far as the person may see them. */
@Controller
class HomeController {

    private final List<DashboardCard> cards;
    private final List<DashboardChart> charts;

    HomeController(List<DashboardCard> cards, List<DashboardChart> charts) {
        this.cards = cards.stream().sorted(Comparator.comparingInt(DashboardCard::order)).toList();
        this.charts = charts.stream().sorted(Comparator.comparingInt(DashboardChart::order)).toList();
    }

    @GetMapping("/")
    String home(Authentication authentication, Model model) {
        model.addAttribute("cards", cards.stream()
                .filter(card -> Permitted.to(authentication, card.permission()))
                .map(card -> Map.of("label", card.label(), "value", card.value().get(), "link", card.link(),
                        "icon", card.icon()))
                .toList());
        model.addAttribute("charts", charts.stream()
                .filter(chart -> Permitted.to(authentication, chart.permission()))
                .map(chart -> Map.of("id", chart.id(), "title", chart.title(), "data", chart.data().get()))
                .toList());
        return "home";
    }
}
