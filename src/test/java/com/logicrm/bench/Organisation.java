package com.logicrm.bench;

import com.logicrm.customer.BenchCustomers;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The benchmark's organisation, written straight into the access schema: 总部 → six regions → five
 * branches each; 200 account managers (own customers) spread over the branches, a sales admin per
 * region (department and below) and a customer information supervisor (all customers). They share
 * the administrator's password hash, which nobody knows: they are never signed in with a password.
 */
record Organisation(int departments, List<String> managers, List<String> salesAdmins,
        List<BenchCustomers.Owner> owners) {

    static final String SUPERVISOR = "bench-supervisor";
    private static final int MANAGERS = 200;
    private static final String[][] REGIONS = {
            {"华东大区", "上海", "苏州", "杭州", "南京", "宁波"},
            {"华南大区", "深圳", "广州", "东莞", "佛山", "厦门"},
            {"华北大区", "北京", "天津", "石家庄", "青岛", "济南"},
            {"华中大区", "武汉", "长沙", "郑州", "合肥", "南昌"},
            {"西南大区", "成都", "重庆", "昆明", "南宁", "贵阳"},
            {"西北东北大区", "西安", "兰州", "大连", "长春", "哈尔滨"}};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇",
            "艳", "杰", "娟", "涛", "明", "超", "秀兰", "霞"};

    static Organisation create(JdbcClient jdbc) {
        long root = jdbc.sql("select id from access.department where parent_id is null order by id limit 1")
                .query(Long.class).single();
        String hash = jdbc.sql("select password_hash from access.app_user where username = 'admin'")
                .query(String.class).single();
        List<Long> regions = new ArrayList<>();
        List<Long> branches = new ArrayList<>();
        for (int r = 0; r < REGIONS.length; r++) {
            long region = department(jdbc, root, "BENCH-R" + r, REGIONS[r][0]);
            regions.add(region);
            for (int b = 1; b < REGIONS[r].length; b++) {
                branches.add(department(jdbc, region, "BENCH-R" + r + "-B" + b, REGIONS[r][b] + "分公司"));
            }
        }
        user(jdbc, SUPERVISOR, "钱主管", root, hash, "INFO_SUPERVISOR");
        List<String> salesAdmins = new ArrayList<>();
        for (int r = 0; r < regions.size(); r++) {
            String username = "bench-sales-" + (r + 1);
            user(jdbc, username, "内勤" + REGIONS[r][0].substring(0, 2), regions.get(r), hash, "SALES_ADMIN");
            salesAdmins.add(username);
        }
        List<String> managers = new ArrayList<>();
        List<BenchCustomers.Owner> owners = new ArrayList<>();
        for (int m = 0; m < MANAGERS; m++) {
            String username = String.format("bench-am-%03d", m + 1);
            long department = branches.get(m % branches.size());
            long id = user(jdbc, username, SURNAMES[m % SURNAMES.length] + GIVEN[(m / SURNAMES.length) % GIVEN.length],
                    department, hash, "ACCOUNT_MANAGER");
            managers.add(username);
            owners.add(new BenchCustomers.Owner(id, department));
        }
        return new Organisation(1 + regions.size() + branches.size(), List.copyOf(managers),
                List.copyOf(salesAdmins), List.copyOf(owners));
    }

    private static long department(JdbcClient jdbc, long parent, String code, String name) {
        return jdbc.sql("insert into access.department (parent_id, code, name) values (?, ?, ?) returning id")
                .params(parent, code, name).query(Long.class).single();
    }

    private static long user(JdbcClient jdbc, String username, String displayName, long department, String hash,
            String role) {
        long id = jdbc.sql("""
                        insert into access.app_user (username, display_name, department_id, password_hash)
                        values (?, ?, ?, ?) returning id""")
                .params(username, displayName, department, hash).query(Long.class).single();
        jdbc.sql("insert into access.user_role (user_id, role_code) values (?, ?)").params(id, role).update();
        return id;
    }
}
