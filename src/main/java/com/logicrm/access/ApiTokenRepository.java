package com.logicrm.access;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ApiTokenRepository extends ListCrudRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    List<ApiToken> findByUserIdOrderByCreatedAtDesc(Long userId);

    /** At most once a minute per token, so that API traffic does not turn every read into a write. */
    @Modifying
    @Query("""
            update access.api_token set last_used_at = :at
            where id = :id and (last_used_at is null or last_used_at < cast(:at as timestamptz) - interval '1 minute')""")
    void touch(long id, Instant at);
}
