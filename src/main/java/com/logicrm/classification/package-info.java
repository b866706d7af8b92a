/**
 * Classification and evaluation of customers (归类整理与评价, CLS-*): runs in the background that grade
 * every customer with business in a period — ABC by revenue or gross margin (CLS-1), deciles and the
 * Pareto curve (CLS-2), RFM scores and segments (CLS-6) — with results kept per run, manual grades
 * kept across runs, and an event when a customer's grade changes.
 */
@ApplicationModule(displayName = "Classification", allowedDependencies = {"shared", "access", "customer", "shipment"})
package com.logicrm.classification;

import org.springframework.modulith.ApplicationModule;
