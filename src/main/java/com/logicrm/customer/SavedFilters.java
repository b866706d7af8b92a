package com.logicrm.customer;

import com.logicrm.access.SignedInUser;
import com.logicrm.shared.Conflict;
import com.logicrm.shared.InvalidField;
import com.logicrm.shared.NotFound;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's saved customer-list filters (ARC-14). A filter is the list's query string under a
 * name; applying it is opening the list with it, so the caller's data scope applies as to any search.
 * Nobody sees, or can tell the existence of, another person's filters.
 */
@Service
public class SavedFilters {

    static final int MAX_NAME = 40;
    /** Enough for a person's working views; a list longer than this is no longer one click away. */
    static final int MAX_PER_PERSON = 50;
    private final JdbcClient jdbc;
    private final Clock clock;

    SavedFilters(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('customer:read')")
    @Transactional(readOnly = true)
    public List<SavedFilter> of(SignedInUser user) {
        return jdbc.sql("""
                select id, name, query_string, created_at from customer.saved_filter
                where user_id = :userId order by name, id""")
                .param("userId", user.id())
                .query(SavedFilters::filter)
                .list();
    }

    /** Saves the list filter {@code query} (a query string) under {@code name}; 409 if the name is taken. */
    @PreAuthorize("hasAuthority('customer:read')")
    @Transactional
    public SavedFilter save(String name, String query, SignedInUser user) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidField("name", "customer.savedFilter.nameRequired");
        }
        if (trimmed.codePointCount(0, trimmed.length()) > MAX_NAME) {
            throw new InvalidField("name", "customer.savedFilter.nameTooLong", MAX_NAME);
        }
        String canonical = ListFilterQuery.canonical(query);
        // the unique index settles two saves of one name at once; the count is only a courtesy limit
        long count = jdbc.sql("select count(*) from customer.saved_filter where user_id = :userId")
                .param("userId", user.id()).query(Long.class).single();
        if (count >= MAX_PER_PERSON) {
            throw new InvalidField("name", "customer.savedFilter.tooMany", MAX_PER_PERSON);
        }
        List<SavedFilter> saved = jdbc.sql("""
                insert into customer.saved_filter (user_id, name, query_string, created_at)
                values (:userId, :name, :query, :now)
                on conflict (user_id, name) do nothing
                returning id, name, query_string, created_at""")
                .param("userId", user.id())
                .param("name", trimmed)
                .param("query", canonical)
                .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .query(SavedFilters::filter)
                .list();
        if (saved.isEmpty()) {
            throw new Conflict("customer.savedFilter.nameTaken", trimmed);
        }
        return saved.get(0);
    }

    /**
     * The list's query string as it would be saved: known parameters only, re-encoded. The list page
     * builds its own links from it, so paging and saving keep exactly the filter that is shown.
     */
    public String canonical(String query) {
        return ListFilterQuery.canonical(query);
    }

    /** Deletes one of the caller's filters; another person's answers 404 like a missing one. */
    @PreAuthorize("hasAuthority('customer:read')")
    @Transactional
    public void delete(long id, SignedInUser user) {
        int deleted = jdbc.sql("delete from customer.saved_filter where id = :id and user_id = :userId")
                .param("id", id).param("userId", user.id()).update();
        if (deleted == 0) {
            throw new NotFound("customer.savedFilter.notFound", id);
        }
    }

    private static SavedFilter filter(ResultSet rs, int number) throws SQLException {
        return new SavedFilter(rs.getLong("id"), rs.getString("name"), rs.getString("query_string"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
