package com.logicrm.access;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface RoleRepository extends ListCrudRepository<Role, String> {

    List<Role> findAllByOrderByBuiltInDescCodeAsc();
}
