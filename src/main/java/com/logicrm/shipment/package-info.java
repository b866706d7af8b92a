/**
 * Business data (业务数据, TXN-*) and the service indicators drawn from it (KPI-*): shipments and
 * orders per customer, loaded in idempotent batches, kept in monthly partitions, summed per customer
 * and month, and read on the customer page and through the API within the caller's data scope.
 */
@ApplicationModule(displayName = "Business data", allowedDependencies = {"shared", "access", "customer"})
package com.logicrm.shipment;

import org.springframework.modulith.ApplicationModule;
