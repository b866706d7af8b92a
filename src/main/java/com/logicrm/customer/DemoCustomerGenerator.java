package com.logicrm.customer;

import com.logicrm.shared.Confidentiality;
import com.logicrm.shared.identity.CreditCode;
import com.logicrm.shared.identity.ResidentId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Made-up but realistic customers of a logistics company — manufacturers, retailers, e-commerce
 * sellers, importers and exporters, and individuals — across many provinces, with valid credit
 * codes, varied completeness and a few near-duplicates to find. Deterministic for a seed.
 */
final class DemoCustomerGenerator {

    /** County codes (GB/T 2260) with the city prefix used in names: 24 provinces. */
    private static final String[][] PLACES = {
            {"310115", "上海"}, {"310112", "上海"}, {"320505", "苏州"}, {"320213", "无锡"}, {"320106", "南京"},
            {"330106", "杭州"}, {"330212", "宁波"}, {"330782", "义乌"}, {"440305", "深圳"}, {"440106", "广州"},
            {"441900", "东莞"}, {"440604", "佛山"}, {"350203", "厦门"}, {"370202", "青岛"}, {"370102", "济南"},
            {"110105", "北京"}, {"120116", "天津"}, {"130102", "石家庄"}, {"410105", "郑州"}, {"420106", "武汉"},
            {"430104", "长沙"}, {"500112", "重庆"}, {"510107", "成都"}, {"610113", "西安"}, {"340104", "合肥"},
            {"360111", "南昌"}, {"450103", "南宁"}, {"530102", "昆明"}, {"210204", "大连"}, {"220104", "长春"},
            {"230103", "哈尔滨"}, {"620102", "兰州"}};
    private static final String[] BRANDS = {"恒通", "瑞丰", "华鑫", "联创", "金桥", "宏远", "鼎盛", "海联", "天成",
            "永泰", "嘉禾", "博雅", "众诚", "新锐", "盛达", "安泰", "汇丰源", "顺和", "康达", "明辉", "远航", "锦程",
            "立邦达", "中拓", "信诚", "华阳", "东方红", "星河", "优品", "百川", "润禾", "卓越", "万邦", "恒昌", "佳美",
            "同心", "凯旋", "九州", "正泰隆", "德润"};
    private static final String[][] TRADES = {
            {"精密机械", "制造业", "机械设备的研发、生产与销售"},
            {"电子科技", "制造业", "电子元器件、通讯设备的生产与销售"},
            {"汽车配件", "制造业", "汽车零部件制造"},
            {"纺织服饰", "制造业", "服装、纺织品的生产与销售"},
            {"食品", "食品饮料", "预包装食品生产与批发"},
            {"医药", "医药健康", "药品批发、医疗器械销售"},
            {"家居用品", "批发零售", "家居日用品批发零售"},
            {"电子商务", "电子商务", "网上零售、互联网信息服务"},
            {"进出口贸易", "进出口", "货物及技术进出口"},
            {"建材", "建筑建材", "建筑材料销售"},
            {"化工", "化工", "化工产品（不含危险品）销售"},
            {"农产品", "农林牧渔", "农副产品收购与销售"},
            {"商贸", "批发零售", "日用百货、五金交电批发"},
            {"冷链食品", "食品饮料", "冷冻冷藏食品批发"}};
    private static final String[] FORMS = {"有限公司", "有限公司", "有限公司", "股份有限公司", "有限责任公司", "集团有限公司"};
    /** The last two stand for "no tag" so that some customers carry none. */
    private static final String[] TAGS = {"冷链", "跨境", "重点培育", "大件", "电商旺季", "月结", "-", "-"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
            "马", "朱", "胡", "郭", "何", "林", "罗", "高"};
    private static final String[] GIVEN = {"建华", "海燕", "志强", "秀英", "伟", "敏", "静", "磊", "洋", "丽娟",
            "国栋", "晓明", "婷", "军", "红梅", "文杰", "雪", "鹏", "佳怡", "子涵"};

    private static final String[][] POSITIONS = {{"采购经理", "PURCHASING"}, {"物流主管", "USING"},
            {"仓储经理", "USING"}, {"财务主管", "SUPPORTING"}, {"总经理", "PURCHASING"}, {"供应链总监", "USING"},
            {"行政专员", "SUPPORTING"}, {"发货员", "USING"}};
    private static final String[] INTERESTS = {"高尔夫", "茶道", "钓鱼", "摄影", "羽毛球", "读书", "旅行", "书法"};

    /** Characters that brand names are made of (字号): two of them make a brand. */
    private static final String BRAND_CHARACTERS = "恒通瑞丰华鑫联创金桥宏远鼎盛海天成永泰嘉禾博雅众诚新锐达安汇源顺和康明辉航"
            + "锦程立邦中拓信阳东方红星河优品百川润卓越万昌佳美同心凯旋九州正隆德福祥兴旺盈利晟豪騰宇龙凤锋志广合"
            + "荣茂祥益欣悦泽佳腾飞扬高峰振诺威宝洁晨曦朗逸汉唐启航铭轩睿智佰仟沃尔昊天逸凡俊驰鸿运亿家园林";

    /** Distinct brand names of two characters, in a deterministic order: thousands instead of forty. */
    static String[] brands(long seed, int count) {
        int[] chars = BRAND_CHARACTERS.codePoints().distinct().toArray();
        List<String> all = new ArrayList<>();
        for (int a : chars) {
            for (int b : chars) {
                if (a != b) {
                    all.add(Character.toString(a) + Character.toString(b));
                }
            }
        }
        java.util.Collections.shuffle(all, new Random(seed));
        return all.subList(0, Math.min(count, all.size())).toArray(String[]::new);
    }

    /**
     * The generator draws the organisation code at random, which repeats within a county once there
     * are tens of thousands of customers; a code derived from the position (a bijection on eight
     * digits) keeps every credit code unique and valid.
     */
    static String uniqueCreditCode(String generated, int index) {
        String organisation = String.format("%08d", (index * 7_654_321L + 12_345_679L) % 100_000_000L);
        String body = generated.substring(0, 8) + organisation + organisationCheck(organisation);
        return body + CreditCode.checkCharacter(body);
    }

    /** The same facts with the credit code made unique by position (none stays none). */
    static CustomerFacts withUniqueCreditCode(CustomerFacts f, int index) {
        if (f.creditCode() == null) {
            return f;
        }
        return new CustomerFacts(f.kind(), f.category(), f.specialType(), f.relation(), f.name(), f.shortName(),
                uniqueCreditCode(f.creditCode(), index), f.residentId(), f.legalForm(), f.industry(),
                f.registeredCapital(), f.ownership(), f.businessScope(), f.registrationDate(), f.foundingDate(),
                f.tradingSince(), f.assets(), f.staffCount(), f.regionCode(), f.address(), f.phone(), f.mobile(),
                f.email(), f.website(), f.needsSegment(), f.confidentiality(), f.ownerId(), f.operator(),
                f.characteristics(), f.businessStatus(), f.behaviour(), f.tags());
    }

    private final Random random;
    private final long seed;
    private final String[] brands;

    DemoCustomerGenerator(long seed) {
        this(seed, BRANDS);
    }

    /** With brand names of the caller's own, e.g. many more of them for a large archive. */
    DemoCustomerGenerator(long seed, String[] brands) {
        this.random = new Random(seed);
        this.brands = brands.clone();
        this.seed = seed;
    }

    /**
     * One to three contacts of the {@code index}-th demo customer (an individual is its own one
     * contact). They draw from their own random stream, so adding them changed none of the customers.
     */
    List<ContactDetails> contacts(int index, CustomerFacts customer) {
        Random r = new Random(seed * 1_000_003 + index);
        if (customer.kind() == CustomerKind.INDIVIDUAL) {
            return List.of(new ContactDetails(customer.name(), null, null, true, null, customer.mobile(), null, null,
                    null, null, INTERESTS[r.nextInt(INTERESTS.length)], null, pickFrom(r, "个体经营", "外贸业务员",
                    "网店店主", "设计师"), pickFrom(r, "中等", "较高", "高"), INTERESTS[r.nextInt(INTERESTS.length)],
                    pickFrom(r, "顺丰、京东", "德邦", "中通、圆通"), pickFrom(r, "每周", "每月", "节假日前"),
                    pickFrom(r, "工作日上午", "晚间", "周末"), pickFrom(r, "经济", "标准", "加急"), true));
        }
        int count = 1 + r.nextInt(3);
        List<ContactDetails> contacts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String[] position = POSITIONS[i == 0 ? r.nextInt(2) * 4 : r.nextInt(POSITIONS.length)];
            String name = SURNAMES[r.nextInt(SURNAMES.length)] + GIVEN[r.nextInt(GIVEN.length)];
            boolean first = i == 0;
            String mobile = "1" + (3 + r.nextInt(7)) + String.format("%09d", r.nextInt(1_000_000_000));
            contacts.add(new ContactDetails(name, DepartmentRole.valueOf(position[1]),
                    first ? ContactLevel.EXECUTIVE : i == 1 ? ContactLevel.MANAGER : ContactLevel.OPERATOR, first,
                    position[0], mobile, null, r.nextInt(3) == 0 ? "contact" + index + "_" + i + "@example.com" : null,
                    null, r.nextInt(4) == 0 ? LocalDate.of(1965 + r.nextInt(35), 1 + r.nextInt(12), 1 + r.nextInt(28))
                            : null, r.nextBoolean() ? INTERESTS[r.nextInt(INTERESTS.length)] : null, null, null, null,
                    null, null, null, null, null, first));
        }
        return contacts;
    }

    private static String pickFrom(Random r, String... values) {
        return values[r.nextInt(values.length)];
    }

    List<CustomerFacts> customers(int count) {
        List<CustomerFacts> customers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            customers.add(next(i));
        }
        // A few near-duplicates: the same company typed again with a shorter name or the same phone.
        for (int i = 0; i < Math.min(5, count / 60); i++) {
            CustomerFacts original = customers.get(i * 7);
            if (original.kind() == CustomerKind.ENTERPRISE) {
                customers.add(duplicateOf(original));
            }
        }
        return customers;
    }

    /** The customer at this position of the sequence: every ninth is an individual. One at a time, for streams. */
    CustomerFacts next(int index) {
        return index % 9 == 8 ? individual() : enterprise();
    }

    private CustomerFacts enterprise() {
        String[] place = pick(PLACES);
        String[] trade = pick(TRADES);
        String brand = pick(brands);
        String name = place[1] + (random.nextBoolean() ? "市" : "") + brand + trade[0] + pick(FORMS);
        if (random.nextInt(25) == 0) {
            name = name.replace("有限公司", "").replace("股份", "");
        }
        boolean rich = random.nextInt(10) < 7;
        LocalDate founded = LocalDate.of(1995 + random.nextInt(27), 1 + random.nextInt(12), 1 + random.nextInt(28));
        BigDecimal capital = BigDecimal.valueOf((1 + random.nextInt(500)) * 100_000L);
        return new CustomerFacts(CustomerKind.ENTERPRISE, CustomerCategory.GENERAL, null, CustomerRelation.EXTERNAL,
                name, place[1] + brand,
                random.nextInt(12) == 0 ? null : creditCode(place[0]), null,
                rich ? pick(new String[] {"有限责任公司", "股份有限公司", "私营企业", "外商投资企业"}) : null,
                trade[1], rich ? capital : null, rich ? pick(new String[] {"民营", "国有", "外资", "合资"}) : null,
                rich ? trade[2] : null, rich ? founded.plusMonths(2) : null, rich ? founded : null,
                LocalDate.of(2018 + random.nextInt(7), 1 + random.nextInt(12), 1), rich ? capital.multiply(
                        BigDecimal.valueOf(2 + random.nextInt(8))) : null,
                rich ? 20 + random.nextInt(2000) : null, place[0],
                place[1] + pick(new String[] {"工业园区", "经济开发区", "高新区", "保税区"}) + (1 + random.nextInt(300)) + "号",
                random.nextInt(5) == 0 ? null : landline(place[0]), random.nextInt(3) == 0 ? null : mobile(),
                random.nextInt(2) == 0 ? null : "info" + random.nextInt(1000) + "@example.com", null,
                random.nextInt(3) == 0 ? null : NeedsSegment.values()[random.nextInt(3)],
                random.nextInt(30) == 0 ? Confidentiality.CONFIDENTIAL : Confidentiality.ORDINARY, null,
                rich ? operator() : OperatorProfile.empty(),
                rich ? new Characteristics("华东、华南", "高", "稳健经营", trade[1].equals("电子商务") ? "中型" : "大型",
                        "订单季节性明显", null, null) : Characteristics.empty(),
                rich ? new BusinessStatus("经营正常", null, "看好", "稳定", "良好", "按月结算，偶有延迟", "年增长约10%",
                        "顺丰、德邦") : BusinessStatus.empty(),
                Behaviour.empty(), tags(name));
    }

    private CustomerFacts individual() {
        String[] place = pick(PLACES);
        String name = pick(SURNAMES) + pick(GIVEN);
        return new CustomerFacts(CustomerKind.INDIVIDUAL, CustomerCategory.GENERAL, null, CustomerRelation.EXTERNAL,
                name, null, null, residentId(place[0]), null, pick(new String[] {"个体经营", "电子商务", "批发零售"}),
                null, null, null, null, null, LocalDate.of(2020 + random.nextInt(5), 1 + random.nextInt(12), 1), null,
                null, place[0], place[1] + "市" + (1 + random.nextInt(99)) + "号", null, mobile(),
                random.nextBoolean() ? "user" + random.nextInt(10000) + "@example.com" : null, null,
                NeedsSegment.PRICE_SENSITIVE, Confidentiality.ORDINARY, null, OperatorProfile.empty(),
                Characteristics.empty(), BusinessStatus.empty(),
                new Behaviour("旺季每周发货", "每周2-3次", "单票约200元", "微信下单"), tags(name));
    }

    private CustomerFacts duplicateOf(CustomerFacts f) {
        return new CustomerFacts(f.kind(), f.category(), null, f.relation(), f.name().replace("有限公司", "公司"),
                f.shortName(), null, null, null, f.industry(), null, null, null, null, null, null, null, null,
                f.regionCode(), f.address(), f.phone(), f.mobile(), null, null, null, Confidentiality.ORDINARY, null,
                OperatorProfile.empty(), Characteristics.empty(), BusinessStatus.empty(), Behaviour.empty(), f.tags());
    }

    /**
     * Up to two tags chosen from the name's hash rather than from the random sequence, so adding tags
     * left every other generated fact as it was.
     */
    private static List<String> tags(String name) {
        int hash = Math.floorMod(name.hashCode(), TAGS.length * TAGS.length);
        int first = hash % TAGS.length;
        int second = hash / TAGS.length;
        if (first >= TAGS.length - 2) {
            return List.of();
        }
        return first == second || second >= TAGS.length - 2 ? List.of(TAGS[first]) : List.of(TAGS[first], TAGS[second]);
    }

    private OperatorProfile operator() {
        return new OperatorProfile(pick(SURNAMES) + pick(GIVEN), 35 + random.nextInt(25),
                pick(new String[] {"本科", "硕士", "大专", "EMBA"}), "从业" + (5 + random.nextInt(20)) + "年",
                "销售能力强，重视成本", pick(new String[] {"稳重", "果断", "外向", "谨慎"}), "注重效率",
                "带领企业进入行业前列", pick(new String[] {"高尔夫", "读书", "登山", "茶道"}), "已婚", "务实可靠",
                "同行评价较好");
    }

    /** A valid 18-character unified social credit code registered in the given county. */
    String creditCode(String county) {
        StringBuilder organisation = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            organisation.append((char) ('0' + random.nextInt(10)));
        }
        String body = "91" + county + organisation + organisationCheck(organisation.toString());
        return body + CreditCode.checkCharacter(body);
    }

    private static char organisationCheck(String eight) {
        int[] weights = {3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (eight.charAt(i) - '0') * weights[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    private String residentId(String county) {
        LocalDate birth = LocalDate.of(1965 + random.nextInt(35), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String body = county + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
        return body + ResidentId.checkCharacter(body);
    }

    private String mobile() {
        return "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
    }

    private String landline(String county) {
        String area = switch (county.substring(0, 2)) {
            case "11" -> "010";
            case "31" -> "021";
            case "12" -> "022";
            case "50" -> "023";
            default -> "0" + (510 + random.nextInt(400));
        };
        return area + "-" + (2 + random.nextInt(7)) + String.format("%07d", random.nextInt(10_000_000));
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
