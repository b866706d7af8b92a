package com.logicrm.shipment;

import java.util.List;

/**
 * An uploaded shipment file and how its load went: state ({@code QUEUED}, {@code RUNNING},
 * {@code LOADED}, {@code REFUSED}, {@code FAILED}), progress of its job in percent, the counts once
 * done, the reason when it failed, and the bad lines (line number in the file, field, code; the
 * message is {@code shipment.item.<code>}), the first {@value #MAX_ERRORS} of them.
 */
public record FileLoad(long id, String fileName, String source, String onError, String state, Long jobId,
        Long lines, Long loaded, Long alreadyLoaded, Long rejected, int percent, String failure,
        List<LineError> errors) {

    public static final int MAX_ERRORS = 1000;

    public FileLoad {
        errors = List.copyOf(errors);
    }

    public boolean finished() {
        return state.equals("LOADED") || state.equals("REFUSED") || state.equals("FAILED");
    }

    /**
     * With its job's progress and failure. The load records how it ended a moment before its job does
     * (the job's failure text is written after the load's state), so until the job has finished too the
     * load is shown as still running — never as failed without its reason.
     */
    FileLoad withJob(int percent, String failure, boolean jobFinished) {
        String shown = jobFinished || !state.equals("FAILED") ? state : "RUNNING";
        return new FileLoad(id, fileName, source, onError, shown, jobId, lines, loaded, alreadyLoaded, rejected,
                percent, failure, errors);
    }

    /** Failed with {@code reason} although it never recorded an end: its job was given up. */
    FileLoad abandoned(String reason) {
        return new FileLoad(id, fileName, source, onError, "FAILED", jobId, lines, loaded, alreadyLoaded, rejected,
                0, reason, errors);
    }

    public record LineError(long line, String field, String code) {

        public String messageCode() {
            return "shipment.item." + code;
        }
    }
}
