package com.logicrm.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.junit.jupiter.api.Test;

class JsonFieldPathTests {

    record Address(String city, Address previous) {
    }

    record Person(String name, Address address) {
    }

    record Change(Integer version, @JsonUnwrapped Person person, @JsonUnwrapped(prefix = "old_") Person before) {
    }

    @Test
    void aFieldInsideAnUnwrappedObjectIsNamedFlat() {
        assertThat(JsonFieldPath.of(Change.class, "person.name")).isEqualTo("name");
        assertThat(JsonFieldPath.of(Change.class, "person.address.city")).isEqualTo("address.city");
        assertThat(JsonFieldPath.of(Change.class, "before.name")).as("with its prefix").isEqualTo("old_name");
    }

    @Test
    void otherFieldsKeepTheirPath() {
        assertThat(JsonFieldPath.of(Change.class, "version")).isEqualTo("version");
        assertThat(JsonFieldPath.of(Person.class, "address.previous.city")).isEqualTo("address.previous.city");
        assertThat(JsonFieldPath.of(Change.class, "person")).as("the unwrapped object itself").isEqualTo("person");
        assertThat(JsonFieldPath.of(null, "a.b")).isEqualTo("a.b");
        assertThat(JsonFieldPath.of(Change.class, "unknown.name")).isEqualTo("unknown.name");
    }
}
