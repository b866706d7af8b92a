package com.logicrm.customer;

import java.util.List;
import java.util.Map;

/** A customer's archive as the 档案目录 tab shows it: entries per section, and the closed volumes. */
public record ArchiveCatalogue(String archiveNo, Map<ArchiveSection, List<ArchiveEntry>> sections,
        List<ArchiveVolume> volumes) {
}
