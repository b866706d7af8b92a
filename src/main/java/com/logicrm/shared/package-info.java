/**
 * The shared kernel: value types with no business rules, and the platform every module stands on
 * (embedded database, web conventions, the UI shell). An open module: its sub-packages are usable
 * by every other module.
 */
@ApplicationModule(displayName = "Shared kernel", type = ApplicationModule.Type.OPEN)
package com.logicrm.shared;

import org.springframework.modulith.ApplicationModule;
