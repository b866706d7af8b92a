package com.logicrm.customer;

import com.logicrm.access.People;
import com.logicrm.access.Person;
import com.logicrm.access.SignedInUser;
import com.logicrm.shared.InvalidField;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The archive's side of a bulk import (COL-3): checks rows the way registering does, finds the current
 * customers rows match or would duplicate, files many new cards in one batch and updates existing
 * ones field by field. Duplicates are looked for across the whole archive, not the importer's scope —
 * a customer someone else looks after is still a duplicate — but only its archive number is told.
 */
@Service
public class CustomerImports {

    private static final String CURRENT = "stage not in ('RETIRED', 'MERGED')";

    private final CustomerFactsCheck check;
    private final ArchiveNumbers archiveNumbers;
    private final ChangeHistory history;
    private final CustomerVisibility visibility;
    private final CustomerManagement management;
    private final JdbcClient jdbc;
    private final People people;
    private final SourceCheck sources;
    private final Clock clock;
    private final Validator validator;
    private final ContactStore contactStore;
    private final DataSource dataSource;

    CustomerImports(CustomerFactsCheck check, ArchiveNumbers archiveNumbers, ChangeHistory history,
            CustomerVisibility visibility, CustomerManagement management,
            JdbcClient jdbc, People people, SourceCheck sources, Clock clock, Validator validator,
            ContactStore contactStore, DataSource dataSource) {
        this.contactStore = contactStore;
        this.dataSource = dataSource;
        this.validator = validator;
        this.check = check;
        this.archiveNumbers = archiveNumbers;
        this.history = history;
        this.visibility = visibility;
        this.management = management;
        this.jdbc = jdbc;
        this.people = people;
        this.sources = sources;
        this.clock = clock;
    }

    /** The row's facts in canonical form and every field that is wrong: codes, lengths, ranges. */
    public ImportCheck check(CustomerFacts given) {
        CustomerFactsCheck.Checked checked = check.checked(given);
        List<InvalidField> problems = new ArrayList<>(checked.problems());
        for (ConstraintViolation<CustomerFacts> violation : validator.validate(given)) {
            problems.add(new InvalidField(violation.getPropertyPath().toString(), "customer.invalidValue",
                    violation.getMessage()));
        }
        return new ImportCheck(checked.facts(), List.copyOf(problems));
    }

    /**
     * What {@link #update} would change on a customer the importer may see, and what is wrong with the
     * result, without saving anything (the dry run).
     */
    @PreAuthorize("hasAuthority('customer:write')")
    @Transactional(readOnly = true)
    public UpdatePreview preview(long id, UnaryOperator<CustomerFacts> overlay, SignedInUser user) {
        Customer customer = visibility.visible(id, user);
        ImportCheck after = check(overlay.apply(customer.facts()));
        Map<String, String[]> changes = FieldValues.differences(FieldValues.of(customer.facts()),
                FieldValues.of(after.facts()));
        return new UpdatePreview(List.copyOf(changes.keySet()), after.problems());
    }

    /** The fields an update would change, and what is wrong with the facts it would leave. */
    public record UpdatePreview(List<String> changedFields, List<InvalidField> problems) {
    }

    /** Current customers holding any of {@code creditCodes}, by credit code. */
    @Transactional(readOnly = true)
    public Map<String, ArchiveMatch> currentByCreditCode(Collection<String> creditCodes) {
        return matches("credit_code", creditCodes);
    }

    /** Current customers with any of {@code archiveNos}, by archive number. */
    @Transactional(readOnly = true)
    public Map<String, ArchiveMatch> currentByArchiveNo(Collection<String> archiveNos) {
        return matches("archive_no", archiveNos);
    }

    /**
     * Current customers whose name means the same firm as one of {@code names} (equal name cores, ARC-12:
     * 上海顺达物流有限公司 and 顺达物流(上海)有限公司), by the given name.
     */
    @Transactional(readOnly = true)
    public Map<String, ArchiveMatch> currentByName(Collection<String> names) {
        Map<String, List<String>> namesByCore = new HashMap<>();
        for (String name : names) {
            String core = NameSimilarity.core(name);
            if (core != null) {
                namesByCore.computeIfAbsent(core, c -> new ArrayList<>()).add(name);
            }
        }
        Map<String, ArchiveMatch> byCore = matches("name_core", namesByCore.keySet());
        Map<String, ArchiveMatch> byName = new HashMap<>();
        byCore.forEach((core, match) -> namesByCore.get(core).forEach(name -> byName.put(name, match)));
        return byName;
    }

    private Map<String, ArchiveMatch> matches(String column, Collection<String> values) {
        Map<String, ArchiveMatch> found = new HashMap<>();
        if (values.isEmpty()) {
            return found;
        }
        // The column is one of three fixed names above, never input.
        jdbc.sql("select id, archive_no, " + column + " as matched from customer.customer where " + column
                        + " = any(?) and " + CURRENT + " order by id")
                .param(values.toArray(String[]::new))
                .query(row -> {
                    found.putIfAbsent(row.getString("matched"),
                            new ArchiveMatch(row.getLong("id"), row.getString("archive_no")));
                });
        return found;
    }

    /**
     * Makes new cards ready for {@code facts} — rows that passed {@link #check} and the duplicate checks:
     * archive numbers taken as a block, search grams, completeness, owners (the importer unless a row
     * names one). Nothing is filed yet; {@link #fileAll} does that. Kept apart so that an import can
     * prepare the next thousand cards while the database files the last.
     */
    @PreAuthorize("hasAuthority('customer:write')")
    public PreparedCards prepare(List<CustomerFacts> facts, String source, SignedInUser user) {
        if (facts.isEmpty()) {
            return new PreparedCards(List.of(), List.of(), "", null, clock.instant());
        }
        String sourceCode = sources.checked(source);
        List<String> numbers = archiveNumbers.next(facts.size());
        Instant now = clock.instant();
        Map<Long, Person> owners = new HashMap<>();
        List<Customer> cards = new ArrayList<>(facts.size());
        for (int i = 0; i < facts.size(); i++) {
            CustomerFacts row = facts.get(i);
            long ownerId = row.ownerId() == null ? user.id() : row.ownerId();
            Person owner = owners.computeIfAbsent(ownerId,
                    id -> people.find(id).filter(Person::enabled)
                            .orElseThrow(() -> new InvalidField("ownerId", "customer.ownerUnknown", id)));
            Customer card = Customer.register(numbers.get(i), row, owner.id(), owner.departmentId(), now);
            card.sourcedFrom(sourceCode);
            cards.add(card);
        }
        List<Long> ids = CustomerRows.newIds(jdbc, cards.size());
        return new PreparedCards(List.copyOf(numbers), ids, CustomerRows.copyText(cards, ids), sourceCode, now);
    }

    /**
     * Files prepared cards with one COPY, and one history row each citing their source and
     * {@code reason}; returns them in the order of the facts they were prepared from.
     */
    @PreAuthorize("hasAuthority('customer:write')")
    @Transactional
    public List<FiledCard> fileAll(PreparedCards prepared, String reason, SignedInUser user) {
        if (prepared.archiveNos().isEmpty()) {
            return List.of();
        }
        CustomerRows.copy(dataSource, prepared.rows());
        Map<Long, String> filed = new LinkedHashMap<>();
        for (int i = 0; i < prepared.size(); i++) {
            filed.put(prepared.ids().get(i), prepared.archiveNos().get(i));
        }
        history.registeredAll(filed, user.getUsername(), prepared.preparedAt(), reason, prepared.source());
        return filed.entrySet().stream().map(card -> new FiledCard(card.getKey(), card.getValue())).toList();
    }

    /**
     * Gives each newly filed card of {@code contacts} its first contact, made primary — the contact
     * columns of an import row. The caller filed the cards in this transaction.
     */
    @PreAuthorize("hasAuthority('customer:write')")
    @Transactional
    public void addFirstContacts(Map<Long, ContactDetails> contacts, SignedInUser user) {
        Instant now = clock.instant();
        contacts.forEach((customerId, given) -> {
            ContactDetails details = CustomerContacts.normalised(given);
            long id = contactStore.insert(customerId, details, now);
            history.record(customerId, user.getUsername(), now,
                    Map.of(CustomerContacts.HISTORY_PREFIX + id, new String[] {null, details.name()}), null);
        });
    }

    /**
     * Applies {@code overlay} to the current facts of a customer the importer may see and saves what
     * changed, history citing {@code source} and {@code reason}. Returns the changed fields; none when the
     * row says what the archive already knows.
     */
    @PreAuthorize("hasAuthority('customer:write')")
    @Transactional
    public List<String> update(long id, UnaryOperator<CustomerFacts> overlay, String reason, String source,
            SignedInUser user) {
        Customer customer = visibility.visible(id, user);
        CustomerFacts before = customer.facts();
        ImportCheck checked = check(overlay.apply(before));
        if (!checked.acceptable()) {
            throw checked.problems().get(0);
        }
        CustomerFacts after = checked.facts();
        Map<String, String[]> changes = FieldValues.differences(FieldValues.of(before), FieldValues.of(after));
        if (changes.isEmpty()) {
            return List.of();
        }
        management.change(id, customer.version(), after, reason, source, user);
        return List.copyOf(changes.keySet());
    }
}
