package com.logicrm.customer;

/** Whose value a field of the merged record takes (ARC-12). */
public enum MergeChoice {
    SURVIVOR, MERGED
}
