package com.logicrm.customer;

import com.logicrm.shared.identity.CreditCode;
import com.logicrm.shared.contact.EmailAddress;
import com.logicrm.shared.InvalidField;
import com.logicrm.shared.contact.Landline;
import com.logicrm.shared.contact.MobilePhone;
import com.logicrm.shared.region.RegionCode;
import com.logicrm.shared.identity.ResidentId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;

/**
 * Validates the coded facts of a customer and brings them into their one canonical form (upper-case
 * credit code without spaces, 11-digit mobile, {@code 010-12345678} landline …), naming the field
 * that is wrong. Rules that only warn live in {@link DataQuality}.
 */
@Component
class CustomerFactsCheck {

    CustomerFacts normalised(CustomerFacts f) {
        Checked checked = checked(f);
        if (!checked.problems().isEmpty()) {
            throw checked.problems().get(0);
        }
        return checked.facts();
    }

    /** Every coded field checked on its own, so that one pass names all that is wrong (for imports). */
    Checked checked(CustomerFacts f) {
        List<InvalidField> problems = new ArrayList<>();
        if (f.kind() == CustomerKind.INDIVIDUAL && f.creditCode() != null && !f.creditCode().isBlank()) {
            problems.add(new InvalidField("creditCode", "customer.creditCodeForIndividual"));
        }
        String creditCode = parsed(problems, f.creditCode(), v -> CreditCode.parse("creditCode", v).value());
        String residentId = parsed(problems, f.residentId(), v -> ResidentId.parse("residentId", v).value());
        String regionCode = parsed(problems, f.regionCode(), v -> RegionCode.parse("regionCode", v).value());
        String mobile = parsed(problems, f.mobile(), v -> MobilePhone.parse("mobile", v).value());
        String phone = parsed(problems, f.phone(), CustomerFactsCheck::phone);
        String email = parsed(problems, f.email(), v -> EmailAddress.parse("email", v).value());
        CustomerFacts facts = new CustomerFacts(f.kind(), f.category(), f.specialType(), f.relation(), f.name(),
                f.shortName(), creditCode, residentId, f.legalForm(), f.industry(), f.registeredCapital(),
                f.ownership(), f.businessScope(), f.registrationDate(), f.foundingDate(), f.tradingSince(),
                f.assets(), f.staffCount(), regionCode, f.address(), phone, mobile, email, f.website(),
                f.needsSegment(), f.confidentiality(), f.ownerId(), f.operator(), f.characteristics(),
                f.businessStatus(), f.behaviour(), tags(problems, f.tags()));
        return new Checked(facts, List.copyOf(problems));
    }

    /** The facts in canonical form where they could be read, and every field that could not. */
    record Checked(CustomerFacts facts, List<InvalidField> problems) {
    }

    private static List<String> tags(List<InvalidField> problems, List<String> given) {
        try {
            return CustomerTags.normalised(given);
        } catch (InvalidField invalid) {
            problems.add(invalid);
            return List.of();
        }
    }

    private static String parsed(List<InvalidField> problems, String value, UnaryOperator<String> parse) {
        if (blank(value)) {
            return null;
        }
        try {
            return parse.apply(value);
        } catch (InvalidField invalid) {
            problems.add(invalid);
            return null;
        }
    }

    /** A customer's phone may be a landline or a mobile number. */
    private static String phone(String value) {
        if (MobilePhone.isValid(value)) {
            return MobilePhone.parse("phone", value).value();
        }
        return Landline.parse("phone", value).value();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
