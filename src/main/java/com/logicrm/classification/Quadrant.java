package com.logicrm.classification;

/**
 * Best against loyal (CLS-5): best-and-loyal, best-not-loyal (to retain), loyal-not-best, and the rest.
 * Names in the message bundle under {@code classification.quadrant.<NAME>}.
 */
public enum Quadrant {
    BEST_LOYAL, BEST_NOT_LOYAL, LOYAL_NOT_BEST, NEITHER
}
