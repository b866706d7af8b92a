package com.logicrm.customer;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface CustomerRepository extends ListCrudRepository<Customer, Long> {

    @Query("""
            select archive_no from customer.customer
            where credit_code = :creditCode and stage not in ('RETIRED', 'MERGED') and id <> :exceptId
            limit 1""")
    Optional<String> currentHolderOfCreditCode(String creditCode, long exceptId);
}
