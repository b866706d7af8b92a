/**
 * Information collection (信息收集, COL-*): getting customer information into the archive from many
 * channels and files, and out again under control — exports of customer lists to Excel and CSV,
 * streamed, scoped, masked and audited.
 */
@ApplicationModule(displayName = "Information collection", allowedDependencies = {"shared", "access", "customer"})
package com.logicrm.collection;

import org.springframework.modulith.ApplicationModule;
