package com.logicrm.shipment.web;

import com.logicrm.access.SignedInUser;
import com.logicrm.shared.DomainProblem;
import com.logicrm.shared.web.Flash;
import com.logicrm.shared.web.NavigationEntry;
import com.logicrm.shipment.FileLoad;
import com.logicrm.shipment.ShipmentFileLoads;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The page 运单文件导入 (TXN-2): upload a shipment CSV, watch its job's progress, read the bad lines. */
@Controller
@RequestMapping("/shipments/loads")
class ShipmentLoadController {

    private final ShipmentFileLoads loads;

    ShipmentLoadController(ShipmentFileLoads loads) {
        this.loads = loads;
    }

    /** The page's place in the side navigation, under 业务数据. */
    @Configuration(proxyBeanMethods = false)
    static class Navigation {

        @Bean
        NavigationEntry shipmentLoadNavigation() {
            return new NavigationEntry("nav.section.business", "nav.shipmentLoads", "/shipments/loads", "truck",
                    "shipment:write", 300);
        }
    }

    @GetMapping
    String form() {
        return "shipment/loads";
    }

    @PostMapping
    String upload(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String source, @RequestParam(defaultValue = "REFUSE") String onError,
            RedirectAttributes redirect) throws IOException {
        try {
            FileLoad load = loads.start(source, file == null ? null : file.getOriginalFilename(), onError,
                    file == null ? new byte[0] : file.getBytes(), LocaleContextHolder.getLocale(), user);
            return "redirect:/shipments/loads/" + load.id();
        } catch (DomainProblem problem) {
            Flash.refusal(redirect, problem);
            return "redirect:/shipments/loads";
        }
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        model.addAttribute("load", loads.get(id, user));
        return "shipment/loads";
    }

    /** The progress bar, polled while the job runs; once it has finished the whole page reloads. */
    @GetMapping("/{id}/progress")
    String progress(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model,
            HttpServletResponse response) {
        FileLoad load = loads.get(id, user);
        if (load.finished()) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("load", load);
        return "shipment/loads :: progress";
    }
}
