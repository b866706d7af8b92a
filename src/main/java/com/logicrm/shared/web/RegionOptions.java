package com.logicrm.shared.web;

import com.logicrm.shared.region.Region;
import com.logicrm.shared.region.Regions;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The administrative divisions below a code, for cascading province → city → county selects: as
 * JSON for the picker script, and as a bean ({@code @regionOptions}) for pages rendering a saved choice.
 */
@Controller("regionOptions")
public class RegionOptions {

    @GetMapping("/regions/{code}/children")
    @ResponseBody
    public List<Region> children(@PathVariable String code) {
        return Regions.standard().children(code);
    }
}
