package com.logicrm.customer;

/** A card an import filed. */
public record FiledCard(long id, String archiveNo) {
}
