package com.logicrm.shipment;

/**
 * Why one item of a batch was not loaded: its position in the batch (from 0), the field and a code;
 * the message text is {@code shipment.item.<code>} in the message files.
 */
public record ItemProblem(int index, String field, String code) {

    public String messageCode() {
        return "shipment.item." + code;
    }
}
