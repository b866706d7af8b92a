package com.logicrm.access;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UserRepository extends ListCrudRepository<User, Long> {

    @Query("select * from access.app_user where lower(username) = lower(:username)")
    Optional<User> findByUsernameIgnoringCase(String username);

    @Query("select exists(select 1 from access.app_user where lower(username) = lower(:username))")
    boolean usernameTaken(String username);

    boolean existsByDepartmentId(Long departmentId);

    @Query("select exists(select 1 from access.user_role where role_code = :roleCode)")
    boolean anyoneHolds(String roleCode);

    /** Counted in the database so that concurrent attempts on several instances all count (a query: it returns). */
    @Query("""
            update access.app_user set failed_attempts = failed_attempts + 1
            where lower(username) = lower(:username)
            returning failed_attempts""")
    Optional<Integer> countFailedAttempt(String username);

    @Modifying
    @Query("update access.app_user set locked_until = :until where lower(username) = lower(:username)")
    void lockOutUntil(String username, Instant until);

    @Modifying
    @Query("update access.app_user set failed_attempts = 0, locked_until = null where lower(username) = lower(:username)")
    void resetFailedAttempts(String username);
}
