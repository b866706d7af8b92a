package com.logicrm.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicrm.shared.identity.CreditCode;
import com.logicrm.shared.contact.EmailAddress;
import com.logicrm.shared.contact.Landline;
import com.logicrm.shared.contact.MobilePhone;
import com.logicrm.shared.identity.ResidentId;
import com.logicrm.shared.region.RegionCode;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoCustomerGeneratorTests {

    static final List<CustomerFacts> CUSTOMERS = new DemoCustomerGenerator(2026).customers(DemoCustomers.COUNT);

    @Test
    void theSameSeedGivesTheSameCustomers() {
        assertThat(new DemoCustomerGenerator(2026).customers(DemoCustomers.COUNT)).isEqualTo(CUSTOMERS);
        assertThat(new DemoCustomerGenerator(7).customers(DemoCustomers.COUNT)).isNotEqualTo(CUSTOMERS);
    }

    @Test
    void aboutTheRequestedNumberOfEnterprisesAndIndividuals() {
        assertThat(CUSTOMERS).hasSizeBetween(DemoCustomers.COUNT, DemoCustomers.COUNT + 5);
        long individuals = CUSTOMERS.stream().filter(c -> c.kind() == CustomerKind.INDIVIDUAL).count();
        assertThat(individuals).isBetween(20L, 60L);
    }

    @Test
    void everyCreditCodeAndIdNumberIsValid() {
        List<String> codes = CUSTOMERS.stream().map(CustomerFacts::creditCode).filter(Objects::nonNull).toList();
        List<String> ids = CUSTOMERS.stream().map(CustomerFacts::residentId).filter(Objects::nonNull).toList();

        assertThat(codes).hasSizeGreaterThan(200).allMatch(CreditCode::isValid);
        assertThat(ids).isNotEmpty().allMatch(ResidentId::isValid);
        assertThat(Set.copyOf(codes)).as("credit codes are unique among current customers").hasSameSizeAs(codes);
    }

    @Test
    void everyCodedFactIsValidAndAlreadyInItsCanonicalForm() {
        CustomerFactsCheck check = new CustomerFactsCheck();
        for (CustomerFacts customer : CUSTOMERS) {
            assertThat(RegionCode.isValid(customer.regionCode())).as(customer.regionCode()).isTrue();
            assertThat(customer.mobile() == null || MobilePhone.isValid(customer.mobile())).as(customer.mobile())
                    .isTrue();
            assertThat(customer.phone() == null || Landline.isValid(customer.phone())).as(customer.phone()).isTrue();
            assertThat(customer.email() == null || EmailAddress.isValid(customer.email())).isTrue();
            assertThat(check.normalised(customer)).isEqualTo(customer);
        }
    }

    @Test
    void creditCodesAreRegisteredWhereTheCustomerIs() {
        assertThat(CUSTOMERS).filteredOn(c -> c.creditCode() != null)
                .allMatch(c -> c.creditCode().substring(2, 8).equals(c.regionCode()));
    }

    @Test
    void customersComeFromAtLeastTwentyProvinces() {
        Set<String> provinces = CUSTOMERS.stream().map(c -> c.regionCode().substring(0, 2)).collect(Collectors.toSet());

        assertThat(provinces).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void someCustomersAreNearDuplicatesOfOthers() {
        List<CustomerFacts> duplicates = CUSTOMERS.stream()
                .filter(c -> CUSTOMERS.stream().anyMatch(other -> other != c && nearDuplicates(c, other)))
                .toList();

        assertThat(duplicates).hasSizeGreaterThanOrEqualTo(2 * 3);
    }

    @Test
    void completenessVariesFromSparseToFull() {
        Set<Integer> scores = CUSTOMERS.stream().map(c -> Completeness.of(c).score()).collect(Collectors.toSet());

        assertThat(scores.stream().mapToInt(Integer::intValue).min().orElseThrow()).isLessThan(60);
        assertThat(scores.stream().mapToInt(Integer::intValue).max().orElseThrow()).isGreaterThanOrEqualTo(85);
    }

    @Test
    void aFewAreConfidential() {
        assertThat(CUSTOMERS).filteredOn(c -> c.confidentiality().needsGrant()).isNotEmpty()
                .hasSizeLessThan(CUSTOMERS.size() / 10);
    }

    /** Another customer with a name that differs only in the organisational form, or the same phone. */
    private static boolean nearDuplicates(CustomerFacts a, CustomerFacts b) {
        boolean similarName = !a.name().equals(b.name())
                && a.name().replace("有限公司", "公司").equals(b.name().replace("有限公司", "公司"));
        boolean samePhone = a.mobile() != null && a.mobile().equals(b.mobile());
        return similarName || samePhone;
    }
}
