package com.logicrm.shared.web;

import java.util.List;

/**
 * Pages a module serves to people who are not signed in (a one-time questionnaire link, say). Each
 * module declares its own as a bean; the UI security chain lets these paths through without sign-in,
 * CSRF protection still applying to their forms.
 *
 * @param patterns path patterns such as {@code /survey/**}
 */
public record PublicPages(List<String> patterns) {

    public PublicPages {
        patterns = List.copyOf(patterns);
    }
}
