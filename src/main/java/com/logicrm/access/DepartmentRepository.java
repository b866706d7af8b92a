package com.logicrm.access;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface DepartmentRepository extends ListCrudRepository<Department, Long> {

    Optional<Department> findByCode(String code);

    boolean existsByCode(String code);

    boolean existsByParentId(Long parentId);

    List<Department> findAllByOrderByIdAsc();

    /** The department and every department below it. */
    @Query("""
            with recursive tree as (
                select id from access.department where id = :root
                union all
                select d.id from access.department d join tree t on d.parent_id = t.id
            )
            select id from tree""")
    List<Long> subtreeIds(long root);
}
