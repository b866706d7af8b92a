package com.logicrm.customer;

import jakarta.validation.constraints.Size;

/** 特征资料 (ARC-3): what kind of business this is and the environment it works in. */
public record Characteristics(@Size(max = 500) String serviceArea, @Size(max = 500) String potential,
        @Size(max = 1000) String philosophy, @Size(max = 200) String scale, @Size(max = 1000) String traits,
        @Size(max = 500) String culture, @Size(max = 500) String policy) {

    public static Characteristics empty() {
        return new Characteristics(null, null, null, null, null, null, null);
    }
}
