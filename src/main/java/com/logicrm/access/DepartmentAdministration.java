package com.logicrm.access;

import com.logicrm.shared.Conflict;
import com.logicrm.shared.InvalidField;
import com.logicrm.shared.NotFound;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The department tree. */
@Service
public class DepartmentAdministration {

    private final DepartmentRepository departments;
    private final UserRepository users;
    private final AuditTrail audit;
    private final AccessCache cache;

    DepartmentAdministration(DepartmentRepository departments, UserRepository users, AuditTrail audit, AccessCache cache) {
        this.cache = cache;
        this.departments = departments;
        this.users = users;
        this.audit = audit;
    }

    /** Every signed-in person may see the tree (it labels users and customers everywhere). */
    @Transactional(readOnly = true)
    public List<DepartmentView> all() {
        return departments.findAllByOrderByIdAsc().stream().map(Department::view).toList();
    }

    @Transactional(readOnly = true)
    public DepartmentView get(long id) {
        return find(id).view();
    }

    @PreAuthorize("hasAuthority('department:manage')")
    @Transactional
    public DepartmentView create(DepartmentDraft draft) {
        if (departments.existsByCode(draft.code().trim())) {
            throw new Conflict("department.codeTaken", draft.code().trim());
        }
        requireParent(draft.parentId(), null);
        Department department = departments.save(Department.create(draft.parentId(), draft.code(), draft.name()));
        audit.record("DEPARTMENT_CREATED", "department", department.id(), draft.code() + " " + draft.name());
        return department.view();
    }

    @PreAuthorize("hasAuthority('department:manage')")
    @Transactional
    public DepartmentView change(long id, DepartmentDraft draft) {
        cache.forgetAllAfterCommit();
        Department department = find(id);
        requireParent(draft.parentId(), id);
        department.rename(draft.name());
        department.moveUnder(draft.parentId());
        departments.save(department);
        audit.record("DEPARTMENT_CHANGED", "department", id, draft.name() + " parent=" + draft.parentId());
        return department.view();
    }

    @PreAuthorize("hasAuthority('department:manage')")
    @Transactional
    public void delete(long id) {
        cache.forgetAllAfterCommit();
        Department department = find(id);
        if (departments.existsByParentId(id) || users.existsByDepartmentId(id)) {
            throw new Conflict("department.inUse", department.name());
        }
        departments.delete(department);
        audit.record("DEPARTMENT_DELETED", "department", id, department.name());
    }

    private Department find(long id) {
        return departments.findById(id).orElseThrow(() -> new NotFound("department.notFound", id));
    }

    /** A parent must exist and must not sit below the department itself (that would make a loop). */
    private void requireParent(Long parentId, Long self) {
        if (parentId == null) {
            return;
        }
        if (!departments.existsById(parentId)) {
            throw new InvalidField("parentId", "department.unknown", parentId);
        }
        if (self != null && departments.subtreeIds(self).contains(parentId)) {
            throw new InvalidField("parentId", "department.loop");
        }
    }
}
