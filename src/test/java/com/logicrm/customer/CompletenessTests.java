package com.logicrm.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompletenessTests {

    @Test
    void aFullyDescribedEnterpriseScoresExactlyOneHundred() {
        Completeness completeness = Completeness.of(Facts.completeEnterprise().build());

        assertThat(completeness.score()).isEqualTo(100);
        assertThat(completeness.missing()).isEmpty();
    }

    @Test
    void aFullyDescribedIndividualScoresExactlyOneHundred() {
        Completeness completeness = Completeness.of(Facts.completeIndividual().build());

        assertThat(completeness.score()).isEqualTo(100);
        assertThat(completeness.missing()).isEmpty();
    }

    @Test
    void anEmptyCardScoresNothingAndMissesEveryWeightedField() {
        Facts enterprise = Facts.enterprise(null);
        Facts individual = Facts.individual(null, null, null);

        Completeness ofEnterprise = Completeness.of(enterprise.build());
        Completeness ofIndividual = Completeness.of(individual.build());

        assertThat(ofEnterprise.score()).isZero();
        assertThat(ofEnterprise.missing()).containsExactly("name", "creditCode", "regionCode", "address", "phone",
                "email", "industry", "legalForm", "registeredCapital", "businessScope", "foundingDate", "staffCount",
                "operator.name", "characteristics", "businessStatus");
        assertThat(ofIndividual.score()).isZero();
        assertThat(ofIndividual.missing()).containsExactly("name", "residentId", "mobile", "regionCode", "address",
                "email", "industry", "characteristics", "behaviour");
    }

    @Test
    void enterprisesAndIndividualsAreWeighedDifferently() {
        Facts enterprise = Facts.enterprise("上海恒通精密机械有限公司");
        enterprise.creditCode = "91310115MA1K3YJ12G";
        Facts individual = Facts.individual("王建华", "11010519491231002X", null);

        assertThat(Completeness.of(enterprise.build()).score()).as("name 10 + credit code 15").isEqualTo(25);
        assertThat(Completeness.of(individual.build()).score()).as("name 15 + ID 15").isEqualTo(30);
    }

    @Test
    void eachMissingFieldCostsItsWeight() {
        Facts facts = Facts.completeEnterprise();
        facts.creditCode = null;
        facts.email = "  ";

        Completeness completeness = Completeness.of(facts.build());

        assertThat(completeness.score()).isEqualTo(100 - 15 - 4);
        assertThat(completeness.missing()).containsExactly("creditCode", "email");
    }

    @Test
    void aMobileStandsInForTheSwitchboardAndTheOtherWayRound() {
        Facts enterprise = Facts.completeEnterprise();
        enterprise.phone = null;
        enterprise.mobile = "13812345678";
        Facts individual = Facts.completeIndividual();
        individual.mobile = null;
        individual.phone = "021-12345678";

        assertThat(Completeness.of(enterprise.build()).score()).isEqualTo(100);
        assertThat(Completeness.of(individual.build()).score()).isEqualTo(100);
    }

    @Test
    void aGroupCountsWhenAnyOfItsFieldsIsFilled() {
        Facts facts = Facts.completeEnterprise();
        facts.characteristics = Characteristics.empty();
        facts.businessStatus = null;
        facts.operator = OperatorProfile.empty();

        Completeness completeness = Completeness.of(facts.build());

        assertThat(completeness.missing()).containsExactly("operator.name", "characteristics", "businessStatus");
        assertThat(completeness.score()).isEqualTo(100 - 7 - 5 - 5);
    }
}
