package com.logicrm.classification;

import com.logicrm.shared.NotFound;

public class RunNotFound extends NotFound {

    public RunNotFound(long id) {
        super("classification.run.notFound", id);
    }
}
