package com.logicrm.shared.jobs;

/** What a running job reports about itself; cheap to call for every row, written out a few times a second. */
public interface JobProgress {

    void total(long total);

    void done(long done);
}
