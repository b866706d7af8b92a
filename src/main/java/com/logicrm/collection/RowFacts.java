package com.logicrm.collection;

import com.logicrm.customer.CustomerCategory;
import com.logicrm.customer.CustomerFacts;
import com.logicrm.customer.CustomerKind;
import com.logicrm.customer.CustomerRelation;
import com.logicrm.customer.NeedsSegment;
import com.logicrm.customer.OperatorProfile;
import com.logicrm.shared.Confidentiality;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Turns the values of an import row into customer facts: on top of nothing for a new card (an
 * enterprise unless the row says otherwise), or on top of the card's current facts for an update —
 * where only the columns the file has and fills replace anything, so a column left out or left empty
 * never wipes what the archive knows.
 */
final class RowFacts {

    private static final CustomerFacts BLANK = new CustomerFacts(CustomerKind.ENTERPRISE, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null);

    private RowFacts() {
    }

    static CustomerFacts newCard(Map<ImportField, Object> row) {
        return over(BLANK, row);
    }

    @SuppressWarnings("unchecked")
    static CustomerFacts over(CustomerFacts base, Map<ImportField, Object> row) {
        Values v = new Values(row);
        OperatorProfile operator = base.operator() == null ? OperatorProfile.empty() : base.operator();
        if (row.containsKey(ImportField.OPERATOR_NAME)) {
            operator = new OperatorProfile((String) row.get(ImportField.OPERATOR_NAME), operator.age(),
                    operator.education(), operator.experience(), operator.abilities(), operator.personality(),
                    operator.workingStyle(), operator.achievements(), operator.interests(), operator.family(),
                    operator.impression(), operator.reputation());
        }
        return new CustomerFacts(
                v.or(ImportField.KIND, base.kind(), CustomerKind.class),
                v.or(ImportField.CATEGORY, base.category(), CustomerCategory.class),
                base.specialType(),
                v.or(ImportField.RELATION, base.relation(), CustomerRelation.class),
                v.or(ImportField.NAME, base.name(), String.class),
                v.or(ImportField.SHORT_NAME, base.shortName(), String.class),
                v.or(ImportField.CREDIT_CODE, base.creditCode(), String.class),
                v.or(ImportField.RESIDENT_ID, base.residentId(), String.class),
                v.or(ImportField.LEGAL_FORM, base.legalForm(), String.class),
                v.or(ImportField.INDUSTRY, base.industry(), String.class),
                v.or(ImportField.REGISTERED_CAPITAL, base.registeredCapital(), BigDecimal.class),
                v.or(ImportField.OWNERSHIP, base.ownership(), String.class),
                v.or(ImportField.BUSINESS_SCOPE, base.businessScope(), String.class),
                v.or(ImportField.REGISTRATION_DATE, base.registrationDate(), LocalDate.class),
                v.or(ImportField.FOUNDING_DATE, base.foundingDate(), LocalDate.class),
                v.or(ImportField.TRADING_SINCE, base.tradingSince(), LocalDate.class),
                v.or(ImportField.ASSETS, base.assets(), BigDecimal.class),
                v.or(ImportField.STAFF_COUNT, base.staffCount(), Integer.class),
                v.or(ImportField.REGION_CODE, base.regionCode(), String.class),
                v.or(ImportField.ADDRESS, base.address(), String.class),
                v.or(ImportField.PHONE, base.phone(), String.class),
                v.or(ImportField.MOBILE, base.mobile(), String.class),
                v.or(ImportField.EMAIL, base.email(), String.class),
                v.or(ImportField.WEBSITE, base.website(), String.class),
                v.or(ImportField.NEEDS_SEGMENT, base.needsSegment(), NeedsSegment.class),
                v.or(ImportField.CONFIDENTIALITY, base.confidentiality(), Confidentiality.class),
                v.or(ImportField.OWNER, base.ownerId(), Long.class),
                operator,
                base.characteristics(),
                base.businessStatus(),
                base.behaviour(),
                row.containsKey(ImportField.TAGS) ? (List<String>) row.get(ImportField.TAGS) : base.tags());
    }

    private record Values(Map<ImportField, Object> row) {
        <T> T or(ImportField field, T current, Class<T> type) {
            Object value = row.get(field);
            return value == null ? current : type.cast(value);
        }
    }
}
