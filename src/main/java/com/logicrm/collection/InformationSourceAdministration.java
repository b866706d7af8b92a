package com.logicrm.collection;

import com.logicrm.access.AuditTrail;
import com.logicrm.access.SignedInUser;
import com.logicrm.customer.CustomerExtract;
import com.logicrm.customer.InformationSource;
import com.logicrm.shared.Conflict;
import com.logicrm.shared.InvalidField;
import com.logicrm.shared.NotFound;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dictionary of information sources (COL-1): everybody reads it and sees how many customers came
 * from each source; administrators ({@code system:config}) add methods, rename them and retire them.
 * A retired method is no longer offered, but records that name it keep their meaning.
 */
@Service
public class InformationSourceAdministration {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    private final SourceDictionary dictionary;
    private final CustomerExtract customers;
    private final AuditTrail audit;

    InformationSourceAdministration(SourceDictionary dictionary, CustomerExtract customers, AuditTrail audit) {
        this.dictionary = dictionary;
        this.customers = customers;
        this.audit = audit;
    }

    /** Every method, retired ones included, in the dictionary's order. */
    @PreAuthorize("hasAnyAuthority('customer:read', 'system:config')")
    @Transactional(readOnly = true)
    public List<InformationSource> all() {
        return dictionary.all();
    }

    /** Customers in the caller's reach per source code ({@code ""}: filed without a source). */
    @PreAuthorize("hasAuthority('customer:read')")
    public Map<String, Long> customerCounts(SignedInUser user) {
        return customers.countBySource(user);
    }

    @PreAuthorize("hasAuthority('system:config')")
    @Transactional
    public InformationSource add(InformationSource given) {
        InformationSource source = checked(given, true);
        if (!dictionary.add(source)) {
            throw new Conflict("source.exists", source.code());
        }
        audit.record("SOURCE_ADDED", "source", source.code(), source.nameZh() + " / " + source.nameEn());
        return dictionary.find(source.code()).orElseThrow();
    }

    @PreAuthorize("hasAuthority('system:config')")
    @Transactional
    public InformationSource change(InformationSource given) {
        InformationSource source = checked(given, given.active());
        if (!dictionary.change(source)) {
            throw new NotFound("source.notFound", source.code());
        }
        audit.record("SOURCE_CHANGED", "source", source.code(),
                source.nameZh() + " / " + source.nameEn() + (source.active() ? "" : " retired"));
        return dictionary.find(source.code()).orElseThrow();
    }

    private static InformationSource checked(InformationSource given, boolean active) {
        String code = given.code() == null ? "" : given.code().strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw new InvalidField("code", "source.codeInvalid");
        }
        String channel = given.channel() == null ? "" : given.channel().strip().toUpperCase(Locale.ROOT);
        if (java.util.Arrays.stream(SourceChannel.values()).noneMatch(c -> c.name().equals(channel))) {
            throw new InvalidField("channel", "source.channelInvalid");
        }
        return new InformationSource(code, channel, name("nameZh", given.nameZh()), name("nameEn", given.nameEn()),
                active);
    }

    private static String name(String field, String value) {
        String name = value == null ? "" : value.strip();
        if (name.isEmpty() || name.length() > 40) {
            throw new InvalidField(field, "source.nameInvalid", 40);
        }
        return name;
    }
}
