package com.logicrm.customer;

/** 业务状况 (ARC-4, 表三 客户经营状况分析表): how the customer's own business is doing, and who else serves it. */
public record BusinessStatus(String situation, String problems, String prospects, String customerRelations,
        String bankRelations, String payment, String performance, String competitors) {

    public static BusinessStatus empty() {
        return new BusinessStatus(null, null, null, null, null, null, null, null);
    }
}
