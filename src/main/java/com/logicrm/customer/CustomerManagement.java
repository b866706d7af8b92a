package com.logicrm.customer;

import com.logicrm.access.AuditTrail;
import com.logicrm.access.People;
import com.logicrm.access.Person;
import com.logicrm.access.RecordGrant;
import com.logicrm.access.RecordGrants;
import com.logicrm.access.SignedInUser;
import com.logicrm.shared.Conflict;
import com.logicrm.shared.InvalidField;
import com.logicrm.shared.NotFound;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front door of the customer archive: register, change, read and retire customers. Every
 * read honours the caller's data scope and confidentiality; every change writes its field history
 * and an audit row in the same transaction.
 */
@Service
public class CustomerManagement {

    /** Changing these facts needs a reason (ARC-10). */
    private static final Set<String> NEEDS_REASON = Set.of("name", "creditCode", "operator.name", "ownerId");

    private final CustomerRepository customers;
    private final CustomerFactsCheck check;
    private final ArchiveNumbers archiveNumbers;
    private final ChangeHistory history;
    private final CustomerVisibility visibility;
    private final CustomerSearch search;
    private final DuplicateFinder duplicates;
    private final People people;
    private final RecordGrants grants;
    private final ContactOwners contactOwners;
    private final AuditTrail audit;
    private final SourceCheck sources;
    private final Clock clock;

    CustomerManagement(CustomerRepository customers, CustomerFactsCheck check, ArchiveNumbers archiveNumbers,
            ChangeHistory history, CustomerVisibility visibility, CustomerSearch search, DuplicateFinder duplicates,
            People people, RecordGrants grants, ContactOwners contactOwners, AuditTrail audit, SourceCheck sources,
            Clock clock) {
        this.sources = sources;
        this.customers = customers;
        this.check = check;
        this.archiveNumbers = archiveNumbers;
        this.history = history;
        this.visibility = visibility;
        this.search = search;
        this.duplicates = duplicates;
        this.people = people;
        this.grants = grants;
        this.contactOwners = contactOwners;
        this.audit = audit;
        this.clock = clock;
    }

    /** The information sources that may be chosen (COL-1), for forms and filters. */
    public List<InformationSource> informationSources() {
        return sources.choices();
    }

    /** What a source code is called, retired sources included; the code itself if unknown. */
    public String sourceName(String code, java.util.Locale locale) {
        return sources.name(code, locale);
    }

    @PreAuthorize("hasAuthority('customer:write')")
    @Transactional
    public Registered register(CustomerFacts given, SignedInUser user) {
        return register(given, null, user);
    }

    /** {@code source}: the COL-1 code of where the information came from (optional, from the dictionary). */
    @PreAuthorize("hasAuthority('customer:write')")
    @Transactional
    public Registered register(CustomerFacts given, String source, SignedInUser user) {
        String sourceCode = sources.checked(source);
        CustomerFacts facts = check.normalised(given);
        requireFreeCreditCode(facts.creditCode(), 0);
        Person owner = owner(facts.ownerId() == null ? user.id() : facts.ownerId());
        Instant now = clock.instant();
        Customer filed = Customer.register(archiveNumbers.next(), facts, owner.id(), owner.departmentId(), now);
        filed.sourcedFrom(sourceCode);
        Customer customer = customers.save(filed);
        history.registered(customer.id(), user.getUsername(), now, customer.archiveNo(), null, sourceCode);
        audit.record("CUSTOMER_REGISTERED", "customer", customer.id(), customer.archiveNo() + " " + facts.name());
        List<DuplicateCandidate> candidates = duplicates.candidates(customer, user);
        List<String> warnings = new ArrayList<>(DataQuality.findings(customer.facts()));
        if (!candidates.isEmpty()) {
            warnings.add("possibleDuplicate");
        }
        return new Registered(customer.id(), customer.archiveNo(), List.copyOf(warnings), candidates);
    }

    /**
     * Replaces the facts of a customer the caller may see. {@code expectedVersion} is the version the
     * caller read: if someone saved in between, nothing is overwritten and the caller must reload.
     */
    @PreAuthorize("hasAuthority('customer:write')")
    @Transactional
    public CustomerView change(long id, int expectedVersion, CustomerFacts given, String reason, SignedInUser user) {
        return change(id, expectedVersion, given, reason, null, user);
    }

    /** As {@link #change(long, int, CustomerFacts, String, SignedInUser)}, the history rows citing {@code source}. */
    @PreAuthorize("hasAuthority('customer:write')")
    @Transactional
    public CustomerView change(long id, int expectedVersion, CustomerFacts given, String reason, String source,
            SignedInUser user) {
        String sourceCode = sources.checked(source);
        Customer customer = visibility.visible(id, user);
        if (customer.version() != expectedVersion) {
            throw new StaleCustomer(customer.archiveNo());
        }
        CustomerFacts facts = check.normalised(given);
        requireFreeCreditCode(facts.creditCode(), id);
        Map<String, String> before = FieldValues.of(customer.facts());
        long ownerId = facts.ownerId() == null ? customer.ownerId() : facts.ownerId();
        Person owner = owner(ownerId);
        Instant now = clock.instant();
        customer.apply(facts, owner.id(), owner.departmentId(), now);
        Map<String, String[]> changes = FieldValues.differences(before, FieldValues.of(customer.facts()));
        if (changes.keySet().stream().anyMatch(NEEDS_REASON::contains) && (reason == null || reason.isBlank())) {
            throw new InvalidField("reason", "customer.reasonRequired");
        }
        if (!changes.isEmpty()) {
            try {
                customers.save(customer);
            } catch (RuntimeException failure) {
                throw concurrentSave(failure) ? new StaleCustomer(customer.archiveNo()) : failure;
            }
            contactOwners.follow(id);
            history.record(id, user.getUsername(), now, changes, blankToNull(reason), sourceCode);
            audit.record("CUSTOMER_CHANGED", "customer", id, String.join(", ", changes.keySet()));
        }
        return visibility.view(visibility.visible(id, user), user);
    }

    @PreAuthorize("hasAuthority('customer:write')")
    @Transactional
    public CustomerView moveTo(long id, LifecycleStage stage, String reason, SignedInUser user) {
        Customer customer = visibility.visible(id, user);
        if (reason == null || reason.isBlank()) {
            throw new InvalidField("reason", "customer.reasonRequired");
        }
        LifecycleStage before = customer.stage();
        Instant now = clock.instant();
        customer.moveTo(stage, now);
        customers.save(customer);
        history.record(id, user.getUsername(), now, Map.of("stage", new String[] {before.name(), stage.name()}),
                reason.trim());
        audit.record("CUSTOMER_STAGE_CHANGED", "customer", id, before + " -> " + stage + ": " + reason.trim());
        return visibility.view(customer, user);
    }

    /** The API's delete: the customer is retired, never removed. */
    @PreAuthorize("hasAuthority('customer:write')")
    @Transactional
    public void retire(long id, String reason, SignedInUser user) {
        moveTo(id, LifecycleStage.RETIRED, reason == null || reason.isBlank() ? "retired" : reason, user);
    }

    /**
     * No transaction: the card is one statement, and the audit row of a confidential customer's view
     * goes in a transaction of its own. Integrators call this more than anything else, and a
     * transaction around one read cost a round trip to the database and 7 % of the request.
     */
    @PreAuthorize("hasAuthority('customer:read')")
    public CustomerView get(long id, SignedInUser user) {
        return visibility.view(visibility.visibleCard(id, user), user);
    }

    @PreAuthorize("hasAuthority('customer:read')")
    @Transactional(readOnly = true)
    public CustomerPage search(CustomerQuery query, SignedInUser user) {
        return search.search(query, user);
    }

    /** Not read-only, like {@link #get}: the history of a confidential customer is a view of it. */
    @PreAuthorize("hasAuthority('customer:read')")
    @Transactional
    public List<ChangeRecord> history(long id, SignedInUser user) {
        return visibility.history(visibility.visible(id, user), history.of(id), user).stream()
                .map(record -> CustomerContacts.shown(record, user))
                .toList();
    }

    /** Lets one person see this (confidential) customer until a date, whatever their scope. */
    @PreAuthorize("hasAuthority('governance:approve')")
    @Transactional
    public RecordGrant grantAccess(long id, long userId, Instant until, String reason, SignedInUser user) {
        visibility.visible(id, user);
        return grants.grant(userId, CustomerVisibility.GRANT_TYPE, id, until, reason);
    }

    @PreAuthorize("hasAuthority('governance:approve')")
    @Transactional(readOnly = true)
    public List<RecordGrant> accessGrants(long id, SignedInUser user) {
        visibility.visible(id, user);
        return grants.on(CustomerVisibility.GRANT_TYPE, id);
    }

    @PreAuthorize("hasAuthority('governance:approve')")
    @Transactional
    public void revokeAccess(long id, long grantId, SignedInUser user) {
        visibility.visible(id, user);
        grants.on(CustomerVisibility.GRANT_TYPE, id).stream().filter(grant -> grant.id() == grantId).findAny()
                .orElseThrow(() -> new NotFound("grant.notFound", grantId));
        grants.revoke(grantId);
    }

    private void requireFreeCreditCode(String creditCode, long exceptId) {
        if (creditCode != null) {
            customers.currentHolderOfCreditCode(creditCode, exceptId).ifPresent(archiveNo -> {
                throw new Conflict("customer.creditCodeTaken", creditCode, archiveNo);
            });
        }
    }

    private Person owner(long ownerId) {
        return people.find(ownerId).filter(Person::enabled)
                .orElseThrow(() -> new InvalidField("ownerId", "customer.ownerUnknown", ownerId));
    }

    static boolean concurrentSave(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockingFailureException) {
                return true;
            }
        }
        return false;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
