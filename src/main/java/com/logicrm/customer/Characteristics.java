package com.logicrm.customer;

/** 特征资料 (ARC-3): what kind of business this is and the environment it works in. */
public record Characteristics(String serviceArea, String potential, String philosophy, String scale, String traits,
        String culture, String policy) {

    public static Characteristics empty() {
        return new Characteristics(null, null, null, null, null, null, null);
    }
}
