package com.logicrm.customer;

import java.util.List;

/**
 * The dictionary of information sources (COL-1) as the archive needs it. The archive records the
 * source of a customer and of each change by code; the dictionary itself belongs to information
 * collection, which implements this interface (the archive does not depend on it).
 */
public interface InformationSources {

    /** Whether a code names a source that may be chosen now. */
    boolean accepts(String code);

    /** The sources that may be chosen, in the dictionary's order. */
    List<InformationSource> active();

    /** The source a code names, retired ones included, for showing what records say. */
    java.util.Optional<InformationSource> find(String code);
}
