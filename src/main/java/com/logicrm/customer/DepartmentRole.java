package com.logicrm.customer;

/** Which side of the customer a contact speaks for (ARC-7): 使用部门, 采购部门, 支持部门. */
public enum DepartmentRole {
    USING, PURCHASING, SUPPORTING
}
