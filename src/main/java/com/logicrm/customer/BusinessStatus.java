package com.logicrm.customer;

import jakarta.validation.constraints.Size;

/** 业务状况 (ARC-4, 表三 客户经营状况分析表): how the customer's own business is doing, and who else serves it. */
public record BusinessStatus(@Size(max = 1000) String situation, @Size(max = 1000) String problems,
        @Size(max = 1000) String prospects, @Size(max = 500) String customerRelations,
        @Size(max = 500) String bankRelations, @Size(max = 500) String payment, @Size(max = 1000) String performance,
        @Size(max = 1000) String competitors) {

    public static BusinessStatus empty() {
        return new BusinessStatus(null, null, null, null, null, null, null, null);
    }
}
