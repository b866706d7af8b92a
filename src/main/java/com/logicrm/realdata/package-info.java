/**
 * Real third-party data through the product's own paths: load profiles that turn a public data set
 * (Olist, UCI Online Retail) into customers, shipments and returns and load them the way a user's
 * files are loaded — the customer import, the shipment file load, the returns batch — then read what
 * the product makes of them (on-time rates, classification). Run as one-off commands
 * ({@code load-olist}, {@code load-online-retail}); nothing here is reachable from the web.
 */
@ApplicationModule(displayName = "Real data profiles",
        allowedDependencies = {"shared", "access", "customer", "collection", "shipment", "classification"})
package com.logicrm.realdata;

import org.springframework.modulith.ApplicationModule;
