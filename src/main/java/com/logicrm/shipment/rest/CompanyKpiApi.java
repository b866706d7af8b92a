package com.logicrm.shipment.rest;

import com.logicrm.access.SignedInUser;
import com.logicrm.shipment.CompanyIndicators;
import com.logicrm.shipment.CompanyKpis;
import com.logicrm.shipment.InternalCustomerIndicators;
import com.logicrm.shipment.MarketPeriod;
import com.logicrm.shipment.MarketSize;
import com.logicrm.shipment.MarketSizeDraft;
import com.logicrm.shipment.MarketSizes;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Company-level indicators (KPI-3), the market sizes they are measured against, and KPI-2 of internal customers. */
@RestController
@RequestMapping("/api/v1")
class CompanyKpiApi {

    private final CompanyKpis kpis;
    private final MarketSizes sizes;

    CompanyKpiApi(CompanyKpis kpis, MarketSizes sizes) {
        this.kpis = kpis;
        this.sizes = sizes;
    }

    /** {@code period} = {@code 2026} or {@code 2026-11}; this year when absent. */
    @GetMapping("/kpis/company")
    CompanyIndicators company(@RequestParam(required = false) String period) {
        return kpis.company(period == null ? null : MarketPeriod.parse("period", period));
    }

    @GetMapping("/kpis/internal-customers")
    InternalCustomerIndicators internalCustomers(@AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return kpis.internalCustomers(from, to, user);
    }

    @GetMapping("/market-sizes")
    List<MarketSize> marketSizes(@RequestParam(required = false) String period) {
        return sizes.list(period == null ? null : MarketPeriod.parse("period", period));
    }

    @PostMapping("/market-sizes")
    ResponseEntity<MarketSize> enter(@AuthenticationPrincipal SignedInUser user, @RequestBody MarketSizeDraft draft) {
        MarketSize size = sizes.enter(draft, user);
        return ResponseEntity.created(URI.create("/api/v1/market-sizes/" + size.id())).body(size);
    }

    @GetMapping("/market-sizes/{id}")
    MarketSize marketSize(@PathVariable long id) {
        return sizes.get(id);
    }

    @PutMapping("/market-sizes/{id}")
    MarketSize change(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestBody MarketSizeDraft draft) {
        return sizes.change(id, draft, user);
    }

    @DeleteMapping("/market-sizes/{id}")
    ResponseEntity<Void> remove(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        sizes.remove(id, user);
        return ResponseEntity.noContent().build();
    }
}
