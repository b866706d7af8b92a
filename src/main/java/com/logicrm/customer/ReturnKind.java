package com.logicrm.customer;

/** What a 退赔折价 entry was: goods taken back, damages paid, or a price reduction granted. */
public enum ReturnKind {
    RETURN, COMPENSATION, DISCOUNT
}
