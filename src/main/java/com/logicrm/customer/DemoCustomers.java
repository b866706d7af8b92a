package com.logicrm.customer;

import com.logicrm.access.AuditTrail;
import com.logicrm.access.People;
import com.logicrm.access.Person;
import com.logicrm.shared.database.DatabaseMode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, fills an empty archive with about 300 made-up customers, 1–3 contacts each, owned by
 * the demo account managers and sales admin, so that a newcomer sees lists, search and scopes at work
 * at once.
 */
@Component
class DemoCustomers implements ApplicationRunner {

    /** Codes of the collection module's dictionary of sources (its migration); weighted by repetition. */
    private static final String[] DEMO_SOURCES = {"DOOR_TO_DOOR", "EXISTING_CUSTOMER", "EXHIBITION", "WEB",
        "PHONE_SURVEY", "DOOR_TO_DOOR", "CONTACT_NETWORK", "EXISTING_CUSTOMER", "CONFERENCE", "MEDIA", "WEB",
        "DOOR_TO_DOOR", "DATABASE"};

    static final int COUNT = 300;
    /** Most demo customers trade with us; some are prospects, a few are slipping away. */
    private static final LifecycleStage[] STAGES = {LifecycleStage.ACTIVE, LifecycleStage.ACTIVE,
            LifecycleStage.ACTIVE, LifecycleStage.TARGET, LifecycleStage.ACTIVE, LifecycleStage.POTENTIAL,
            LifecycleStage.ACTIVE, LifecycleStage.DORMANT, LifecycleStage.ACTIVE, LifecycleStage.TARGET,
            LifecycleStage.ACTIVE, LifecycleStage.LOST, LifecycleStage.ACTIVE};
    private static final Set<String> OWNERS = Set.of("manager", "manager2", "sales", "supervisor");
    private static final Logger log = LoggerFactory.getLogger(DemoCustomers.class);

    private final CustomerRepository customers;
    private final ArchiveNumbers archiveNumbers;
    private final ChangeHistory history;
    private final DemoDocuments documents;
    private final ContactStore contacts;
    private final People people;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final boolean demo;

    DemoCustomers(CustomerRepository customers, ArchiveNumbers archiveNumbers, ChangeHistory history,
            DemoDocuments documents, ContactStore contacts, People people, AuditTrail audit,
            TransactionTemplate transaction, Clock clock,
            Environment environment) {
        this.customers = customers;
        this.archiveNumbers = archiveNumbers;
        this.history = history;
        this.documents = documents;
        this.contacts = contacts;
        this.people = people;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
        this.demo = DatabaseMode.demoEnabled(environment);
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!demo) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            if (customers.count() > 0) {
                return;
            }
            List<Person> owners = people.active().stream().filter(person -> OWNERS.contains(person.username()))
                    .toList();
            if (owners.isEmpty()) {
                return;
            }
            DemoCustomerGenerator generator = new DemoCustomerGenerator(2026);
            List<CustomerFacts> facts = generator.customers(COUNT);
            Instant now = clock.instant();
            int documentCount = 0;
            for (int i = 0; i < facts.size(); i++) {
                Person owner = owners.get(i % owners.size());
                Customer filed = Customer.register(archiveNumbers.next(), facts.get(i), owner.id(),
                        owner.departmentId(), now);
                // most customers of a logistics company come from visits, referrals, exhibitions and the web
                filed.sourcedFrom(DEMO_SOURCES[(i * 7) % DEMO_SOURCES.length]);
                Customer customer = customers.save(filed);
                history.registered(customer.id(), "system", now, customer.archiveNo(), "demo data", customer.source());
                for (ContactDetails contact : generator.contacts(i, facts.get(i))) {
                    contacts.insert(customer.id(), contact, now);
                }
                LifecycleStage stage = STAGES[i % STAGES.length];
                boolean changed = stage != LifecycleStage.POTENTIAL;
                if (changed) {
                    customer.moveTo(stage, now);
                }
                // Some profiles have gone a year or two without review, so the review-due list has work.
                if (i % 7 == 3) {
                    customer.markReviewed(now.atZone(ZoneOffset.UTC).minusMonths(13 + i % 12).toInstant());
                    changed = true;
                }
                if (changed) {
                    customers.save(customer);
                }
                documentCount += documents.fileFor(i, customer, owner, now);
            }
            audit.recordFor("system", "DEMO_CUSTOMERS_CREATED", "customer", null,
                    facts.size() + " customers, " + documentCount + " documents");
            log.info("Demo mode: created {} demo customers", facts.size());
        });
    }
}
