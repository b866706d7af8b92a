package com.logicrm.classification.screening;

import com.logicrm.access.SignedInUser;
import com.logicrm.customer.ArchiveEntry;
import com.logicrm.customer.ArchiveSection;
import com.logicrm.customer.CustomerArchive;
import com.logicrm.customer.NewArchiveEntry;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Carries a screening decision into the customer's archive of the next year (ARC-9): a catalogue entry
 * in section 1 dated the first day of that year, so it opens the next annual volume. The archive files
 * nothing ahead, so while the next year has not begun the decision waits ({@link ScreeningCarryOver}).
 * Titles are in the archive's language, Chinese.
 */
@Component
class DecisionFiling {

    private static final Locale ARCHIVE_LANGUAGE = Locale.SIMPLIFIED_CHINESE;

    private final CustomerArchive archive;
    private final MessageSource messages;

    DecisionFiling(CustomerArchive archive, MessageSource messages) {
        this.archive = archive;
        this.messages = messages;
    }

    /** The catalogue number of the filed entry, or empty while the next year has not begun. */
    Optional<String> file(int year, long customerId, Recommendation decision, String reason, LocalDate today,
            SignedInUser user) {
        LocalDate opening = LocalDate.of(year + 1, 1, 1);
        if (opening.isAfter(today)) {
            return Optional.empty();
        }
        String outcome = messages.getMessage("screening.decision." + decision, null, ARCHIVE_LANGUAGE);
        String title = messages.getMessage("screening.archive.title", new Object[] {String.valueOf(year), outcome},
                ARCHIVE_LANGUAGE);
        ArchiveEntry entry = archive.add(customerId, NewArchiveEntry.of(ArchiveSection.BASIC, opening, title, reason),
                user);
        return Optional.of(entry.catalogueNo());
    }
}
