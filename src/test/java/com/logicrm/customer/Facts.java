package com.logicrm.customer;

import com.logicrm.shared.Confidentiality;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Builds {@link CustomerFacts} for tests: start from an enterprise or an individual, set what matters. */
final class Facts {

    CustomerKind kind;
    CustomerCategory category;
    String specialType;
    CustomerRelation relation;
    String name;
    String shortName;
    String creditCode;
    String residentId;
    String legalForm;
    String industry;
    BigDecimal registeredCapital;
    String ownership;
    String businessScope;
    LocalDate registrationDate;
    LocalDate foundingDate;
    LocalDate tradingSince;
    BigDecimal assets;
    Integer staffCount;
    String regionCode;
    String address;
    String phone;
    String mobile;
    String email;
    String website;
    NeedsSegment needsSegment;
    Confidentiality confidentiality;
    Long ownerId;
    OperatorProfile operator;
    Characteristics characteristics;
    BusinessStatus businessStatus;
    Behaviour behaviour;
    List<String> tags;

    static Facts enterprise(String name) {
        Facts facts = new Facts();
        facts.kind = CustomerKind.ENTERPRISE;
        facts.name = name;
        return facts;
    }

    static Facts individual(String name, String residentId, String mobile) {
        Facts facts = new Facts();
        facts.kind = CustomerKind.INDIVIDUAL;
        facts.name = name;
        facts.residentId = residentId;
        facts.mobile = mobile;
        return facts;
    }

    /** An enterprise with every weighted fact filled in. */
    static Facts completeEnterprise() {
        Facts facts = enterprise("上海恒通精密机械有限公司");
        facts.creditCode = "91310115MA1K3YJ12G";
        facts.regionCode = "310115";
        facts.address = "上海市浦东新区张江路 1 号";
        facts.phone = "021-12345678";
        facts.email = "info@example.com";
        facts.industry = "制造业";
        facts.legalForm = "有限责任公司";
        facts.registeredCapital = new BigDecimal("5000000.00");
        facts.businessScope = "机械设备的研发、生产与销售";
        facts.foundingDate = LocalDate.of(2010, 5, 1);
        facts.staffCount = 120;
        facts.operator = new OperatorProfile("张三", 48, null, null, null, null, null, null, null, null, null, null);
        facts.characteristics = new Characteristics("华东", null, null, null, null, null, null);
        facts.businessStatus = new BusinessStatus("经营正常", null, null, null, null, null, null, null);
        facts.behaviour = Behaviour.empty();
        return facts;
    }

    /** An individual with every weighted fact filled in. */
    static Facts completeIndividual() {
        Facts facts = individual("王建华", "11010519491231002X", "13812345678");
        facts.regionCode = "110105";
        facts.address = "北京市朝阳区建国路 1 号";
        facts.email = "wang@example.com";
        facts.industry = "个体经营";
        facts.characteristics = new Characteristics(null, null, null, null, "旺季发货多", null, null);
        facts.behaviour = new Behaviour("微信下单", null, null, null);
        return facts;
    }

    CustomerFacts withPhoneAndEmail(String phone, String email) {
        this.phone = phone;
        this.email = email;
        return build();
    }

    CustomerFacts build() {
        return new CustomerFacts(kind, category, specialType, relation, name, shortName, creditCode, residentId,
                legalForm, industry, registeredCapital, ownership, businessScope, registrationDate, foundingDate,
                tradingSince, assets, staffCount, regionCode, address, phone, mobile, email, website, needsSegment,
                confidentiality, ownerId, operator, characteristics, businessStatus, behaviour, tags);
    }
}
