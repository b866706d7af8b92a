package com.logicrm.access.web;

import com.logicrm.access.DepartmentView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The departments in tree order with their depth, for indented lists and select boxes. */
record DepartmentTree(List<Node> nodes) {

    record Node(DepartmentView department, int depth) {
    }

    static DepartmentTree of(List<DepartmentView> departments) {
        Map<Long, List<DepartmentView>> children = departments.stream()
                .filter(department -> department.parentId() != null)
                .collect(Collectors.groupingBy(DepartmentView::parentId));
        List<Node> ordered = new ArrayList<>();
        departments.stream()
                .filter(department -> department.parentId() == null)
                .sorted(Comparator.comparing(DepartmentView::id))
                .forEach(root -> visit(root, 0, children, ordered));
        return new DepartmentTree(ordered);
    }

    private static void visit(DepartmentView department, int depth, Map<Long, List<DepartmentView>> children,
            List<Node> ordered) {
        ordered.add(new Node(department, depth));
        children.getOrDefault(department.id(), List.of()).stream()
                .sorted(Comparator.comparing(DepartmentView::id))
                .forEach(child -> visit(child, depth + 1, children, ordered));
    }
}
