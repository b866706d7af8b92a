package com.logicrm.customer;

import com.logicrm.access.People;
import com.logicrm.access.Person;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files a large synthetic archive for the data generator (PLT-4): the demo generator's customers,
 * deterministic by seed, with credit codes made unique by position, owned round the enabled users.
 * They are filed the way an import files them — archive numbers taken as a block, the cards written in
 * one COPY per chunk, one history row each — a chunk per transaction. Not reachable from the web:
 * only the {@code generate} command calls it.
 */
@Service
public class SyntheticCustomers {

    static final String SOURCE = "DATABASE";
    private static final int CHUNK = 2_000;

    private final JdbcClient jdbc;
    private final ArchiveNumbers archiveNumbers;
    private final ChangeHistory history;
    private final People people;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final DataSource dataSource;

    SyntheticCustomers(JdbcClient jdbc, ArchiveNumbers archiveNumbers, ChangeHistory history, People people,
            TransactionTemplate transaction, Clock clock, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.archiveNumbers = archiveNumbers;
        this.history = history;
        this.people = people;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Files {@code count} customers and returns their ids in the order generated. */
    public List<Long> file(int count, long seed) {
        List<Person> owners = people.active();
        if (owners.isEmpty()) {
            throw new IllegalStateException("no enabled user to own the generated customers");
        }
        DemoCustomerGenerator generator = new DemoCustomerGenerator(seed, DemoCustomerGenerator.brands(seed, 8_000));
        List<Long> ids = new ArrayList<>(count);
        for (int start = 0; start < count; start += CHUNK) {
            List<CustomerFacts> facts = new ArrayList<>();
            for (int i = start; i < Math.min(count, start + CHUNK); i++) {
                facts.add(DemoCustomerGenerator.withUniqueCreditCode(generator.next(i), i));
            }
            int first = start;
            ids.addAll(transaction.execute(status -> fileChunk(facts, first, owners)));
        }
        return ids;
    }

    private List<Long> fileChunk(List<CustomerFacts> facts, int first, List<Person> owners) {
        List<String> numbers = archiveNumbers.next(facts.size());
        Instant now = clock.instant();
        List<Customer> cards = new ArrayList<>(facts.size());
        for (int i = 0; i < facts.size(); i++) {
            Person owner = owners.get((first + i) % owners.size());
            Customer card = Customer.register(numbers.get(i), facts.get(i), owner.id(), owner.departmentId(), now);
            card.sourcedFrom(SOURCE);
            cards.add(card);
        }
        List<Long> ids = CustomerRows.newIds(jdbc, cards.size());
        CustomerRows.copy(dataSource, CustomerRows.copyText(cards, ids));
        Map<Long, String> filed = new LinkedHashMap<>();
        for (int i = 0; i < cards.size(); i++) {
            filed.put(ids.get(i), cards.get(i).archiveNo());
        }
        history.registeredAll(filed, "system", now, "generated data", SOURCE);
        return List.copyOf(filed.keySet());
    }
}
