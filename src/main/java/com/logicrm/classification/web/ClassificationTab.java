package com.logicrm.classification.web;

import com.logicrm.access.SignedInUser;
import com.logicrm.classification.ClassificationRuns;
import com.logicrm.classification.CustomerClassification;
import com.logicrm.classification.Grade;
import com.logicrm.classification.GradeOverrides;
import com.logicrm.customer.CustomerPageTab;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The customer page's tab 归类与评价: the customer's grades run by run and the newest run's scores with
 * the figures behind them, and the grade set by hand (with the form to set or revoke it for those who may
 * run classifications). The customer's own figures only, so the archive's visibility is enough.
 */
@Component
class ClassificationTab implements CustomerPageTab {

    private final ClassificationRuns runs;
    private final GradeOverrides overrides;

    ClassificationTab(ClassificationRuns runs, GradeOverrides overrides) {
        this.runs = runs;
        this.overrides = overrides;
    }

    @Override
    public String key() {
        return "classification";
    }

    @Override
    public String label() {
        return "classification.tab";
    }

    @Override
    public String permission() {
        return "classification:read";
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public String template() {
        return "classification/customer-tab";
    }

    @Override
    public Map<String, Object> model(long customerId, SignedInUser user) {
        CustomerClassification classification = runs.ofCustomer(customerId, user);
        Map<String, Object> model = new HashMap<>();
        model.put("classification", classification);
        model.put("current", classification.current());
        model.put("gradeOverride", overrides.find(customerId, user).orElse(null));
        model.put("grades", Grade.values());
        model.put("customerId", customerId);
        return model;
    }
}
