package com.logicrm.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicrm.shared.InvalidField;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerTagsTests {

    @Test
    void tagsAreTrimmedKeptOnceInTheirOrderAndBlankOnesDropped() {
        assertThat(CustomerTags.normalised(Arrays.asList(" 跨境 ", "冷链", null, "跨境", "\u3000"))).containsExactly("跨境",
                "冷链");
        assertThat(CustomerTags.normalised(null)).isEmpty();
    }

    @Test
    void theFormsTextIsSplitOnCommasAndEnumerationCommas() {
        assertThat(CustomerTags.normalised(CustomerTags.split("冷链、跨境，重点培育, 月结;大件")))
                .containsExactly("冷链", "跨境", "重点培育", "月结", "大件");
        assertThat(CustomerTags.joined(List.of("冷链", "跨境"))).isEqualTo("冷链、跨境");
        assertThat(CustomerTags.split("  ")).isEmpty();
    }

    @Test
    void twentyTagsOfThirtyCharactersAreTheLimit() {
        assertThat(CustomerTags.normalised(Collections.nCopies(1, "冷".repeat(30)))).hasSize(1);
        List<String> twenty = java.util.stream.IntStream.range(0, 20).mapToObj(i -> "t" + i).toList();
        assertThat(CustomerTags.normalised(twenty)).hasSize(20);

        assertThatThrownBy(() -> CustomerTags.normalised(List.of("冷".repeat(31))))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("tags"));
        List<String> many = java.util.stream.IntStream.range(0, 21).mapToObj(i -> "t" + i).toList();
        assertThatThrownBy(() -> CustomerTags.normalised(many))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.messageCode())
                        .isEqualTo("customer.tags.tooMany"));
        assertThatThrownBy(() -> CustomerTags.normalised(List.of("冷链,跨境"))).isInstanceOf(InvalidField.class);
    }
}
