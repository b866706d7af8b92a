package com.logicrm.customer;

import com.logicrm.access.SignedInUser;
import java.util.Map;

/**
 * A tab of the customer page contributed by a module that builds on the archive (business data,
 * credit, follow-up …), so the archive shows it without depending on that module. The page checks
 * the customer's visibility before it asks a tab for anything.
 */
public interface CustomerPageTab {

    /** The tab's value of the {@code tab} request parameter; must differ from the archive's own tabs. */
    String key();

    /** Message key of the tab's label. */
    String label();

    /** The permission a person needs to see the tab. */
    String permission();

    /** Place among the contributed tabs, lowest first. */
    int order();

    /** The template holding the tab's body as a fragment named {@code tab}. */
    String template();

    /** What the fragment needs, for a customer the person may see. */
    Map<String, Object> model(long customerId, SignedInUser user);
}
