package com.logicrm.access.rest;

import com.logicrm.access.DepartmentAdministration;
import com.logicrm.access.DepartmentDraft;
import com.logicrm.access.DepartmentView;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Departments", description = "The department tree (changes need department:manage)")
@RestController
@RequestMapping("/api/v1/departments")
class DepartmentApi {

    private final DepartmentAdministration departments;

    DepartmentApi(DepartmentAdministration departments) {
        this.departments = departments;
    }

    @GetMapping
    List<DepartmentView> all() {
        return departments.all();
    }

    @GetMapping("/{id}")
    DepartmentView one(@PathVariable long id) {
        return departments.get(id);
    }

    @PostMapping
    ResponseEntity<DepartmentView> create(@Valid @RequestBody DepartmentDraft draft) {
        DepartmentView created = departments.create(draft);
        return ResponseEntity.created(URI.create("/api/v1/departments/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    DepartmentView change(@PathVariable long id, @Valid @RequestBody DepartmentDraft draft) {
        return departments.change(id, draft);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        departments.delete(id);
        return ResponseEntity.noContent().build();
    }
}
