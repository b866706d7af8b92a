package com.logicrm.classification;

import com.logicrm.shared.Conflict;

/** Another classification run is waiting or running; results are written by one run at a time (409). */
public class RunBusy extends Conflict {

    public RunBusy(long running) {
        super("classification.run.busy", running);
    }
}
