package com.logicrm.collection;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The fields a customer import can fill, each with the headers other systems and people give its
 * column — in Chinese and English — beside its label in the message files (so LogiCRM's own export
 * and template read back without mapping). {@code CODE} values are codes: full-width characters and
 * every space are taken out before they are read.
 */
enum ImportField {
    ARCHIVE_NO("archiveNo", Kind.CODE, "档案编号", "档案号", "客户编号", "客户档案号", "archive no", "archive number"),
    NAME("name", Kind.TEXT, "客户名称", "客户全称", "公司名称", "企业名称", "单位名称", "名称", "客户", "customer",
            "customer name", "company", "company name", "name"),
    SHORT_NAME("shortName", Kind.TEXT, "简称", "客户简称", "公司简称", "short name", "abbreviation"),
    KIND("kind", Kind.CHOICE, "客户类型", "客户性质", "kind", "customer type"),
    CATEGORY("category", Kind.CHOICE, "客户类别", "类别", "category"),
    RELATION("relation", Kind.CHOICE, "内外部客户", "内外部", "relation"),
    CREDIT_CODE("creditCode", Kind.CODE, "统一社会信用代码", "社会信用代码", "信用代码", "统一代码", "税号",
            "纳税人识别号", "credit code", "uscc", "unified social credit code"),
    RESIDENT_ID("residentId", Kind.CODE, "身份证号", "身份证号码", "身份证", "resident id", "id card"),
    LEGAL_FORM("legalForm", Kind.TEXT, "企业类型", "组织形式", "公司类型", "legal form"),
    INDUSTRY("industry", Kind.TEXT, "行业", "所属行业", "industry"),
    REGISTERED_CAPITAL("registeredCapital", Kind.AMOUNT, "注册资本", "注册资金", "注册资本万元",
            "registered capital"),
    OWNERSHIP("ownership", Kind.TEXT, "所有制", "经济性质", "所有制性质", "ownership"),
    BUSINESS_SCOPE("businessScope", Kind.TEXT, "经营范围", "主营业务", "business scope"),
    REGISTRATION_DATE("registrationDate", Kind.DATE, "注册日期", "登记日期", "registration date"),
    FOUNDING_DATE("foundingDate", Kind.DATE, "成立日期", "成立时间", "founding date", "founded"),
    TRADING_SINCE("tradingSince", Kind.DATE, "开始合作日期", "合作开始日期", "往来开始日期", "trading since",
            "customer since"),
    ASSETS("assets", Kind.AMOUNT, "资产总额", "总资产", "assets", "total assets"),
    STAFF_COUNT("staffCount", Kind.WHOLE_NUMBER, "员工人数", "职工人数", "人数", "staff", "employees",
            "staff count"),
    REGION_CODE("regionCode", Kind.CODE, "行政区划代码", "区划代码", "地区代码", "region code", "division code"),
    ADDRESS("address", Kind.TEXT, "详细地址", "地址", "通讯地址", "联系地址", "公司地址", "address"),
    PHONE("phone", Kind.CODE, "电话", "联系电话", "固定电话", "办公电话", "座机", "phone", "telephone", "tel"),
    MOBILE("mobile", Kind.CODE, "手机", "手机号", "手机号码", "移动电话", "mobile", "cell phone"),
    EMAIL("email", Kind.CODE, "电子邮箱", "邮箱", "电子邮件", "email", "e-mail"),
    WEBSITE("website", Kind.TEXT, "网站", "网址", "公司网站", "website", "web"),
    NEEDS_SEGMENT("needsSegment", Kind.CHOICE, "需求类型", "needs segment", "needs type"),
    CONFIDENTIALITY("confidentiality", Kind.CHOICE, "密级", "保密级别", "confidentiality"),
    OWNER("owner", Kind.TEXT, "客户经理", "业务员", "销售", "负责人", "owner", "account manager"),
    TAGS("tags", Kind.TEXT, "标签", "客户标签", "tags", "labels"),
    OPERATOR_NAME("operatorName", Kind.TEXT, "法定代表人", "法人代表", "法人", "legal representative"),
    CONTACT_NAME("contactName", Kind.TEXT, "联系人", "联系人姓名", "contact", "contact name"),
    CONTACT_TITLE("contactTitle", Kind.TEXT, "联系人职务", "职务", "contact title", "job title"),
    CONTACT_MOBILE("contactMobile", Kind.CODE, "联系人手机", "联系人电话", "contact mobile", "contact phone"),
    CONTACT_EMAIL("contactEmail", Kind.CODE, "联系人邮箱", "contact email");

    /** How a cell's text becomes the field's value. */
    enum Kind { TEXT, CODE, CHOICE, DATE, AMOUNT, WHOLE_NUMBER }

    private static final Pattern NOT_SIGNIFICANT = Pattern.compile("[\\s*＊:：_\\-·.()（）\\[\\]【】]|必填|选填");

    private final String key;
    private final Kind kind;
    private final List<String> aliases;

    ImportField(String key, Kind kind, String... aliases) {
        this.key = key;
        this.kind = kind;
        this.aliases = List.of(aliases);
    }

    String key() {
        return key;
    }

    Kind kind() {
        return kind;
    }

    List<String> aliases() {
        return aliases;
    }

    /** The message key of the field's label, as template headers and the mapping page show it. */
    String labelKey() {
        return "import.field." + key;
    }

    /** A header with case, width, spaces, asterisks, brackets and 必填 marks taken out, for matching. */
    static String comparable(String header) {
        String text = Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFKC);
        return NOT_SIGNIFICANT.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    static ImportField byKey(String key) {
        for (ImportField field : values()) {
            if (field.key.equals(key)) {
                return field;
            }
        }
        return null;
    }
}
