package com.logicrm.customer;

import jakarta.validation.constraints.Size;

/** 行为资料 (ARC-6): how the customer responds — orders, inquiries — how often, with what value, by which channel. */
public record Behaviour(@Size(max = 500) String response, @Size(max = 200) String frequency,
        @Size(max = 200) String value, @Size(max = 200) String channel) {

    public static Behaviour empty() {
        return new Behaviour(null, null, null, null);
    }
}
