package com.logicrm.access;

import com.logicrm.shared.NotFound;

/** No user with this id. */
public class UserNotFound extends NotFound {

    UserNotFound(long id) {
        super("user.notFound", id);
    }
}
