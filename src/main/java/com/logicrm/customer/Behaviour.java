package com.logicrm.customer;

/** 行为资料 (ARC-6): how the customer responds — orders, inquiries — how often, with what value, by which channel. */
public record Behaviour(String response, String frequency, String value, String channel) {

    public static Behaviour empty() {
        return new Behaviour(null, null, null, null);
    }
}
