/**
 * The customer archive (客户档案): the living record of every customer — basic data, the operator's
 * profile, characteristics, business status and behaviour — with archive numbers, change history,
 * search within the caller's data scope, and confidentiality on the record.
 */
@ApplicationModule(displayName = "Customer archive", allowedDependencies = {"shared", "access"})
package com.logicrm.customer;

import org.springframework.modulith.ApplicationModule;
