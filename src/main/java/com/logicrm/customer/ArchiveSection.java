package com.logicrm.customer;

/**
 * The four sections of a customer's archive (ARC-9, 档案分类). The number is the first part of every
 * catalogue number, so a clerk finds section 4 in the folder as well as on screen.
 */
public enum ArchiveSection {
    /** 1 基础资料与访问报告: the card's material, visit reports, letters, call records, licences. */
    BASIC(1),
    /** 2 信用、财务与付款记录. */
    CREDIT(2),
    /** 3 交易记录: contracts and transaction records. */
    TRANSACTIONS(3),
    /** 4 退赔折价: returns, compensation and discounts, each with amount and a responsibility finding. */
    RETURNS(4);

    private final int number;

    ArchiveSection(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    /** Where a document goes when the person filing it does not say: contracts are transaction records. */
    public static ArchiveSection forDocument(DocumentType type) {
        return type == DocumentType.AGENCY_CONTRACT ? TRANSACTIONS : BASIC;
    }
}
