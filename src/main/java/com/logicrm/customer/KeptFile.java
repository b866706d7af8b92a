package com.logicrm.customer;

/**
 * A file stored and checked for a customer but not yet catalogued: what the filing queue holds until
 * the material is filed. Its storage key is the content's digest under the customer's directory.
 */
public record KeptFile(long customerId, String originalName, String contentType, long size, String sha256,
        String storageKey) {
}
