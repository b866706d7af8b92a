package com.logicrm.classification;

import java.math.BigDecimal;

/** How many customers of a run fall in one RFM segment, and what they brought. */
public record SegmentCount(RfmSegment segment, long customers, BigDecimal revenue) {
}
