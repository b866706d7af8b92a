package com.logicrm.collection;

import static com.logicrm.collection.FormFields.notAfter;
import static com.logicrm.collection.FormFields.text;

import com.logicrm.customer.BusinessStatus;
import com.logicrm.customer.Characteristics;
import com.logicrm.customer.CustomerFacts;
import com.logicrm.customer.OperatorProfile;
import com.logicrm.shared.InvalidField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a 企业基本情况调查表 must hold before it is filed, how its facts go onto the archive card, and
 * how it reads in the archive's catalogue.
 */
final class SurveyRules {

    /** The survey's facts in the form's order, each as the archive card holds it. */
    private static final Map<String, Function<CustomerFacts, Object>> ON_THE_CARD = new LinkedHashMap<>();

    static {
        ON_THE_CARD.put("name", CustomerFacts::name);
        ON_THE_CARD.put("creditCode", CustomerFacts::creditCode);
        ON_THE_CARD.put("legalRepresentative", SurveyRules::legalRepresentative);
        ON_THE_CARD.put("legalForm", CustomerFacts::legalForm);
        ON_THE_CARD.put("ownership", CustomerFacts::ownership);
        ON_THE_CARD.put("industry", CustomerFacts::industry);
        ON_THE_CARD.put("foundingDate", CustomerFacts::foundingDate);
        ON_THE_CARD.put("registrationDate", CustomerFacts::registrationDate);
        ON_THE_CARD.put("registeredCapital", CustomerFacts::registeredCapital);
        ON_THE_CARD.put("assets", CustomerFacts::assets);
        ON_THE_CARD.put("staffCount", CustomerFacts::staffCount);
        ON_THE_CARD.put("scale", SurveyRules::scale);
        ON_THE_CARD.put("serviceArea", SurveyRules::serviceArea);
        ON_THE_CARD.put("address", CustomerFacts::address);
        ON_THE_CARD.put("phone", CustomerFacts::phone);
        ON_THE_CARD.put("website", CustomerFacts::website);
        ON_THE_CARD.put("businessScope", CustomerFacts::businessScope);
        ON_THE_CARD.put("situation", SurveyRules::situation);
    }

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000000000000");
    private static final int MAX_STAFF = 10_000_000;

    private SurveyRules() {
    }

    /** The survey as it is filed; without a {@code customerVersion} it is read against the card's current one. */
    static NewEnterpriseSurvey checked(NewEnterpriseSurvey given, LocalDate today, int currentVersion) {
        if (given.surveyedOn() == null) {
            throw new InvalidField("surveyedOn", "survey.dateRequired");
        }
        notAfter(given.surveyedOn(), today, "surveyedOn");
        if (given.method() == null) {
            throw new InvalidField("method", "survey.methodRequired");
        }
        String name = text(given.name(), "name", 200);
        if (name == null) {
            throw new InvalidField("name", "survey.nameRequired");
        }
        notAfter(given.foundingDate(), today, "foundingDate");
        notAfter(given.registrationDate(), today, "registrationDate");
        if (given.staffCount() != null && (given.staffCount() < 0 || given.staffCount() > MAX_STAFF)) {
            throw new InvalidField("staffCount", "survey.staffCountInvalid", MAX_STAFF);
        }
        return new NewEnterpriseSurvey(given.surveyedOn(), given.method(), text(given.respondent(), "respondent", 60),
                text(given.respondentPosition(), "respondentPosition", 60), name,
                text(given.creditCode(), "creditCode", 30), text(given.legalRepresentative(), "legalRepresentative", 60),
                text(given.legalForm(), "legalForm", 60), text(given.ownership(), "ownership", 60),
                text(given.industry(), "industry", 60), given.foundingDate(), given.registrationDate(),
                amount(given.registeredCapital(), "registeredCapital"), amount(given.assets(), "assets"),
                given.staffCount(), text(given.scale(), "scale", 200), text(given.serviceArea(), "serviceArea", 500),
                text(given.address(), "address", 300), text(given.phone(), "phone", 40),
                text(given.website(), "website", 200), text(given.businessScope(), "businessScope", 2000),
                text(given.situation(), "situation", 1000), text(given.remarks(), "remarks", 2000),
                given.customerVersion() == null ? currentVersion : given.customerVersion());
    }

    /** A new survey of the enterprise as its card stands: the facts to confirm or correct, dated today. */
    static NewEnterpriseSurvey prefilled(CustomerFacts card, int version, LocalDate today) {
        return new NewEnterpriseSurvey(today, null, null, null, card.name(), card.creditCode(),
                legalRepresentative(card), card.legalForm(), card.ownership(), card.industry(), card.foundingDate(),
                card.registrationDate(), card.registeredCapital(), card.assets(), card.staffCount(), scale(card),
                serviceArea(card), card.address(), card.phone(), card.website(), card.businessScope(), situation(card),
                null, version);
    }

    /** The card with the survey's facts on it; a fact the survey left blank keeps the card's value. */
    static CustomerFacts applied(CustomerFacts card, NewEnterpriseSurvey s) {
        OperatorProfile o = card.operator() == null ? OperatorProfile.empty() : card.operator();
        Characteristics c = card.characteristics() == null ? Characteristics.empty() : card.characteristics();
        BusinessStatus b = card.businessStatus() == null ? BusinessStatus.empty() : card.businessStatus();
        OperatorProfile operator = new OperatorProfile(or(s.legalRepresentative(), o.name()), o.age(), o.education(),
                o.experience(), o.abilities(), o.personality(), o.workingStyle(), o.achievements(), o.interests(),
                o.family(), o.impression(), o.reputation());
        Characteristics characteristics = new Characteristics(or(s.serviceArea(), c.serviceArea()), c.potential(),
                c.philosophy(), or(s.scale(), c.scale()), c.traits(), c.culture(), c.policy());
        BusinessStatus status = new BusinessStatus(or(s.situation(), b.situation()), b.problems(), b.prospects(),
                b.customerRelations(), b.bankRelations(), b.payment(), b.performance(), b.competitors());
        return new CustomerFacts(card.kind(), card.category(), card.specialType(), card.relation(), s.name(),
                card.shortName(), or(s.creditCode(), card.creditCode()), card.residentId(),
                or(s.legalForm(), card.legalForm()), or(s.industry(), card.industry()),
                or(s.registeredCapital(), card.registeredCapital()), or(s.ownership(), card.ownership()),
                or(s.businessScope(), card.businessScope()), or(s.registrationDate(), card.registrationDate()),
                or(s.foundingDate(), card.foundingDate()), card.tradingSince(), or(s.assets(), card.assets()),
                or(s.staffCount(), card.staffCount()), card.regionCode(), or(s.address(), card.address()),
                or(s.phone(), card.phone()), card.mobile(), card.email(), or(s.website(), card.website()),
                card.needsSegment(), card.confidentiality(), card.ownerId(), operator, characteristics, status,
                card.behaviour(), card.tags());
    }

    /** The survey fields whose value on the card differs between {@code before} and {@code after}. */
    static List<String> changed(CustomerFacts before, CustomerFacts after) {
        return ON_THE_CARD.entrySet().stream()
                .filter(field -> !Objects.equals(comparable(field.getValue().apply(before)),
                        comparable(field.getValue().apply(after))))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** The survey in a few lines, as the catalogue entry's notes (the archive's catalogue is in Chinese). */
    static String summary(NewEnterpriseSurvey form) {
        StringBuilder text = new StringBuilder("企业名称：").append(form.name());
        if (form.respondent() != null) {
            text.append("\n受访人：").append(form.respondent())
                    .append(form.respondentPosition() == null ? "" : "（" + form.respondentPosition() + "）");
        }
        if (form.situation() != null) {
            text.append("\n经营状况：").append(form.situation());
        }
        if (form.remarks() != null) {
            text.append("\n调查人意见：").append(form.remarks());
        }
        return FormFields.notes(text);
    }

    private static String legalRepresentative(CustomerFacts card) {
        return card.operator() == null ? null : card.operator().name();
    }

    private static String scale(CustomerFacts card) {
        return card.characteristics() == null ? null : card.characteristics().scale();
    }

    private static String serviceArea(CustomerFacts card) {
        return card.characteristics() == null ? null : card.characteristics().serviceArea();
    }

    private static String situation(CustomerFacts card) {
        return card.businessStatus() == null ? null : card.businessStatus().situation();
    }

    private static Object comparable(Object value) {
        if (value instanceof BigDecimal amount) {
            return amount.stripTrailingZeros();
        }
        return value instanceof String text && text.isBlank() ? null : value;
    }

    private static <T> T or(T surveyed, T onTheCard) {
        return surveyed == null ? onTheCard : surveyed;
    }

    private static BigDecimal amount(BigDecimal value, String field) {
        if (value == null) {
            return null;
        }
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.signum() < 0 || plain.compareTo(MAX_AMOUNT) >= 0 || plain.scale() > 2) {
            throw new InvalidField(field, "survey.amountInvalid");
        }
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }
}
