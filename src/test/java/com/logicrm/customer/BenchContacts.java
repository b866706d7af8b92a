package com.logicrm.customer;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Random;

/**
 * The contacts of the benchmark archive, two per customer on average, each a function of the seed and
 * the customer's position only. Names follow the shape of Chinese names rather than the demo's twenty
 * by twenty: a handful of surnames carry a third of the people, a long tail (阚, 冼, 欧阳, 尉迟 …) a few
 * percent, and given names of one or two characters drawn with a bias towards the popular ones, so a
 * search for a given name meets both 建华 in thousands of rows and pairs found a few dozen times.
 */
final class BenchContacts {

    static final String COLUMNS = "customer_id, owner_id, department_id, name, department_role, level, "
            + "decision_maker, title, mobile, phone, email, birthday, is_primary, active, search_grams";

    private static final String VERY_COMMON = "王李张刘陈";
    private static final String COMMON = "杨黄赵吴周徐孙马朱胡郭何林罗高";
    private static final String MIDDLE = "郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白"
            + "邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String[] RARE = {"阚", "佘", "逯", "芮", "邝", "冼", "靳", "甄", "亓", "仉", "隗", "羿", "晏",
            "栾", "蒯", "揭", "缪", "郦", "宓", "訾", "欧阳", "司马", "诸葛", "上官", "慕容", "皇甫", "令狐", "东方", "尉迟",
            "公孙", "端木", "长孙", "西门"};
    /** Roughly by popularity: the draw favours the front. */
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力林永燕鹏峰海波宁亮国浩"
            + "婷雪梅琳晶欣颖慧佳宇晨子涵轩怡思雨梓豪博俊志成东云飞凯斌鑫瑶倩琪瑞嘉彬晓春兵凤洁荣旭昊天睿昕蕾诗悦晗泽然宏庆良坤翔楠";
    private static final DepartmentRole[] ROLES = DepartmentRole.values();
    /** Titles by department role (使用, 采购, 支持) and level (操作层, 管理层, 决策层). */
    private static final String[][][] TITLES = {
            {{"发货员", "仓管员", "调度员"}, {"物流主管", "仓储经理"}, {"供应链总监", "运营副总"}},
            {{"采购专员", "采购助理"}, {"采购经理", "采购主管"}, {"总经理", "采购总监"}},
            {{"会计", "行政专员"}, {"财务主管", "行政经理"}, {"财务总监", "副总经理"}}};
    private static final String[] AREA_CODES = {"010", "021", "022", "023", "0755", "0571", "025", "027", "028",
            "0512"};
    /**
     * How many contacts the eight enterprises of each run of nine customers have (the ninth is an
     * individual with one): 17 + 1 over nine customers is two per customer, and some have none.
     */
    private static final int[] ENTERPRISE_COUNTS = {0, 1, 1, 2, 2, 3, 3, 5};

    private final long seed;
    private long block = -1;
    private final int[] counts = ENTERPRISE_COUNTS.clone();

    BenchContacts(long seed) {
        this.seed = seed;
    }

    /**
     * Writes the contacts of the customer at {@code index}; an individual (with its name given) is its
     * own one contact, with its mobile. Each carries the customer's owner and department, as the
     * application keeps them. Returns how many rows were written.
     */
    int write(CopyRows copy, long customerId, BenchCustomers.Owner owner, int index, String individualName,
            String customerMobile) throws SQLException {
        Random r = new Random(seed * 1_000_003 + index);
        if (individualName != null) {
            row(copy, customerId, owner, individualName, null, null, true, null, customerMobile, null, null, true, true,
                    null);
            return 1;
        }
        int count = enterpriseCount(index);
        boolean primaryFirst = r.nextInt(10) != 0;
        for (int i = 0; i < count; i++) {
            boolean first = i == 0;
            DepartmentRole role = r.nextInt(10) == 0 ? null : ROLES[r.nextInt(ROLES.length)];
            ContactLevel level = role == null ? null : level(r, first);
            boolean decisionMaker = level == ContactLevel.EXECUTIVE ? r.nextInt(10) < 7
                    : level == ContactLevel.MANAGER && r.nextInt(4) == 0;
            String title = role == null ? null : pick(r, TITLES[role.ordinal()][level.ordinal()]);
            // the boss's mobile is often the one on the customer's card
            String mobile = first && customerMobile != null && r.nextInt(4) == 0 ? customerMobile
                    : r.nextInt(10) == 0 ? null : mobile(r);
            String phone = r.nextInt(5) == 0 ? pick(r, AREA_CODES) + "-" + (2 + r.nextInt(7))
                    + String.format("%07d", r.nextInt(10_000_000)) : null;
            String email = r.nextInt(10) < 3 ? "contact" + index + "_" + i + "@example.com" : null;
            LocalDate birthday = r.nextInt(7) == 0
                    ? LocalDate.of(1965 + r.nextInt(35), 1 + r.nextInt(12), 1 + r.nextInt(28)) : null;
            boolean primary = first && primaryFirst;
            // a few people have left; their rows stay, inactive, as the archive keeps them
            boolean active = primary || r.nextInt(33) != 0;
            row(copy, customerId, owner, name(r), role, level, decisionMaker, title, mobile, phone, email, primary,
                    active, birthday);
        }
        return count;
    }

    /** The given name of a name written surname first, knowing the compound surnames used here. */
    static String givenName(String name) {
        for (String surname : RARE) {
            if (surname.length() == 2 && name.startsWith(surname)) {
                return name.substring(2);
            }
        }
        return name.substring(1);
    }

    private int enterpriseCount(int index) {
        long current = index / 9;
        if (current != block) {
            block = current;
            System.arraycopy(ENTERPRISE_COUNTS, 0, counts, 0, counts.length);
            Random shuffle = new Random(seed * 31 + current);
            for (int i = counts.length - 1; i > 0; i--) {
                int j = shuffle.nextInt(i + 1);
                int swap = counts[i];
                counts[i] = counts[j];
                counts[j] = swap;
            }
        }
        return counts[index % 9];
    }

    private static ContactLevel level(Random r, boolean first) {
        int draw = r.nextInt(20);
        if (first) {
            return draw < 10 ? ContactLevel.EXECUTIVE : ContactLevel.MANAGER;
        }
        return draw < 10 ? ContactLevel.OPERATOR : draw < 17 ? ContactLevel.MANAGER : ContactLevel.EXECUTIVE;
    }

    private static String name(Random r) {
        int tier = r.nextInt(100);
        String surname = tier < 35 ? pick(r, VERY_COMMON) : tier < 65 ? pick(r, COMMON)
                : tier < 97 ? pick(r, MIDDLE) : RARE[r.nextInt(RARE.length)];
        String given = given(r);
        return r.nextInt(5) == 0 ? surname + given : surname + given + given(r);
    }

    /** A character of given names, the popular ones far more often (the square of a uniform draw). */
    private static String given(Random r) {
        double u = r.nextDouble();
        return String.valueOf(GIVEN.charAt((int) (u * u * GIVEN.length())));
    }

    private static String mobile(Random r) {
        return "1" + (3 + r.nextInt(7)) + String.format("%09d", r.nextInt(1_000_000_000));
    }

    private static String pick(Random r, String characters) {
        return String.valueOf(characters.charAt(r.nextInt(characters.length())));
    }

    private static String pick(Random r, String[] values) {
        return values[r.nextInt(values.length)];
    }

    private static void row(CopyRows copy, long customerId, BenchCustomers.Owner owner, String name,
            DepartmentRole role, ContactLevel level, boolean decisionMaker, String title, String mobile,
            String phone, String email, boolean primary, boolean active, LocalDate birthday) throws SQLException {
        copy.field(customerId).field(owner.id()).field(owner.departmentId()).field(name)
                .field(role == null ? null : role.name())
                .field(level == null ? null : level.name()).field(decisionMaker).field(title).field(mobile)
                .field(phone).field(email).field(birthday).field(primary).field(active)
                .array(SearchGrams.of(name));
        copy.endRow();
    }
}
