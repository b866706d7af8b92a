package com.logicrm.collection;

import com.logicrm.shared.Forbidden;

/** The export is larger than the person's rights allow, or holds confidential customers. */
public class ExportRefused extends Forbidden {

    ExportRefused(int threshold) {
        super("export.needsBulk", threshold);
    }
}
