package com.logicrm.shipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code generate} command's arguments and the named sizes. */
class GeneratorCommandTests {

    @Test
    void readsOptionsWithASpaceOrAnEqualsSign() {
        List<String> args = List.of("generate", "--size", "M", "--seed=42");
        assertThat(GenerateCommand.option(args, "size", "S")).isEqualTo("M");
        assertThat(GenerateCommand.option(args, "seed", "1")).isEqualTo("42");
        assertThat(GenerateCommand.option(List.of("generate"), "size", "S")).isEqualTo("S");
        // the command word itself is never an option's value
        assertThat(GenerateCommand.option(List.of("--size", "generate"), "size", "S")).isEqualTo("S");
    }

    @Test
    void theNamedSizesAreThoseOfTheSpecification() {
        assertThat(GeneratorSize.of("s")).isEqualTo(new GeneratorSize("S", 10_000, 200_000));
        assertThat(GeneratorSize.of("M")).isEqualTo(new GeneratorSize("M", 100_000, 2_000_000));
        assertThat(GeneratorSize.of("L")).isEqualTo(new GeneratorSize("L", 1_000_000, 20_000_000));
        assertThatThrownBy(() -> GeneratorSize.of("XL")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countsPerCustomerAddUpToTheSizeAndFollowTheSeed() {
        List<Long> ids = java.util.stream.LongStream.rangeClosed(1, 1_000).boxed().toList();
        List<ShipmentGenerator.Profile> profiles = ShipmentGenerator.profiles(ids, 30_000, 5);
        assertThat(profiles.stream().mapToLong(ShipmentGenerator.Profile::orders).sum()).isEqualTo(30_000);
        assertThat(profiles.stream().mapToLong(ShipmentGenerator.Profile::orders).min().orElseThrow()).isNotNegative();
        assertThat(ShipmentGenerator.profiles(ids, 30_000, 5)).isEqualTo(profiles);
        assertThat(ShipmentGenerator.profiles(ids, 30_000, 6)).isNotEqualTo(profiles);
    }
}
