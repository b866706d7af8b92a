package com.logicrm.customer;

import com.logicrm.shared.identity.CreditCode;
import com.logicrm.shared.contact.EmailAddress;
import com.logicrm.shared.InvalidField;
import com.logicrm.shared.contact.Landline;
import com.logicrm.shared.contact.MobilePhone;
import com.logicrm.shared.region.RegionCode;
import com.logicrm.shared.identity.ResidentId;
import org.springframework.stereotype.Component;

/**
 * Validates the coded facts of a customer and brings them into their one canonical form (upper-case
 * credit code without spaces, 11-digit mobile, {@code 010-12345678} landline …), naming the field
 * that is wrong. Rules that only warn live in {@link DataQuality}.
 */
@Component
class CustomerFactsCheck {

    CustomerFacts normalised(CustomerFacts f) {
        if (f.kind() == CustomerKind.INDIVIDUAL && f.creditCode() != null && !f.creditCode().isBlank()) {
            throw new InvalidField("creditCode", "customer.creditCodeForIndividual");
        }
        String creditCode = blank(f.creditCode()) ? null : CreditCode.parse("creditCode", f.creditCode()).value();
        String residentId = blank(f.residentId()) ? null : ResidentId.parse("residentId", f.residentId()).value();
        String regionCode = blank(f.regionCode()) ? null : RegionCode.parse("regionCode", f.regionCode()).value();
        String mobile = blank(f.mobile()) ? null : MobilePhone.parse("mobile", f.mobile()).value();
        String phone = blank(f.phone()) ? null : phone(f.phone());
        String email = blank(f.email()) ? null : EmailAddress.parse("email", f.email()).value();
        return new CustomerFacts(f.kind(), f.category(), f.specialType(), f.relation(), f.name(), f.shortName(),
                creditCode, residentId, f.legalForm(), f.industry(), f.registeredCapital(), f.ownership(),
                f.businessScope(), f.registrationDate(), f.foundingDate(), f.tradingSince(), f.assets(),
                f.staffCount(), regionCode, f.address(), phone, mobile, email, f.website(), f.needsSegment(),
                f.confidentiality(), f.ownerId(), f.operator(), f.characteristics(), f.businessStatus(),
                f.behaviour(), CustomerTags.normalised(f.tags()));
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
