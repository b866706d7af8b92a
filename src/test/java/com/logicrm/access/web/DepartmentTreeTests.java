package com.logicrm.access.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.logicrm.access.DepartmentView;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DepartmentTreeTests {

    static final DepartmentView HQ = new DepartmentView(1L, null, "HQ", "总部");
    static final DepartmentView EAST = new DepartmentView(2L, 1L, "EAST", "华东大区");
    static final DepartmentView SHANGHAI = new DepartmentView(3L, 2L, "SH", "上海分公司");
    static final DepartmentView SOUTH = new DepartmentView(4L, 1L, "SOUTH", "华南大区");
    static final DepartmentView SHENZHEN = new DepartmentView(5L, 4L, "SZ", "深圳分公司");
    static final DepartmentView HANGZHOU = new DepartmentView(6L, 2L, "HZ", "杭州分公司");
    static final DepartmentView OVERSEAS = new DepartmentView(7L, null, "INTL", "海外事业部");

    @Test
    void eachDepartmentFollowsItsParentWithTheDepthOfItsLevel() {
        DepartmentTree tree = DepartmentTree.of(
                List.of(SHENZHEN, OVERSEAS, HANGZHOU, SHANGHAI, SOUTH, HQ, EAST));

        assertThat(tree.nodes()).extracting(node -> node.department().code(), DepartmentTree.Node::depth)
                .containsExactly(
                        tuple("HQ", 0),
                        tuple("EAST", 1),
                        tuple("SH", 2),
                        tuple("HZ", 2),
                        tuple("SOUTH", 1),
                        tuple("SZ", 2),
                        tuple("INTL", 0));
    }

    @Test
    void theOrderDoesNotDependOnTheOrderOfTheList() {
        List<DepartmentView> departments = new ArrayList<>(
                List.of(HQ, EAST, SHANGHAI, SOUTH, SHENZHEN, HANGZHOU, OVERSEAS));
        List<DepartmentTree.Node> expected = DepartmentTree.of(departments).nodes();

        Random random = new Random(2026);
        for (int round = 0; round < 20; round++) {
            Collections.shuffle(departments, random);
            assertThat(DepartmentTree.of(departments).nodes()).as("order %s", departments).isEqualTo(expected);
        }
    }

    @Test
    void siblingsAreOrderedByTheirId() {
        DepartmentView later = new DepartmentView(9L, 1L, "B", "后建部门");
        DepartmentView earlier = new DepartmentView(8L, 1L, "A", "先建部门");

        assertThat(DepartmentTree.of(List.of(later, HQ, earlier)).nodes())
                .extracting(node -> node.department().id())
                .containsExactly(1L, 8L, 9L);
    }

    @Test
    void everyDepartmentAppearsExactlyOnce() {
        List<DepartmentView> departments = List.of(SHENZHEN, OVERSEAS, HANGZHOU, SHANGHAI, SOUTH, HQ, EAST);

        assertThat(DepartmentTree.of(departments).nodes())
                .extracting(DepartmentTree.Node::department)
                .containsExactlyInAnyOrderElementsOf(departments);
    }

    @Test
    void noDepartmentsMakeAnEmptyTree() {
        assertThat(DepartmentTree.of(List.of()).nodes()).isEmpty();
    }
}
